/**
 * Up to this many marks a chart draws them all (every chart of the real data set has fewer): drawn in
 * one task of well under 200 ms on a slow machine. A chart of rows with more draws the rows near the
 * screen's view.
 */
export const WHOLE_CHART_MARKS = 1000;

/**
 * The stretch drawn is whole blocks of this many pixels, so that scrolling draws a block's marks now
 * and then rather than a few at every frame, and the marks about to scroll into view are drawn.
 */
export const VIEW_BLOCK_PX = 300;

/**
 * The stretch of a chart (in its own pixels, down from its top) to draw, given the part of it the
 * screen shows (`top` to `bottom`, which may lie outside the chart): that part, out to whole blocks.
 * Before the page is measured (`top` = `bottom` = 0), the top block.
 */
export function chartView(top: number, bottom: number): { from: number; to: number } {
  const from = Math.floor(top / VIEW_BLOCK_PX) * VIEW_BLOCK_PX;
  const to = Math.ceil(Math.max(bottom, top + 1) / VIEW_BLOCK_PX) * VIEW_BLOCK_PX;
  return { from, to };
}
