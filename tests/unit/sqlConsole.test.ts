// The SQL console's sandbox on the Node bindings (the same DuckDB-WASM as the page): what it refuses and
// with which words, that the app's tables survive it, its answers, caps, error positions and schema.
// Interruption in the browser's worker is tested in Chromium (tests/e2e).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataPackage } from '../../src/lib/data/schema';
import type { CsvReadingEngine } from '../../src/lib/db/csv-tables';
import type { SqlParam } from '../../src/lib/db/engine';
import { openNodeConsole, openNodeDataset } from '../../src/lib/db/node';
import {
  countryList,
  bibliography,
  run,
  worldwideOverTime,
  type NamedQuery,
} from '../../src/lib/queries';
import {
  ConsoleQueryError,
  ConsoleRefusal,
  ConsoleStopped,
  type RunOptions,
  type SqlConsole,
} from '../../src/lib/sql/types';

const limits: RunOptions = { timeLimitMs: 30_000, maxRows: 1000, maxBytes: 1_000_000 };
/** A query DuckDB takes minutes over: only an interruption ends it in a test's time. */
const RUNAWAY = 'SELECT count(*) FROM range(10_000_000_000)';

/**
 * The fixture's rows as loaded. Its events.csv predates the `major` column, so the validator drops both
 * of its events.
 */
const fixtureCounts = { sources: 3, estimates: 6, events: 0, estimate_facts: 6, event_facts: 0 };

async function tableCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const name of Object.keys(fixtureCounts)) {
    const [row] = await engine.query<{ n: number }>(`SELECT count(*) AS n FROM main.${name}`);
    counts[name] = row!.n;
  }
  return counts;
}

let engine: CsvReadingEngine;
let sqlConsole: SqlConsole;
let chartRowsBefore: unknown[];

beforeAll(async () => {
  ({ engine } = await openNodeDataset('tests/fixtures/valid'));
  chartRowsBefore = await run(engine, worldwideOverTime());
  expect(await tableCounts()).toEqual(fixtureCounts);
  sqlConsole = await openNodeConsole(engine);
});

afterAll(async () => {
  await engine.close();
});

/** The query with its placeholders written as literals, as "Open in SQL" gives it. */
function withLiterals({ sql, params }: { sql: string; params: readonly SqlParam[] }): string {
  const literal = (value: SqlParam) =>
    value === null
      ? 'NULL'
      : typeof value === 'string'
        ? `'${value.replaceAll("'", "''")}'`
        : String(value);
  return sql.replace(/\$(\d+)/g, (_, index: string) => literal(params[Number(index) - 1]!));
}

async function refusal(sql: string): Promise<string> {
  const error: unknown = await sqlConsole.run(sql, limits).then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ConsoleRefusal);
  return (error as ConsoleRefusal).message;
}

const changesData = 'which would change the data.';
const onlySelect = 'The console runs only SELECT queries: this is';
const hostile: [string, string][] = [
  [
    "COPY estimates TO 'out.csv'",
    `${onlySelect} a COPY statement, which would write or read files.`,
  ],
  [
    "ATTACH 'other.db' AS other",
    `${onlySelect} an ATTACH statement, which would open another database.`,
  ],
  [
    'INSTALL httpfs',
    `${onlySelect} an INSTALL statement, which would install an extension, code from another site.`,
  ],
  [
    'LOAD httpfs',
    `${onlySelect} a LOAD statement, which would load an extension, code from another site.`,
  ],
  [
    "SELECT * FROM read_csv('http://example.org/x.csv')",
    'The console reads only the tables loaded on this page: it cannot open the file or address "http://example.org/x.csv".',
  ],
  [
    "SELECT * FROM 'estimates.csv'",
    'The console reads only the tables loaded on this page: it cannot open the file or address "estimates.csv".',
  ],
  [
    "SELECT * FROM glob('*')",
    'The console reads only the tables loaded on this page: it cannot open the file or address "*".',
  ],
  [
    "SELECT * FROM read_parquet('x.parquet')",
    "read_parquet comes from DuckDB's parquet extension, which this page does not load: the console reads only the tables loaded here.",
  ],
  ['SET threads = 1', `${onlySelect} a SET statement, which would change the engine's settings.`],
  [
    'RESET search_path',
    `${onlySelect} a RESET statement, which would change the engine's settings.`,
  ],
  [
    'PRAGMA enable_profiling',
    `${onlySelect} a PRAGMA statement, which would run an engine command or change the engine's settings.`,
  ],
  ['DROP TABLE estimates', `${onlySelect} a DROP statement, ${changesData}`],
  ['drop view estimates', `${onlySelect} a DROP statement, ${changesData}`],
  ['CREATE TABLE notes AS SELECT 1', `${onlySelect} a CREATE statement, ${changesData}`],
  [
    'INSERT INTO estimates SELECT * FROM estimates',
    `${onlySelect} an INSERT statement, ${changesData}`,
  ],
  ["UPDATE main.estimates SET note = 'x'", `${onlySelect} an UPDATE statement, ${changesData}`],
  ['DELETE FROM main.estimates', `${onlySelect} a DELETE statement, ${changesData}`],
  [
    'WITH copied AS (SELECT * FROM estimates) INSERT INTO main.estimates SELECT * FROM copied',
    'The console runs only SELECT queries: this one contains INSERT, which would change the data. (A column of that name is written in double quotes: "insert".)',
  ],
  [
    'CALL pragma_version()',
    `${onlySelect} a CALL statement, which would run a procedure rather than a query.`,
  ],
  ["EXPORT DATABASE 'out'", `${onlySelect} an EXPORT statement, which would write files.`],
  [
    'CHECKPOINT',
    `${onlySelect} a CHECKPOINT statement, which would rewrite the database's storage.`,
  ],
  [
    'SELECT 1; DROP TABLE estimates',
    'The console runs one query at a time: this text holds 2 statements separated by ";".',
  ],
  [
    "SELECT * FROM query('DROP TABLE estimates')",
    'The console runs only SELECT queries: the text given to query() is not a single SELECT statement.',
  ],
  ['-- nothing but a comment', 'There is no query to run.'],
];

describe('the sandbox', () => {
  it.each(hostile)('refuses %s', async (sql, message) => {
    expect(await refusal(sql)).toBe(message);
  });

  it('leaves the tables and the charts as they were after every refusal', async () => {
    for (const [sql] of hostile) await refusal(sql);
    expect(await tableCounts()).toEqual(fixtureCounts);
    expect(chartRowsBefore.length).toBeGreaterThan(0);
    expect(await run(engine, worldwideOverTime())).toEqual(chartRowsBefore);
  });

  it('reads only through views: DuckDB itself refuses to drop a table under the name', async () => {
    // The statement check refuses DROP first; the views are the next wall. Checked on the page's
    // connection, whose search path is main, through the console's schema.
    await expect(engine.query('DROP TABLE console.estimates')).rejects.toThrow(/is of type View/);
  });

  it('locks the engine: no setting can change afterwards, on any connection', async () => {
    await expect(engine.query('SET threads = 1')).rejects.toThrow(/configuration has been locked/);
    await expect(engine.query("SELECT * FROM read_csv('x.csv')")).rejects.toThrow(
      /file system operations are disabled/,
    );
  });
});

describe('answers', () => {
  it('runs the charts’ queries unchanged, with their values written in', async () => {
    const queries: NamedQuery<Record<string, unknown>>[] = [
      worldwideOverTime(),
      countryList(),
      bibliography(),
    ];
    for (const query of queries) {
      const answer = await sqlConsole.run(withLiterals(query), limits);
      expect(answer.rows.length, query.name).toBeGreaterThan(0);
      expect(answer.rows, query.name).toEqual(await run(engine, query));
    }
  });

  it('gives typed columns and plain values, NULL as null', async () => {
    const answer = await sqlConsole.run(
      `SELECT id, low, "primary", ref_year_start::INTEGER AS start, NULL::VARCHAR AS nothing,
         [1, 2] AS list, DATE '2017-12-22' AS day, 0.5::DECIMAL(4,2) AS share
       FROM estimates WHERE id = (SELECT min(id) FROM estimates)`,
      limits,
    );
    expect(answer.columns).toEqual([
      { name: 'id', type: 'VARCHAR', kind: 'string' },
      { name: 'low', type: 'BIGINT', kind: 'int64' },
      { name: 'primary', type: 'BOOLEAN', kind: 'boolean' },
      { name: 'start', type: 'INTEGER', kind: 'int32' },
      { name: 'nothing', type: 'VARCHAR', kind: 'string' },
      { name: 'list', type: 'INTEGER[]', kind: 'nested' },
      { name: 'day', type: 'DATE', kind: 'date' },
      { name: 'share', type: 'DECIMAL(4,2)', kind: 'double' },
    ]);
    const [expected] = await engine.query<Record<string, unknown>>(
      'SELECT id, low, "primary", ref_year_start FROM estimates ORDER BY id LIMIT 1',
    );
    expect(answer.rows).toEqual([
      {
        id: expected!.id,
        low: expected!.low,
        primary: expected!.primary,
        start: expected!.ref_year_start,
        nothing: null,
        list: [1, 2],
        day: '2017-12-22',
        share: 0.5,
      },
    ]);
    expect(answer).toMatchObject({ total: 1, cut: null });
    expect(answer.ms).toBeGreaterThan(0);
  });

  it('keeps at most maxRows rows and counts the rest', async () => {
    const answer = await sqlConsole.run('SELECT range AS n FROM range(10000) ORDER BY n', {
      ...limits,
      maxRows: 2500,
    });
    expect(answer.rows).toHaveLength(2500);
    expect(answer.rows.at(-1)).toEqual({ n: 2499 });
    expect(answer).toMatchObject({ total: 10_000, cut: 'rows' });
  });

  it('keeps about maxBytes bytes of rows and counts the rest', async () => {
    const answer = await sqlConsole.run(
      "SELECT range AS n, repeat('x', 1000) AS text FROM range(5000)",
      {
        ...limits,
        maxRows: 100_000,
        maxBytes: 200_000,
      },
    );
    expect(answer.rows.length).toBeGreaterThan(100);
    expect(answer.rows.length).toBeLessThanOrEqual(200);
    expect(answer).toMatchObject({ total: 5000, cut: 'bytes' });
  });

  it('gives an empty answer its columns', async () => {
    const answer = await sqlConsole.run('SELECT id FROM estimates WHERE false', limits);
    expect(answer).toMatchObject({ rows: [], total: 0, cut: null });
    expect(answer.columns).toEqual([{ name: 'id', type: 'VARCHAR', kind: 'string' }]);
  });
});

describe('errors', () => {
  async function queryError(sql: string): Promise<ConsoleQueryError> {
    const error: unknown = await sqlConsole.run(sql, limits).then(
      () => null,
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(ConsoleQueryError);
    return error as ConsoleQueryError;
  }

  it('points a parser error at the token DuckDB names', async () => {
    const sql = 'SELECT *\nFROM estimates\nWHERE WHERE low > 1';
    const error = await queryError(sql);
    expect(error.message).toBe('Parser Error: syntax error at or near "WHERE"');
    expect(error.position).toBe(sql.lastIndexOf('WHERE'));
  });

  it('points a binder error at the unknown column, counting characters, not bytes', async () => {
    const sql = "SELECT '북한 노동자' AS label,\n  lowest\nFROM estimates";
    const error = await queryError(sql);
    expect(error.message).toMatch(/^Binder Error: Referenced column "lowest" not found/);
    expect(error.position).toBe(sql.indexOf('lowest'));
  });
});

describe('interruption', () => {
  it('stops a runaway query at the time limit', async () => {
    const start = performance.now();
    await expect(sqlConsole.run(RUNAWAY, { ...limits, timeLimitMs: 300 })).rejects.toEqual(
      new ConsoleStopped('time limit'),
    );
    expect(performance.now() - start).toBeLessThan(5000);
  });

  it('stops a runaway query when its signal aborts, and the page’s queries run meanwhile', async () => {
    const controller = new AbortController();
    const running = sqlConsole.run(RUNAWAY, { ...limits, signal: controller.signal });
    const settled = running.then(
      () => 'finished',
      (error: unknown) => error,
    );
    // Between the console's polls the page's own connection answers.
    expect(await run(engine, worldwideOverTime())).toEqual(chartRowsBefore);
    controller.abort();
    expect(await settled).toEqual(new ConsoleStopped('cancelled'));
    const after = await sqlConsole.run('SELECT 1 AS one', limits);
    expect(after.rows).toEqual([{ one: 1 }]);
  });
});

describe('one query at a time', () => {
  it('stops the query running when another is sent', async () => {
    const first = sqlConsole.run(RUNAWAY, limits).then(
      () => 'finished',
      (error: unknown) => error,
    );
    const second = await sqlConsole.run('SELECT 2 AS two', limits);
    expect(await first).toEqual(new ConsoleStopped('cancelled'));
    expect(second.rows).toEqual([{ two: 2 }]);
  });

  it('does not start a query whose signal has already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      sqlConsole.run('SELECT 1', { ...limits, signal: controller.signal }),
    ).rejects.toEqual(new ConsoleStopped('cancelled'));
  });
});

describe('schema', () => {
  it('lists every view with its exact row count, columns, types and descriptions', async () => {
    const tables = await sqlConsole.tables();
    expect(Object.fromEntries(tables.map(({ name, rows }) => [name, rows]))).toEqual(fixtureCounts);
    expect(tables.map(({ name }) => name)).toEqual(Object.keys(fixtureCounts));
    for (const resource of dataPackage.resources) {
      const table = tables.find(({ name }) => name === resource.name)!;
      expect(table.description).toBe(resource.description);
      expect(table.columns.map(({ name, description }) => [name, description])).toEqual(
        resource.schema.fields.map(({ name, description }) => [name, description]),
      );
    }
    for (const table of tables) {
      expect(table.description, table.name).not.toBe('');
      for (const column of table.columns) {
        expect(column.description, `${table.name}.${column.name}`).not.toBe('');
        expect(column.type, `${table.name}.${column.name}`).toMatch(/^[A-Z]/);
      }
    }
    const facts = tables.find(({ name }) => name === 'estimate_facts')!;
    expect(facts.columns.find(({ name }) => name === 'year')).toMatchObject({ type: 'DOUBLE' });
    expect(facts.columns.find(({ name }) => name === 'has_number')).toMatchObject({
      type: 'BOOLEAN',
    });
  });
});
