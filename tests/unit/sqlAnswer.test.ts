// How the SQL console shows an answer: cells by type (NULL apart from 'NULL' and ''), the row count,
// which chart the columns fit, each row's citation, and the download that carries the sources, the
// data version and the SQL text, written by the views' own writer. The citation queries and the
// download run on the real data/ in the Node engine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import type { ColumnKind, DuckEngine, SqlValue } from '../../src/lib/db/engine';
import { openNodeDataset } from '../../src/lib/db/node';
import { run, type DrawnSourceRow, type FigureRow } from '../../src/lib/queries';
import { figuresByIds, sourcesByIds } from '../../src/lib/queries/citations';
import { exportProvenance, exportRows } from '../../src/lib/export/exportQuery';
import type { DatasetVersion } from '../../src/lib/export/fileName';
import {
  CELL_CHARS,
  durationText,
  isNumericType,
  rowCountText,
  showCell,
} from '../../src/lib/sql/answerCells';
import { citedIds, citeRows, withSources } from '../../src/lib/sql/citations';
import {
  chartFigures,
  chartForAnswer,
  chooseChart,
  countryGroupsOf,
} from '../../src/lib/sql/quickChart';
import type { ConsoleAnswer, ConsoleColumn } from '../../src/lib/sql/types';
import { readParquet } from './exportParquet';

const col = (name: string, type: string, kind: ColumnKind = 'string'): ConsoleColumn => ({
  name,
  type,
  kind,
});

describe('showCell', () => {
  const text = col('title', 'VARCHAR');
  const count = col('low', 'INTEGER', 'int32');
  const year = col('ref_year_start', 'INTEGER', 'int32');
  it.each([
    ['a null', null, text, { text: 'NULL', kind: 'null' }],
    ['the text NULL', 'NULL', text, { text: 'NULL', kind: 'text' }],
    ['an empty text', '', text, { text: '', kind: 'empty' }],
    ['a count, grouped', 20000, count, { text: '20,000', kind: 'number' }],
    ['a year, ungrouped', 2017, year, { text: '2017', kind: 'number' }],
    ['a fraction', 2015.5, col('year', 'DOUBLE', 'double'), { text: '2015.5', kind: 'number' }],
    ['a negative', -1234.25, col('d', 'DOUBLE', 'double'), { text: '-1,234.25', kind: 'number' }],
    ['a boolean', false, col('primary', 'BOOLEAN', 'boolean'), { text: 'false', kind: 'boolean' }],
    [
      'a list',
      ['RUS', null],
      col('c', 'VARCHAR[]', 'nested'),
      { text: '["RUS",null]', kind: 'json' },
    ],
    [
      'a struct',
      { a: 1 },
      col('s', 'STRUCT(a INTEGER)', 'nested'),
      { text: '{"a":1}', kind: 'json' },
    ],
  ] as const)('%s', (_, value, column, expected) => {
    expect(showCell(value as SqlValue, column, 'en-US')).toEqual({ ...expected, whole: null });
  });

  it('cuts a long text at a code point and keeps the whole for the title', () => {
    const long = `${'x'.repeat(CELL_CHARS - 1)}😀tail`;
    const cell = showCell(long, text, 'en-US');
    expect(cell.text).toBe(`${'x'.repeat(CELL_CHARS - 1)}😀…`);
    expect(cell.whole).toBe(long);
    expect(showCell('x'.repeat(CELL_CHARS), text).whole).toBeNull();
  });

  it.each([
    ['INTEGER', true],
    ['BIGINT', true],
    ['DECIMAL(18,3)', true],
    ['DOUBLE', true],
    ['HUGEINT', true],
    ['INTEGER[]', false],
    ['VARCHAR', false],
    ['DATE', false],
  ])('isNumericType(%s) = %s', (type, numeric) => {
    expect(isNumericType(type)).toBe(numeric);
  });
});

describe('rowCountText and durationText', () => {
  it.each([
    [10_000, 1_234_567, '10,000 of 1,234,567 rows shown'],
    [12, 12, '12 rows'],
    [1, 1, '1 row'],
    [0, 0, 'no rows'],
    [500, null, '500 rows shown (the query was stopped before its end)'],
  ])('%d of %s', (shown, total, expected) => {
    expect(rowCountText(shown, total)).toBe(expected);
  });
  it.each([
    [52.4, '52 ms'],
    [1400, '1.4 s'],
    [12_345, '12 s'],
  ])('%d ms', (ms, expected) => {
    expect(durationText(ms)).toBe(expected);
  });
});

describe('chooseChart', () => {
  const int = (name: string) => col(name, 'INTEGER', 'int32');
  const dbl = (name: string) => col(name, 'DOUBLE', 'double');
  const str = (name: string) => col(name, 'VARCHAR');
  it.each([
    [
      'year × low/high ranges',
      [str('id'), dbl('year'), int('low'), int('high'), int('point')],
      {
        kind: 'time',
        year: 'year',
        country: null,
        values: { kind: 'range', low: 'low', high: 'high', point: 'point' },
      },
    ],
    [
      'a single series over time',
      [int('ref_year_start'), col('total', 'HUGEINT', 'double')],
      {
        kind: 'time',
        year: 'ref_year_start',
        country: null,
        values: { kind: 'single', value: 'total' },
      },
    ],
    [
      'country × value',
      [str('country'), col('n', 'BIGINT', 'int64')],
      { kind: 'country', country: 'country', values: { kind: 'single', value: 'n' } },
    ],
    [
      'country × ranges, with a year: over time, country in the cards',
      [str('country'), int('ref_year_start'), int('low'), int('high')],
      {
        kind: 'time',
        year: 'ref_year_start',
        country: 'country',
        values: { kind: 'range', low: 'low', high: 'high', point: null },
      },
    ],
    [
      'a point beside other numbers',
      [str('country'), int('point'), int('n_figures'), dbl('share')],
      { kind: 'country', country: 'country', values: { kind: 'single', value: 'point' } },
    ],
  ])('%s', (_, columns, expected) => {
    expect(chooseChart(columns)).toEqual(expected);
  });

  it.each([
    [
      'no year or country',
      [str('id'), str('source_id'), int('low'), int('high')],
      /neither a year nor a country/,
    ],
    ['no number', [str('country'), str('title')], /no numeric column/],
    ['several numbers', [int('year'), dbl('a'), dbl('b')], /several numeric columns \(a, b\)/],
    ['a year that is text', [str('year'), int('low'), int('high')], /neither a year nor a country/],
    [
      'lists, not numbers',
      [int('year'), col('low', 'INTEGER[]', 'nested'), col('high', 'INTEGER[]', 'nested')],
      /no numeric column/,
    ],
  ])('none: %s', (_, columns, reason) => {
    const choice = chooseChart(columns);
    expect(choice.kind).toBe('none');
    if (choice.kind === 'none') expect(choice.reason).toMatch(reason);
  });
});

const figure = (id: string, source_id: string, extra: Partial<FigureRow> = {}): FigureRow => ({
  id,
  source_id,
  country: 'RUS',
  area_note: null,
  region: null,
  measure: 'workers_present',
  measure_detail: null,
  low: 1,
  high: 2,
  point: null,
  qualifier: 'range',
  ref_period: '2017',
  ref_year_start: 2017,
  ref_year_end: 2017,
  estimator: 'Someone',
  estimator_type: 'government',
  primary: true,
  note: null,
  title: `Title of ${source_id}`,
  title_is_descriptive: false,
  publisher: `Publisher of ${source_id}`,
  url: `https://example.org/${source_id}`,
  published: '2018-01',
  year: 2017,
  ...extra,
});
const source = (id: string): DrawnSourceRow => ({
  source_id: id,
  title: `Title of ${id}`,
  title_is_descriptive: false,
  publisher: `Publisher of ${id}`,
  url: `https://example.org/${id}`,
  published: '2019',
});

describe('citations', () => {
  const answer = (columns: ConsoleColumn[], rows: ConsoleAnswer['rows']) => ({ columns, rows });

  it('finds the ids of text id and source_id columns only', () => {
    expect(
      citedIds(
        answer(
          [col('id', 'VARCHAR'), col('source_id', 'VARCHAR')],
          [
            { id: 'f2', source_id: 's1' },
            { id: 'f1', source_id: null },
            { id: 'f2', source_id: 's1' },
          ],
        ),
      ),
    ).toEqual({ ids: ['f1', 'f2'], sourceIds: ['f1', 'f2', 's1'] });
    expect(citedIds(answer([col('id', 'INTEGER', 'int32')], [{ id: 1 }]))).toEqual({
      ids: [],
      sourceIds: [],
    });
    expect(citedIds(answer([col('n', 'INTEGER', 'int32')], [{ n: 1 }]))).toEqual({
      ids: [],
      sourceIds: [],
    });
  });

  it.each([
    [
      'a figure id: its figure and its source',
      [col('id', 'VARCHAR')],
      { id: 'f1' },
      { figure: 'f1', source: 's1' },
    ],
    [
      'source_id wins over the figure’s source',
      [col('id', 'VARCHAR'), col('source_id', 'VARCHAR')],
      { id: 'f1', source_id: 's2' },
      { figure: 'f1', source: 's2' },
    ],
    [
      'an id that is a source’s (an answer over sources)',
      [col('id', 'VARCHAR')],
      { id: 's2' },
      { figure: null, source: 's2' },
    ],
    ['an unknown id', [col('id', 'VARCHAR')], { id: 'nope' }, { figure: null, source: null }],
    [
      'a null source_id: the figure’s source',
      [col('id', 'VARCHAR'), col('source_id', 'VARCHAR')],
      { id: 'f1', source_id: null },
      { figure: 'f1', source: 's1' },
    ],
  ])('%s', (_, columns, row, expected) => {
    const [cited] = citeRows(
      answer(columns, [row]),
      [figure('f1', 's1')],
      [source('s1'), source('s2')],
    );
    expect({ figure: cited?.figure?.id ?? null, source: cited?.source?.source_id ?? null }).toEqual(
      expected,
    );
  });

  it('adds the source columns to a download, renaming around the answer’s own names', () => {
    const a = answer(
      [col('id', 'VARCHAR'), col('source_title', 'VARCHAR')],
      [
        { id: 'f1', source_title: 'mine' },
        { id: 'x', source_title: null },
      ],
    );
    const typed = withSources(a, citeRows(a, [figure('f1', 's1')], [source('s1')]));
    expect(typed.columns.map((c) => c.name)).toEqual([
      'id',
      'source_title',
      'source_id',
      'source_title_2',
      'source_publisher',
      'source_url',
      'source_published',
    ]);
    expect(typed.rows[0]).toEqual({
      id: 'f1',
      source_title: 'mine',
      source_id: 's1',
      source_title_2: 'Title of s1',
      source_publisher: 'Publisher of s1',
      source_url: 'https://example.org/s1',
      source_published: '2019',
    });
    expect(typed.rows[1]).toMatchObject({
      source_id: null,
      source_title_2: null,
      source_url: null,
    });
  });

  it('writes an answer that cites nothing as it is', () => {
    const a = answer([col('n', 'INTEGER', 'int32')], [{ n: 1 }]);
    expect(withSources(a, citeRows(a, [], []))).toEqual({
      columns: [{ name: 'n', kind: 'int32' }],
      rows: [{ n: 1 }],
    });
  });
});

describe('chartForAnswer', () => {
  const ranges = [
    col('id', 'VARCHAR'),
    col('year', 'DOUBLE', 'double'),
    col('low', 'INTEGER', 'int32'),
    col('high', 'INTEGER', 'int32'),
  ];
  const revenue = figure('f2', 's2', { measure: 'revenue_usd_per_year' });
  it.each([
    ['one measure, from the cited figures', ranges, [{ id: 'f1' }], [figure('f1', 's1')], 'time'],
    [
      'headcounts and dollars, from the cited figures',
      ranges,
      [{ id: 'f1' }, { id: 'f2' }],
      [figure('f1', 's1'), revenue],
      'none',
    ],
    [
      'two measures in a measure column, no id',
      [...ranges.slice(1), col('measure', 'VARCHAR')],
      [{ measure: 'workers_present' }, { measure: 'revenue_usd_per_year' }],
      [],
      'none',
    ],
    [
      'a measure column that is not the codebook’s',
      [...ranges.slice(1), col('measure', 'VARCHAR')],
      [{ measure: 'apples' }, { measure: 'pears' }],
      [],
      'time',
    ],
  ] as const)('%s', (_, columns, rows, cited, kind) => {
    const choice = chartForAnswer({ columns: [...columns], rows: [...rows] }, cited);
    expect(choice.kind).toBe(kind);
    if (choice.kind === 'none') {
      expect(choice.reason).toMatch(
        /mixes 2 measures, .*\(workers_present\), .*\(revenue_usd_per_year\)/,
      );
    }
  });

  it('gives a computed row the unit of its measure column', () => {
    const columns = [...ranges.slice(1), col('measure', 'VARCHAR')];
    const choice = chooseChart(columns);
    if (choice.kind === 'none') throw new Error(choice.reason);
    const [row] = chartFigures(
      { rows: [{ year: 2018, low: 1, high: 2, measure: 'revenue_usd_per_year' }] },
      choice,
      [],
    );
    expect(row?.measure).toBe('revenue_usd_per_year');
  });
});

describe('chartFigures', () => {
  it('draws a cited row as its figure at the answer’s numbers, and an uncited one without a source', () => {
    const columns = [
      col('id', 'VARCHAR'),
      col('year', 'DOUBLE', 'double'),
      col('low', 'INTEGER', 'int32'),
      col('high', 'INTEGER', 'int32'),
    ];
    const choice = chooseChart(columns);
    if (choice.kind === 'none') throw new Error(choice.reason);
    const [cited, uncited] = chartFigures(
      {
        rows: [
          { id: 'f1', year: 2016.5, low: 10, high: 20 },
          { id: 'sum', year: 2019, low: 5, high: null },
        ],
      },
      choice,
      [figure('f1', 's1')],
    );
    expect(cited).toMatchObject({
      id: 'f1',
      source_id: 's1',
      publisher: 'Publisher of s1',
      year: 2016.5,
      low: 10,
      high: 20,
    });
    expect(uncited).toMatchObject({
      id: 'row-2',
      source_id: '',
      country: '',
      year: 2019,
      low: 5,
      high: null,
      ref_year_start: 2019,
      qualifier: null,
    });
  });

  it('groups a country chart’s rows by country in the answer’s order, counting sources', () => {
    const groups = countryGroupsOf([
      figure('a', 's1', { country: 'CHN' }),
      figure('b', 's2', { country: 'RUS' }),
      figure('c', 's1', { country: 'CHN' }),
      figure('row-4', '', { country: 'CHN' }),
    ]);
    expect(groups.map((g) => [g.country, g.figures.length, g.sourceCount])).toEqual([
      ['CHN', 3, 1],
      ['RUS', 1, 1],
    ]);
  });
});

describe('an answer with citations on the real data', () => {
  let engine: DuckEngine;
  const version: DatasetVersion = {
    hash: '0123456789abcdef',
    date: '2026-12-04',
    label: '2026-12-04 (01234567)',
  };
  const sql = "SELECT id, source_id, low, high FROM estimates WHERE country = 'RUS'";
  const types: Record<ColumnKind, string> = {
    string: 'VARCHAR',
    int32: 'INTEGER',
    int64: 'BIGINT',
    double: 'DOUBLE',
    boolean: 'BOOLEAN',
    date: 'DATE',
    timestamp: 'TIMESTAMP',
    nested: 'VARCHAR[]',
  };

  beforeAll(async () => {
    engine = (await openNodeDataset('data')).engine;
  });
  afterAll(async () => {
    await engine.close();
  });

  it('reads each row’s figure and source through named queries, and the downloads carry them', async () => {
    const typed = await engine.queryTyped(sql);
    const answer: ConsoleAnswer = {
      columns: typed.columns.map(({ name, kind }) => ({ name, kind, type: types[kind] })),
      rows: typed.rows,
      total: typed.rows.length,
      cut: null,
      ms: 1,
    };
    expect(answer.rows.length).toBeGreaterThan(5);
    const { ids, sourceIds } = citedIds(answer);
    const figures = await run(engine, figuresByIds(ids));
    const sources = await run(engine, sourcesByIds(sourceIds));
    expect(figures.map((f) => f.id)).toEqual(ids);
    const expectedSources = await engine.query<{
      id: string;
      title: string;
      url: string;
      publisher: string;
    }>(
      `SELECT id, title, url, publisher FROM sources WHERE id IN (SELECT source_id FROM estimates WHERE country = 'RUS') ORDER BY id`,
    );
    expect(sources.map((s) => s.source_id)).toEqual(expectedSources.map((s) => s.id));

    const citations = citeRows(answer, figures, sources);
    expect(citations.every((c) => c.figure && c.source)).toBe(true);
    const rows = withSources(answer, citations);
    const bySource = new Map(expectedSources.map((s) => [s.id, s]));

    const json = JSON.parse(
      new TextDecoder().decode(
        (await exportRows(rows, exportProvenance('sqlConsole', version, sql), 'json')).bytes,
      ),
    ) as {
      dataset: { version: string; hash: string };
      query: string;
      sql: string;
      rows: Record<string, unknown>[];
    };
    expect(json.dataset).toMatchObject({ version: version.label, hash: version.hash });
    expect(json).toMatchObject({ query: 'sqlConsole', sql });
    expect(json.rows).toHaveLength(answer.rows.length);
    for (const row of json.rows) {
      const expected = bySource.get(row.source_id as string);
      expect(row).toMatchObject({
        source_title: expected?.title,
        source_url: expected?.url,
        source_publisher: expected?.publisher,
      });
    }

    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(
      (await exportRows(rows, exportProvenance('sqlConsole', version, sql), 'csv')).bytes,
    );
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.meta.fields).toEqual([
      'id',
      'source_id',
      'low',
      'high',
      'source_title',
      'source_publisher',
      'source_url',
      'source_published',
    ]);
    expect(parsed.data.map((row) => row.source_url)).toEqual(
      json.rows.map((row) => row.source_url),
    );

    const parquet = await readParquet(
      (await exportRows(rows, exportProvenance('sqlConsole', version, sql), 'parquet')).bytes,
    );
    expect(parquet.metadata['nk-workers-abroad.sql']).toBe(sql);
    expect(parquet.metadata['nk-workers-abroad.version']).toBe(version.label);
    expect(parquet.rows.map((row) => row.source_title)).toEqual(
      json.rows.map((row) => row.source_title),
    );
  });

  it('a view’s download names no SQL text', async () => {
    const json = JSON.parse(
      new TextDecoder().decode(
        (
          await exportRows(
            { columns: [], rows: [] },
            exportProvenance('compareReports', version),
            'json',
          )
        ).bytes,
      ),
    ) as Record<string, unknown>;
    expect(json).not.toHaveProperty('sql');
    expect(json.query).toBe('compareReports');
  });
});
