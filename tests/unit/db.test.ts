import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeEngine } from '../../src/lib/db/node';
import { loadTables } from '../../src/lib/db/load-tables';
import type { EstimateRow, SourceRow, Tables } from '../../src/lib/data/rows.generated';
import { withTimeout, type DuckEngine } from '../../src/lib/db/engine';
import { decimalToNumber } from '../../src/lib/db/arrow-rows';
import { loadDataset } from '../../src/lib/db/dataset';
import { fields, resource } from '../../src/lib/data/schema';

const encoder = new TextEncoder();

const source = (id: string, extra: Partial<SourceRow> = {}): SourceRow => ({
  id,
  title: `Title of ${id}`,
  title_is_descriptive: false,
  publisher: `Publisher ${id}`,
  url: `https://example.org/${id}`,
  published: '2019-05',
  note: null,
  ...extra,
});

const estimate = (id: string, extra: Partial<EstimateRow> = {}): EstimateRow => ({
  id,
  source_id: 'src-a',
  country: 'RUS',
  area_note: null,
  region: null,
  measure: 'workers_present',
  measure_detail: null,
  low: null,
  high: null,
  point: 30000,
  qualifier: 'about',
  ref_period: '2017',
  ref_year_start: 2017,
  ref_year_end: 2017,
  estimator: 'Someone',
  estimator_type: 'government',
  primary: true,
  note: null,
  ...extra,
});

const fixture: Tables = {
  sources: [
    source('src-a'),
    source('src-b', { title: "O'Brien; DROP TABLE sources; --", published: null }),
  ],
  estimates: [
    estimate('est-1'),
    estimate('est-2', {
      source_id: 'src-b',
      low: 20000,
      high: 80000,
      point: null,
      qualifier: 'range',
      primary: false,
    }),
  ],
  events: [
    {
      id: 'ev-1',
      date: '2017-12-22',
      title: 'Resolution',
      major: true,
      source_id: 'src-a',
      note: null,
    },
    {
      id: 'ev-2',
      date: '2019-02-30',
      title: 'A date that does not exist',
      major: false,
      source_id: 'src-a',
      note: null,
    },
  ],
};

let engine: DuckEngine;

beforeAll(async () => {
  engine = await createNodeEngine();
  await loadTables(engine, fixture);
});

afterAll(async () => {
  await engine.close();
});

describe('createNodeEngine + loadTables', () => {
  it('creates the tables with the schema’s column names and SQL types', async () => {
    const columns = await engine.query<{
      column_name: string;
      data_type: string;
      is_nullable: string;
    }>(
      `SELECT column_name, data_type, is_nullable FROM information_schema.columns
       WHERE table_name = 'estimates' ORDER BY ordinal_position`,
    );
    expect(columns.map((c) => c.column_name)).toEqual([
      'id',
      'source_id',
      'country',
      'area_note',
      'region',
      'measure',
      'measure_detail',
      'low',
      'high',
      'point',
      'qualifier',
      'ref_period',
      'ref_year_start',
      'ref_year_end',
      'estimator',
      'estimator_type',
      'primary',
      'note',
    ]);
    expect(columns.find((c) => c.column_name === 'low')?.data_type).toBe('BIGINT');
    expect(columns.find((c) => c.column_name === 'primary')?.data_type).toBe('BOOLEAN');
    expect(columns.find((c) => c.column_name === 'id')?.is_nullable).toBe('NO');
    expect(columns.find((c) => c.column_name === 'note')?.is_nullable).toBe('YES');
  });

  it('declares the primary keys of the schema', async () => {
    const keys = await engine.query<{ table_name: string; constraint_column_names: string[] }>(
      `SELECT table_name, constraint_column_names FROM duckdb_constraints()
       WHERE constraint_type = 'PRIMARY KEY' ORDER BY table_name`,
    );
    expect(keys).toEqual([
      { table_name: 'estimates', constraint_column_names: ['id'] },
      { table_name: 'events', constraint_column_names: ['id'] },
      { table_name: 'sources', constraint_column_names: ['id'] },
    ]);
  });

  it('inserts every row with its values intact', async () => {
    const rows = await engine.query(
      'SELECT id, low, high, point, "primary", qualifier FROM estimates ORDER BY id',
    );
    expect(rows).toEqual([
      { id: 'est-1', low: null, high: null, point: 30000, primary: true, qualifier: 'about' },
      { id: 'est-2', low: 20000, high: 80000, point: null, primary: false, qualifier: 'range' },
    ]);
  });

  it('joins estimates to their sources in the estimate_facts table', async () => {
    const rows = await engine.query(
      'SELECT id, year, has_number, title, publisher, published FROM estimate_facts ORDER BY id',
    );
    expect(rows).toEqual([
      {
        id: 'est-1',
        year: 2017,
        has_number: true,
        title: 'Title of src-a',
        publisher: 'Publisher src-a',
        published: '2019-05',
      },
      {
        id: 'est-2',
        year: 2017,
        has_number: true,
        title: "O'Brien; DROP TABLE sources; --",
        publisher: 'Publisher src-b',
        published: null,
      },
    ]);
  });

  it('places events on the year axis, and an impossible date nowhere', async () => {
    const rows = await engine.query<{ id: string; year: number | null }>(
      'SELECT id, year FROM event_facts ORDER BY id',
    );
    expect(rows.map((row) => row.id)).toEqual(['ev-1', 'ev-2']);
    expect(rows[0]?.year).toBeCloseTo(2017 + 355.5 / 365 - 0.5, 10);
    expect(rows[1]?.year).toBeNull();
  });

  it('refuses a row that breaks the primary key and keeps the previous tables', async () => {
    const duplicate = { ...fixture, estimates: [estimate('dup'), estimate('dup')] };
    await expect(loadTables(engine, duplicate)).rejects.toThrow(/[Dd]uplicate key/);
    const ids = await engine.query<{ id: string }>('SELECT id FROM estimate_facts ORDER BY id');
    expect(ids.map((row) => row.id)).toEqual(['est-1', 'est-2']);
  });

  it('refuses a cell whose JS type does not match the column', async () => {
    // A row the types forbid, as a bug upstream could produce.
    const wrong = {
      ...fixture,
      estimates: [estimate('bad', { low: '20000' as unknown as number })],
    };
    await expect(loadTables(engine, wrong)).rejects.toThrow(
      'estimates row 1, field low: expected number or null, got string',
    );
  });

  it('loads empty tables', async () => {
    const other = await createNodeEngine();
    await loadTables(other, { sources: [], estimates: [], events: [] });
    expect(await other.query('SELECT count(*)::INTEGER AS n FROM estimate_facts')).toEqual([
      { n: 0 },
    ]);
    await other.close();
  });
});

describe('loadDataset', () => {
  /** A CSV in the schema's column order; cells a row does not give are empty. */
  const csvOf = (name: string, rows: Record<string, string>[]) =>
    [
      fields(resource(name)).map((field) => field.name),
      ...rows.map((row) => fields(resource(name)).map((field) => row[field.name] ?? '')),
    ]
      .map((cells) => cells.join(','))
      .join('\n');
  const figure = {
    country: 'RUS',
    measure: 'workers_present',
    ref_period: '2017',
    ref_year_start: '2017',
  };
  const who = {
    ref_year_end: '2017',
    estimator: 'Someone',
    estimator_type: 'government',
    primary: 'yes',
  };
  const sourcesCsv = csvOf('sources', [
    {
      id: 'src-a',
      title: 'A report',
      title_is_descriptive: 'no',
      publisher: 'A publisher',
      url: 'https://example.org/a',
    },
  ]);
  const estimatesCsv = csvOf('estimates', [
    {
      id: 'ok',
      source_id: 'src-a',
      ...figure,
      ...who,
      low: '20000',
      high: '80000',
      qualifier: 'range',
    },
    {
      id: 'inverted',
      source_id: 'src-a',
      ...figure,
      ...who,
      low: '80000',
      high: '20000',
      qualifier: 'range',
    },
    {
      id: 'orphan',
      source_id: 'src-missing',
      ...figure,
      ...who,
      point: '5000',
      qualifier: 'about',
    },
  ]);

  it('loads the valid rows and reports the dropped ones and the unreadable files', async () => {
    const other = await createNodeEngine();
    const report = await loadDataset(
      other,
      {
        'sources.csv': encoder.encode(sourcesCsv),
        'estimates.csv': encoder.encode(estimatesCsv),
        'events.csv': null,
      },
      { 'events.csv': 'HTTP 404' },
    );
    expect(await other.query('SELECT id, low, high, publisher FROM estimate_facts')).toEqual([
      { id: 'ok', low: 20000, high: 80000, publisher: 'A publisher' },
    ]);
    expect(report.dropped.map((row) => [row.file, row.line])).toEqual([
      ['estimates.csv', 3],
      ['estimates.csv', 4],
    ]);
    expect(report.problems.map((problem) => [problem.file, problem.line, problem.column])).toEqual([
      ['estimates.csv', 3, 'low'],
      ['estimates.csv', 4, 'source_id'],
      ['events.csv', 0, '-'],
    ]);
    expect(report.problems[2]?.message).toContain('HTTP 404');
    expect(await other.query('SELECT count(*)::INTEGER AS n FROM event_facts')).toEqual([{ n: 0 }]);
    await other.close();
  });
});

describe('query results', () => {
  it('turns BIGINT, HUGEINT and DECIMAL into numbers, never BigInt', async () => {
    const [row] = await engine.query(
      `SELECT count(*) AS n, sum(point) AS total, 12.5::DECIMAL(5,1) AS d, -2.25::DECIMAL(18,2) AS neg,
              (-7)::HUGEINT AS h, avg(point) AS mean FROM estimates`,
    );
    expect(row).toEqual({ n: 2, total: 30000, d: 12.5, neg: -2.25, h: -7, mean: 30000 });
    for (const value of Object.values(row ?? {})) expect(typeof value).toBe('number');
  });

  it('throws rather than round an unsafe integer', async () => {
    await expect(engine.query('SELECT 9007199254740993::BIGINT AS big')).rejects.toThrow(
      /big.*not a safe integer/,
    );
    await expect(
      engine.query('SELECT 170141183460469231731687303715884105727::HUGEINT AS h'),
    ).rejects.toThrow(/not a safe integer/);
  });

  it('turns lists and structs into arrays and objects', async () => {
    const rows = await engine.query(
      `SELECT [1, 2]::BIGINT[] AS ints, list({'id': id, 'n': point} ORDER BY id) AS items, DATE '2020-02-29' AS day
       FROM estimates`,
    );
    expect(rows).toEqual([
      {
        ints: [1, 2],
        items: [
          { id: 'est-1', n: 30000 },
          { id: 'est-2', n: null },
        ],
        day: '2020-02-29',
      },
    ]);
  });

  it('binds parameters as values, whatever they contain', async () => {
    const hostile = "x' OR '1'='1'; DROP TABLE estimates; --";
    const rows = await engine.query('SELECT id FROM estimates WHERE id = $1 OR country = ?', [
      hostile,
      hostile,
    ]);
    expect(rows).toEqual([]);
    const echoed = await engine.query('SELECT $1 AS s, $2 AS n, $3 AS b, $4 AS z', [
      hostile,
      3,
      true,
      null,
    ]);
    expect(echoed).toEqual([{ s: hostile, n: 3, b: true, z: null }]);
    expect(await engine.query('SELECT count(*)::INTEGER AS n FROM estimates')).toEqual([{ n: 2 }]);
  });

  it('reports SQL errors as rejections', async () => {
    await expect(engine.query('SELECT * FROM no_such_table')).rejects.toThrow(/no_such_table/);
    await expect(engine.query('SELECT $1::INTEGER AS n', ['not a number'])).rejects.toThrow(
      /Conversion/,
    );
  });
});

describe('decimalToNumber', () => {
  it.each([
    { words: [15, 0, 0, 0], scale: 1, expected: 1.5 },
    { words: [0xffffff1f, 0xffffffff, 0xffffffff, 0xffffffff], scale: 2, expected: -2.25 },
    { words: [5, 0, 0, 0], scale: 3, expected: 0.005 },
    { words: [0, 1, 0, 0], scale: 0, expected: 2 ** 32 },
  ])('reads $words at scale $scale as $expected', ({ words, scale, expected }) => {
    expect(decimalToNumber(Uint32Array.from(words), scale, 'x')).toBe(expected);
  });
});

describe('start-up failures', () => {
  it('rejects with a clear error when the wasm module cannot be loaded', async () => {
    const started = Date.now();
    await expect(
      createNodeEngine({ wasmPath: '/nonexistent/duckdb.wasm', instantiateTimeoutMs: 5_000 }),
    ).rejects.toThrow(/Could not start DuckDB-WASM from \/nonexistent\/duckdb\.wasm/);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('gives up on an instantiation that never settles', async () => {
    const never = new Promise<never>(() => undefined);
    await expect(withTimeout(never, 50, 'DuckDB-WASM did not start within 0.05 s')).rejects.toThrow(
      'DuckDB-WASM did not start within 0.05 s',
    );
  });
});
