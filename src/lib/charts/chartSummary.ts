import { extent } from 'd3-array';
import type { FigureRow } from '../queries';
import { formatAmount } from '../format';
import { figuresText } from '../i18n/en/figures';
import { figureValues, isPartial } from './figureShape';

type Drawn = Pick<
  FigureRow,
  'low' | 'high' | 'point' | 'year' | 'country' | 'area_note' | 'region' | 'source_id' | 'measure'
>;

/**
 * One sentence saying what a chart draws, for everyone and for screen readers: how many figures, from
 * how many publications, the range of their numbers, and how many sit apart (no year, no number, part of
 * a country). `withYear` says whether the chart places figures by year.
 */
export function chartSummary(figures: readonly Drawn[], { withYear = true } = {}): string {
  const t = figuresText();
  if (figures.length === 0) return t.summaryNoFigure;
  const sources = new Set(figures.map((f) => f.source_id)).size;
  const [lo, hi] = extent(figures.flatMap(figureValues));
  const measure = figures[0]!.measure;
  const amount = (value: number) => t.figureAmount(formatAmount(value), null, measure);
  const range =
    lo === undefined
      ? ''
      : lo === hi
        ? t.summaryAllOf(amount(lo))
        : t.summaryRange(amount(lo), amount(hi!));
  const apart = [
    withYear ? figures.filter((f) => f.year === null).length : 0,
    figures.filter((f) => figureValues(f).length === 0).length,
    figures.filter(isPartial).length,
  ];
  const notes = [
    apart[0] ? t.summaryWithoutYear(apart[0]) : '',
    apart[1] ? t.summaryWithoutNumber(apart[1]) : '',
    apart[2] ? t.summaryPartOnly(apart[2]) : '',
  ].filter(Boolean);
  return (
    `${t.summaryFigures(figures.length, sources)}${range}` +
    (notes.length ? `; ${notes.join(', ')}.` : '.')
  );
}

/** The map's sentence: how many countries it shades, from how many figures, and how many only by name. */
export function mapSummary(
  rows: readonly { status: 'figure' | 'presence'; n_figures: number }[],
): string {
  const t = figuresText();
  if (rows.length === 0) return t.summaryNoCountry;
  const shaded = rows.filter((row) => row.status === 'figure');
  const named = rows.length - shaded.length;
  const figures = shaded.reduce((n, row) => n + row.n_figures, 0);
  const parts = [
    shaded.length ? t.summaryShaded(shaded.length, figures) : '',
    named ? t.summaryNamedOnly(named) : '',
  ].filter(Boolean);
  return t.summaryCountries(rows.length, parts.join(', '));
}
