import type { TableName } from '../data/rows.generated';
import { dataPackage } from '../data/schema';
import {
  validatePackage,
  type PackageFile,
  type DroppedRow,
  type Problem,
  type RecordLayout,
} from '../data/validate';
import type { CsvReadingEngine } from './csv-tables';
import type { QueryEngine } from './engine';
import { loadPackage } from './load-package';
import { tableToStream } from './load-tables';

/** What the page tells the reader about the data it could not use. */
export interface DatasetReport {
  problems: Problem[];
  dropped: DroppedRow[];
}

/** An engine with the dataset loaded, and what the validator left out. */
export interface LoadedDataset<Engine extends QueryEngine = QueryEngine> extends DatasetReport {
  engine: Engine;
}

/** What the validator found, as plain data (it crosses from the validation worker to the page). */
export interface ValidatedDataset extends DatasetReport {
  /** How each table's file was read: which records DuckDB, reading the file itself, must leave out. */
  layouts: Partial<Record<TableName, RecordLayout>>;
}

/** The validator's findings and, on request, the valid rows of tables DuckDB cannot read itself. */
export interface PreparedDataset extends ValidatedDataset {
  /** The valid rows of each named table as an Arrow IPC stream (null = no rows). */
  streams(names: readonly TableName[]): Promise<Partial<Record<TableName, Uint8Array | null>>>;
}

/**
 * Validates the CSV files (keyed by resource path: bytes, or text from decodeUtf8; null = could not
 * be read, for the reason in `readErrors`) against data/datapackage.json. The costly half of loading,
 * and engine-free: the browser runs it in a worker (validate.worker.ts), while DuckDB reads the same
 * files (loadPackage).
 */
export function prepareDataset(
  files: Record<string, PackageFile>,
  readErrors: Record<string, string> = {},
  today?: string,
): PreparedDataset {
  const start = performance.now();
  const { tables, problems, dropped, layouts } = validatePackage(dataPackage, files, {
    readErrors,
    today,
  });
  performance.measure('load: validate', { start });
  return {
    problems,
    dropped,
    layouts,
    streams: (names) => {
      const arrowStart = performance.now();
      const streams = Object.fromEntries(names.map((name) => [name, tableToStream(tables, name)]));
      performance.measure('load: arrow', { start: arrowStart });
      return Promise.resolve(streams);
    },
  };
}

/**
 * Validates the CSV files' bytes (see prepareDataset) and loads the valid rows into `engine`, replacing
 * any previous tables: the browser's path (loadPackage), with the validation run here.
 */
export async function loadDataset(
  engine: CsvReadingEngine,
  files: Record<string, Uint8Array | null>,
  readErrors: Record<string, string> = {},
): Promise<DatasetReport> {
  const prepared = prepareDataset(files, readErrors);
  return loadPackage(engine, files, Promise.resolve(prepared));
}
