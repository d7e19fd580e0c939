/** A value bound to a `$1`/`?` placeholder of a prepared statement. */
export type SqlParam = string | number | boolean | null;

/** A plain JS value of a result cell: numbers are safe, nothing is a BigInt or an Arrow object. */
export type SqlValue = string | number | boolean | null | SqlValue[] | { [key: string]: SqlValue };

/** The one thing views need from the database: run SQL, get plain rows. */
export interface QueryEngine {
  query<T extends Record<string, unknown>>(sql: string, params?: readonly SqlParam[]): Promise<T[]>;
}

/**
 * How an export writes a result column, from its SQL type. Integers narrower than 64 bits are int32;
 * DECIMAL and HUGEINT are double (as rows give them); lists, structs and maps are nested.
 */
export type ColumnKind =
  'string' | 'boolean' | 'int32' | 'int64' | 'double' | 'date' | 'timestamp' | 'nested';

/** A result column: its name and how its cells are written. */
export interface ResultColumn {
  name: string;
  kind: ColumnKind;
}

/** Plain rows with the result's columns in order: the columns are known even when there is no row. */
export interface TypedRows {
  columns: ResultColumn[];
  rows: Record<string, SqlValue>[];
}

/**
 * What exports need from the database, kept apart from QueryEngine so views stay on one method: rows
 * with their column types, which CSV, JSON and Parquet need even for an empty result.
 */
export interface TypedQueryEngine {
  queryTyped(sql: string, params?: readonly SqlParam[]): Promise<TypedRows>;
}

/** A QueryEngine that can also receive tables: what loadTables writes into. */
export interface DuckEngine extends QueryEngine, TypedQueryEngine {
  /** Appends an Arrow IPC stream to an existing table. */
  insertArrowIPC(tableName: string, ipcStream: Uint8Array): Promise<void>;
  close(): Promise<void>;
}

/** Rejects with `message` if `promise` has not settled after `ms` milliseconds. */
export function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
