import type { SqlParam, TypedQueryEngine, TypedRows } from '../db/engine';
import descriptor from '../../../data/datapackage.json';
import { toCsv } from './csv';
import type { DatasetVersion } from './fileName';
import { exportFormats, type ExportFormat } from './formats';
import { toJson, type ColumnDescriptions, type ExportProvenance } from './json';
import { shareText } from '../i18n/en/share';
import { locale } from '../i18n/runtime.svelte';

/** A file ready to save. */
export interface ExportFile {
  bytes: Uint8Array;
  mediaType: string;
  extension: string;
}

/** The query to export: a view's NamedQuery (any row type). */
export interface ExportableQuery {
  readonly name: string;
  readonly sql: string;
  readonly params: readonly SqlParam[];
}

const encoder = new TextEncoder();

/**
 * Runs the view's own named query (same SQL, same parameters, so the file holds exactly the rows the
 * view shows, with their source columns) and writes the result as CSV, JSON or Parquet; JSON and
 * Parquet say what the columns hold, in the interface's language.
 */
export async function exportQuery(
  engine: TypedQueryEngine,
  query: ExportableQuery,
  format: ExportFormat,
  version: DatasetVersion,
): Promise<ExportFile> {
  const result = await engine.queryTyped(query.sql, query.params);
  const provenance = { ...exportProvenance(query.name, version), descriptions: viewColumns() };
  return exportRows(result, provenance, format);
}

/**
 * What a view's columns hold, in the interface's language now. Only a view's download says it: its
 * columns are figure rows', while a SQL answer's `id` or `note` may be another table's.
 */
function viewColumns(): ColumnDescriptions {
  return { language: locale(), columns: shareText().exportColumnDescriptions };
}

/** What a download says of its rows: the query that made them, the data version and the licence. */
export function exportProvenance(
  query: string,
  version: DatasetVersion,
  sql?: string,
): ExportProvenance {
  return {
    query,
    version,
    license: descriptor.licenses.map((license) => license.name).join(', '),
    ...(sql === undefined ? {} : { sql }),
  };
}

/**
 * Writes rows as CSV, JSON or Parquet: the one writer of every download (a view's, the SQL console's).
 * JSON and Parquet carry the provenance in the file; a CSV file has no place for it but its name.
 */
export async function exportRows(
  result: TypedRows,
  provenance: ExportProvenance,
  format: ExportFormat,
): Promise<ExportFile> {
  const { mediaType, extension } = exportFormats[format];
  const bytes =
    format === 'csv'
      ? encoder.encode(toCsv(result))
      : format === 'json'
        ? encoder.encode(toJson(result, provenance))
        : await toParquetFile(result, provenance);
  return { bytes, mediaType, extension };
}

// The Parquet writer (hyparquet-writer) is most of the export code: it loads on a first Parquet
// download, not with CSV and JSON.
async function toParquetFile(
  result: TypedRows,
  { query, version, license, sql, descriptions }: ExportProvenance,
): Promise<Uint8Array> {
  // Parquet has no place for a column's description: they go into the footer, as JSON by name.
  const described = result.columns.flatMap(({ name }) => {
    const description = descriptions?.columns[name];
    return description ? [[name, description] as const] : [];
  });
  const { toParquet } = await import('./parquet');
  return toParquet(result, {
    'nk-workers-abroad.version': version.label,
    'nk-workers-abroad.hash': version.hash,
    'nk-workers-abroad.date': version.date,
    'nk-workers-abroad.query': query,
    'nk-workers-abroad.license': license,
    ...(sql === undefined ? {} : { 'nk-workers-abroad.sql': sql }),
    ...(descriptions === undefined
      ? {}
      : {
          'nk-workers-abroad.language': descriptions.language,
          'nk-workers-abroad.descriptions': JSON.stringify(Object.fromEntries(described)),
        }),
  });
}
