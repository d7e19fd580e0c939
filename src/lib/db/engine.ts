/** A value bound to a `$1`/`?` placeholder of a prepared statement. */
export type SqlParam = string | number | boolean | null;

/** A plain JS value of a result cell: numbers are safe, nothing is a BigInt or an Arrow object. */
export type SqlValue = string | number | boolean | null | SqlValue[] | { [key: string]: SqlValue };

/** The one thing views need from the database: run SQL, get plain rows. */
export interface QueryEngine {
  query<T extends Record<string, unknown>>(sql: string, params?: readonly SqlParam[]): Promise<T[]>;
}

/** A QueryEngine that can also receive tables: what loadTables writes into. */
export interface DuckEngine extends QueryEngine {
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
