// The snapshots on the real data/, as the build's prerender step makes them: the first view's, which
// index.html carries, holds exactly what the page asks for on a plain visit, and each preset view's
// file what that view asks for to draw its figure, with the rows the engine returns now. What the
// page and the views ask for is read from rendering them (svelte/server), not from a list. Nothing
// here depends on what data/ holds, so a valid data change keeps it green.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render } from 'svelte/server';
import type { Component } from 'svelte';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSnapshots } from '../../src/build/build-snapshot';
import { prerenderSite, snapshotAsset, type PrerenderedSite } from '../../src/build/prerender';
import { presetViews } from '../../src/build/presetViews';
import { atLocation, renderApp } from '../../src/build/renderFirstView';
import { openNodeDataset } from '../../src/lib/db/node';
import type { DuckEngine } from '../../src/lib/db/engine';
import { presetQuery } from '../../src/lib/embed/presets';
import { firstViewQueries } from '../../src/lib/figures/firstView';
import {
  compareFigure,
  countryOverTimeFigure,
  mapFigure,
  worldwideFigure,
} from '../../src/lib/figures/specs';
import {
  countryList,
  eventGroups,
  hostCountryFigures,
  run,
  worldwideOverTime,
  type NamedQuery,
} from '../../src/lib/queries';
import { queryKey } from '../../src/lib/snapshot/queryKey';
import {
  SNAPSHOT_FORMAT,
  parseSnapshot,
  parseViewFiles,
  snapshotRows,
  withResults,
  type Snapshot,
} from '../../src/lib/snapshot/snapshot';
import { Dataset } from '../../src/lib/state/dataset.svelte';
import {
  defaultViewState,
  parseViewState,
  serializeViewState,
} from '../../src/lib/state/viewState';
import Compare from '../../src/views/Compare.svelte';
import Country from '../../src/views/Country.svelte';
import Map from '../../src/views/Map.svelte';
import ViewHarness from './ViewHarness.svelte';

const root = fileURLToPath(new URL('../../', import.meta.url));
let site: PrerenderedSite;
let first: Snapshot;
let viewFiles: ReadonlyMap<string, string>;
let engine: DuckEngine;

beforeAll(async () => {
  // What `vite build` makes, read as the page reads it.
  site = await prerenderSite({ root, dataDir: 'data', base: '/' });
  const inline: unknown = JSON.parse(JSON.stringify(site.first));
  first = parseSnapshot(inline);
  viewFiles = parseViewFiles(inline);
  engine = (await openNodeDataset('data')).engine;
}, 240_000);

afterAll(async () => {
  await engine.close();
});

/** The snapshot of a preset view's file, as the page reads it beside the first view's. */
function viewSnapshot(query: string): Snapshot {
  const url = viewFiles.get(query);
  const asset = site.views.find((view) => `/${view.fileName}` === url);
  if (!asset) throw new Error(`no snapshot file for ${query}`);
  return withResults(first, parseSnapshot(JSON.parse(asset.json)));
}

/** `snapshot`, recording the key of every query a render looks up in it. */
function recording(snapshot: Snapshot): { snapshot: Snapshot; asked: Set<string> } {
  const asked = new Set<string>();
  const results = new globalThis.Map(snapshot.results);
  results.get = (key: string) => {
    asked.add(key);
    return snapshot.results.get(key);
  };
  return { snapshot: { problems: snapshot.problems, results }, asked };
}

const views: Record<string, Component> = { country: Country, compare: Compare, map: Map };

/** A view's markup at `query`, drawn from `snapshot` with no query engine, and the queries it asked. */
function renderView(query: string, snapshot: Snapshot) {
  const recorded = recording(snapshot);
  const never = () => new Promise<never>(() => undefined);
  const dataset = new Dataset({ open: never, snapshot: never });
  dataset.snapshot = recorded.snapshot;
  const { state } = parseViewState(query);
  const view = views[state.view];
  if (!view) throw new Error(`no view ${state.view}`);
  const html = atLocation(
    `/${query}`,
    () => render(ViewHarness, { props: { view, dataset } }).body,
  );
  return { html, asked: recorded.asked };
}

describe('the first view’s snapshot', () => {
  it('holds exactly the queries a plain visit asks for, under the keys the page computes', () => {
    const { snapshot, asked } = recording(first);
    renderApp(snapshot, '/');
    expect([...first.results.keys()].sort()).toEqual([...asked].sort());
    expect(firstViewQueries().map(queryKey).sort()).toEqual([...asked].sort());
  });

  it('draws both Overview charts, with marks and source lines, in the prerendered pages', () => {
    for (const lang of ['en', 'ko'] as const) {
      for (const id of ['worldwide', 'by-country']) {
        const html = site.html[lang];
        const figure = new RegExp(`<figure id="${id}"[\\s\\S]*?</figure>`).exec(html)?.[0] ?? '';
        expect(figure, `${lang} ${id}`).toMatch(/<g class="mark/);
        expect(figure, `${lang} ${id}`).toMatch(/class="source-line/);
        expect(figure, `${lang} ${id}`).not.toMatch(/class="status (loading|error|empty)/);
      }
    }
  });

  it('draws the Korean page in Korean, and leaves the interface English after', () => {
    expect(site.html.ko).toMatch(
      /<h1[^>]*>해외 파견 북한 노동자: 공개된 모든 추정치와 그 출처<\/h1>/,
    );
    expect(site.html.ko).toMatch(/<a[^>]*hreflang="en"[^>]*>English<\/a>/);
    expect(site.html.ko).toMatch(/<a[^>]*hreflang="ko"[^>]*aria-current="true"[^>]*>한국어<\/a>/);
    expect(site.html.en).toMatch(
      /<h1[^>]*>North Koreans working abroad: every published estimate, with its source<\/h1>/,
    );
    // The navigation's links, each text between the render's comment markers.
    expect(site.html.en).toMatch(/<a [^>]*>(?:<!---->)?Compare sources(?:<!---->)?<\/a>/);
    expect(site.html.ko).toMatch(/<a [^>]*>(?:<!---->)?출처 비교(?:<!---->)?<\/a>/);
  });

  it('holds, for each query, the rows the engine returns for it now, none empty', async () => {
    for (const query of firstViewQueries()) {
      const rows = snapshotRows(first, query);
      expect(rows?.length, query.name).toBeGreaterThan(0);
      expect(rows, query.name).toEqual(await run(engine, query));
    }
  });

  it('holds the real data’s validation problems: none', () => {
    expect(first.problems).toEqual([]);
  });
});

describe('the preset views’ snapshots', () => {
  it('are named in the page for each country over time, each comparison and the map', async () => {
    const countries = (await run(engine, countryList())).map((row) => row.country);
    const expected = [
      ...countries.flatMap((country) => [
        presetQuery({ kind: 'country', country }),
        presetQuery({ kind: 'compare', country }),
      ]),
      '?view=map',
    ].map((search) => serializeViewState(parseViewState(search).state));
    expect([...viewFiles.keys()].sort()).toEqual(expected.sort());
    for (const url of viewFiles.values())
      expect(url).toMatch(/^\/assets\/snapshot-[0-9a-f]{8}\.json$/);
    expect(new Set(viewFiles.values()).size).toBe(site.views.length);
  });

  it('let each view draw its figure without the engine, and hold nothing the view does not ask for', () => {
    const figureIds: Record<string, string> = {
      country: countryOverTimeFigure.id,
      compare: compareFigure.id,
      map: mapFigure.id,
    };
    for (const query of viewFiles.keys()) {
      const snapshot = viewSnapshot(query);
      const { html, asked } = renderView(query, snapshot);
      const { view } = parseViewState(query).state;
      const figure =
        new RegExp(`<figure id="${figureIds[view]}"[\\s\\S]*?</figure>`).exec(html)?.[0] ?? '';
      expect(figure, query).toMatch(/<figure/);
      // The map waits for its outlines too, a file of their own fetched as it starts: it must find
      // every query it asks for.
      if (view === 'map')
        expect([...asked].filter((key) => !snapshot.results.has(key))).toEqual([]);
      else expect(figure, query).not.toMatch(/class="status loading/);
      const own = [...snapshot.results.keys()].filter((key) => !first.results.has(key));
      expect(
        own.filter((key) => !asked.has(key)),
        query,
      ).toEqual([]);
    }
  });

  it('hold, for each query of a figure’s spec, the rows the engine returns now', async () => {
    const [busiest] = (await run(engine, countryList())).filter((row) => row.country !== 'WLD');
    for (const view of presetViews([busiest!.country, 'WLD'])) {
      const snapshot = viewSnapshot(view.query);
      for (const query of view.queries) {
        expect(snapshotRows(snapshot, query), `${view.query} ${query.name}`).toEqual(
          await run(engine, query),
        );
      }
    }
  });
});

describe('snapshotAsset', () => {
  it('names a file after its content', () => {
    expect(snapshotAsset('{"a":1}').fileName).toMatch(/^assets\/snapshot-[0-9a-f]{8}\.json$/);
    expect(snapshotAsset('{"a":1}').fileName).not.toBe(snapshotAsset('{"a":2}').fileName);
    expect(snapshotAsset('{"a":1}').fileName).toBe(snapshotAsset('{"a":1}').fileName);
  });
});

describe('snapshotRows', () => {
  it('answers only exactly the query that made the rows', async () => {
    const { filters } = defaultViewState;
    expect(snapshotRows(first, worldwideFigure.rows(defaultViewState))).toEqual(
      await run(engine, worldwideFigure.rows(defaultViewState)),
    );
    const others: NamedQuery<Record<string, unknown>>[] = [
      worldwideOverTime({ ...filters, measure: 'work_permits_issued' }),
      worldwideOverTime(filters, { axis: 'published' }),
      worldwideOverTime({ ...filters, primaryOnly: true }),
      hostCountryFigures({ ...filters, countries: ['RUS'] }),
      eventGroups({ majorOnly: false }),
      worldwideOverTime({ ...filters, yearFrom: 2017 }),
    ];
    for (const query of others) expect(snapshotRows(first, query), queryKey(query)).toBeUndefined();
  });
});

describe('buildSnapshots', () => {
  let dir: string;
  /** A worldwide range of the first view, made invalid in the copy: its low end above its high end. */
  let broken: { id: string; low: number; high: number };
  beforeAll(async () => {
    const [range] = (await run(engine, worldwideFigure.rows(defaultViewState))).filter(
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
    const opened = await openNodeDataset(dir);
    const built = await buildSnapshots(opened.engine, opened.problems).finally(() =>
      opened.engine.close(),
    );
    expect(built.first.format).toBe(SNAPSHOT_FORMAT);
    expect(built.first.problems).toEqual([
      expect.objectContaining({
        file: 'estimates.csv',
        message: expect.stringContaining(
          `low (${broken.low}) is greater than high (${broken.high})`,
        ),
      }),
    ]);
    const worldwide = parseSnapshot(JSON.parse(JSON.stringify(built.first)));
    const rows = snapshotRows(worldwide, worldwideFigure.rows(defaultViewState)) ?? [];
    const all = await run(engine, worldwideFigure.rows(defaultViewState));
    expect(rows.map((row) => row.id)).toEqual(
      all.map((row) => row.id).filter((id) => id !== broken.id),
    );
  }, 120_000);
});

describe('parseSnapshot', () => {
  const problem = { file: 'estimates.csv', line: 2, column: 'low', message: 'bad' };
  const format = SNAPSHOT_FORMAT;
  it.each([
    ['not an object', []],
    ['another format', { format: format + 1, problems: [], results: {} }],
    ['no problems', { format, results: {} }],
    ['a malformed problem', { format, problems: [{ ...problem, line: '2' }], results: {} }],
    ['no results', { format, problems: [] }],
    ['a result that is not rows', { format, problems: [], results: { 'q []': [1, 2] } }],
  ])('refuses a file with %s', (_, json) => {
    expect(() => parseSnapshot(json)).toThrow();
  });

  it('reads a valid file', () => {
    const parsed = parseSnapshot({ format, problems: [problem], results: { 'q [1]': [{ a: 1 }] } });
    expect(parsed.problems).toEqual([problem]);
    expect([...parsed.results]).toEqual([['q [1]', [{ a: 1 }]]]);
  });
});

describe('parseViewFiles', () => {
  it.each([
    ['no views', {}],
    ['views that are not a map', { views: ['a'] }],
    ['a view without a URL', { views: { '?view=map': 1 } }],
  ])('refuses a page snapshot with %s', (_, json) => {
    expect(() => parseViewFiles(json)).toThrow();
  });

  it('reads the map of query strings to URLs', () => {
    expect([...parseViewFiles({ views: { '?view=map': '/a.json' } })]).toEqual([
      ['?view=map', '/a.json'],
    ]);
  });
});

describe('withResults', () => {
  it('adds the rows of another snapshot and keeps the first one’s arrays and problems', () => {
    const rows = [{ a: 1 }];
    const a: Snapshot = { problems: [], results: new globalThis.Map([['q', rows]]) };
    const b: Snapshot = {
      problems: [{ file: 'x', line: 1, column: 'c', message: 'm' }],
      results: new globalThis.Map([
        ['q', [{ a: 2 }]],
        ['r', [{ b: 1 }]],
      ]),
    };
    const merged = withResults(a, b);
    expect(merged.results.get('q')).toBe(rows);
    expect(merged.results.get('r')).toEqual([{ b: 1 }]);
    expect(merged.problems).toBe(a.problems);
  });
});
