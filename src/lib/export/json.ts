import type { TypedRows } from '../db/engine';
import type { Locale } from '../i18n/locale';
import type { DatasetVersion } from './fileName';

/** What a download's columns hold, in words for people, in the interface's language. */
export interface ColumnDescriptions {
  language: Locale;
  /** By column name; a column without an entry gets no description. */
  columns: Readonly<Record<string, string>>;
}

/** What a JSON or Parquet download says about where its rows come from. */
export interface ExportProvenance {
  /** The named query the view ran. */
  query: string;
  version: DatasetVersion;
  /** The data's licence, e.g. CC-BY-4.0. */
  license: string;
  /** The SQL text that made the rows, when a reader wrote it (the SQL console). */
  sql?: string;
  /** What the columns hold: a view's downloads, whose columns are the data's (figure rows). */
  descriptions?: ColumnDescriptions;
}

/**
 * A query result as a JSON document, read back with `JSON.parse(text).rows`:
 *
 *     { "dataset": { "name", "version", "hash", "date", "license" },
 *       "query": "compareReports",
 *       "sql": "SELECT …",                  (the SQL console's downloads only)
 *       "language": "ko",                    (a view's downloads: the descriptions' language)
 *       "fields": [{ "name": "id", "type": "string", "description": "…" }, …],
 *       "rows": [{ "id": …, "title": …, … }, …] }
 *
 * `rows` holds one object per row with the same keys and values a view gets (nulls as null, lists and
 * structs as arrays and objects); `fields` gives the columns in order and their kinds (see ColumnKind),
 * which also says what the columns are when there is no row, and what each holds where it is known, in
 * the interface's language. Column names are the data's schema, the same in every language.
 */
export function toJson({ columns, rows }: TypedRows, provenance: ExportProvenance): string {
  const { version, license, query, sql, descriptions } = provenance;
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
    ...(descriptions === undefined ? {} : { language: descriptions.language }),
    fields: columns.map(({ name, kind }) => {
      const description = descriptions?.columns[name];
      return { name, type: kind, ...(description ? { description } : {}) };
    }),
    rows,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
