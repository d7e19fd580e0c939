import type { Table } from 'apache-arrow';
import { arrowToRows, arrowToTypedRows } from './arrow-rows';
import type { DuckEngine, SqlParam } from './engine';

type MaybePromise<T> = T | Promise<T>;

interface PreparedStatementLike {
  query(...params: SqlParam[]): MaybePromise<Table>;
  close(): MaybePromise<void>;
}

/**
 * What both DuckDB-WASM connections offer: the blocking one (Node) returns values, the async one (a Web
 * Worker in the browser) returns promises; awaiting either gives the same engine.
 */
export interface DuckConnectionLike {
  query(sql: string): MaybePromise<Table>;
  prepare(sql: string): MaybePromise<PreparedStatementLike>;
  insertArrowFromIPCStream(
    buffer: Uint8Array,
    options: { name: string; create?: boolean },
  ): MaybePromise<void>;
  close(): MaybePromise<void>;
}

/** Wraps a DuckDB-WASM connection as a DuckEngine; `onClose` shuts down what owns the connection. */
export function engineFromConnection(
  connection: DuckConnectionLike,
  onClose: () => MaybePromise<void> = () => undefined,
): DuckEngine {
  return {
    async query<T extends Record<string, unknown>>(sql: string, params: readonly SqlParam[] = []) {
      return arrowToRows<T>(await runQuery(connection, sql, params));
    },
    async queryTyped(sql, params = []) {
      return arrowToTypedRows(await runQuery(connection, sql, params));
    },
    async insertArrowIPC(tableName, ipcStream) {
      await connection.insertArrowFromIPCStream(ipcStream, { name: tableName, create: false });
    },
    async close() {
      await connection.close();
      await onClose();
    },
  };
}

async function runQuery(
  connection: DuckConnectionLike,
  sql: string,
  params: readonly SqlParam[],
): Promise<Table> {
  return params.length === 0
    ? await connection.query(sql)
    : await runPrepared(connection, sql, params);
}

async function runPrepared(
  connection: DuckConnectionLike,
  sql: string,
  params: readonly SqlParam[],
) {
  const statement = await connection.prepare(sql);
  try {
    return await statement.query(...params);
  } finally {
    await statement.close();
  }
}
