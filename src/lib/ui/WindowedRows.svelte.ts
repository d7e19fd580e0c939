import { tableWindow, WHOLE_TABLE_ROWS } from './tableWindow';

/**
 * A windowed table's rows are one line each, of this height (its CSS sets the cells to it, border
 * included), so that a scroll offset is a row index and a spacer stands for the rows it replaces.
 */
export const ROW_PX = 28;

/**
 * Which rows a table draws: all of them up to WHOLE_TABLE_ROWS, past it those in its scroll box's view
 * (the box at most `boxPx` tall) and a few either side. The box's scroll handler sets `scrollTop`.
 */
export class WindowedRows {
  scrollTop = $state(0);
  /** Whether the table draws a window of its rows rather than all of them. */
  readonly windowed: boolean;
  /** The rows drawn, [first, last). */
  readonly span: { first: number; last: number };

  constructor(
    count: () => number,
    /** The scroll box's largest height, in px. */
    readonly boxPx: number,
  ) {
    this.windowed = $derived(count() > WHOLE_TABLE_ROWS);
    this.span = $derived(
      this.windowed
        ? tableWindow(count(), { scrollTop: this.scrollTop, viewHeight: boxPx, rowHeight: ROW_PX })
        : { first: 0, last: count() },
    );
  }
}
