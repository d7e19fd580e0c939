// Where each item of a chart's key goes in an SVG drawing (images, static figures), which does not wrap
// text by itself: items side by side while they fit, and a label wider than the whole key wrapped
// under itself, beside its key (a Korean label is about twice as wide as an English one).
import type { LegendItem } from './legend';
import type { MeasureText } from './measure';
import { wrapText } from './wrapText';

/** The distance between the lines of a wrapped label. */
export const LEGEND_LINE_HEIGHT = 15;

/** An item of the key at its place: the middle of its first line at `y`, its label in `lines`. */
export interface PlacedLegendItem {
  item: LegendItem;
  x: number;
  y: number;
  lines: string[];
}

/** Where each item goes in a legend wrapped to `width`, and the legend's height. */
export function legendLayout(
  items: readonly LegendItem[],
  width: number,
  measure: MeasureText,
  { size = 12, rowHeight = 20, lineHeight = LEGEND_LINE_HEIGHT, gap = 14, keyWidth = 18 } = {},
): { placed: PlacedLegendItem[]; height: number } {
  const textWidth = (text: string) => measure(text, { size });
  const labelRoom = Math.max(1, width - keyWidth);
  let x = 0;
  let rowTop = 0;
  let bottom = 0;
  const placed = items.map((item) => {
    const whole = textWidth(item.label);
    const lines = whole <= labelRoom ? [item.label] : wrapText(item.label, labelRoom, textWidth);
    const itemWidth = keyWidth + Math.max(...lines.map(textWidth));
    if (x > 0 && x + itemWidth > width) {
      x = 0;
      rowTop = bottom;
    }
    const at = { item, x, y: rowTop + rowHeight / 2, lines };
    bottom = Math.max(bottom, rowTop + rowHeight + (lines.length - 1) * lineHeight);
    x += itemWidth + gap;
    return at;
  });
  return { placed, height: bottom };
}
