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

/** How many prepared statements an engine keeps: more than every view's named queries together. */
const STATEMENT_CACHE_SIZE = 64;

/**
 * Wraps a DuckDB-WASM connection as a DuckEngine; `onClose` shuts down what owns the connection. Each
 * SELECT is prepared once and its statement reused (see StatementCache): the views rerun the same few
 * named queries with new parameters on every filter change.
 */
export function engineFromConnection(
  connection: DuckConnectionLike,
  onClose: () => MaybePromise<void> = () => undefined,
): DuckEngine {
  const statements = new StatementCache(connection, STATEMENT_CACHE_SIZE);
  const run = (sql: string, params: readonly SqlParam[]): Promise<Table> =>
    isReadQuery(sql) ? statements.query(sql, params) : Promise.resolve(connection.query(sql));
  return {
    async query<T extends Record<string, unknown>>(sql: string, params: readonly SqlParam[] = []) {
      return arrowToRows<T>(await run(sql, params));
    },
    async queryTyped(sql, params = []) {
      return arrowToTypedRows(await run(sql, params));
    },
    async insertArrowIPC(tableName, ipcStream) {
      await connection.insertArrowFromIPCStream(ipcStream, { name: tableName, create: false });
    },
    async close() {
      await statements.closeAll();
      await connection.close();
      await onClose();
    },
  };
}

/**
 * Only reads are kept prepared: a statement that writes or changes settings runs once (loading, session
 * settings), and a kept one could outlive the tables it was planned on.
 */
function isReadQuery(sql: string): boolean {
  return /^\s*(SELECT|WITH)\b/i.test(sql);
}

/**
 * Prepared statements by SQL text, the least recently used closed first beyond `capacity`. A statement
 * whose preparation fails is not kept, so the next call prepares again and reports its own error.
 */
export class StatementCache {
  readonly #statements = new Map<string, Promise<PreparedStatementLike>>();

  constructor(
    private readonly connection: Pick<DuckConnectionLike, 'prepare'>,
    private readonly capacity: number,
  ) {}

  async query(sql: string, params: readonly SqlParam[]): Promise<Table> {
    return (await this.#statement(sql)).query(...params);
  }

  #statement(sql: string): Promise<PreparedStatementLike> {
    let statement = this.#statements.get(sql);
    if (statement) {
      // Most recently used last: a Map iterates in insertion order.
      this.#statements.delete(sql);
    } else {
      statement = Promise.resolve(this.connection.prepare(sql));
      statement.catch(() => {
        if (this.#statements.get(sql) === statement) this.#statements.delete(sql);
      });
    }
    this.#statements.set(sql, statement);
    this.#evict();
    return statement;
  }

  #evict(): void {
    for (const [sql, statement] of this.#statements) {
      if (this.#statements.size <= this.capacity) return;
      this.#statements.delete(sql);
      void close(statement);
    }
  }

  async closeAll(): Promise<void> {
    const open = [...this.#statements.values()];
    this.#statements.clear();
    await Promise.all(open.map(close));
  }
}

async function close(statement: Promise<PreparedStatementLike>): Promise<void> {
  await statement.then((prepared) => prepared.close()).catch(() => undefined);
}
