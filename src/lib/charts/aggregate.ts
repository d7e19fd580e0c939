/**
 * The narrowest a mark can be drawn along its value axis and still be told from its neighbours: a point's
 * symbol is about this wide (FigureGlyph's symbol of area 70 is ~9.4 px across).
 */
export const MIN_MARK_PX = 10;

/** The width of the cells a crowded row's figures are binned in: room for a bin's count. */
export const BIN_CELL_PX = 3 * MIN_MARK_PX;

/**
 * How many lanes deep a row's marks may stack (the dodge sets crowded marks in lanes either side of the
 * row's centre) before they are binned: the real data's busiest rows (Russia 54 figures, China 38) stay
 * one mark a figure on a phone, whose axis holds about 23 marks side by side.
 */
export const STACKED_LANES = 4;

/**
 * How many marks of `minMarkPx` a row of `length` pixels shows, `lanes` deep: its marks' budget, beyond
 * which the row is binned.
 */
export function markCapacity(
  length: number,
  minMarkPx = MIN_MARK_PX,
  lanes = STACKED_LANES,
): number {
  return Math.max(1, Math.floor(length / minMarkPx)) * lanes;
}

/** Items drawn together as one mark: every item it stands for, and an extent that covers each one's. */
export interface Bin<T> {
  items: T[];
  /** The start of the stretch of the axis the bin's items are centred in, in pixels. */
  cellFrom: number;
  /** Its end. */
  cellTo: number;
  /** From the lowest of the items' own extents to the highest, in pixels. */
  from: number;
  to: number;
}

/**
 * Groups items by where they sit along a value axis, for a row with more items than its pixels can
 * show: cells of `cellPx` pixels from `origin`, each item in the cell of its extent's centre, so that
 * every item is in exactly one bin. Returns the non-empty cells in axis order, each with its items in
 * the order given and the extent that covers them all.
 */
export function binByCentre<T>(
  items: readonly T[],
  extentOf: (item: T) => readonly [number, number],
  cellPx: number,
  origin = 0,
): Bin<T>[] {
  if (!(cellPx > 0)) throw new Error(`binByCentre: cellPx must be positive, not ${cellPx}`);
  const bins = new Map<number, Bin<T>>();
  for (const item of items) {
    const [a, b] = extentOf(item);
    const low = Math.min(a, b);
    const high = Math.max(a, b);
    const cell = Math.floor(((low + high) / 2 - origin) / cellPx);
    const bin = bins.get(cell);
    if (bin) {
      bin.items.push(item);
      bin.from = Math.min(bin.from, low);
      bin.to = Math.max(bin.to, high);
    } else {
      const cellFrom = origin + cell * cellPx;
      bins.set(cell, { items: [item], cellFrom, cellTo: cellFrom + cellPx, from: low, to: high });
    }
  }
  return [...bins.entries()].sort(([a], [b]) => a - b).map(([, bin]) => bin);
}
