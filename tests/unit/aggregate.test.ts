// Drawing at scale: how many marks a row's pixels can show, the bins that stand for a row's figures when
// it has more, the stretch of a tall chart drawn near the screen's view, and a long table's window.
import { describe, expect, it } from 'vitest';
import {
  binByCentre,
  markCapacity,
  MIN_MARK_PX,
  STACKED_LANES,
} from '../../src/lib/charts/aggregate';
import { chartView, VIEW_BLOCK_PX } from '../../src/lib/charts/chartView';
import { OVERSCAN_ROWS, tableWindow } from '../../src/lib/ui/tableWindow';
import { CountryRangesLayout } from '../../src/lib/charts/CountryRangesChart.state.svelte';
import { isFigureBin } from '../../src/lib/charts/types';
import type { FigureRow } from '../../src/lib/queries';

/** A small seeded generator: the same extents every run. */
function extents(count: number, seed: number, length = 900): [string, number, number][] {
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
  return Array.from({ length: count }, (_, i) => {
    const a = random() * length;
    const b = random() < 0.4 ? a : random() * length;
    // Some given high end first: a bin must not rely on the order of an item's ends.
    return [`f${i}`, a, b];
  });
}

describe('markCapacity', () => {
  it.each([
    [860, MIN_MARK_PX, Math.floor(860 / MIN_MARK_PX) * STACKED_LANES],
    [100, 10, 10 * STACKED_LANES],
    [99, 10, 9 * STACKED_LANES],
    [3, 10, STACKED_LANES],
  ])('%d px at %d px a mark hold %d marks, lanes deep', (length, size, expected) => {
    expect(markCapacity(length, size)).toBe(expected);
  });
});

describe('binByCentre: aggregates contain every row they stand for', () => {
  const extentOf = ([, a, b]: [string, number, number]) => [a, b] as const;

  it.each([
    [0, 12, 1],
    [1, 12, 2],
    [7, 10, 3],
    [250, 10, 4],
    [5000, 24, 5],
    [5000, 1, 6],
  ])('%d items in cells of %d px (seed %d)', (count, cellPx, seed) => {
    const items = extents(count, seed);
    const bins = binByCentre(items, extentOf, cellPx, 160);
    // Every item in exactly one bin, and the counts add up.
    const binned = bins.flatMap((bin) => bin.items.map(([id]) => id));
    expect(binned.length).toBe(items.length);
    expect(new Set(binned)).toEqual(new Set(items.map(([id]) => id)));
    expect(bins.reduce((n, bin) => n + bin.items.length, 0)).toBe(count);
    for (const bin of bins) {
      expect(bin.items.length).toBeGreaterThan(0);
      expect(bin.cellTo - bin.cellFrom).toBeCloseTo(cellPx);
      for (const [, a, b] of bin.items) {
        // The bin's extent covers each item's low..high, and the item's centre lies in the bin's cell.
        expect(bin.from).toBeLessThanOrEqual(Math.min(a, b));
        expect(bin.to).toBeGreaterThanOrEqual(Math.max(a, b));
        expect((a + b) / 2).toBeGreaterThanOrEqual(bin.cellFrom - 1e-9);
        expect((a + b) / 2).toBeLessThan(bin.cellTo + 1e-9);
      }
      // …and no further than they reach.
      expect(bin.from).toBe(Math.min(...bin.items.map(([, a, b]) => Math.min(a, b))));
      expect(bin.to).toBe(Math.max(...bin.items.map(([, a, b]) => Math.max(a, b))));
    }
    // Bins in axis order, one per cell.
    const cells = bins.map((bin) => bin.cellFrom);
    expect(cells).toEqual([...cells].sort((x, y) => x - y));
    expect(new Set(cells).size).toBe(cells.length);
  });

  it('keeps the order items came in within a bin', () => {
    const items: [string, number, number][] = [
      ['b', 14, 16],
      ['a', 10, 12],
      ['c', 11, 19],
    ];
    const [bin] = binByCentre(items, extentOf, 20);
    expect(bin!.items.map(([id]) => id)).toEqual(['b', 'a', 'c']);
    expect([bin!.from, bin!.to]).toEqual([10, 19]);
  });

  it('puts points on a cell boundary in the cell that starts there', () => {
    const bins = binByCentre(
      [
        ['x', 20, 20],
        ['y', 19.9, 19.9],
      ] as [string, number, number][],
      extentOf,
      10,
    );
    expect(bins.map((bin) => [bin.cellFrom, bin.items.map(([id]) => id)])).toEqual([
      [10, ['y']],
      [20, ['x']],
    ]);
  });

  it('refuses cells without a width', () => {
    expect(() => binByCentre([['x', 1, 2]], extentOf, 0)).toThrow(/cellPx/);
  });
});

describe('CountryRangesLayout: a row with more figures than its pixels show draws bins', () => {
  /** `count` figures for one country: ranges, points and a few without a number, seeded. */
  function figures(country: string, count: number, seed: number): FigureRow[] {
    return extents(count, seed, 90_000).map(([id, a, b], i) => {
      const kind = i % 9 === 0 ? 'none' : a === b ? 'point' : 'range';
      return {
        id: `${country}-${id}`,
        country,
        estimator_type: 'media',
        area_note: null,
        region: null,
        low: kind === 'range' ? Math.round(Math.min(a, b)) + 1 : null,
        high: kind === 'range' ? Math.round(Math.max(a, b)) + 1 : null,
        point: kind === 'point' ? Math.round(a) + 1 : null,
      } as FigureRow;
    });
  }

  function layoutOf(counts: Record<string, number>, width: number) {
    const groups = Object.entries(counts).map(([country, count], i) => ({
      country,
      figures: figures(country, count, i + 1),
      sourceCount: 1,
    }));
    return { groups, layout: new CountryRangesLayout(() => ({ groups, width })) };
  }

  it.each([
    ['a wide screen', 1048],
    ['a phone', 320],
  ])(
    'on %s every figure is in exactly one mark, and a bin reaches over each of its figures',
    (_, width) => {
      const { groups, layout } = layoutOf({ RUS: 54, CHN: 400, KWT: 3 }, width);
      const drawn = layout.marks.flatMap((mark) =>
        isFigureBin(mark.datum) ? mark.datum.figures.map((f) => f.id) : [mark.datum.id],
      );
      const all = groups.flatMap((group) => group.figures.map((f) => f.id));
      expect(drawn.length).toBe(all.length);
      expect(new Set(drawn)).toEqual(new Set(all));
      for (const mark of layout.marks) {
        if (!isFigureBin(mark.datum)) continue;
        expect(mark.bin!.count).toBe(mark.datum.figures.length);
        expect(mark.shape).toBe('bin');
        if (mark.datum.withoutNumber) continue;
        for (const figure of mark.datum.figures) {
          const values = [figure.low, figure.high, figure.point].filter((v) => v !== null);
          for (const value of values) {
            expect(layout.x(value)).toBeGreaterThanOrEqual(mark.bin!.from - 1e-6);
            expect(layout.x(value)).toBeLessThanOrEqual(mark.bin!.to + 1e-6);
          }
        }
      }
    },
  );

  it.each([
    ['a wide screen', 1048],
    ['a phone', 320],
  ])(
    'on %s, bins a row only when it has more figures than its axis has room for marks',
    (_, width) => {
      const { layout } = layoutOf({ CHN: 400, RUS: 54, KWT: 3 }, width);
      const [axisFrom, axisTo] = layout.x.range() as [number, number];
      const capacity = markCapacity(axisTo - axisFrom);
      expect(capacity).toBeGreaterThan(54);
      expect(capacity).toBeLessThan(400 - 400 / 9);
      const binnedRows = new Set(
        layout.marks.filter((mark) => mark.shape === 'bin').map((mark) => mark.slot),
      );
      // Rows in the query's order: CHN (binned), RUS and KWT one mark a figure.
      expect([...binnedRows]).toEqual([0]);
      expect(layout.marks.filter((mark) => mark.slot === 1)).toHaveLength(54);
    },
  );
});

describe('chartView', () => {
  it('draws the top block before the page is measured', () => {
    expect(chartView(0, 0)).toEqual({ from: 0, to: VIEW_BLOCK_PX });
  });

  it.each([
    [-1500, -600],
    [-200, 700],
    [450, 1350],
    [5000, 5900],
  ])('covers the part the screen shows (%d to %d) with whole blocks', (top, bottom) => {
    const { from, to } = chartView(top, bottom);
    expect(from).toBeLessThanOrEqual(top);
    expect(to).toBeGreaterThanOrEqual(bottom);
    expect(Number.isInteger(from / VIEW_BLOCK_PX)).toBe(true);
    expect(Number.isInteger(to / VIEW_BLOCK_PX)).toBe(true);
    expect(to - from).toBeLessThan(bottom - top + 2 * VIEW_BLOCK_PX);
  });

  it('stays the same while scrolling within a block', () => {
    expect(chartView(310, 1110)).toEqual(chartView(590, 1190));
  });
});

describe('tableWindow', () => {
  const box = { viewHeight: 280, rowHeight: 28 };

  it('draws the rows in view and an overscan either side', () => {
    expect(tableWindow(10_000, { ...box, scrollTop: 2800 })).toEqual({
      first: 100 - OVERSCAN_ROWS,
      last: 110 + OVERSCAN_ROWS,
    });
  });

  it.each([
    [0, 0, 10 + OVERSCAN_ROWS],
    [-50, 0, 10 + OVERSCAN_ROWS],
    [28 * 9_995, 9_995 - OVERSCAN_ROWS, 10_000],
    [28 * 20_000, 10_000, 10_000],
  ])('stays within the rows at scroll %d', (scrollTop, first, last) => {
    expect(tableWindow(10_000, { ...box, scrollTop })).toEqual({ first, last });
  });

  it('draws nothing of an empty table', () => {
    expect(tableWindow(0, { ...box, scrollTop: 0 })).toEqual({ first: 0, last: 0 });
  });
});
