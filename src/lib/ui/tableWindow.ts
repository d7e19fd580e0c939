/**
 * Up to this many rows a table draws them all (the whole real data set is fewer): the page stays
 * searchable and printable, and works without JavaScript. Past it, the table draws a window of rows.
 */
export const WHOLE_TABLE_ROWS = 1000;

/** Rows drawn beyond each edge of the view, so that scrolling and Tab find the next rows drawn already. */
export const OVERSCAN_ROWS = 15;

/**
 * The rows a windowed table draws, [first, last): those in its scroll box's view plus an overscan either
 * side. Rows are `rowHeight` pixels each; the box shows `viewHeight` pixels of them.
 */
export function tableWindow(
  count: number,
  {
    scrollTop,
    viewHeight,
    rowHeight,
  }: { scrollTop: number; viewHeight: number; rowHeight: number },
): { first: number; last: number } {
  const top = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const bottom = Math.ceil((Math.max(0, scrollTop) + viewHeight) / rowHeight);
  const first = Math.max(0, Math.min(count, top - OVERSCAN_ROWS));
  const last = Math.max(first, Math.min(count, bottom + OVERSCAN_ROWS));
  return { first, last };
}
