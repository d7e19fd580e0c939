import Papa from 'papaparse';
import type { SqlValue, TypedRows } from '../db/engine';
import { neutraliseCell } from './safeText';

export { neutraliseCell };

/** UTF-8 byte order mark: without it, Excel reads a CSV file's Korean and Cyrillic titles as Latin-1. */
const BOM = '\ufeff';

/**
 * A query result as CSV (RFC 4180, CRLF, UTF-8 with a byte order mark), with a header row even when
 * there is no row. Nulls are empty cells, booleans true/false, lists and structs JSON text; every text
 * cell goes through neutraliseCell, which papaparse's own `escapeFormulae` would not do for a cell
 * with a line break.
 */
export function toCsv({ columns, rows }: TypedRows): string {
  const data = rows.map((row) => columns.map(({ name }) => csvCell(row[name] ?? null)));
  const text = Papa.unparse(
    { fields: columns.map(({ name }) => neutraliseCell(name)), data },
    { newline: '\r\n', escapeFormulae: false },
  );
  // unparse ends the header with a newline when there are no rows, and the last row without one.
  return `${BOM}${text.replace(/\r\n$/, '')}\r\n`;
}

function csvCell(value: SqlValue): string | number | boolean {
  if (value === null) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'string') return neutraliseCell(value);
  return neutraliseCell(JSON.stringify(value));
}
