import type { TypedRows } from '../db/engine';
import type { DatasetVersion } from './fileName';

/** What a JSON or Parquet download says about where its rows come from. */
export interface ExportProvenance {
  /** The named query the view ran. */
  query: string;
  version: DatasetVersion;
  /** The data's licence, e.g. CC-BY-4.0. */
  license: string;
  /** The SQL text that made the rows, when a reader wrote it (the SQL console). */
  sql?: string;
}

/**
 * A query result as a JSON document, read back with `JSON.parse(text).rows`:
 *
 *     { "dataset": { "name", "version", "hash", "date", "license" },
 *       "query": "compareReports",
 *       "sql": "SELECT …",                  (the SQL console's downloads only)
 *       "fields": [{ "name": "id", "type": "string" }, …],
 *       "rows": [{ "id": …, "title": …, … }, …] }
 *
 * `rows` holds one object per row with the same keys and values a view gets (nulls as null, lists and
 * structs as arrays and objects); `fields` gives the columns in order and their kinds (see ColumnKind),
 * which also says what the columns are when there is no row.
 */
export function toJson({ columns, rows }: TypedRows, provenance: ExportProvenance): string {
  const { version, license, query, sql } = provenance;
  const document = {
    dataset: {
      name: 'nk-workers-abroad',
      version: version.label,
      hash: version.hash,
      date: version.date,
      license,
    },
    query,
    ...(sql === undefined ? {} : { sql }),
    fields: columns.map(({ name, kind }) => ({ name, type: kind })),
    rows,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
