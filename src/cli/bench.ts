// The benchmark: builds, serves dist/ locally, drives Chromium several times and prints medians and
// ratios measured in the same run, each beside its target. Figures are printed, never asserted.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../tests/e2e/chromium.js';
import { checkPackageDir } from './check-data';

const runs = Number(process.env.BENCH_RUNS ?? 5);
const filterChanges = 50;
const scaleRows = 200_000;
const port = 4398;
const origin = `http://127.0.0.1:${port}`;
const dist = 'dist';

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
const gzipSize = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

function distFiles(dir = dist): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? distFiles(path) : [path];
  });
}

async function startServer(): Promise<ChildProcess> {
  const server = spawn(
    'node_modules/.bin/vite',
    ['preview', '--strictPort', '--port', String(port), '--host', '127.0.0.1'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('vite preview did not start in 30 s')), 30_000);
    server.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes(String(port))) {
        clearTimeout(timer);
        resolve();
      }
    });
    server.on('exit', (code) => reject(new Error(`vite preview exited with ${code}`)));
  });
  return server;
}

// ---- what the pages report ------------------------------------------------------------------

// Installed before any page script (a string: tsx's helpers do not exist in the page). Records when the
// first chart mark enters the DOM, by parsing or by script alike, and the longest main-thread task.
const recorder = `(() => {
  window.__bench = { firstMark: NaN, longestTask: 0 };
  new MutationObserver((_, observer) => {
    if (document.querySelector('figure g.mark')) {
      window.__bench.firstMark = performance.now();
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
    datasetReady: at('dataset-ready'),
    longestTask: window.__bench.longestTask,
    scriptsBeforeChart,
  };
})()`;

interface PageRun {
  firstMark: number;
  datasetReady: number;
  longestTask: number;
  scriptsBeforeChart: string[];
}

// Toggles the Media estimator filter `count` times and times each change, from the click to the
// worldwide chart's marks in the DOM: the whole path through the URL state, DuckDB's worker and Svelte.
const timeFilterChanges = (count: number) => `(async () => {
  document.querySelector('details.filters').open = true;
  const media = [...document.querySelectorAll('details.filters label')]
    .find((label) => label.textContent.trim() === 'Media')
    .querySelector('input');
  const chart = document.querySelector('#worldwide');
  const markCount = () => chart.querySelectorAll('g.mark').length;
  const times = [];
  for (let i = 0; i < ${count}; i++) {
    const before = markCount();
    const start = performance.now();
    const redrawn = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (markCount() !== before) {
          observer.disconnect();
          resolve(performance.now());
        }
      });
      observer.observe(chart, { childList: true, subtree: true });
    });
    media.click();
    times.push((await redrawn) - start);
  }
  media.checked || media.click();
  return times;
})()`;

type Setup = (page: Page) => Promise<unknown>;

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
      waitFor === 'dataset'
        ? "performance.getEntriesByName('dataset-ready').length > 0 && !Number.isNaN(window.__bench.firstMark)"
        : '!Number.isNaN(window.__bench.firstMark)',
      null,
      { timeout: 120_000 },
    );
    // The charts redraw once DuckDB takes over: give that redraw time to land in the longest task.
    if (waitFor === 'dataset') await page.waitForTimeout(1500);
    results.push(await page.evaluate<PageRun>(readTimings));
    await context.close();
  }
  return results;
}

/** Filter → redraw times on a page whose DuckDB has finished loading. */
async function filterTimes(browser: Browser, setup?: Setup): Promise<number[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(recorder);
  await setup?.(page);
  await page.goto(origin + '/');
  await page.waitForFunction("performance.getEntriesByName('dataset-ready').length > 0", null, {
    timeout: 120_000,
  });
  const times = await page.evaluate<number[]>(timeFilterChanges(filterChanges));
  await context.close();
  return times;
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

/** A copy of the page as drawn, without its scripts: the same SVG inline, the limit of any app. */
async function writeStaticCopy(browser: Browser): Promise<string> {
  const page = await browser.newPage();
  await page.goto(origin + '/');
  await page.waitForSelector('#worldwide g.mark', { timeout: 120_000 });
  const html = await page.evaluate(() => {
    document
      .querySelectorAll('script, link[rel="modulepreload"], link[rel="preload"]')
      .forEach((e) => e.remove());
    return `<!doctype html>\n${document.documentElement.outerHTML}`;
  });
  await page.close();
  writeFileSync(join(dist, 'bench-static.html'), html);
  return '/bench-static.html';
}

// The usual approach: no snapshot, so the page draws only once DuckDB has loaded the data.
const withoutSnapshot: Setup = (page) =>
  page.route(/snapshot[^/]*\.json$/, (route) => route.abort());

function serveGeneratedEstimates(dir: string): Setup {
  const body = readFileSync(join(dir, 'estimates.csv'));
  return (page) =>
    page.route(/estimates-[\w-]+\.csv$/, (route) =>
      route.fulfill({ body, contentType: 'text/csv' }),
    );
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

// ---- the run -------------------------------------------------------------------------------

async function main() {
  console.log('building…');
  const build = spawnSync('node_modules/.bin/vite', ['build', '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
  const generated = generateRows();

  const server = await startServer();
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  let report: [string, string, string][];
  try {
    const staticPath = await writeStaticCopy(browser);
    // Interleaved, so that a noisy moment of the machine falls on every variant alike.
    const ours: PageRun[] = [];
    const limit: PageRun[] = [];
    const duckdbFirst: PageRun[] = [];
    for (let i = 0; i < runs; i++) {
      ours.push(...(await loadRuns(browser, '/', 1, { waitFor: 'dataset' })));
      limit.push(...(await loadRuns(browser, staticPath, 1)));
      duckdbFirst.push(...(await loadRuns(browser, '/', 1, { setup: withoutSnapshot })));
    }
    const filters = await filterTimes(browser);
    const scaleSetup = serveGeneratedEstimates(generated);
    const scale = await loadRuns(browser, '/', Math.min(runs, 3), {
      setup: scaleSetup,
      waitFor: 'dataset',
    });
    const scaleFilters = await filterTimes(browser, scaleSetup);
    const embed = await embedTransfer(browser, '/embed.html');

    const start = performance.now();
    const validation = await checkPackageDir(generated);
    const validatorMs = performance.now() - start;

    const first = median(ours.map((r) => r.firstMark));
    const firstLimit = median(limit.map((r) => r.firstMark));
    const firstDuck = median(duckdbFirst.map((r) => r.firstMark));
    const scripts = [...new Set(ours.flatMap((r) => r.scriptsBeforeChart))].filter(
      (path) => !/worker/.test(path),
    );
    const jsBeforeChart = scripts.reduce((sum, path) => sum + gzipSize(join(dist, path)), 0);
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
      [
        'JS before the first chart (gzip)',
        `${kb(jsBeforeChart)} in ${scripts.length} files`,
        `target ≤ 120 KB: ${verdict(jsBeforeChart <= 120 * 1024)}`,
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
      [
        `filter → redrawn chart (${filters.length} changes)`,
        `median ${ms(median(filters))}, p95 ${ms(percentile(filters, 95))}`,
        `targets ≤ 30 / ≤ 80 ms: ${verdict(median(filters) <= 30)} / ${verdict(percentile(filters, 95) <= 80)}`,
      ],
      [
        `${scaleRows} rows: DuckDB ready (median)`,
        ms(median(scale.map((r) => r.datasetReady))),
        '',
      ],
      [
        `${scaleRows} rows: filter → redrawn (${scaleFilters.length} changes)`,
        `median ${ms(median(scaleFilters))}, p95 ${ms(percentile(scaleFilters, 95))}`,
        `target p95 ≤ 150 ms: ${verdict(percentile(scaleFilters, 95) <= 150)}`,
      ],
      [
        `${scaleRows} rows: longest main-thread task`,
        ms(Math.max(...scale.map((r) => r.longestTask))),
        `target ≤ 200 ms: ${verdict(Math.max(...scale.map((r) => r.longestTask)) <= 200)}`,
      ],
      [
        `validator on ${scaleRows} generated rows`,
        `${ms(validatorMs)} (${validation.problems.length} problems)`,
        '',
      ],
      ...wasm.map((path): [string, string, string] => [
        `wasm ${path}`,
        `${mb(statSync(path).size)} raw, ${mb(gzipSize(path))} gzip`,
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
    server.kill();
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
