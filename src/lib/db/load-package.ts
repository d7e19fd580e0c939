import { tableNames, type TableName } from '../data/rows.generated';
import { resource as resourceNamed } from '../data/schema';
import { dropStaged, stageCsv, type CsvReadingEngine, type StagedCsv } from './csv-tables';
import type { DatasetReport, PreparedDataset } from './dataset';
import { replaceTables, type TableRows } from './load-tables';

// Apart from dataset.ts, so that the page's bundle does not carry the validator: it runs in a worker.

/**
 * Loads the data files (their bytes by resource path; null = could not be read) into `engine`,
 * replacing any previous tables, while `prepared` validates them. DuckDB reads each file itself
 * and leaves out the records the validator dropped; a file it reads differently from the validator
 * (broken quoting, ragged rows, another column order) gets the validator's rows as Arrow instead.
 * `files`' buffers may be handed to the engine: the caller does not use them afterwards.
 */
export async function loadPackage(
  engine: CsvReadingEngine,
  files: Record<string, Uint8Array | null>,
  prepared: Promise<PreparedDataset>,
): Promise<DatasetReport> {
  const staged: Partial<Record<TableName, StagedCsv>> = {};
  try {
    for (const name of tableNames) {
      const resource = resourceNamed(name);
      const bytes = files[resource.path];
      if (!bytes) continue;
      const start = performance.now();
      staged[name] = await stageCsv(engine, resource, bytes);
      performance.measure(`load: read_csv ${resource.path}`, { start });
    }
    const validated = await prepared;
    const fromCsv = (name: TableName): TableRows | null => {
      const layout = validated.layouts[name];
      const read = staged[name];
      if (!layout?.plain || !read) return null;
      if ('records' in read && read.records === layout.records)
        return { csv: read.table, droppedRecords: layout.droppedRecords };
      const what = 'error' in read ? read.error : `${read.records} records, not ${layout.records}`;
      console.warn(`DuckDB read ${resourceNamed(name).path} unlike the validator (${what})`);
      return null;
    };
    const csvRows = new Map(tableNames.map((name) => [name, fromCsv(name)]));
    const others = tableNames.filter((name) => csvRows.get(name) === null);
    const rows = streamRows(others, others.length > 0 ? await validated.streams(others) : {});
    for (const [name, csv] of csvRows) if (csv) rows[name] = csv;
    const start = performance.now();
    try {
      await replaceTables(engine, rows);
    } catch (error) {
      if (others.length === tableNames.length) throw error;
      // DuckDB read a file differently after all (replaceTables rolled back): the validator's rows.
      console.warn(`Loading the CSV files as DuckDB read them failed: ${String(error)}`);
      const all = await validated.streams(tableNames);
      await replaceTables(engine, streamRows(tableNames, all));
    }
    performance.measure('load: insert', { start });
    return { problems: validated.problems, dropped: validated.dropped };
  } finally {
    for (const name of tableNames) await dropStaged(engine, resourceNamed(name));
  }
}

function streamRows(
  names: readonly TableName[],
  streams: Partial<Record<TableName, Uint8Array | null>>,
): Record<TableName, TableRows> {
  const rows = {} as Record<TableName, TableRows>;
  for (const name of names) rows[name] = { stream: streams[name] ?? null };
  return rows;
}
