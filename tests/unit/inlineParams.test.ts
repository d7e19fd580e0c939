import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { openNodeDataset } from '../../src/lib/db/node';
import type { CsvReadingEngine } from '../../src/lib/db/csv-tables';
import type { SqlParam } from '../../src/lib/db/engine';
import { dedentSql, inlineParams, sqlLiteral } from '../../src/lib/sql/inlineParams';
import { chartSql } from '../../src/lib/sql/chartSql';
import { byCountryFigure, figureSpecs, worldwideFigure } from '../../src/lib/figures/specs';
import { defaultViewState, type ViewState } from '../../src/lib/state/viewState';

describe('sqlLiteral', () => {
  it.each<[SqlParam, string]>([
    ['workers_present', "'workers_present'"],
    ["it's", "'it''s'"],
    ["''", "''''''"],
    ['', "''"],
    ['back\\slash', "'back\\slash'"],
    ['노동자 "x"\n', '\'노동자 "x"\n\''],
    [null, 'NULL'],
    [true, 'TRUE'],
    [false, 'FALSE'],
    [2017, '2017'],
    [0, '0'],
    [2.5, '2.5'],
    [-3, '(-3)'],
    [1e21, '1e+21'],
    [Number.NaN, "'NaN'::DOUBLE"],
    [Number.POSITIVE_INFINITY, "'Infinity'::DOUBLE"],
    [Number.NEGATIVE_INFINITY, "'-Infinity'::DOUBLE"],
  ])('%j → %s', (value, literal) => {
    expect(sqlLiteral(value)).toBe(literal);
  });
});

describe('inlineParams', () => {
  it.each<[string, string, SqlParam[], string]>([
    ['numbered', 'SELECT $1, $2', ['a', 2], "SELECT 'a', 2"],
    [
      'reused and out of order',
      'WHERE $2 = x OR $1 = $2',
      [true, null],
      'WHERE NULL = x OR TRUE = NULL',
    ],
    ['two digits', 'SELECT $10, $1', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 'SELECT 10, 1'],
    ['positional', 'SELECT ?, ?', ['a', false], "SELECT 'a', FALSE"],
    ['no space around', 'WHERE x=$1AND y', [5], 'WHERE x=5AND y'],
    ['after a minus', 'SELECT 1-$1', [-1], 'SELECT 1-(-1)'],
    ['in a string', "SELECT '$1 and ?', $1", ['v'], "SELECT '$1 and ?', 'v'"],
    ['in a string with a doubled quote', "SELECT 'it''s $1', $1", [1], "SELECT 'it''s $1', 1"],
    ['in an escape string', "SELECT E'\\' $1', $1", [1], "SELECT E'\\' $1', 1"],
    [
      'in a quoted identifier',
      'SELECT "$1 ""?""" FROM t WHERE $1',
      [true],
      'SELECT "$1 ""?""" FROM t WHERE TRUE',
    ],
    ['in a line comment', 'SELECT $1 -- not $2 or ?\n, ?', [1], 'SELECT 1 -- not $2 or ?\n, 1'],
    ['in a block comment', 'SELECT /* $2 /* ? */ $2 */ $1', [1], 'SELECT /* $2 /* ? */ $2 */ 1'],
    [
      'in a dollar-quoted string',
      'SELECT $$ $1 ? $$, $tag$ $1 $tag$, $1',
      [7],
      'SELECT $$ $1 ? $$, $tag$ $1 $tag$, 7',
    ],
    ['part of a name', 'SELECT a$1, $1', [3], 'SELECT a$1, 3'],
    [
      'a value that looks like SQL',
      'SELECT $1',
      ["'; DROP TABLE estimates; --"],
      "SELECT '''; DROP TABLE estimates; --'",
    ],
    ['a value with a placeholder in it', 'SELECT $1, $2', ['$2', 'b'], "SELECT '$2', 'b'"],
    ['unterminated string', "SELECT $1, 'open $1", [1], "SELECT 1, 'open $1"],
  ])('%s', (_, sql, params, expected) => {
    expect(inlineParams({ sql, params })).toBe(expected);
  });

  it.each([
    ['SELECT $2', [1]],
    ['SELECT $0', [1]],
    ['SELECT ?, ?', [1]],
  ])('%s with %j: throws, naming the placeholder', (sql, params) => {
    expect(() => inlineParams({ sql, params })).toThrow(/has no value/);
  });
});

describe('dedentSql', () => {
  it.each([
    ['\n    SELECT 1\n      FROM t\n    ', 'SELECT 1\n  FROM t'],
    ['  SELECT\n\n  1', 'SELECT\n\n1'],
    ['  SELECT\n      \n  1', 'SELECT\n\n1'],
    // A line that begins inside a string or a comment keeps its spaces: they are part of it.
    ["    SELECT 'a\n    b'\n    FROM t", "SELECT 'a\n    b'\nFROM t"],
    ['    SELECT /*\n    x */ 1\n    ', 'SELECT /*\n    x */ 1'],
    ['\tSELECT\n\t\t1', 'SELECT\n\t1'],
    ['SELECT 1', 'SELECT 1'],
    ['', ''],
  ])('%j', (sql, expected) => {
    expect(dedentSql(sql)).toBe(expected);
  });
});

describe('a chart’s query in SQL', () => {
  it('names the chart in a comment that a title cannot break out of', () => {
    const sql = chartSql('Title\nDROP TABLE x; --\u2028', { sql: 'SELECT $1', params: [1] });
    expect(sql.split('\n')).toEqual([
      '-- Title DROP TABLE x; --',
      '-- The rows this chart draws: its own query, the filters written in as values.',
      'SELECT 1',
    ]);
  });
});

describe('the inlined query gives the chart’s rows', () => {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  let engine: CsvReadingEngine;
  beforeAll(async () => {
    ({ engine } = await openNodeDataset(`${root}data`));
  });
  afterAll(async () => {
    await engine.close();
  });

  const params = (changes: Partial<ViewState> = {}) => ({ ...defaultViewState, ...changes });

  it.each([worldwideFigure, byCountryFigure])(
    'the Overview’s $id chart, default filters',
    async (spec) => {
      const query = spec.rows(params());
      const expected = await engine.query(query.sql, query.params);
      expect(expected.length).toBeGreaterThan(5);
      const sql = chartSql(spec.title(params()), query);
      expect(sql).not.toMatch(/\$\d/);
      expect(await engine.query(sql)).toEqual(expected);
    },
  );

  // Every value type a filter binds: text lists, a boolean, years as numbers.
  const filtered = params({
    country: 'RUS',
    axis: 'published',
    filters: {
      ...defaultViewState.filters,
      estimatorTypes: ['government', 'media'],
      primaryOnly: true,
      yearFrom: 2010,
      yearTo: 2024,
      countries: ['CHN', 'RUS'],
    },
  });
  it.each(figureSpecs.map((spec) => [spec.id, spec] as const))(
    '%s, every kind of filter set',
    async (_, spec) => {
      const query = spec.rows(filtered);
      expect(query.params).toEqual(expect.arrayContaining([true, 2010, 2024]));
      const expected = await engine.query(query.sql, query.params);
      expect(expected.length).toBeGreaterThan(0);
      expect(await engine.query(chartSql(spec.title(filtered), query))).toEqual(expected);
    },
  );
});
