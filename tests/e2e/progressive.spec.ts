import { expect, test as base, type Page } from '@playwright/test';
import { formatCount, onWorldwideChart, pick } from './data';
import { watch } from './watch';
import { fulfillWithBody } from './route';

const rangeRow = pick('worldwide range', (row) => {
  return onWorldwideChart(row) && row.low !== null && row.high !== null;
});
const rangeId = rangeRow.id;
const mediaId = pick('media figure on the worldwide chart', (row) => {
  return onWorldwideChart(row) && row.estimator_type === 'media';
}).id;

/**
 * Holds DuckDB's .wasm response until `release` is called, so a test can look at the page while the
 * query engine is still loading. `finished` tells whether the wasm response has been delivered.
 */
async function holdWasm(page: Page) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const state = { requested: false, finished: false };
  await page.route(/\.wasm$/, async (route) => {
    state.requested = true;
    await released;
    await route.continue();
  });
  page.on('requestfinished', (request) => {
    if (request.url().endsWith('.wasm')) state.finished = true;
  });
  return { state, release };
}

/** A test whose page holds back DuckDB's wasm until it calls `wasm.release()` (or the test ends). */
const test = base.extend<{ wasm: Awaited<ReturnType<typeof holdWasm>> }>({
  wasm: async ({ page }, use) => {
    const held = await holdWasm(page);
    await use(held);
    held.release();
  },
});

/** What a chart frame says in place of, or above, its marks. */
const chartStatus = '.status.loading, .status.updating, .status.error, .status.empty';

const marked = (page: Page, name: string) =>
  page.evaluate((mark) => performance.getEntriesByName(mark).length > 0, name);

/** Counts, from the page's first byte on, the chart marks taken out of the page (window.removedMarks). */
async function countRemovedMarks(page: Page) {
  await page.addInitScript(() => {
    const removed = { count: 0 };
    (window as unknown as { removedMarks: typeof removed }).removedMarks = removed;
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.removedNodes) {
          if (node instanceof Element && (node.matches('g.mark') || node.querySelector('g.mark')))
            removed.count += 1;
        }
      }
    }).observe(document, { childList: true, subtree: true });
  });
  return () =>
    page.evaluate(
      () => (window as unknown as { removedMarks: { count: number } }).removedMarks.count,
    );
}

test('the first view is in the page, hydrated, then DuckDB takes over without redrawing a chart', async ({
  page,
  wasm,
}) => {
  const seen = watch(page);
  const removedMarks = await countRemovedMarks(page);
  await page.goto('/');
  // The build drew the page: the marks are there before any script ran.
  await expect(page.locator('#app[data-prerendered] #worldwide g.mark').first()).toBeAttached();
  const chart = page.locator('#worldwide');
  const range = chart.locator(`g.mark[data-id="${rangeId}"]`);
  await expect(range).toBeVisible();
  await expect(range).toHaveAttribute(
    'aria-label',
    new RegExp(`${formatCount(rangeRow.low!)}–${formatCount(rangeRow.high!)}`),
  );
  await expect(chart.locator('.source-line')).toContainText(/Sources \(\d+ publications?\): \S/);
  await expect(page.locator('#by-country g.row').first()).toBeVisible();
  // The engine starts by itself once the snapshot is drawn, and its wasm is still held.
  await expect.poll(() => wasm.state.requested).toBe(true);
  expect(wasm.state.finished).toBe(false);
  expect(await marked(page, 'snapshot-ready')).toBe(true);
  expect(await marked(page, 'chart-ready:worldwide')).toBe(true);
  expect(await marked(page, 'dataset-ready')).toBe(false);

  // Hydration kept the build's marks; the takeover must not blank them either.
  expect(await removedMarks()).toBe(0);
  wasm.release();
  await page.waitForFunction(() => performance.getEntriesByName('dataset-ready').length > 0);
  expect(wasm.state.finished).toBe(true);
  // The engine reruns every chart's query as it takes over. DuckDB's worker answers in the order it
  // is asked, so once a download asked for after that has arrived, every chart has its new answer.
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    chart.getByRole('button', { name: 'CSV', exact: true }).click(),
  ]);
  expect(file.suggestedFilename()).toMatch(/\.csv$/);
  expect(await removedMarks()).toBe(0);

  // DuckDB answers a filter the snapshot does not hold.
  const marks = chart.locator('g.mark');
  const before = await marks.count();
  await page.locator('summary', { hasText: 'Filters' }).click();
  await page.getByRole('checkbox', { name: 'Media' }).uncheck();
  await expect(chart.locator(`g.mark[data-id="${mediaId}"]`)).toHaveCount(0, { timeout: 30_000 });
  expect(await marks.count()).toBeLessThan(before);
  await expect(chart.locator(chartStatus)).toHaveCount(0);

  // The first view's snapshot came inside the page: no snapshot file was fetched.
  expect(seen.requests.filter((url) => /\/assets\/snapshot-[0-9a-f]+\.json$/.test(url))).toEqual(
    [],
  );
  expect(seen.errors).toEqual([]);
});

test('a filter change before DuckDB is ready keeps the chart and says the engine is starting', async ({
  page,
  wasm,
}) => {
  const seen = watch(page);
  await page.goto('/');
  const chart = page.locator('#worldwide');
  const mediaMark = chart.locator(`g.mark[data-id="${mediaId}"]`);
  await expect(mediaMark).toBeVisible();

  await page.locator('summary', { hasText: 'Filters' }).click();
  await page.getByRole('checkbox', { name: 'Media' }).uncheck();
  const status = chart.locator('.status.updating');
  await expect(status).toBeVisible();
  await expect(status).toContainText('Starting the query engine…');
  await expect(chart).toHaveAttribute('aria-busy', 'true');
  // Not a blank chart: the previous marks stay until the engine answers.
  await expect(mediaMark).toBeVisible();
  expect(await chart.locator('g.mark').count()).toBeGreaterThan(20);

  wasm.release();
  await expect(mediaMark).toHaveCount(0, { timeout: 30_000 });
  await expect(status).toHaveCount(0);
  await expect(chart).not.toHaveAttribute('aria-busy', 'true');
  await expect(chart.locator('g.mark').first()).toBeVisible();
  expect(seen.errors).toEqual([]);
});

test('a permalink the snapshot cannot answer says the engine is starting, then draws', async ({
  page,
  wasm,
}) => {
  await page.goto('/?primary=yes');
  const chart = page.locator('#worldwide');
  await expect(chart.locator('.status.loading')).toContainText('Starting the query engine…');
  await expect(chart.locator('g.mark')).toHaveCount(0);
  wasm.release();
  await expect(chart.locator('g.mark').first()).toBeVisible({ timeout: 30_000 });
  await expect(chart.locator(chartStatus)).toHaveCount(0);
});

test('while the engine starts, the Country view’s measure menu shows no count rather than a zero', async ({
  page,
  wasm,
}) => {
  await page.goto('/?view=country&country=RUS');
  const measure = page.locator('.controls label', { hasText: 'Measure' }).locator('select');
  await expect(measure).toBeVisible({ timeout: 30_000 });
  await expect(measure.locator('option')).toHaveText(['Workers present']);
  wasm.release();
  await expect(measure.locator('option:checked')).toHaveText(/^Workers present \(\d+\)$/, {
    timeout: 30_000,
  });
  await expect(measure.locator('option', { hasText: '(0)' })).toHaveCount(0);
});

test('the snapshot carries the validation problems, so the notice shows before DuckDB', async ({
  page,
  wasm,
}) => {
  // A build from data with one bad row: the snapshot in its page says so.
  await page.route(/\/$/, async (route) => {
    const response = await route.fetch();
    const html = await response.text();
    const problem = {
      file: 'estimates.csv',
      line: 7,
      column: 'low',
      message: 'low (90000) is greater than high (80000)',
    };
    const changed = html.replace('"problems":[]', () => `"problems":[${JSON.stringify(problem)}]`);
    expect(changed).not.toBe(html);
    await fulfillWithBody(route, response, changed);
  });
  await page.goto('/');
  const notice = page.locator('.notice');
  await expect(notice).toContainText('1 data row failed validation');
  await notice.locator('summary').click();
  await expect(notice).toContainText('estimates.csv:7:low: low (90000) is greater than high');
  expect(wasm.state.finished).toBe(false);
});

for (const [view, url, id] of [
  ['country over time', '/?view=country&country=RUS', 'country-over-time'],
  ['comparison', '/?view=compare&country=RUS', 'compare'],
  ['map', '/?view=map', 'map'],
] as const) {
  test(`a direct load of a preset ${view} draws its figure from the view's snapshot while the wasm is held`, async ({
    page,
    wasm,
  }) => {
    const seen = watch(page);
    await page.goto(url);
    const figure = page.locator(`figure#${id}`);
    await expect(figure.locator('[data-id], [data-country]').first()).toBeVisible();
    await expect(figure.locator('.source-line')).toContainText(/Sources \(\d+ publications?\): \S/);
    await expect(figure.locator(chartStatus)).toHaveCount(0);
    expect(wasm.state.finished).toBe(false);
    expect(await marked(page, 'dataset-ready')).toBe(false);
    // Its own snapshot, one small file, and not the other views'.
    const files = seen.requests.filter((request) =>
      /\/assets\/snapshot-[0-9a-f]+\.json$/.test(request),
    );
    expect(files).toHaveLength(1);
    expect(seen.errors).toEqual([]);
  });
}

test('on a wide screen the prerendered charts already have the width the page measures: no second layout', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.addInitScript(() => {
    const widths: string[] = [];
    (window as unknown as { chartWidths: string[] }).chartWidths = widths;
    const tick = () => {
      const width = document.querySelector('#worldwide svg[role="group"]')?.getAttribute('width');
      if (width && widths.at(-1) !== width) widths.push(width);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await page.goto('/');
  await page.waitForFunction(
    () => performance.getEntriesByName('chart-ready:worldwide').length > 0,
  );
  const column = await page.locator('#worldwide .chart').evaluate((chart) => chart.clientWidth);
  const widths = await page.evaluate(
    () => (window as unknown as { chartWidths: string[] }).chartWidths,
  );
  expect(widths).toEqual([String(column)]);
});
