// The compact form of the static figures on phones: which rows a narrow drawing keeps.
import { describe, expect, it } from 'vitest';
import { firstRows, spreadRows } from '../../src/embed/compact';

describe('firstRows', () => {
  it.each([
    { rows: [1, 2, 3, 4], limit: 2, shown: [1, 2], leftOut: [3, 4] },
    { rows: [1, 2], limit: 5, shown: [1, 2], leftOut: [] },
    { rows: [], limit: 3, shown: [], leftOut: [] },
  ])('keeps the first $limit of $rows', ({ rows, limit, shown, leftOut }) => {
    expect(firstRows(rows, limit)).toEqual({ shown, leftOut });
  });
});

/** Rows as [low, high], null without a number, in the chart's order (by low). */
type Row = readonly [number, number] | null;
const span = (row: Row) => row;

describe('spreadRows', () => {
  it.each<{ name: string; rows: Row[]; limit: number; shown: Row[] }>([
    {
      name: 'keeps every row when they fit',
      rows: [[1, 1], null],
      limit: 3,
      shown: [[1, 1], null],
    },
    {
      name: 'keeps the lowest, the highest and one between',
      rows: [
        [1, 1],
        [2, 2],
        [3, 3],
        [4, 4],
        [5, 5],
      ],
      limit: 3,
      shown: [
        [1, 1],
        [3, 3],
        [5, 5],
      ],
    },
    {
      name: 'keeps the row reaching highest, not the last in order',
      rows: [
        [1, 1],
        [2, 90],
        [3, 3],
        [4, 4],
        [5, 5],
      ],
      limit: 2,
      shown: [
        [1, 1],
        [2, 90],
      ],
    },
    {
      name: 'leaves out rows without a number',
      rows: [[1, 1], [2, 2], [3, 3], null, null],
      limit: 3,
      shown: [
        [1, 1],
        [2, 2],
        [3, 3],
      ],
    },
    {
      name: 'draws nothing when no row has a number',
      rows: [null, null, null],
      limit: 2,
      shown: [],
    },
  ])('$name', ({ rows, limit, shown }) => {
    const compact = spreadRows(rows, limit, span);
    expect(compact.shown).toEqual(shown);
    // Every row is drawn or counted as left out, once, in the chart's order.
    expect(compact.shown.length + compact.leftOut.length).toBe(rows.length);
    expect(rows.filter((row) => !compact.shown.includes(row))).toEqual(compact.leftOut);
  });
});
