// The compact form a static figure takes on a phone: fewer rows, and an account of every row left out,
// so that an embed stays about a screen tall without dropping a figure in silence.
import { greatest, least } from 'd3-array';

/** How many host countries the narrow by-country figure draws: those with the highest figures. */
export const COMPACT_COUNTRIES = 5;
/** How many estimates the narrow comparison draws: the lowest, one from the middle and the highest. */
export const COMPACT_ESTIMATES = 3;

/** The rows a compact figure draws, and those it leaves to the full chart and the table. */
export interface Compact<T> {
  shown: T[];
  leftOut: T[];
}

/** The first `limit` rows, in the chart's own order (by-country: highest figure first). */
export function firstRows<T>(rows: readonly T[], limit: number): Compact<T> {
  return { shown: rows.slice(0, limit), leftOut: rows.slice(limit) };
}

/**
 * `limit` rows of those with a number, in the chart's order (by value): the one reaching lowest, the one
 * reaching highest, and the rest evenly between, so that the compact chart spans the same values as the
 * full one. `span` gives a row's lowest and highest number, or null when it has none.
 */
export function spreadRows<T>(
  rows: readonly T[],
  limit: number,
  span: (row: T) => readonly [number, number] | null,
): Compact<T> {
  if (rows.length <= limit) return firstRows(rows, limit);
  const numbered = rows.flatMap((row) => {
    const ends = span(row);
    return ends ? [{ row, low: ends[0], high: ends[1] }] : [];
  });
  const picked = new Set<T>();
  for (const end of [least(numbered, (d) => d.low), greatest(numbered, (d) => d.high)]) {
    if (end && picked.size < limit) picked.add(end.row);
  }
  const rest = numbered.filter(({ row }) => !picked.has(row));
  const wanted = Math.min(limit - picked.size, rest.length);
  for (let i = 0; i < wanted; i++) {
    picked.add(rest[Math.floor(((i + 0.5) * rest.length) / wanted)]!.row);
  }
  return {
    shown: rows.filter((row) => picked.has(row)),
    leftOut: rows.filter((row) => !picked.has(row)),
  };
}
