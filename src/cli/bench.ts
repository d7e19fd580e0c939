// The benchmark: builds, serves dist/ locally as `npm start` does (precompressed, cache headers), drives
// Chromium several times and prints medians and ratios measured in the same run, each beside its target.
// Slow links are Chromium's own throttling (DevTools protocol). Figures are printed, never asserted.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../tests/e2e/chromium.js';
import { withoutPrerenderedPage } from '../build/prerender';
import { PRERENDERED_ATTRIBUTE, SNAPSHOT_SCRIPT_ID } from '../lib/snapshot/link';
import { checkPackageDir } from '../lib/data/packageDir';
import { serveBuild } from './serve';

const runs = Number(process.env.BENCH_RUNS ?? 5);
const filterChanges = 50;
const scaleRows = 200_000;
const port = Number(process.env.BENCH_PORT ?? 4398);
const origin = `http://127.0.0.1:${port}`;
const dist = 'dist';
const countryPreset = '/?view=country&country=RUS';

// ---- small helpers --------------------------------------------------------------------------

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
const ms = (value: number) => `${value.toFixed(0)} ms`;
const seconds = (value: number) => `${(value / 1000).toFixed(1)} s`;
const gzipSize = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

function distFiles(dir = dist): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? distFiles(path) : [path];
  });
}

/** dist/ as `npm start` serves it. Started again after writing a file: the server lists dist once. */
function startServer(): Promise<Server> {
  return serveBuild({ dir: dist, port, host: '127.0.0.1', base: '/' });
}

// ---- what the pages report ------------------------------------------------------------------

/** Every mark a chart draws carries its row's id; map countries their ISO code. */
const markSelector = 'figure [data-id], figure [data-country]';

// Installed before any page script (a string: tsx's helpers do not exist in the page). Records when the
// first chart mark enters the DOM, by parsing or by script alike, whether the parser was still reading
// the HTML then (so no module script had run), and the longest main-thread task.
const recorder = `(() => {
  window.__bench = { firstMark: NaN, markParsed: false, longestTask: 0 };
  new MutationObserver((_, observer) => {
    if (document.querySelector('${markSelector}')) {
      window.__bench.firstMark = performance.now();
      window.__bench.markParsed = document.readyState === 'loading';
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      window.__bench.longestTask = Math.max(window.__bench.longestTask, entry.duration);
  }).observe({ type: 'longtask', buffered: true });
})()`;

const readTimings = `(() => {
  const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
  const firstMark = window.__bench.firstMark;
  const scriptsBeforeChart = performance
    .getEntriesByType('resource')
    .filter((entry) => /\\.m?js$/.test(new URL(entry.name).pathname) && entry.responseEnd <= firstMark)
    .map((entry) => new URL(entry.name).pathname);
  return {
    firstMark,
    markParsed: window.__bench.markParsed,
    datasetReady: at('dataset-ready'),
    downloaded: at('engine-downloaded'),
    longestTask: window.__bench.longestTask,
    scriptsBeforeChart,
  };
})()`;

interface PageRun {
  firstMark: number;
  /** Whether the first mark came with the HTML, before any module script ran. */
  markParsed: boolean;
  datasetReady: number;
  /** When the engine's wasm and the data files were all downloaded. */
  downloaded: number;
  longestTask: number;
  scriptsBeforeChart: string[];
}

// Makes `count` filter changes of every kind a reader makes (measure, estimator type, primary only, years
// described, countries), in a fixed pseudo-random order, and times each from the input's change event to
// the moment no chart is busy any more (ChartFrame's aria-busy: the rows of the new filters are drawn).
// Checked after the page's own microtasks, then on every DOM change: the whole path through the URL
// state, the queries' cache, DuckDB's worker and Svelte.
const timeFilterChanges = (count: number) => `(async () => {
  document.querySelector('details.filters').open = true;
  const bar = document.querySelector('details.filters');
  const inputs = (selector) => [...bar.querySelectorAll(selector)];
  const measure = bar.querySelector('select');
  const estimatorTypes = inputs('fieldset:not(.years):not(.countries) input[type=checkbox]');
  const primaryOnly = estimatorTypes.pop();
  const years = inputs('fieldset.years input');
  const countries = inputs('fieldset.countries input').slice(0, 8);
  let seed = 7;
  const random = (n) => ((seed = (seed * 16807) % 2147483647), seed % n);
  const kinds = [
    () => {
      // Another measure and back: other measures have few worldwide figures.
      const options = [...measure.options].map((option) => option.value);
      measure.value =
        measure.value === options[0] ? options[1 + random(options.length - 1)] : options[0];
      measure.dispatchEvent(new Event('change', { bubbles: true }));
    },
    () => estimatorTypes[random(estimatorTypes.length)].click(),
    () => primaryOnly.click(),
    () => {
      const input = years[random(2)];
      const choices = ['', '2010', '2015', '2017', '2019'].filter((year) => year !== input.value);
      input.value = choices[random(choices.length)];
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    () => countries[random(countries.length)].click(),
  ];
  const busy = () => document.querySelector('main figure[aria-busy="true"]') !== null;
  const drawn = () =>
    new Promise((resolve) => {
      const check = () => {
        if (busy()) return false;
        observer.disconnect();
        resolve(performance.now());
        return true;
      };
      const observer = new MutationObserver(check);
      observer.observe(document.querySelector('main'), {
        childList: true,
        subtree: true,
        attributes: true,
        attributeFilter: ['aria-busy'],
      });
      setTimeout(check, 0);
    });
  const times = [];
  // How long each change waited for DuckDB: until its last query's answer (0: the cache answered all).
  const waits = [];
  const queriesSince = (start) =>
    performance
      .getEntriesByType('measure')
      .filter((entry) => entry.name.startsWith('query ') && entry.startTime >= start);
  const first = performance.now();
  for (let i = 0; i < ${count}; i++) {
    const kind = i % kinds.length;
    const start = performance.now();
    kinds[kind]();
    times.push((await drawn()) - start);
    const asked = queriesSince(start);
    waits.push(
      asked.length === 0
        ? 0
        : Math.max(...asked.map((entry) => entry.startTime + entry.duration)) - start,
    );
    // The next change comes after a frame, as a reader's would.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  }
  return {
    times,
    waits,
    queryMs: queriesSince(first).map((entry) => entry.duration),
    longestTask: window.__bench.longestTask,
  };
})()`;

// Predicates are functions, not strings: the site's CSP (no 'unsafe-eval') refuses to evaluate a string
// predicate in the page. They use nothing tsx adds (no named function inside), so they run as written.
const datasetReady = () => performance.getEntriesByName('dataset-ready').length > 0;

type Setup = (page: Page) => Promise<unknown>;

/** The page's entry script and its modulepreloads: the JS it loads before it can hydrate or mount. */
function entryScripts(html: string): string[] {
  const tags = html.match(/<script type="module"[^>]*>|<link rel="modulepreload"[^>]*>/g) ?? [];
  return tags.map((tag) => /(?:src|href)="([^"]+)"/.exec(tag)![1]!);
}

/** Opens `path` in a fresh context (cold cache) `count` times and reads what the page recorded. */
async function loadRuns(
  browser: Browser,
  path: string,
  count: number,
  { setup, waitFor = 'mark' }: { setup?: Setup; waitFor?: 'mark' | 'dataset' } = {},
): Promise<PageRun[]> {
  const results: PageRun[] = [];
  for (let i = 0; i < count; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(recorder);
    await setup?.(page);
    await page.goto(origin + path);
    await page.waitForFunction(
      (dataset) =>
        (!dataset || performance.getEntriesByName('dataset-ready').length > 0) &&
        !Number.isNaN((window as unknown as { __bench: { firstMark: number } }).__bench.firstMark),
      waitFor === 'dataset',
      { timeout: 120_000 },
    );
    // The charts redraw once DuckDB takes over: give that redraw time to land in the longest task.
    if (waitFor === 'dataset') await page.waitForTimeout(1500);
    results.push(await page.evaluate<PageRun>(readTimings));
    await context.close();
  }
  return results;
}

interface FilterRun {
  /** Each change's time to the redrawn charts. */
  times: number[];
  /** How long each change waited for DuckDB's answers; 0 when the cache answered every query. */
  waits: number[];
  /** Each round trip to DuckDB's worker during the changes (a query, its answer as rows). */
  queryMs: number[];
  /** The longest main-thread task over the page's load and the changes. */
  longestTask: number;
}

/** Filter → redraw times on a page whose DuckDB has finished loading. */
async function filterTimes(browser: Browser, setup?: Setup): Promise<FilterRun> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(recorder);
  await setup?.(page);
  await page.goto(origin + '/');
  await page.waitForFunction(datasetReady, null, { timeout: 120_000 });
  const run = await page.evaluate<FilterRun>(timeFilterChanges(filterChanges));
  await context.close();
  return run;
}

/** Every byte an embed transfers (as gzip, the way a static host serves it) and its wasm requests. */
async function embedTransfer(browser: Browser, path: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const fetched: string[] = [];
  page.on('requestfinished', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto(origin + path);
  await page.waitForLoadState('networkidle');
  await context.close();
  const files = fetched.map((pathname) => join(dist, pathname === '/' ? 'index.html' : pathname));
  const existing = files.filter((file) => statSync(file, { throwIfNoEntry: false })?.isFile());
  return {
    requests: fetched.length,
    gzip: existing.reduce((sum, file) => sum + gzipSize(file), 0),
    wasm: fetched.filter((pathname) => pathname.endsWith('.wasm')).length,
    workers: fetched.filter((pathname) => /worker/.test(pathname)).length,
  };
}

/** What CodeMirror's code always holds: how a file of CodeMirror is known in the build. */
const CODEMIRROR_MARK = 'cm-scroller';

/**
 * The SQL console's own JS: the files (workers aside) the page fetches when the reader opens the SQL
 * view from the Overview through the navigation, the engine already started, until the editor and the
 * schema are drawn. `firstView` is the JS of the Overview's first view, which none of them may be in.
 */
async function consoleChunks(browser: Browser, firstView: string[]) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const fetched: string[] = [];
  page.on('requestfinished', (request) => {
    const pathname = new URL(request.url()).pathname;
    if (/\.m?js$/.test(pathname) && !/worker/.test(pathname)) fetched.push(pathname);
  });
  await page.goto(origin + '/');
  await page.waitForFunction(datasetReady, null, { timeout: 120_000 });
  const before = fetched.length;
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'SQL' }).click();
  await page.locator('.cm-content').waitFor({ timeout: 60_000 });
  await page.locator('[data-table="estimates"]').waitFor({ timeout: 60_000 });
  await context.close();
  const files = [...new Set(fetched.slice(before))];
  const holdsCodeMirror = (path: string) =>
    readFileSync(join(dist, path), 'utf8').includes(CODEMIRROR_MARK);
  return {
    files,
    gzip: files.reduce((sum, path) => sum + gzipSize(join(dist, path)), 0),
    /** Console files that the first view also loads, and first-view files holding CodeMirror. */
    inFirstView: [
      ...files.filter((path) => firstView.includes(path)),
      ...firstView.filter(holdsCodeMirror),
    ],
  };
}

/**
 * A copy of the page at `path` once drawn by DuckDB, without its scripts: the same SVG inline, the limit
 * of any app. Written into dist/ as `name`, with .br and .gz copies as the build writes them.
 */
async function writeStaticCopy(browser: Browser, path: string, name: string): Promise<string> {
  const page = await browser.newPage();
  await page.goto(origin + path);
  await page.waitForFunction(datasetReady, null, { timeout: 120_000 });
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('main figure[id]')].every((figure) =>
        figure.querySelector('[data-id], [data-country]'),
      ),
    null,
    { timeout: 120_000 },
  );
  const html = await page.evaluate(() => {
    document
      .querySelectorAll('script, link[rel="modulepreload"], link[rel="preload"]')
      .forEach((e) => e.remove());
    return `<!doctype html>\n${document.documentElement.outerHTML}`;
  });
  await page.close();
  const file = join(dist, name);
  writeFileSync(file, html);
  writeFileSync(`${file}.br`, brotliCompressSync(html));
  writeFileSync(`${file}.gz`, gzipSync(html, { level: 9 }));
  return `/${name}`;
}

/** Chromium's own network throttling, as DevTools applies it: `mbps` each way, `latencyMs` per request. */
function throttled(mbps: number, latencyMs: number): Setup {
  return async (page) => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: latencyMs,
      downloadThroughput: (mbps * 1_000_000) / 8,
      uploadThroughput: (mbps * 1_000_000) / 8,
    });
  };
}

/**
 * The usual approach: `/` answered with index.html as it was before prerendering (an empty #app, no
 * inline snapshot), so the page mounts at once and draws only once DuckDB has loaded the data. Preset
 * views' snapshot files are refused too.
 */
function waitingForDuckDB(): Setup {
  const html = withoutPrerenderedPage(readFileSync(join(dist, 'index.html'), 'utf8')).replace(
    new RegExp(`<script type="application/json" id="${SNAPSHOT_SCRIPT_ID}">[^<]*</script>`),
    '',
  );
  if (html.includes(PRERENDERED_ATTRIBUTE) || html.includes(`id="${SNAPSHOT_SCRIPT_ID}"`))
    throw new Error('dist/index.html: could not remove its prerendered page and inline snapshot');
  return async (page) => {
    await page.route(`${origin}/`, (route) =>
      route.fulfill({ body: html, contentType: 'text/html' }),
    );
    await page.route(/snapshot[^/]*\.json$/, (route) => route.abort());
  };
}

function serveGeneratedEstimates(dir: string): Setup {
  const body = readFileSync(join(dir, 'estimates.csv'));
  return (page) =>
    page.route(/estimates-[\w-]+\.csv$/, (route) =>
      route.fulfill({ body, contentType: 'text/csv' }),
    );
}

/** A 200,000-row load: the page's run, its load measures (src/lib/db), its heap and a plain read_csv. */
interface ScaleRun extends PageRun {
  /** The page's `load: …` measures by name: when each phase started and how long it took. */
  phases: Record<string, { start: number; duration: number }>;
  /** The main thread's used JS heap when DuckDB was ready (performance.memory, garbage included). */
  heapAtReady: number;
  /** JSHeapUsedSize of the main thread after a garbage collection, the views drawn (workers apart). */
  heapBytes: number;
  /** DuckDB-WASM's own read_csv of the same estimates.csv on a fresh engine in the same page. */
  readCsv: number;
}

/**
 * DuckDB-WASM's own read_csv of the page's estimates.csv, timed in the page: a fresh instance of the
 * same worker and wasm the app serves, driven by its message protocol (the app's bundle exports no
 * DuckDB); the bytes registered (registerFileBuffer) and CREATE TABLE AS SELECT * FROM read_csv with
 * the types DuckDB detects. Startup and the download are not timed.
 */
const timeReadCsv = (urls: { worker: string; wasm: string; csv: string }) => `(async () => {
  const worker = new Worker(${JSON.stringify(urls.worker)});
  const pending = new Map();
  let next = 0;
  worker.onmessage = ({ data }) => {
    const task = pending.get(data.requestId);
    if (!task || ['LOG', 'INSTANTIATE_PROGRESS', 'PROGRESS_UPDATE'].includes(data.type)) return;
    pending.delete(data.requestId);
    if (data.type === 'ERROR') task.reject(new Error(data.data.message));
    else task.resolve(data.data);
  };
  const ask = (type, data, transfer = []) =>
    new Promise((resolve, reject) => {
      pending.set(next, { resolve, reject });
      worker.postMessage({ messageId: next++, type, data }, transfer);
    });
  await ask('INSTANTIATE', [${JSON.stringify(urls.wasm)}, null]);
  await ask('OPEN', {});
  const connection = await ask('CONNECT', null);
  const bytes = new Uint8Array(await (await fetch(${JSON.stringify(urls.csv)})).arrayBuffer());
  const start = performance.now();
  await ask('REGISTER_FILE_BUFFER', ['estimates.csv', bytes], [bytes.buffer]);
  await ask('RUN_QUERY', [connection, "CREATE TABLE t AS SELECT * FROM read_csv('estimates.csv')"]);
  const took = performance.now() - start;
  worker.terminate();
  return took;
})()`;

/** Records the main thread's used heap when the page marks dataset-ready (Chromium's performance.memory). */
const heapAtReady = `new PerformanceObserver((list, observer) => {
  if (!list.getEntries().some((entry) => entry.name === 'dataset-ready')) return;
  window.__heapAtReady = performance.memory.usedJSHeapSize;
  observer.disconnect();
}).observe({ type: 'mark' })`;

async function scaleLoads(browser: Browser, count: number, setup: Setup): Promise<ScaleRun[]> {
  const asset = (pattern: RegExp) =>
    '/' +
    distFiles()
      .find((file) => pattern.test(file))!
      .slice(dist.length + 1);
  const urls = {
    worker: asset(/duckdb-browser-eh\.worker[^/]*\.js$/),
    wasm: asset(/duckdb-eh[^/]*\.wasm$/),
    csv: asset(/estimates-[\w-]+\.csv$/),
  };
  const results: ScaleRun[] = [];
  for (let i = 0; i < count; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(recorder);
    await page.addInitScript(heapAtReady);
    await setup(page);
    await page.goto(origin + '/');
    await page.waitForFunction(datasetReady, null, { timeout: 180_000 });
    // The charts redraw once DuckDB takes over: give that redraw time to land in the longest task.
    await page.waitForTimeout(1500);
    const run = await page.evaluate<PageRun>(readTimings);
    await page.waitForFunction(
      () => !document.querySelector('main figure[aria-busy="true"]'),
      null,
      { timeout: 60_000 },
    );
    await page.waitForTimeout(3000);
    const phases = await page.evaluate(() =>
      Object.fromEntries(
        performance
          .getEntriesByType('measure')
          .filter(({ name }) => name.startsWith('load: '))
          .map(({ name, startTime, duration }) => [name, { start: startTime, duration }]),
      ),
    );
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heapBytes = metrics.find(({ name }) => name === 'JSHeapUsedSize')?.value ?? NaN;
    const readCsv = await page.evaluate<number>(timeReadCsv(urls));
    const atReady = await page.evaluate<number>('window.__heapAtReady');
    results.push({ ...run, phases, heapAtReady: atReady, heapBytes, readCsv });
    await context.close();
  }
  return results;
}

/** The report's rows on loading 200,000 rows, each figure beside its target. */
function scaleLoadRows(scale: ScaleRun[], csvBytes: number): [string, string, string][] {
  const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
  const phase = (run: ScaleRun, name: string) => run.phases[`load: ${name}`];
  const end = (run: ScaleRun, name: string) =>
    (phase(run, name)?.start ?? NaN) + (phase(run, name)?.duration ?? NaN);
  // The engine open and the files here: what read_csv also starts from.
  const ready = (run: ScaleRun) => Math.max(end(run, 'engine start'), end(run, 'fetch'));
  const afterReady = median(scale.map((run) => run.datasetReady - ready(run)));
  const readCsv = median(scale.map((run) => run.readCsv));
  const ratio = afterReady / readCsv;
  const heap = median(scale.map((run) => run.heapBytes));
  const heapReady = median(scale.map((run) => run.heapAtReady));
  const durations = (name: string) => {
    const values = scale.flatMap((run) => (phase(run, name) ? [phase(run, name)!.duration] : []));
    return values.length > 0 ? ms(median(values)) : 'none';
  };
  const validatorWait = median(
    scale.map((run) => Math.max(0, end(run, 'validate') - end(run, 'read_csv estimates.csv'))),
  );
  const cause =
    validatorWait > 0
      ? `DuckDB waited ${ms(validatorWait)} for the validator (parse + validate in JS, ${durations('validate')}) after reading the file`
      : `DuckDB's typed read with the primary key took ${durations('read_csv estimates.csv')}`;
  return [
    [
      `${scaleRows} rows: DuckDB ready with the data (median, from navigation)`,
      ms(median(scale.map((r) => r.datasetReady))),
      '',
    ],
    [
      `${scaleRows} rows: of which after the engine was open and the files fetched`,
      ms(afterReady),
      '',
    ],
    [
      `${scaleRows} rows: DuckDB-WASM's own read_csv of the same file (fresh engine, same page: register + CREATE TABLE AS SELECT * FROM read_csv)`,
      ms(readCsv),
      '',
    ],
    [
      `${scaleRows} rows: load after engine open ÷ read_csv`,
      `${ratio.toFixed(2)}×`,
      `target ≤ 2×: ${verdict(ratio <= 2)}${ratio <= 2 ? '' : ` (${cause})`}`,
    ],
    [
      `${scaleRows} rows: load phases (median; validate includes parse, runs in a worker beside read_csv)`,
      ['fetch', 'parse estimates.csv', 'validate', 'read_csv estimates.csv', 'arrow', 'insert']
        .map((name) => `${name.replace(' estimates.csv', '')} ${durations(name)}`)
        .join(', '),
      '',
    ],
    [
      `${scaleRows} rows: page JS heap (main thread; workers apart) when DuckDB was ready`,
      `${mb(heapReady)} = ${(heapReady / csvBytes).toFixed(2)}× the CSV (${mb(csvBytes)})`,
      '',
    ],
    [
      `${scaleRows} rows: page JS heap after load, the views drawn (after GC)`,
      `${mb(heap)} = ${(heap / csvBytes).toFixed(2)}× the CSV`,
      `target ≤ 3×: ${verdict(heap <= 3 * csvBytes)}${heap <= 3 * csvBytes ? '' : ` (the views' query results and marks: ${mb(heap - heapReady)} more than when DuckDB was ready)`}`,
    ],
  ];
}

function generateRows(): string {
  const dir = mkdtempSync(join(tmpdir(), 'nkwa-bench-'));
  const generated = spawnSync(
    'node_modules/.bin/tsx',
    ['src/cli/generate-rows.ts', dir, String(scaleRows)],
    { stdio: 'inherit' },
  );
  if (generated.status !== 0) throw new Error('generating rows failed');
  return dir;
}

/**
 * The rows of one filter run: times beside their targets, and what the changes spent them on: waiting
 * for DuckDB's answers (a change's queries run one after another in its one worker), then the redraw.
 * A miss names the larger of the two as its cause.
 */
function filterRows(
  prefix: string,
  run: FilterRun,
  targets: { median?: number; p95: number },
): [string, string, string][] {
  const checks: [string, boolean][] = [
    [`p95 ≤ ${targets.p95} ms`, percentile(run.times, 95) <= targets.p95],
  ];
  if (targets.median !== undefined) {
    checks.unshift([`median ≤ ${targets.median} ms`, median(run.times) <= targets.median]);
  }
  const waited = median(run.waits);
  const redrawn = median(run.times.map((time, i) => time - run.waits[i]!));
  const fromCache = run.waits.filter((wait) => wait === 0).length;
  const cause =
    waited > redrawn
      ? `waiting for DuckDB's answers (median ${ms(waited)} a change)`
      : `the redraw after the answers (median ${ms(redrawn)} a change: Svelte and the browser)`;
  return [
    [
      `${prefix}filter → redrawn charts (${run.times.length} mixed changes)`,
      `median ${ms(median(run.times))}, p95 ${ms(percentile(run.times, 95))}`,
      checks.map(([target, ok]) => `${target}: ${ok ? 'met' : 'MISSED'}`).join(', '),
    ],
    [
      `${prefix}  waiting for DuckDB / redrawing (medians a change)`,
      `${ms(waited)} / ${ms(redrawn)}; ${fromCache} changes answered by the cache; ${run.queryMs.length} queries, median ${run.queryMs.length ? ms(median(run.queryMs)) : '–'} each`,
      checks.every(([, ok]) => ok) ? '' : `cause of the miss: ${cause}`,
    ],
  ];
}

// ---- the run -------------------------------------------------------------------------------

async function main() {
  console.log('building…');
  const build = spawnSync('node_modules/.bin/vite', ['build', '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
  const generated = generateRows();

  let server = await startServer();
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  let report: [string, string, string][];
  try {
    const staticPath = await writeStaticCopy(browser, '/', 'bench-static.html');
    const staticCountry = await writeStaticCopy(
      browser,
      countryPreset,
      'bench-static-country.html',
    );
    server.close();
    server.closeAllConnections();
    server = await startServer();
    // Interleaved, so that a noisy moment of the machine falls on every variant alike.
    const ours: PageRun[] = [];
    const limit: PageRun[] = [];
    const duckdbFirst: PageRun[] = [];
    const withoutSnapshot = waitingForDuckDB();
    const country: PageRun[] = [];
    const countryLimit: PageRun[] = [];
    for (let i = 0; i < runs; i++) {
      ours.push(...(await loadRuns(browser, '/', 1, { waitFor: 'dataset' })));
      limit.push(...(await loadRuns(browser, staticPath, 1)));
      duckdbFirst.push(...(await loadRuns(browser, '/', 1, { setup: withoutSnapshot })));
      country.push(...(await loadRuns(browser, countryPreset, 1)));
      countryLimit.push(...(await loadRuns(browser, staticCountry, 1)));
    }
    // One run each: a slow link takes tens of seconds per load.
    const [slowCountry] = await loadRuns(browser, countryPreset, 1, {
      setup: throttled(1.6, 150),
      waitFor: 'dataset',
    });
    const [tenMbit] = await loadRuns(browser, '/', 1, {
      setup: throttled(10, 40),
      waitFor: 'dataset',
    });
    const filters = await filterTimes(browser);
    const scaleSetup = serveGeneratedEstimates(generated);
    const scale = await scaleLoads(browser, Math.min(runs, 3), scaleSetup);
    const scaleFilters = await filterTimes(browser, scaleSetup);
    const embed = await embedTransfer(browser, '/embed.html');
    const firstViewScripts = [
      ...new Set([
        ...ours.flatMap((r) => r.scriptsBeforeChart),
        ...entryScripts(readFileSync(join(dist, 'index.html'), 'utf8')),
      ]),
    ];
    const sqlConsole = await consoleChunks(browser, firstViewScripts);

    const start = performance.now();
    const validation = await checkPackageDir(generated);
    const validatorMs = performance.now() - start;

    const first = median(ours.map((r) => r.firstMark));
    const firstCountry = median(country.map((r) => r.firstMark));
    const firstCountryLimit = median(countryLimit.map((r) => r.firstMark));
    const firstLimit = median(limit.map((r) => r.firstMark));
    const firstDuck = median(duckdbFirst.map((r) => r.firstMark));
    const scripts = [...new Set(ours.flatMap((r) => r.scriptsBeforeChart))].filter(
      (path) => !/worker/.test(path),
    );
    const jsBeforeChart = scripts.reduce((sum, path) => sum + gzipSize(join(dist, path)), 0);
    const markParsed = ours.filter((r) => r.markParsed).length;
    const hydrateScripts = entryScripts(readFileSync(join(dist, 'index.html'), 'utf8'));
    const jsToHydrate = hydrateScripts.reduce((sum, path) => sum + gzipSize(join(dist, path)), 0);
    const files = distFiles().filter((file) => !/\.(br|gz)$/.test(file));
    const largest = files.reduce((a, b) => (statSync(a).size >= statSync(b).size ? a : b));
    const wasm = files.filter((file) => file.endsWith('.wasm'));
    const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');

    report = [
      ['first chart visible, our page (median)', ms(first), ''],
      ['first chart visible, static page with the same SVG (the limit)', ms(firstLimit), ''],
      ['first chart visible, waiting for DuckDB first (the usual approach)', ms(firstDuck), ''],
      [
        'ours ÷ limit',
        `${(first / firstLimit).toFixed(2)}×`,
        `target ≤ 1.5×: ${verdict(first / firstLimit <= 1.5)}`,
      ],
      [
        'usual ÷ ours',
        `${(firstDuck / first).toFixed(2)}×`,
        `target ≥ 3×: ${verdict(firstDuck / first >= 3)}`,
      ],
      [`Country preset ${countryPreset}, first figure (median)`, ms(firstCountry), ''],
      ['Country preset, static page with the same SVG (the limit)', ms(firstCountryLimit), ''],
      [
        'Country preset ÷ its limit',
        `${(firstCountry / firstCountryLimit).toFixed(2)}×`,
        `target ≤ 2×: ${verdict(firstCountry / firstCountryLimit <= 2)}`,
      ],
      [
        'Country preset at 1.6 Mbit/s (150 ms): figure drawn',
        `${seconds(slowCountry!.firstMark)}, engine ready at ${seconds(slowCountry!.datasetReady)}`,
        `target before the engine: ${verdict(slowCountry!.firstMark < slowCountry!.datasetReady)}`,
      ],
      [
        'engine ready at 10 Mbit/s (40 ms), npm start server',
        `${seconds(tenMbit!.datasetReady)} (downloads done at ${seconds(tenMbit!.downloaded)})`,
        `target ≤ 10 s: ${verdict(tenMbit!.datasetReady <= 10_000)}`,
      ],
      [
        'JS downloaded before the first chart was in the DOM (gzip)',
        `${kb(jsBeforeChart)} in ${scripts.length} files`,
        `target ≤ 70 KB: ${verdict(jsBeforeChart <= 70 * 1024)}`,
      ],
      [
        'first chart came with the HTML, before any script ran',
        `in ${markParsed} of ${ours.length} runs`,
        '',
      ],
      [
        'JS the page loads to hydrate (entry + modulepreloads, gzip)',
        `${kb(jsToHydrate)} in ${hydrateScripts.length} files`,
        '',
      ],
      [
        'SQL console: JS fetched on opening it from the Overview (gzip)',
        `${kb(sqlConsole.gzip)}: ${sqlConsole.files.map((path) => `${path.split('/').pop()} ${kb(gzipSize(join(dist, path)))}`).join(', ')}`,
        '',
      ],
      [
        'SQL console: its files in the first view’s JS',
        sqlConsole.inFirstView.length === 0 ? 'none' : sqlConsole.inFirstView.join(', '),
        `target none: ${verdict(sqlConsole.inFirstView.length === 0)}`,
      ],
      [
        'embed, total transfer (gzip)',
        `${kb(embed.gzip)} in ${embed.requests} requests`,
        `target ≤ 60 KB: ${verdict(embed.gzip <= 60 * 1024)}`,
      ],
      [
        'embed, wasm and worker requests',
        `${embed.wasm} wasm, ${embed.workers} worker`,
        `target 0: ${verdict(embed.wasm === 0 && embed.workers === 0)}`,
      ],
      ['DuckDB ready with the data (median)', ms(median(ours.map((r) => r.datasetReady))), ''],
      ...filterRows('', filters, { median: 30, p95: 80 }),
      ...scaleLoadRows(scale, statSync(join(generated, 'estimates.csv')).size),
      ...filterRows(`${scaleRows} rows: `, scaleFilters, { p95: 150 }),
      [
        `${scaleRows} rows: longest main-thread task, over load and ${filterChanges} changes`,
        `${ms(Math.max(scaleFilters.longestTask, ...scale.map((r) => r.longestTask)))} (loads alone: ${ms(Math.max(...scale.map((r) => r.longestTask)))})`,
        `target ≤ 200 ms: ${verdict(Math.max(scaleFilters.longestTask, ...scale.map((r) => r.longestTask)) <= 200)}`,
      ],
      [
        `validator on ${scaleRows} generated rows`,
        `${ms(validatorMs)} (${validation.problems.length} problems)`,
        '',
      ],
      ...wasm.map((path): [string, string, string] => [
        `wasm ${path}`,
        `${mb(statSync(path).size)} raw, ${mb(statSync(`${path}.br`).size)} br, ${mb(statSync(`${path}.gz`).size)} gzip`,
        '',
      ]),
      [
        'dist (without .br/.gz copies)',
        `${mb(files.reduce((sum, file) => sum + statSync(file).size, 0))} in ${files.length} files; largest ${largest} (${mb(statSync(largest).size)})`,
        '',
      ],
    ];
  } finally {
    await browser.close();
    server.close();
    server.closeAllConnections();
  }
  console.log(`\n${runs} runs of each page on this machine, medians unless said otherwise:\n`);
  const width = Math.max(...report.map(([name]) => name.length));
  const valueWidth = Math.max(...report.map(([, value]) => value.length));
  for (const [name, value, target] of report) {
    console.log(`${name.padEnd(width)}  ${value.padEnd(valueWidth)}  ${target}`.trimEnd());
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
