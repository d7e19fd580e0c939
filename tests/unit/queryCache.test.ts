// The query path: statements prepared once, answers kept by query key, stale answers dropped.
import { createRequire } from 'node:module';
import { NODE_RUNTIME, VoidLogger, createDuckDB } from '@duckdb/duckdb-wasm/blocking';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { engineFromConnection, type DuckConnectionLike } from '../../src/lib/db/connection';
import type { DuckEngine, QueryEngine } from '../../src/lib/db/engine';
import { arrowToRows } from '../../src/lib/db/arrow-rows';
import { LatestAnswer, QueryCache } from '../../src/lib/queries/cache';
import { namedQuery } from '../../src/lib/queries';

const packageFile = (file: string) =>
  createRequire(import.meta.url).resolve(`@duckdb/duckdb-wasm/dist/${file}`);

let connection: DuckConnectionLike;
let prepare: ReturnType<typeof vi.fn<DuckConnectionLike['prepare']>>;
let closed: string[];
let engine: DuckEngine;

beforeAll(async () => {
  const bundle = {
    mainModule: packageFile('duckdb-eh.wasm'),
    mainWorker: packageFile('duckdb-node-eh.worker.cjs'),
  };
  const db = await createDuckDB({ mvp: bundle, eh: bundle }, new VoidLogger(), NODE_RUNTIME);
  await db.instantiate(() => undefined);
  db.open({});
  const real = db.connect();
  closed = [];
  prepare = vi.fn((sql: string) => {
    const statement = real.prepare(sql);
    return {
      query: (...params: Parameters<typeof statement.query>) => statement.query(...params),
      close: () => {
        closed.push(sql);
        statement.close();
      },
    };
  });
  connection = {
    query: (sql) => real.query(sql),
    prepare,
    insertArrowFromIPCStream: (buffer, options) => real.insertArrowFromIPCStream(buffer, options),
    close: () => real.close(),
  };
  engine = engineFromConnection(connection, () => db.reset());
});

afterAll(async () => {
  await engine?.close();
});

describe('engineFromConnection', () => {
  it('prepares each SELECT once and reuses its statement with new parameters', async () => {
    prepare.mockClear();
    const sql = 'SELECT $1::INTEGER * 2 AS twice';
    expect(await engine.query(sql, [1])).toEqual([{ twice: 2 }]);
    expect(await engine.query(sql, [21])).toEqual([{ twice: 42 }]);
    expect(await engine.query('WITH t AS (SELECT 1 AS one) SELECT one FROM t')).toEqual([
      { one: 1 },
    ]);
    expect(await engine.query('WITH t AS (SELECT 1 AS one) SELECT one FROM t')).toEqual([
      { one: 1 },
    ]);
    expect(prepare.mock.calls.map(([text]) => text)).toEqual([
      sql,
      'WITH t AS (SELECT 1 AS one) SELECT one FROM t',
    ]);
  });

  it('runs statements that write once, unprepared', async () => {
    prepare.mockClear();
    await engine.query('CREATE TABLE once (n INTEGER)');
    await engine.query('INSERT INTO once VALUES (1), (2)');
    expect(await engine.query('SELECT count(*)::INTEGER AS n FROM once')).toEqual([{ n: 2 }]);
    expect(prepare.mock.calls.map(([text]) => text)).toEqual([
      'SELECT count(*)::INTEGER AS n FROM once',
    ]);
  });

  it('closes the least recently used statement beyond its capacity, and prepares it again', async () => {
    prepare.mockClear();
    closed.length = 0;
    // An engine of its own on the same connection: its statement cache starts empty.
    const fresh = engineFromConnection(connection);
    // 64 statements fit: the first of 65 distinct ones is closed; the one used meanwhile is kept.
    const texts = Array.from({ length: 65 }, (_, i) => `SELECT ${i} AS n`);
    await fresh.query(texts[0]!);
    await fresh.query(texts[1]!);
    await fresh.query(texts[0]!);
    for (const text of texts.slice(2)) await fresh.query(text);
    expect(closed).toEqual([texts[1]]);
    expect(await fresh.query(texts[1]!)).toEqual([{ n: 1 }]);
    expect(prepare.mock.calls.filter(([text]) => text === texts[1])).toHaveLength(2);
  });

  it('does not keep a statement that failed to prepare: the next call reports its own error', async () => {
    prepare.mockClear();
    await expect(engine.query('SELECT * FROM missing_table')).rejects.toThrow(/missing_table/);
    await engine.query('CREATE TABLE missing_table AS SELECT 7 AS n');
    expect(await engine.query('SELECT * FROM missing_table')).toEqual([{ n: 7 }]);
    expect(prepare).toHaveBeenCalledTimes(2);
  });
});

describe('arrowToRows', () => {
  it('gives every text cell as Arrow reads it: ASCII, other scripts, empty, NULL, over several chunks', async () => {
    // Over 2,048 rows DuckDB answers in several record batches; one batch mixes scripts (Hangul of three
    // bytes a character, an emoji of four: two UTF-16 code units), the others are ASCII only.
    const table = await connection.query(`
      SELECT
        i,
        CASE WHEN i % 7 = 0 THEN NULL WHEN i % 5 = 0 THEN '' ELSE 'row ' || i END AS ascii,
        CASE
          WHEN i = 4500 THEN '해외 파견 ' || i
          WHEN i = 4501 THEN '🇰🇵 é ' || i
          WHEN i % 3 = 0 THEN NULL
          ELSE 'x' || i
        END AS mixed
      FROM range(5000) AS t(i)
      ORDER BY i`);
    expect(table.batches.length).toBeGreaterThan(1);
    const rows = arrowToRows<{ i: number; ascii: string | null; mixed: string | null }>(table);
    expect(rows).toHaveLength(5000);
    const ascii = table.getChild('ascii')!;
    const mixed = table.getChild('mixed')!;
    rows.forEach((row, index) => {
      expect(row.ascii).toBe(ascii.get(index));
      expect(row.mixed).toBe(mixed.get(index));
    });
    expect(rows[4500]!.mixed).toBe('해외 파견 4500');
    expect(rows[4501]!.mixed).toBe('🇰🇵 é 4501');
    expect(rows[4502]!.mixed).toBe('x4502');
    expect(rows[7]!.ascii).toBeNull();
    expect(rows[10]!.ascii).toBe('');
    // A slice of a table keeps its cells.
    const sliced = arrowToRows<{ ascii: string | null }>(table.slice(2041, 2060));
    expect(sliced.map((row) => row.ascii)).toEqual(
      Array.from({ length: 19 }, (_, k) => ascii.get(2041 + k)),
    );
  });
});

/** An engine that counts its queries and answers when the test says so. */
function controlledEngine() {
  const asked: { sql: string; resolve: (rows: Record<string, unknown>[]) => void }[] = [];
  const fail: { reject: (error: Error) => void }[] = [];
  const engine: QueryEngine = {
    query: <T>(sql: string) =>
      new Promise<T[]>((resolve, reject) => {
        asked.push({ sql, resolve: resolve as (rows: Record<string, unknown>[]) => void });
        fail.push({ reject });
      }),
  };
  return { engine, asked, fail };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const query = (n: number) => namedQuery<{ n: number }>('numbers', 'SELECT $1 AS n', [n]);

describe('QueryCache', () => {
  it('answers a query asked again from memory, and shares an answer in flight', async () => {
    const { engine, asked } = controlledEngine();
    const cache = new QueryCache(engine);
    const first = cache.run(query(1));
    const again = cache.run(query(1));
    expect(asked).toHaveLength(1);
    expect(cache.answered(query(1))).toBeUndefined();
    asked[0]!.resolve([{ n: 1 }]);
    expect(await first).toEqual([{ n: 1 }]);
    expect(await again).toBe(await first);
    expect(cache.answered(query(1))).toEqual([{ n: 1 }]);
    expect(await cache.run(query(1))).toEqual([{ n: 1 }]);
    // Other parameters are another query.
    void cache.run(query(2));
    expect(asked).toHaveLength(2);
  });

  it('keeps no failure: the query is asked again', async () => {
    const { engine, asked, fail } = controlledEngine();
    const cache = new QueryCache(engine);
    const failed = cache.run(query(1));
    fail[0]!.reject(new Error('boom'));
    await expect(failed).rejects.toThrow('boom');
    void cache.run(query(1));
    expect(asked).toHaveLength(2);
  });

  it('forgets the least recently used answers beyond its row capacity', async () => {
    const { engine, asked } = controlledEngine();
    const cache = new QueryCache(engine, 3);
    const answer = async (n: number, rows: number) => {
      const pending = cache.run(query(n));
      asked.at(-1)!.resolve(Array.from({ length: rows }, () => ({ n })));
      await pending;
    };
    await answer(1, 2);
    await answer(2, 1);
    cache.answered(query(1));
    await answer(3, 1);
    expect(cache.answered(query(2))).toBeUndefined();
    expect(cache.answered(query(1))).toHaveLength(2);
    expect(cache.answered(query(3))).toHaveLength(1);
    // An answer larger than the whole cache is given, not kept.
    await answer(4, 4);
    expect(cache.answered(query(4))).toBeUndefined();
    expect(cache.answered(query(1))).toHaveLength(2);
  });
});

describe('LatestAnswer', () => {
  it('drops an answer that arrives after a newer question', async () => {
    const { engine, asked } = controlledEngine();
    const cache = new QueryCache(engine);
    const latest = new LatestAnswer<{ n: number }>();
    const given: number[][] = [];
    const onRows = (rows: { n: number }[]) => given.push(rows.map((row) => row.n));
    latest.ask(cache, query(1), onRows, () => undefined);
    latest.ask(cache, query(2), onRows, () => undefined);
    asked[1]!.resolve([{ n: 2 }]);
    await settle();
    asked[0]!.resolve([{ n: 1 }]);
    await settle();
    expect(given).toEqual([[2]]);
    // The dropped answer is still kept for the next time it is asked, which is answered at once.
    expect(latest.ask(cache, query(1), onRows, () => undefined)).toBe(true);
    expect(given).toEqual([[2], [1]]);
  });

  it('drops the answer and the error in flight when dropped', async () => {
    const { engine, asked, fail } = controlledEngine();
    const cache = new QueryCache(engine);
    const latest = new LatestAnswer<{ n: number }>();
    const onRows = vi.fn();
    const onError = vi.fn();
    latest.ask(cache, query(1), onRows, onError);
    latest.drop();
    asked[0]!.resolve([{ n: 1 }]);
    latest.ask(cache, query(2), onRows, onError);
    latest.drop();
    fail[1]!.reject(new Error('late'));
    await settle();
    expect(onRows).not.toHaveBeenCalled();
    expect(onError).not.toHaveBeenCalled();
  });
});
