import {
  DataType,
  RecordBatchReader,
  Table,
  type Field,
  type RecordBatch,
  type Schema,
} from 'apache-arrow';
import { consoleError } from '../sql/consoleError';
import { checkStatement, type ScriptTokens } from '../sql/statementCheck';
import { columnDescription, consoleTableNames, tableDescription } from '../sql/tableDescriptions';
import {
  ConsoleQueryError,
  ConsoleStopped,
  type ConsoleAnswer,
  type ConsoleColumn,
  type ConsoleTable,
  type RunOptions,
  type SqlConsole,
} from '../sql/types';
import { arrowToRows, arrowToTypedRows, columnKind } from './arrow-rows';
import { quoteIdentifier } from './table-schema';

type MaybePromise<T> = T | Promise<T>;

/**
 * What the console needs of DuckDB-WASM: its blocking bindings (Node) return values, AsyncDuckDB (a Web
 * Worker) promises. A query is sent, then polled: each poll runs it for the open() config's
 * `query.queryPollingInterval` (100 ms by default) and returns, so the worker answers the page's other
 * queries in between and the console can stop it there.
 */
export interface ConsoleDuckDB {
  connect(): MaybePromise<{
    query(sql: string): MaybePromise<Table>;
    useUnsafe<R>(callback: (bindings: unknown, connection: number) => R): R;
  }>;
  tokenize(text: string): MaybePromise<ScriptTokens>;
  startPendingQuery(
    connection: number,
    text: string,
    allowStreamResult: boolean,
  ): MaybePromise<Uint8Array | null>;
  pollPendingQuery(connection: number): MaybePromise<Uint8Array | null>;
  cancelPendingQuery(connection: number): MaybePromise<boolean>;
  fetchQueryResults(connection: number): MaybePromise<Uint8Array | null>;
}

export interface ConsoleOptions {
  /**
   * Awaited between polls. The blocking bindings never give the event loop a turn on their own, so
   * Node passes a macrotask here for a signal or timer to fire; the worker's replies are turns already.
   */
  yieldToEvents?: () => Promise<void>;
}

/** The schema of read-only views the console's connection reads through. */
const CONSOLE_SCHEMA = 'console';

/**
 * Opens the SQL console on its own connection to `duck`, whose tables are loaded: views of them in a
 * schema of their own, on the connection's search path, so that the charts' queries run unchanged and
 * DROP TABLE names a view. Then, for the whole database and for good, no file, URL or extension
 * (`enable_external_access`) and no further change of settings (`lock_configuration`): call it after
 * everything that reads files or changes settings, once per database.
 */
export async function openSqlConsole(
  duck: ConsoleDuckDB,
  options: ConsoleOptions = {},
): Promise<SqlConsole> {
  const connection = await duck.connect();
  const id = connection.useUnsafe((_, connectionId) => connectionId);
  const query = async (sql: string) =>
    arrowToRows<Record<string, unknown>>(await connection.query(sql));
  const schema = quoteIdentifier(CONSOLE_SCHEMA);
  await query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  for (const name of consoleTableNames) {
    const table = quoteIdentifier(name);
    await query(`CREATE OR REPLACE VIEW ${schema}.${table} AS SELECT * FROM main.${table}`);
  }
  // Both settings are the connection's own: the page's connection keeps its search path and its errors.
  await query(`SET search_path = '${CONSOLE_SCHEMA}'`);
  await query('SET errors_as_json = true');
  const [locked] = await query(`SELECT current_setting('lock_configuration') AS locked`);
  if (locked?.locked !== true) {
    await query('SET enable_external_access = false');
    await query('SET lock_configuration = true');
  }
  const tables: ConsoleTable[] = [];
  for (const name of consoleTableNames) {
    const table = quoteIdentifier(name);
    const [counted] = await query(`SELECT count(*)::INTEGER AS n FROM ${table}`);
    const columns = await query(`DESCRIBE ${table}`);
    tables.push({
      name,
      description: tableDescription(name),
      rows: Number(counted?.n),
      columns: columns.map((column) => ({
        name: String(column.column_name),
        type: String(column.column_type),
        description: columnDescription(name, String(column.column_name)),
      })),
    });
  }
  return new Console(duck, id, tables, options.yieldToEvents);
}

class Console implements SqlConsole {
  /** The query running, if any: one at a time on the connection, a new one stops it. */
  #running: { stop: () => void; done: Promise<unknown> } | null = null;

  constructor(
    private readonly duck: ConsoleDuckDB,
    private readonly connection: number,
    private readonly schema: ConsoleTable[],
    private readonly yieldToEvents: () => Promise<void> = () => Promise.resolve(),
  ) {}

  tables(): Promise<ConsoleTable[]> {
    return Promise.resolve(this.schema);
  }

  async run(sql: string, options: RunOptions): Promise<ConsoleAnswer> {
    const previous = this.#running;
    const controller = new AbortController();
    const done = (async () => {
      if (previous) {
        previous.stop();
        await previous.done.catch(() => undefined);
      }
      return this.#run(sql, options, controller.signal);
    })();
    const running = { stop: () => controller.abort(), done };
    this.#running = running;
    try {
      return await done;
    } finally {
      if (this.#running === running) this.#running = null;
    }
  }

  async #run(sql: string, options: RunOptions, replaced: AbortSignal): Promise<ConsoleAnswer> {
    const start = performance.now();
    const deadline = start + options.timeLimitMs;
    const stopReason = (): ConsoleStopped['reason'] | null =>
      options.signal?.aborted || replaced.aborted
        ? 'cancelled'
        : performance.now() > deadline
          ? 'time limit'
          : null;
    checkStatement(sql, await this.duck.tokenize(sql));
    const duck = this.duck;
    const id = this.connection;
    const yieldToEvents = this.yieldToEvents;
    let stopped = stopReason();
    if (stopped) throw new ConsoleStopped(stopped);
    try {
      let header = await duck.startPendingQuery(id, sql, true);
      while (header === null) {
        await yieldToEvents();
        stopped = stopReason();
        if (stopped) {
          await duck.cancelPendingQuery(id);
          throw new ConsoleStopped(stopped);
        }
        header = await duck.pollPendingQuery(id);
      }
      const first = header;
      // The result's chunks as DuckDB produces them: each fetch also runs the query for up to a poll.
      async function* chunks(): AsyncGenerator<Uint8Array> {
        yield first;
        for (;;) {
          await yieldToEvents();
          stopped = stopReason();
          if (stopped) throw new ConsoleStopped(stopped);
          const chunk = await duck.fetchQueryResults(id);
          if (chunk === null) continue;
          if (chunk.length === 0) return;
          yield chunk;
        }
      }
      const reader = await (await RecordBatchReader.from(chunks())).open();
      // Read before the batches: the reader lets go of its schema once it has read them all.
      const schema = reader.schema;
      const kept = new Keeper(options.maxRows, options.maxBytes);
      for await (const batch of reader) kept.add(batch);
      return kept.answer(schema, performance.now() - start);
    } catch (error) {
      if (stopped) throw new ConsoleStopped(stopped);
      if (error instanceof ConsoleStopped || error instanceof ConsoleQueryError) throw error;
      throw consoleError(error, sql);
    }
  }
}

/** The rows kept of a result, up to a number of rows and about a number of bytes, and the rest counted. */
class Keeper {
  #batches: RecordBatch[] = [];
  #kept = 0;
  #bytes = 0;
  #total = 0;
  #cut: ConsoleAnswer['cut'] = null;

  constructor(
    private readonly maxRows: number,
    private readonly maxBytes: number,
  ) {}

  add(batch: RecordBatch): void {
    const rows = batch.numRows;
    this.#total += rows;
    if (this.#cut !== null || rows === 0) return;
    const rowBytes = batch.data.byteLength / rows;
    const roomForRows = this.maxRows - this.#kept;
    const roomForBytes = Math.floor((this.maxBytes - this.#bytes) / Math.max(rowBytes, 1));
    const take = Math.max(0, Math.min(rows, roomForRows, roomForBytes));
    if (take < rows) this.#cut = roomForRows <= roomForBytes ? 'rows' : 'bytes';
    if (take === 0) return;
    this.#batches.push(take === rows ? batch : batch.slice(0, take));
    this.#kept += take;
    this.#bytes += take * rowBytes;
  }

  answer(schema: Schema, ms: number): ConsoleAnswer {
    const columns: ConsoleColumn[] = schema.fields.map((field) => ({
      name: field.name,
      type: duckdbTypeName(field.type),
      kind: columnKind(field.type),
    }));
    let rows: ConsoleAnswer['rows'];
    try {
      rows = this.#batches.length === 0 ? [] : arrowToTypedRows(new Table(this.#batches)).rows;
    } catch (error) {
      // A 64-bit integer beyond what a JS number holds exactly: DuckDB answered, the page cannot show it.
      throw new ConsoleQueryError(error instanceof Error ? error.message : String(error), null);
    }
    return { columns, rows, total: this.#total, cut: this.#cut, ms };
  }
}

/** DuckDB's name for the type of a result column, from the Arrow type DuckDB sent it as. */
export function duckdbTypeName(type: DataType): string {
  if (DataType.isInt(type)) {
    const names: Record<number, string> = {
      8: 'TINYINT',
      16: 'SMALLINT',
      32: 'INTEGER',
      64: 'BIGINT',
    };
    return `${type.isSigned ? '' : 'U'}${names[type.bitWidth] ?? 'BIGINT'}`;
  }
  if (DataType.isFloat(type)) return type.precision === 2 ? 'DOUBLE' : 'FLOAT';
  if (DataType.isDecimal(type)) return `DECIMAL(${type.precision},${type.scale})`;
  if (DataType.isBool(type)) return 'BOOLEAN';
  if (DataType.isUtf8(type) || DataType.isLargeUtf8(type)) return 'VARCHAR';
  if (DataType.isBinary(type) || DataType.isLargeBinary(type)) return 'BLOB';
  if (DataType.isDate(type)) return 'DATE';
  if (DataType.isTime(type)) return 'TIME';
  if (DataType.isTimestamp(type)) return type.timezone ? 'TIMESTAMP WITH TIME ZONE' : 'TIMESTAMP';
  if (DataType.isInterval(type) || DataType.isDuration(type)) return 'INTERVAL';
  if (DataType.isDictionary(type)) return 'ENUM';
  if (DataType.isNull(type)) return 'NULL';
  const children = type.children ?? [];
  if (DataType.isList(type)) return `${duckdbTypeName(children[0]!.type)}[]`;
  if (DataType.isFixedSizeList(type)) {
    return `${duckdbTypeName(children[0]!.type)}[${type.listSize}]`;
  }
  if (DataType.isStruct(type)) {
    const field = (name: string) =>
      /^[a-z_][a-z0-9_]*$/.test(name) ? name : quoteIdentifier(name);
    return `STRUCT(${children.map((child) => `${field(child.name)} ${duckdbTypeName(child.type)}`).join(', ')})`;
  }
  if (DataType.isMap(type)) {
    const entry: Field[] = children[0]?.type.children ?? [];
    return `MAP(${entry.map((child) => duckdbTypeName(child.type)).join(', ')})`;
  }
  return String(type).toUpperCase();
}
