// The keys a chart's legend lists, the same on the page (Legend.svelte, HTML) and in images and static
// figures (SvgLegend.svelte), and where each goes when the legend wraps inside a width.
import type { EstimatorType } from '../data/rows.generated';
import { formatCount } from '../format';
import type { MeasureText } from './measure';
import { estimatorStyle, estimatorTypes } from './palette';
import type { Token } from './theme';
import { shadeTokens, thresholds } from './mapShades';

/** What a legend item shows before its label. */
export type LegendKey =
  | { kind: 'estimator'; type: EstimatorType }
  | { kind: 'range' }
  | { kind: 'bound' }
  | { kind: 'partial' }
  | { kind: 'swatch'; token: Token }
  | { kind: 'hatched' };

export interface LegendItem {
  id: string;
  key: LegendKey;
  label: string;
  /** A hint about how marks are drawn, rather than a category: in the muted colour. */
  hint: boolean;
}

/** The key to the estimator types drawn and to the mark shapes; `partial` when a hollow mark is drawn. */
export function figureLegend(types: readonly EstimatorType[], partial: boolean): LegendItem[] {
  const items: LegendItem[] = estimatorTypes
    .filter((type) => types.includes(type))
    .map((type) => ({
      id: type,
      key: { kind: 'estimator', type },
      label: estimatorStyle[type].label,
      hint: false,
    }));
  items.push(
    { id: 'range', key: { kind: 'range' }, label: 'a bar is a range, low to high', hint: true },
    {
      id: 'bound',
      key: { kind: 'bound' },
      label: 'an arrow is a lone bound: “more than”, “up to”',
      hint: true,
    },
  );
  if (partial) {
    items.push({
      id: 'partial',
      key: { kind: 'partial' },
      label: 'hollow or dashed: part of the whole only (an area, a sector, one company, a region)',
      hint: true,
    });
  }
  return items;
}

/** The map's key: its shades with the counts they stand for, presence without a figure, no report. */
export function mapLegend(): LegendItem[] {
  const shades: LegendItem[] = shadeTokens.map((token, i) => {
    const from = thresholds[i - 1];
    const to = thresholds[i];
    const label =
      from === undefined
        ? 'none (reported as 0)'
        : to === undefined
          ? `${formatCount(from)} or more`
          : `${formatCount(from)}–${formatCount(to - 1)}`;
    return { id: token, key: { kind: 'swatch', token }, label, hint: false };
  });
  return [
    ...shades,
    {
      id: 'presence',
      key: { kind: 'hatched' },
      label: 'workers reported, no figure',
      hint: false,
    },
    {
      id: 'none',
      key: { kind: 'swatch', token: 'faint' },
      label: 'no report in this dataset',
      hint: false,
    },
  ];
}

/** Where each item goes in a legend wrapped to `width`, and the legend's height. */
export function legendLayout(
  items: readonly LegendItem[],
  width: number,
  measure: MeasureText,
  { size = 12, rowHeight = 20, gap = 14, keyWidth = 18 } = {},
): { placed: { item: LegendItem; x: number; y: number }[]; height: number } {
  let x = 0;
  let row = 0;
  const placed = items.map((item) => {
    const itemWidth = keyWidth + measure(item.label, { size });
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      row += 1;
    }
    const at = { item, x, y: row * rowHeight + rowHeight / 2 };
    x += itemWidth + gap;
    return at;
  });
  return { placed, height: items.length === 0 ? 0 : (row + 1) * rowHeight };
}

/** Diagonal hatching inside a w×h box centred on the origin, as one path: lines `step` px apart. */
export function hatchPath(w: number, h: number, step: number): string {
  const [left, top] = [-w / 2, -h / 2];
  const parts: string[] = [];
  // Lines x + y = c, from the bottom-left edge to the top-right one.
  for (let c = left + top + step / 2; c < w / 2 + h / 2; c += step) {
    const x0 = Math.max(left, c - h / 2);
    const x1 = Math.min(w / 2, c - top);
    parts.push(`M${x0},${c - x0}L${x1},${c - x1}`);
  }
  return parts.join('');
}
