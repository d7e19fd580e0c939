import type { SqlValue } from '../db/engine';
import { sqlText } from '../i18n/en/sql';
import { intlTag } from '../i18n/runtime.svelte';
import { localeFormatter } from '../numbers';
import type { ConsoleColumn } from './types';

/** How a result cell is shown: its text, and what kind of value it is (for alignment and style). */
export interface ShownCell {
  /** The text in the cell: '' for an empty text, 'NULL' for a null (told apart by `kind`). */
  text: string;
  kind: 'null' | 'empty' | 'number' | 'boolean' | 'json' | 'text';
  /** The whole value when `text` is cut, for the cell's title. */
  whole: string | null;
}

/** A cell's text is cut after this many characters (its whole is kept for its title). */
export const CELL_CHARS = 200;

const numericType =
  /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT|FLOAT|REAL|DOUBLE|DECIMAL(\(\d+,\s*\d+\))?|INT[1248]?|NUMERIC(\(\d+,\s*\d+\))?)$/i;

/** Whether DuckDB's type text names a number (INTEGER, DOUBLE, DECIMAL(18,3)…), not a list of them. */
export function isNumericType(type: string): boolean {
  return numericType.test(type.trim());
}

/**
 * Numbers that are years or ids read better ungrouped (2017, not 2,017): a column whose name says so.
 * Others are grouped in the reader's locale.
 */
function ungrouped(column: Pick<ConsoleColumn, 'name'>): boolean {
  return /(^|_)(year|years|id)(_|$)/i.test(column.name);
}

/** A cell as the answer's table shows it: numbers in the interface's language, lists and structs as JSON. */
export function showCell(
  value: SqlValue | undefined,
  column: Pick<ConsoleColumn, 'name' | 'type'>,
  locale = intlTag(),
): ShownCell {
  if (value === null || value === undefined) return { text: 'NULL', kind: 'null', whole: null };
  if (typeof value === 'number') {
    const text = Number.isFinite(value)
      ? localeFormatter(
          ungrouped(column) ? 'cell ungrouped' : 'cell',
          (tag) =>
            new Intl.NumberFormat(tag, {
              maximumFractionDigits: 6,
              useGrouping: !ungrouped(column),
            }),
          locale,
        ).format(value)
      : String(value);
    return { text, kind: 'number', whole: null };
  }
  if (typeof value === 'boolean') return { text: String(value), kind: 'boolean', whole: null };
  if (typeof value === 'string') {
    if (value === '') return { text: '', kind: 'empty', whole: null };
    return cut(value, 'text');
  }
  return cut(JSON.stringify(value), 'json');
}

function cut(text: string, kind: 'text' | 'json'): ShownCell {
  if (text.length <= CELL_CHARS) return { text, kind, whole: null };
  // Cut at a code point, never inside a surrogate pair.
  const head = Array.from(text.slice(0, CELL_CHARS + 1))
    .slice(0, CELL_CHARS)
    .join('');
  return { text: `${head}…`, kind, whole: text };
}

/** Whether a column's cells are right-aligned: numeric types. */
export function alignsRight(column: Pick<ConsoleColumn, 'type'>): boolean {
  return isNumericType(column.type);
}

/** "10,000 of 1,234,567 rows shown", "12 rows", "no rows": what the answer holds. */
export function rowCountText(shown: number, total: number | null): string {
  return sqlText().rowCount(shown, total);
}

/** "52 ms", "1.4 s": how long the query took. */
export function durationText(ms: number): string {
  if (ms < 1000) return sqlText().durationMs(Math.round(ms));
  return sqlText().durationSeconds(secondsText(ms, ms < 10_000 ? 1 : 0));
}

/** Milliseconds as seconds with `digits` decimals, in the interface's language ("1.4"). */
export function secondsText(ms: number, digits: number): string {
  return localeFormatter(
    `seconds ${digits}`,
    (tag) =>
      new Intl.NumberFormat(tag, {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }),
  ).format(ms / 1000);
}
