// The SQL console's examples on the real data/, through the console itself (its read-only views and its
// statement check, as the page runs them): each runs, answers with the columns it promises, and keeps
// what it says it does (invariants only: a maintainer's valid change to data/ keeps this green).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeConsole, openNodeDataset } from '../../src/lib/db/node';
import type { DuckEngine, SqlValue } from '../../src/lib/db/engine';
import { sqlExamples } from '../../src/lib/sql/examples';
import { limits } from '../../src/lib/sql/SqlSession.svelte';
import type { SqlConsole } from '../../src/lib/sql/types';

let engine: DuckEngine;
let sqlConsole: SqlConsole;

beforeAll(async () => {
  const opened = (await openNodeDataset('data')).engine;
  engine = opened;
  sqlConsole = await openNodeConsole(opened);
});

afterAll(() => engine?.close());

/** An example's answer, run as the page runs it (with the page's limits). */
async function answer(id: string) {
  const example = sqlExamples.find((candidate) => candidate.id === id);
  if (!example) throw new Error(`no example ${id}`);
  return sqlConsole.run(example.sql, limits);
}

const num = (value: SqlValue | undefined) => (typeof value === 'number' ? value : null);

describe('every example', () => {
  it.each(sqlExamples.map((example) => [example.id, example] as const))(
    '%s runs on data/ with the columns it promises, and some rows',
    async (_id, example) => {
      const { columns, rows, cut } = await answer(example.id);
      expect(columns.map((column) => column.name)).toEqual(example.columns);
      expect(rows.length).toBeGreaterThan(0);
      expect(cut).toBeNull();
    },
  );

  it('has a distinct id and title', () => {
    expect(new Set(sqlExamples.map((example) => example.id)).size).toBe(sqlExamples.length);
    expect(new Set(sqlExamples.map((example) => example.titleKey)).size).toBe(sqlExamples.length);
  });
});

describe('what each example keeps', () => {
  it('reconciliation: one row per year, country sums low ≤ high, worldwide lowest ≤ highest', async () => {
    const { rows } = await answer('reconciliation');
    const years = rows.map((row) => num(row.year));
    expect(years.every((year) => year !== null)).toBe(true);
    expect(years).toEqual([...new Set(years)].sort((a, b) => a! - b!));
    for (const row of rows) {
      if (row.countries !== null)
        expect(num(row.countries_low)).toBeLessThanOrEqual(num(row.countries_high)!);
      if (row.worldwide_figures !== null)
        expect(num(row.worldwide_lowest)).toBeLessThanOrEqual(num(row.worldwide_highest)!);
    }
    // The question needs both sides somewhere: a year with country figures and worldwide ones.
    expect(rows.some((row) => row.countries !== null && row.worldwide_figures !== null)).toBe(true);
  });

  it('re-reports: each figure is listed once per publication, in as many rows as it says', async () => {
    const { rows } = await answer('re-reports');
    const groups = new Map<string, { publications: number | null; sources: Set<SqlValue> }>();
    for (const row of rows) {
      const key = JSON.stringify([
        row.country,
        row.measure,
        row.ref_period,
        row.low,
        row.high,
        row.point,
      ]);
      const group = groups.get(key) ?? { publications: num(row.publications), sources: new Set() };
      group.sources.add(row.source_id ?? null);
      groups.set(key, group);
      expect(num(row.publications)).toBeGreaterThan(1);
    }
    for (const group of groups.values()) expect(group.sources.size).toBe(group.publications);
  });

  it('by estimator: worldwide rows with their citation, ordered by estimator', async () => {
    const { rows } = await answer('by-estimator');
    expect(
      rows.every((row) => typeof row.id === 'string' && typeof row.source_id === 'string'),
    ).toBe(true);
    const estimators = rows.map((row) => String(row.estimator));
    expect(estimators).toEqual([...estimators].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('latest by country: one row per country, never the worldwide code', async () => {
    const { rows } = await answer('latest-by-country');
    const countries = rows.map((row) => row.country);
    expect(new Set(countries).size).toBe(countries.length);
    expect(countries).not.toContain('WLD');
  });
});
