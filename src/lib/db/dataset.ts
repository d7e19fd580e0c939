import { dataPackage } from '../data/schema';
import { validatePackage, type DroppedRow, type Problem } from '../data/validate';
import type { DuckEngine, QueryEngine } from './engine';
import { loadTables } from './load-tables';

/** What the page tells the reader about the data it could not use. */
export interface DatasetReport {
  problems: Problem[];
  dropped: DroppedRow[];
}

/** An engine with the dataset loaded, and what the validator left out. */
export interface LoadedDataset<Engine extends QueryEngine = QueryEngine> extends DatasetReport {
  engine: Engine;
}

/**
 * Validates the CSV texts (keyed by resource path; null = could not be read, for the reason in
 * `readErrors`) against data/datapackage.json and loads the valid rows into `engine`, replacing any
 * previous tables.
 */
export async function loadDataset(
  engine: DuckEngine,
  files: Record<string, string | null>,
  readErrors: Record<string, string> = {},
): Promise<DatasetReport> {
  const { tables, problems, dropped } = validatePackage(dataPackage, files, { readErrors });
  await loadTables(engine, tables);
  return { problems, dropped };
}
