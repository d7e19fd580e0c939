import {
  Bool,
  Float64,
  Int64,
  Table,
  Utf8,
  makeData,
  makeVector,
  tableToIPC,
  type Vector,
} from 'apache-arrow';
import type { DuckEngine } from './engine';
import { tableNames, type TableName, type Tables } from '../data/rows.generated';
import {
  resource as resourceNamed,
  sqlType,
  type Field,
  type Resource,
  type SqlType,
} from '../data/schema';
import { loadedTable, stagedSelect } from './csv-tables';
import { createTableSql, quoteIdentifier } from './table-schema';
import { derivedTables } from './views';

/** Each table's rows as an Arrow IPC stream, or null for a table without rows. */
export type TableStreams = Record<TableName, Uint8Array | null>;

/**
 * Replaces the tables sources, estimates and events (and the tables derived from them) with `tables`, in one
 * transaction: if any row is refused, the previous tables stay as they were.
 */
export async function loadTables(engine: DuckEngine, tables: Tables): Promise<void> {
  await loadTableStreams(engine, tablesToIPC(tables));
}

/**
 * The rows of each table as an Arrow IPC stream whose column types match the table's SQL types. Pure and
 * engine-free: the browser builds the streams in a worker and hands the bytes to loadTableStreams.
 * Throws on a cell whose JS type does not fit its column.
 */
export function tablesToIPC(tables: Tables): TableStreams {
  const streams = {} as TableStreams;
  for (const name of tableNames) streams[name] = tableToStream(tables, name);
  return streams;
}

/** One table of tablesToIPC. */
export function tableToStream(tables: Tables, name: TableName): Uint8Array | null {
  return rowsToIPC(resourceNamed(name), tables[name]);
}

/** loadTables for rows already turned into Arrow IPC streams (see tablesToIPC). */
export async function loadTableStreams(engine: DuckEngine, streams: TableStreams): Promise<void> {
  const rows = {} as Record<TableName, TableRows>;
  for (const name of tableNames) rows[name] = { stream: streams[name] };
  await replaceTables(engine, rows);
}

/**
 * Where a table's rows come from: an Arrow IPC stream (null = no rows), or the CSV file DuckDB read
 * (see csv-tables.ts), typed or as text, less the records the validator dropped.
 */
export type TableRows =
  { stream: Uint8Array | null } | { csv: 'typed' | 'text'; droppedRecords: readonly number[] };

/**
 * loadTables for rows from any source (see TableRows), in one transaction. A table DuckDB read typed
 * loses its dropped records first, outside: until it is renamed, nothing else reads it.
 */
export async function replaceTables(
  engine: DuckEngine,
  rows: Record<TableName, TableRows>,
): Promise<void> {
  for (const name of tableNames) {
    const source = rows[name];
    if ('csv' in source && source.csv === 'typed' && source.droppedRecords.length > 0) {
      const loaded = quoteIdentifier(loadedTable(resourceNamed(name)));
      await withDroppedRecords(engine, source.droppedRecords, (records) =>
        engine.query(`DELETE FROM ${loaded} WHERE rowid IN (${records})`),
      );
    }
  }
  await engine.query('BEGIN TRANSACTION');
  try {
    await dropAll(engine);
    for (const name of tableNames) {
      const resource = resourceNamed(name);
      const source = rows[name];
      if ('csv' in source && source.csv === 'typed') {
        await engine.query(
          `ALTER TABLE ${quoteIdentifier(loadedTable(resource))} RENAME TO ${quoteIdentifier(name)}`,
        );
        continue;
      }
      await engine.query(createTableSql(resource));
      if ('csv' in source) await insertStaged(engine, resource, source.droppedRecords);
      else if (source.stream) await engine.insertArrowIPC(name, source.stream);
    }
    for (const derived of derivedTables) await engine.query(derived.sql);
    await engine.query('COMMIT');
  } catch (error) {
    await engine.query('ROLLBACK');
    throw error;
  }
}

async function insertStaged(
  engine: DuckEngine,
  resource: Resource,
  droppedRecords: readonly number[],
): Promise<void> {
  const table = quoteIdentifier(resource.name);
  if (droppedRecords.length === 0) {
    await engine.query(`INSERT INTO ${table} ${stagedSelect(resource, '')}`);
    return;
  }
  await withDroppedRecords(engine, droppedRecords, (records) =>
    engine.query(
      `INSERT INTO ${table} ${stagedSelect(resource, ` WHERE rowid NOT IN (${records})`)}`,
    ),
  );
}

/** The table of record positions to leave out, while `use` runs with a subquery of them. */
const DROPPED_RECORDS = 'load_dropped_records';

async function withDroppedRecords(
  engine: DuckEngine,
  droppedRecords: readonly number[],
  use: (records: string) => Promise<unknown>,
): Promise<void> {
  const dropped = quoteIdentifier(DROPPED_RECORDS);
  await engine.query(`CREATE OR REPLACE TABLE ${dropped} (record BIGINT)`);
  try {
    const records = makeVector(BigInt64Array.from(droppedRecords, BigInt));
    await engine.insertArrowIPC(
      DROPPED_RECORDS,
      tableToIPC(new Table({ record: records }), 'stream'),
    );
    await use(`SELECT record FROM ${dropped}`);
  } finally {
    await engine.query(`DROP TABLE IF EXISTS ${dropped}`);
  }
}

async function dropAll(engine: DuckEngine): Promise<void> {
  for (const { name } of derivedTables)
    await engine.query(`DROP TABLE IF EXISTS ${quoteIdentifier(name)}`);
  for (const name of tableNames)
    await engine.query(`DROP TABLE IF EXISTS ${quoteIdentifier(name)}`);
}

function rowsToIPC(resource: Resource, rows: readonly object[]): Uint8Array | null {
  // An IPC stream of zero batches is fine for DuckDB, but there is nothing to send.
  if (rows.length === 0) return null;
  const columns: Record<string, Vector> = {};
  for (const field of resource.schema.fields)
    columns[field.name] = columnVector(resource.name, field, rows);
  return tableToIPC(new Table(columns), 'stream');
}

type CellCheck<T> = (cell: unknown, where: string) => T | null;

/**
 * A column's cells, checked, as an Arrow vector. The buffers are written here rather than by Arrow's
 * builders (vectorFromArray), which compile their null check with `new Function`: the page's
 * Content-Security-Policy allows no eval (see src/build/contentSecurityPolicy.ts).
 */
type ColumnOf<T> = (cells: readonly (T | null)[], nulls: NullBitmap) => Vector;

interface NullBitmap {
  /** Bit i set: cell i has a value (Arrow's validity bitmap), or null when no cell is null. */
  bitmap: Uint8Array | undefined;
  nullCount: number;
}

/** For each SQL type of schema.ts, how a cell is checked and its column written. */
const arrowColumns: { [K in SqlType]: { cell: CellCheck<unknown>; column: ColumnOf<never> } } = {
  VARCHAR: {
    cell: (cell, where) => expectType(cell, 'string', where),
    column: utf8Column,
  },
  BIGINT: {
    cell: toBigInt,
    column: (cells: readonly (bigint | null)[], { bitmap, nullCount }) =>
      makeVector(
        makeData({
          type: new Int64(),
          length: cells.length,
          nullCount,
          nullBitmap: bitmap,
          data: BigInt64Array.from(cells, (cell) => cell ?? 0n),
        }),
      ),
  },
  DOUBLE: {
    cell: (cell, where) => expectType(cell, 'number', where),
    column: (cells: readonly (number | null)[], { bitmap, nullCount }) =>
      makeVector(
        makeData({
          type: new Float64(),
          length: cells.length,
          nullCount,
          nullBitmap: bitmap,
          data: Float64Array.from(cells, (cell) => cell ?? 0),
        }),
      ),
  },
  BOOLEAN: {
    cell: (cell, where) => expectType(cell, 'boolean', where),
    column: (cells: readonly (boolean | null)[], { bitmap, nullCount }) =>
      makeVector(
        makeData({
          type: new Bool(),
          length: cells.length,
          nullCount,
          nullBitmap: bitmap,
          data: packBits(cells, (cell) => cell === true),
        }),
      ),
  },
  // Rows keep dates as ISO text (see schema.ts); DuckDB casts the text on insert.
  DATE: { cell: (cell, where) => expectType(cell, 'string', where), column: utf8Column },
};

/** Bit i (least significant first, as Arrow packs them) set where `test` holds for item i. */
function packBits<T>(items: readonly T[], test: (item: T) => boolean): Uint8Array {
  const bits = new Uint8Array(Math.ceil(items.length / 8));
  items.forEach((item, index) => {
    if (test(item)) bits[index >> 3]! |= 1 << (index & 7);
  });
  return bits;
}

function utf8Column(cells: readonly (string | null)[], { bitmap, nullCount }: NullBitmap): Vector {
  const encoder = new TextEncoder();
  const encoded = cells.map((cell) => (cell === null ? null : encoder.encode(cell)));
  const offsets = new Int32Array(cells.length + 1);
  let length = 0;
  encoded.forEach((bytes, index) => {
    length += bytes?.length ?? 0;
    if (length > 0x7fffffff) throw new RangeError('a text column of more than 2 GiB');
    offsets[index + 1] = length;
  });
  const data = new Uint8Array(length);
  encoded.forEach((bytes, index) => {
    if (bytes) data.set(bytes, offsets[index]!);
  });
  return makeVector(
    makeData({
      type: new Utf8(),
      length: cells.length,
      nullCount,
      nullBitmap: bitmap,
      valueOffsets: offsets,
      data,
    }),
  );
}

/** One column as an Arrow vector whose type matches the column's SQL type. */
export function columnVector(resourceName: string, field: Field, rows: readonly object[]): Vector {
  const { cell, column } = arrowColumns[sqlType(field)];
  const values = rows.map((row, index) =>
    cell(
      (row as Record<string, unknown>)[field.name] ?? null,
      `${resourceName} row ${index + 1}, field ${field.name}`,
    ),
  );
  const nullCount = values.filter((value) => value === null).length;
  const bitmap = nullCount > 0 ? packBits(values, (value) => value !== null) : undefined;
  return (column as ColumnOf<unknown>)(values, { bitmap, nullCount });
}

type TypeName = { string: string; number: number; boolean: boolean };

function expectType<K extends keyof TypeName>(
  cell: unknown,
  type: K,
  where: string,
): TypeName[K] | null {
  if (cell === null || typeof cell === type) return cell as TypeName[K] | null;
  throw new TypeError(`${where}: expected ${type} or null, got ${typeof cell}`);
}

function toBigInt(cell: unknown, where: string): bigint | null {
  const value = expectType(cell, 'number', where);
  if (value === null) return null;
  if (!Number.isSafeInteger(value)) throw new TypeError(`${where}: ${value} is not a safe integer`);
  return BigInt(value);
}
