import { expect, test } from '@playwright/test';
import { watch } from './watch';

const rangeId = 'seed-usdos-2022-20k-80k-abroad';
const lfnkrUrl =
  'https://www.northkoreanrefugees.com/north-korean-refugees-in-russian-detention-center/';

test('the worldwide chart draws the 20,000–80,000 range from DuckDB-WASM, cited to the LFNKR page', async ({
  page,
  baseURL,
}) => {
  const seen = watch(page);
  await page.goto('/');

  const chart = page.locator('#worldwide');
  await expect(chart.getByRole('heading', { level: 2 })).toContainText('worldwide');
  const range = chart.locator(`g.mark[data-id="${rangeId}"]`);
  await expect(range).toBeVisible({ timeout: 30_000 });
  await expect(range).toHaveAttribute('aria-label', /20,000–80,000/);
  // A range is drawn as a bar from low to high: its two ends are far apart vertically.
  const box = await range.boundingBox();
  expect(box?.height ?? 0).toBeGreaterThan(40);

  await range.focus();
  const card = chart.locator('.card');
  await expect(card).toBeVisible();
  await expect(card).toContainText('20,000–80,000');
  await expect(card).toContainText('2022');
  await expect(card).toContainText('Life Funds for North Korean Refugees');
  await expect(card).toContainText('secondary');
  await expect(card.locator('.source a')).toHaveAttribute('href', lfnkrUrl);
  // …and a way to compare it with every other figure for its place and year.
  await expect(
    card.getByRole('link', { name: /Compare every figure for Worldwide, 2022/ }),
  ).toHaveAttribute('href', '/?view=compare&from=2022&to=2022');

  const tableRow = chart.locator(`details table tr[data-id="${rangeId}"]`);
  await expect(tableRow).toHaveCount(1);
  await expect(tableRow).toContainText('20,000–80,000');
  // The table sits in a closed <details>: in the DOM for assistive technology and search, not drawn.
  await expect(tableRow.locator('a')).toHaveAttribute('href', lfnkrUrl);

  await expect(chart.locator('.source-line')).toContainText('Life Funds for North Korean Refugees');

  // The query engine really ran in the page (the snapshot drew the first view before it had loaded):
  // its wasm came from this origin.
  await page.waitForFunction(() => performance.getEntriesByName('dataset-ready').length > 0);
  expect(seen.requests.some((url) => url.endsWith('.wasm'))).toBe(true);
  const origin = new URL(baseURL!).origin;
  const foreign = seen.requests.filter(
    (url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'),
  );
  expect(foreign).toEqual([]);
  expect(seen.errors).toEqual([]);
});

test('the host-country chart has a row per country with its number of sources, Russia and China among them', async ({
  page,
}) => {
  const seen = watch(page);
  await page.goto('/');
  const chart = page.locator('#by-country');
  for (const code of ['RUS', 'CHN']) {
    const row = chart.locator(`g.row[data-country="${code}"]`);
    await expect(row).toBeVisible({ timeout: 30_000 });
    await expect(row).toContainText(/\d+ sources?/);
  }
  const marks = chart.locator('g.mark');
  expect(await marks.count()).toBeGreaterThan(20);
  await marks.first().focus();
  await expect(chart.locator('.card .source a')).toHaveAttribute('href', /^https?:\/\//);
  expect(seen.errors).toEqual([]);
});

test('a range is drawn from its low to its high on the value axis', async ({ page }) => {
  await page.goto('/');
  const chart = page.locator('#worldwide');
  await expect(chart.locator(`g.mark[data-id="${rangeId}"]`)).toBeVisible({ timeout: 30_000 });
  const bar = chart.locator(`g.mark[data-id="${rangeId}"] line.bar`);
  const tickY = async (label: string) =>
    Number(
      await chart.locator('.axis.y text', { hasText: new RegExp(`^${label}$`) }).getAttribute('y'),
    );
  const [zero, fifty] = [await tickY('0'), await tickY('50,000')];
  const yOf = (value: number) => zero + ((fifty - zero) * value) / 50_000;
  const [y1, y2] = [Number(await bar.getAttribute('y1')), Number(await bar.getAttribute('y2'))];
  expect(Math.abs(y1 - yOf(20_000))).toBeLessThan(0.5);
  expect(Math.abs(y2 - yOf(80_000))).toBeLessThan(0.5);
});

test('rows that fail validation never reach a chart, and the page says how many and why', async ({
  page,
}) => {
  const seen = watch(page);
  // Serve data/estimates.csv with the 20,000–80,000 row broken (low above high).
  await page.route(/estimates-[\w-]+\.csv$/, async (route) => {
    const response = await route.fetch();
    const text = await response.text();
    const broken = text.replace(
      /(seed-usdos-2022-20k-80k-abroad,[^\n]*?),20000,80000,/,
      '$1,90000,80000,',
    );
    expect(broken).not.toBe(text);
    await route.fulfill({ response, body: broken });
  });
  await page.goto('/');
  const notice = page.locator('.notice');
  await expect(notice).toContainText('1 data row failed validation', { timeout: 30_000 });
  await notice.locator('summary').click();
  await expect(notice).toContainText('estimates.csv:');
  await expect(notice).toContainText('low (90000) is greater than high (80000)');
  await expect(page.locator('#worldwide g.mark').first()).toBeVisible();
  await expect(page.locator(`#worldwide g.mark[data-id="${rangeId}"]`)).toHaveCount(0);
  expect(seen.errors).toEqual([]);
});

test('a data file that cannot be loaded shows an error in place of the charts', async ({
  page,
}) => {
  await page.route(/sources-[\w-]+\.csv$/, (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto('/');
  await expect(page.locator('.notice')).toContainText('failed validation', { timeout: 30_000 });
  // No source can be read, so no figure can be cited: every chart says so instead of drawing.
  await expect(page.locator('#worldwide .status')).toContainText(
    'The data could not be loaded: sources.csv:0:-: cannot read file: HTTP 404 for',
  );
  await expect(page.locator('#by-country .status')).toContainText('sources.csv');
  await expect(page.locator('#worldwide g.mark')).toHaveCount(0);
});
