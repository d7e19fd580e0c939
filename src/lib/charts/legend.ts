// The keys a chart's legend lists, the same on the page (Legend.svelte, HTML) and in images and static
// figures (SvgLegend.svelte, laid out by legendLayout.ts).
import type { EstimatorType } from '../data/rows.generated';
import { chartsText } from '../i18n/en/charts';
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
  const t = chartsText();
  const items: LegendItem[] = estimatorTypes
    .filter((type) => types.includes(type))
    .map((type) => ({
      id: type,
      key: { kind: 'estimator', type },
      label: estimatorStyle[type].label,
      hint: false,
    }));
  items.push(
    { id: 'range', key: { kind: 'range' }, label: t.legendRangeBar, hint: true },
    { id: 'bound', key: { kind: 'bound' }, label: t.legendLoneBound, hint: true },
  );
  if (partial) {
    items.push({
      id: 'partial',
      key: { kind: 'partial' },
      label: t.legendPartialWhole,
      hint: true,
    });
  }
  return items;
}

/** The map's key: its shades with the counts they stand for, presence without a figure, no report. */
export function mapLegend(): LegendItem[] {
  const t = chartsText();
  const shades: LegendItem[] = shadeTokens.map((token, i) => {
    const from = thresholds[i - 1];
    const to = thresholds[i];
    const label =
      from === undefined
        ? t.shadeReportedZero
        : to === undefined
          ? t.shadeAtLeast(from)
          : t.shadeBetween(from, to - 1);
    return { id: token, key: { kind: 'swatch', token }, label, hint: false };
  });
  return [
    ...shades,
    { id: 'presence', key: { kind: 'hatched' }, label: t.mapPresenceKey, hint: false },
    { id: 'none', key: { kind: 'swatch', token: 'faint' }, label: t.mapNoReportKey, hint: false },
  ];
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
