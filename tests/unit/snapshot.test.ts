// The first-view snapshot on the real data/: the file the build emits holds exactly the queries the page
// runs on a plain visit, under the keys the page computes, with the rows the engine returns now. Nothing
// here depends on what data/ holds, so a valid data change keeps it green.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSnapshot } from '../../src/build/build-snapshot';
import { buildSnapshotAsset, snapshotAsset } from '../../src/build/snapshot';
import { openNodeDataset } from '../../src/lib/db/node';
import type { DuckEngine } from '../../src/lib/db/engine';
import {
  countryList,
  eventGroups,
  hostCountryFigures,
  run,
  sourcesDrawn,
  worldwideOverTime,
  type NamedQuery,
} from '../../src/lib/queries';
import { firstViewQueries } from '../../src/lib/figures/firstView';
import { queryKey } from '../../src/lib/snapshot/queryKey';
import {
  SNAPSHOT_FORMAT,
  parseSnapshot,
  snapshotRows,
  type Snapshot,
} from '../../src/lib/snapshot/snapshot';
import { defaultViewState, parseViewState } from '../../src/lib/state/viewState';

let fileName: string;
let snapshot: Snapshot;
let engine: DuckEngine;

beforeAll(async () => {
  // The file as `vite build` makes it (a child process running build-snapshot.ts), read as the page reads it.
  const asset = await buildSnapshotAsset('data');
  fileName = asset.fileName;
  snapshot = parseSnapshot(JSON.parse(asset.json));
  engine = (await openNodeDataset('data')).engine;
  // Two DuckDB-WASM starts, one in a child process: slow while the other test files run alongside.
}, 120_000);

afterAll(async () => {
  await engine.close();
});

/** The calls of src/views/Overview.svelte and src/App.svelte, with the filters of a plain visit. */
function pageQueries(): NamedQuery<Record<string, unknown>>[] {
  // What Route reads from a URL without parameters: the state the page starts in.
  const { filters } = parseViewState('').state;
  return [
    worldwideOverTime(filters),
    sourcesDrawn(worldwideOverTime(filters)),
    eventGroups({ majorOnly: true }),
    hostCountryFigures(filters),
    sourcesDrawn(hostCountryFigures(filters)),
    countryList(),
  ];
}

describe('the snapshot file', () => {
  it('is named after its content', () => {
    expect(fileName).toMatch(/^assets\/snapshot-[0-9a-f]{8}\.json$/);
    expect(snapshotAsset('{"a":1}').fileName).not.toBe(snapshotAsset('{"a":2}').fileName);
    expect(snapshotAsset('{"a":1}').fileName).toBe(snapshotAsset('{"a":1}').fileName);
  });

  it('holds the queries of a plain visit under the keys the page computes, and nothing else', () => {
    const pageKeys = pageQueries().map(queryKey);
    expect([...snapshot.results.keys()].sort()).toEqual([...pageKeys].sort());
    expect(firstViewQueries().map(queryKey)).toEqual(pageKeys);
    // The parsed URL and the declared defaults agree, so the build's filters are the page's.
    expect(parseViewState('').state.filters).toEqual(defaultViewState.filters);
  });

  it('has as many rows for each query as a plain count over the tables of data/ gives, none empty', async () => {
    // Every figure of the measure, with a number or none, a year or none, WLD's regional ones too.
    const worldwide = `FROM estimates WHERE country = 'WLD' AND measure = 'workers_present'`;
    const hosts = `FROM estimates WHERE country <> 'WLD' AND measure = 'workers_present'`;
    const plainCounts: Record<string, string> = {
      worldwideOverTime: `SELECT count(*) ${worldwide}`,
      'sourcesDrawn(worldwideOverTime)': `SELECT count(DISTINCT source_id) ${worldwide}`,
      eventGroups: 'SELECT count(DISTINCT (date, title)) FROM events WHERE major',
      hostCountryFigures: `SELECT count(*) ${hosts}`,
      'sourcesDrawn(hostCountryFigures)': `SELECT count(DISTINCT source_id) ${hosts}`,
      countryList: 'SELECT count(DISTINCT country) FROM estimates',
    };
    const counts: Record<string, number | undefined> = {};
    const expected: Record<string, number> = {};
    for (const query of pageQueries()) {
      counts[query.name] = snapshotRows(snapshot, query)?.length;
      const [row] = await engine.query<{ n: number }>(
        `SELECT (${plainCounts[query.name]})::INTEGER AS n`,
      );
      expected[query.name] = row?.n ?? Number.NaN;
      expect(expected[query.name], query.name).toBeGreaterThan(0);
    }
    expect(counts).toEqual(expected);
  });

  it('holds, for each query, the rows the engine returns for it now', async () => {
    for (const query of pageQueries()) {
      expect(snapshotRows(snapshot, query), query.name).toEqual(await run(engine, query));
    }
  });

  it('holds the real data’s validation problems: none', () => {
    expect(snapshot.problems).toEqual([]);
  });
});

describe('snapshotRows', () => {
  it('answers only exactly the query that made the rows', async () => {
    const { filters } = defaultViewState;
    expect(snapshotRows(snapshot, worldwideOverTime(filters))).toEqual(
      await run(engine, worldwideOverTime(filters)),
    );
    const others: NamedQuery<Record<string, unknown>>[] = [
      worldwideOverTime({ ...filters, measure: 'work_permits_issued' }),
      worldwideOverTime(filters, { axis: 'published' }),
      worldwideOverTime({ ...filters, primaryOnly: true }),
      hostCountryFigures({ ...filters, countries: ['RUS'] }),
      eventGroups({ majorOnly: false }),
      sourcesDrawn(worldwideOverTime({ ...filters, yearFrom: 2017 })),
    ];
    for (const query of others)
      expect(snapshotRows(snapshot, query), queryKey(query)).toBeUndefined();
  });
});

describe('buildSnapshot', () => {
  let dir: string;
  /** A worldwide range of the first view, made invalid in the copy: its low end above its high end. */
  let broken: { id: string; low: number; high: number };
  beforeAll(async () => {
    const [range] = (await run(engine, worldwideOverTime(defaultViewState.filters))).filter(
      (row) => row.low !== null && row.high !== null,
    );
    if (range?.low == null || range.high === null) throw new Error('no worldwide range in data/');
    broken = { id: range.id, low: range.high + 10000, high: range.high };
    dir = mkdtempSync(join(tmpdir(), 'nkwa-snapshot-'));
    cpSync('data', dir, { recursive: true });
    const path = join(dir, 'estimates.csv');
    const text = readFileSync(path, 'utf8');
    const line = new RegExp(`^(${range.id},[^\\n]*?),${range.low},${range.high},`, 'm');
    const changed = text.replace(line, `$1,${broken.low},${broken.high},`);
    expect(changed).not.toBe(text);
    writeFileSync(path, changed);
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps the problems the validator finds and leaves the dropped rows out of the results', async () => {
    const built = await buildSnapshot(dir);
    expect(built.format).toBe(SNAPSHOT_FORMAT);
    expect(built.problems).toEqual([
      expect.objectContaining({
        file: 'estimates.csv',
        message: expect.stringContaining(
          `low (${broken.low}) is greater than high (${broken.high})`,
        ),
      }),
    ]);
    const worldwide = parseSnapshot(JSON.parse(JSON.stringify(built)));
    const rows = snapshotRows(worldwide, worldwideOverTime(defaultViewState.filters)) ?? [];
    const all = await run(engine, worldwideOverTime(defaultViewState.filters));
    expect(rows.map((row) => row.id)).toEqual(
      all.map((row) => row.id).filter((id) => id !== broken.id),
    );
  }, 120_000);
});

describe('parseSnapshot', () => {
  const problem = { file: 'estimates.csv', line: 2, column: 'low', message: 'bad' };
  it.each([
    ['not an object', []],
    ['another format', { format: 2, problems: [], results: {} }],
    ['no problems', { format: 1, results: {} }],
    ['a malformed problem', { format: 1, problems: [{ ...problem, line: '2' }], results: {} }],
    ['no results', { format: 1, problems: [] }],
    ['a result that is not rows', { format: 1, problems: [], results: { 'q []': [1, 2] } }],
  ])('refuses a file with %s', (_, json) => {
    expect(() => parseSnapshot(json)).toThrow();
  });

  it('reads a valid file', () => {
    const parsed = parseSnapshot({
      format: 1,
      problems: [problem],
      results: { 'q [1]': [{ a: 1 }] },
    });
    expect(parsed.problems).toEqual([problem]);
    expect([...parsed.results]).toEqual([['q [1]', [{ a: 1 }]]]);
  });
});
