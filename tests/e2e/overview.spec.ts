import { expect, test, type Page } from '@playwright/test';

const rangeId = 'seed-usdos-2022-20k-80k-abroad';
const lfnkrUrl =
  'https://www.northkoreanrefugees.com/north-korean-refugees-in-russian-detention-center/';

/** Records every request and every console error of a page from its first navigation. */
function watch(page: Page) {
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { requests, errors };
}

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
  await expect(card.getByRole('link')).toHaveAttribute('href', lfnkrUrl);

  const tableRow = chart.locator(`details table tr[data-id="${rangeId}"]`);
  await expect(tableRow).toHaveCount(1);
  await expect(tableRow).toContainText('20,000–80,000');
  // The table sits in a closed <details>: in the DOM for assistive technology and search, not drawn.
  await expect(tableRow.locator('a')).toHaveAttribute('href', lfnkrUrl);

  await expect(chart.locator('.source-line')).toContainText('Life Funds for North Korean Refugees');

  // The query engine really ran in the page: its wasm came from this origin.
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
  await expect(chart.locator('.card a')).toHaveAttribute('href', /^https?:\/\//);
  expect(seen.errors).toEqual([]);
});
