// Measures the built dashboard as readers get it: builds, serves dist/ locally, drives Chromium
// several times and prints medians. Figures are printed, never asserted: machines are noisy.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../tests/e2e/chromium.js';
import { checkPackageDir } from './check-data';

const runs = Number(process.env.BENCH_RUNS ?? 5);
const port = 4398;
const origin = `http://127.0.0.1:${port}`;
const dist = 'dist';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
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
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error('vite preview did not start within 30 s')),
      30_000,
    );
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

interface PageRun {
  firstChart: number;
  datasetReady: number;
  scriptsBeforeChart: string[];
}

const readTimings = `(() => {
  const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
  const firstChart = at('chart-ready:worldwide');
  const scriptsBeforeChart = performance
    .getEntriesByType('resource')
    .filter((entry) => entry.name.endsWith('.js') && entry.responseEnd <= firstChart)
    .map((entry) => new URL(entry.name).pathname);
  return { firstChart, datasetReady: at('dataset-ready'), scriptsBeforeChart };
})()`;

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
  return times;
})()`;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function measureFilterChanges(count = 50): Promise<number[]> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const page = await browser.newPage();
    await page.goto(origin + '/');
    await page.waitForFunction("performance.getEntriesByName('chart-ready:worldwide').length > 0");
    return await page.evaluate<number[]>(timeFilterChanges(count));
  } finally {
    await browser.close();
  }
}

async function measurePage(): Promise<PageRun[]> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const results: PageRun[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext(); // a fresh cache each run
      const page = await context.newPage();
      await page.goto(origin + '/');
      await page.waitForFunction(
        () => performance.getEntriesByName('chart-ready:worldwide').length > 0,
        null,
        {
          timeout: 60_000,
        },
      );
      // A string, not a function: tsx's name helpers do not exist in the page.
      results.push(await page.evaluate<PageRun>(readTimings));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return results;
}

async function validatorTiming(): Promise<{ rows: number; ms: number; problems: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'nkwa-bench-'));
  const rows = 200_000;
  const generated = spawnSync(
    'node_modules/.bin/tsx',
    ['src/cli/generate-rows.ts', dir, String(rows)],
    { stdio: 'inherit' },
  );
  if (generated.status !== 0) throw new Error('generating rows failed');
  const start = performance.now();
  const { problems } = await checkPackageDir(dir);
  return { rows, ms: performance.now() - start, problems: problems.length };
}

async function main() {
  console.log('building…');
  const build = spawnSync('node_modules/.bin/vite', ['build', '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);

  const files = distFiles();
  const wasm = files.filter((f) => f.endsWith('.wasm'));
  const server = await startServer();
  let page: PageRun[];
  let filterChanges: number[];
  try {
    page = await measurePage();
    filterChanges = await measureFilterChanges();
  } finally {
    server.kill();
  }
  const scripts = [...new Set(page.flatMap((run) => run.scriptsBeforeChart))];
  const workerScripts = scripts.filter((path) => path.includes('worker'));
  const mainScripts = scripts.filter((path) => !path.includes('worker'));
  const gz = (paths: string[]) => paths.reduce((sum, path) => sum + gzipSize(join(dist, path)), 0);
  const validator = await validatorTiming();

  const lines: [string, string][] = [
    ['runs', String(runs)],
    [
      'first chart visible (median, ms from navigation)',
      median(page.map((r) => r.firstChart)).toFixed(0),
    ],
    [
      'DuckDB ready with data (median, ms from navigation)',
      median(page.map((r) => r.datasetReady)).toFixed(0),
    ],
    [
      `filter change → redrawn chart (${filterChanges.length} changes)`,
      `median ${median(filterChanges).toFixed(1)} ms, p95 ${percentile(filterChanges, 95).toFixed(1)} ms`,
    ],
    [
      'main-thread JS before first chart (gzip)',
      `${kb(gz(mainScripts))} in ${mainScripts.length} files`,
    ],
    [
      'worker JS before first chart (gzip)',
      `${kb(gz(workerScripts))} in ${workerScripts.length} files`,
    ],
    ...wasm.map((path): [string, string] => [
      `wasm ${path}`,
      `${mb(statSync(path).size)} raw, ${mb(gzipSize(path))} gzip`,
    ]),
    [
      'validator on generated rows',
      `${validator.rows} rows in ${validator.ms.toFixed(0)} ms (${validator.problems} problems)`,
    ],
  ];
  const width = Math.max(...lines.map(([name]) => name.length));
  for (const [name, value] of lines) console.log(`${name.padEnd(width)}  ${value}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
