import { dataPackage } from '../data/schema';
import { validatePackage, type DroppedRow, type Problem } from '../data/validate';
import type { DuckEngine, QueryEngine } from './engine';
import { loadTableStreams, tablesToIPC, type TableStreams } from './load-tables';

/** What the page tells the reader about the data it could not use. */
export interface DatasetReport {
  problems: Problem[];
  dropped: DroppedRow[];
}

/** An engine with the dataset loaded, and what the validator left out. */
export interface LoadedDataset<Engine extends QueryEngine = QueryEngine> extends DatasetReport {
  engine: Engine;
}

/** The valid rows of the data package as Arrow IPC streams, and what the validator left out. */
export interface PreparedDataset extends DatasetReport {
  streams: TableStreams;
}

/**
 * Validates the CSV texts (keyed by resource path; null = could not be read, for the reason in
 * `readErrors`) against data/datapackage.json and turns the valid rows into Arrow IPC streams. The
 * costly half of loading, and engine-free: the browser runs it in a worker (validate.worker.ts).
 */
export function prepareDataset(
  files: Record<string, string | null>,
  readErrors: Record<string, string> = {},
): PreparedDataset {
  const { tables, problems, dropped } = validatePackage(dataPackage, files, { readErrors });
  return { streams: tablesToIPC(tables), problems, dropped };
}

/**
 * Validates the CSV texts (see prepareDataset) and loads the valid rows into `engine`, replacing any
 * previous tables.
 */
export async function loadDataset(
  engine: DuckEngine,
  files: Record<string, string | null>,
  readErrors: Record<string, string> = {},
): Promise<DatasetReport> {
  const { streams, problems, dropped } = prepareDataset(files, readErrors);
  await loadTableStreams(engine, streams);
  return { problems, dropped };
}
