import { extent } from 'd3-array';
import type { FigureRow } from '../queries';
import { formatCount } from '../format';
import { figureValues, isPartial } from './figureShape';

type Drawn = Pick<
  FigureRow,
  'low' | 'high' | 'point' | 'year' | 'country' | 'area_note' | 'region' | 'source_id' | 'measure'
>;

const count = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;

/**
 * One sentence saying what a chart draws, for everyone and for screen readers: how many figures, from
 * how many publications, the range of their numbers, and how many sit apart (no year, no number, part of
 * a country). `withYear` says whether the chart places figures by year.
 */
export function chartSummary(figures: readonly Drawn[], { withYear = true } = {}): string {
  if (figures.length === 0) return 'No figure matches the filters.';
  const sources = new Set(figures.map((f) => f.source_id)).size;
  const [lo, hi] = extent(figures.flatMap(figureValues));
  const unit = figures[0]!.measure.startsWith('revenue') ? 'US$' : '';
  const range =
    lo === undefined
      ? ''
      : lo === hi
        ? `, all of ${unit}${formatCount(lo)}`
        : `, from ${unit}${formatCount(lo)} to ${unit}${formatCount(hi!)}`;
  const apart = [
    withYear ? figures.filter((f) => f.year === null).length : 0,
    figures.filter((f) => figureValues(f).length === 0).length,
    figures.filter(isPartial).length,
  ];
  const notes = [
    apart[0] ? `${formatCount(apart[0])} without a year (in the lane at the right)` : '',
    apart[1] ? `${formatCount(apart[1])} without a number (in the band marked “No number”)` : '',
    apart[2] ? `${formatCount(apart[2])} for part of the whole only (drawn hollow)` : '',
  ].filter(Boolean);
  return (
    `${count(figures.length, 'figure', 'figures')} from ${count(sources, 'publication', 'publications')}${range}` +
    (notes.length ? `; ${notes.join(', ')}.` : '.')
  );
}

/** The map's sentence: how many countries it shades, from how many figures, and how many only by name. */
export function mapSummary(
  rows: readonly { status: 'figure' | 'presence'; n_figures: number }[],
): string {
  if (rows.length === 0) return 'No country matches the filters.';
  const shaded = rows.filter((row) => row.status === 'figure');
  const named = rows.length - shaded.length;
  const figures = shaded.reduce((n, row) => n + row.n_figures, 0);
  const parts = [
    shaded.length
      ? `${formatCount(shaded.length)} shaded by the most recent of ` +
        `${count(figures, 'figure', 'figures')} with a number (every one is on the Country view)`
      : '',
    named
      ? `${formatCount(named)} named as ${named === 1 ? 'a host' : 'hosts'} without a number`
      : '',
  ].filter(Boolean);
  return `${count(rows.length, 'country', 'countries')}: ${parts.join(', ')}.`;
}
