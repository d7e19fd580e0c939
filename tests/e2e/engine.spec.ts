// The query engine's start on real networks: bytes shown while DuckDB-WASM downloads, a readable
// failure with Retry, and Retry that works.
import { expect, test, type Page } from '@playwright/test';
import { watch } from './watch';

/** A permalink no snapshot answers: the Country view with primary figures only waits for DuckDB. */
const needsEngine = '/?view=country&country=RUS&primary=yes';
const figure = 'main figure[id]';
const status = '.engine-status';

/** Chromium's own network throttling (DevTools), for every request of the page. */
async function throttle(page: Page, megabitsPerSecond: number) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 40,
    downloadThroughput: (megabitsPerSecond * 1_000_000) / 8,
    uploadThroughput: (megabitsPerSecond * 1_000_000) / 8,
  });
}

/** The megabytes the engine's status says it has loaded. */
async function loadedMegabytes(page: Page): Promise<number> {
  const text = await page.locator(`${status} label`).innerText();
  return Number(/: (\d+\.\d) (?:of \d+\.\d )?MB/.exec(text)?.[1] ?? NaN);
}

test('on a slow link the engine shows the bytes it has loaded, then the chart', async ({
  page,
}) => {
  const seen = watch(page);
  await throttle(page, 40);
  await page.goto(needsEngine);
  const bar = page.locator(`${status} progress`);
  await expect(bar).toBeVisible();
  const label = page.locator(`${status} label`);
  await expect(label).toHaveText(/^Loading the query engine: \d+\.\d (of \d+\.\d )?MB$/);
  // A compressed response's length counts compressed bytes: then the bar does not claim a total.
  const max = await bar.getAttribute('max');
  if (/ of /.test(await label.innerText())) expect(Number(max)).toBeGreaterThan(30_000_000);
  else expect(max).toBeNull();
  const first = await loadedMegabytes(page);
  await expect.poll(() => loadedMegabytes(page), { timeout: 60_000 }).toBeGreaterThan(first);
  // The chart waiting for the engine says what for, with the bytes in its own words.
  await expect(page.locator(`${figure} .status.loading`).first()).toContainText(
    /Starting the query engine… (\d+\.\d of \d+\.\d MB loaded\.)?/,
  );
  await expect(page.locator(`${figure} [data-id]`).first()).toBeVisible({ timeout: 90_000 });
  await expect(page.locator(status)).toHaveCount(0);
  expect(seen.errors).toEqual([]);
});

test('a wasm that cannot be downloaded shows a readable message and Retry, and Retry starts the engine', async ({
  page,
}) => {
  const seen = watch(page);
  await page.route(/\.wasm$/, (route) => route.abort('connectionreset'));
  await page.goto(needsEngine);
  const alert = page.locator(`${status}.failed[role="alert"]`);
  await expect(alert).toContainText('The download of the query engine failed', {
    timeout: 60_000,
  });
  // The reader gets words; the file's name and the failure's details are in the console.
  await expect(alert).not.toContainText('.wasm');
  expect(seen.errors.join('\n')).toMatch(/duckdb-eh[^\s]*\.wasm/);
  await expect(page.locator(`${figure} .status.error`).first()).toContainText(
    'The download of the query engine failed',
  );
  await expect(page.locator(`${figure} [data-id]`)).toHaveCount(0);

  await page.unroute(/\.wasm$/);
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.locator(`${figure} [data-id]`).first()).toBeVisible({ timeout: 90_000 });
  await expect(page.locator(status)).toHaveCount(0);
  await expect(page.locator(`${figure} .status.error`)).toHaveCount(0);
});
