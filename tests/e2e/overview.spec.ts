import { expect, test } from '@playwright/test';
import { estimates, formatCount, onWorldwideChart, sourceOf, type Estimate } from './data';
import { watch } from './watch';
import { fulfillWithBody } from './route';

// The widest single-year worldwide range from data/ that a publication reported at second hand.
const rangeRow = estimates
  .filter((row) => onWorldwideChart(row) && row.low !== null && row.high !== null)
  .filter(
    (row) =>
      row.primary === 'no' && (row.ref_year_end ?? row.ref_year_start) === row.ref_year_start,
  )
  .reduce<Estimate | undefined>(
    (widest, row) => (!widest || row.high! - row.low! > widest.high! - widest.low! ? row : widest),
    undefined,
  );
if (!rangeRow) throw new Error('data/estimates.csv holds no worldwide range: the tests need one');
const rangeId = rangeRow.id;
const [low, high] = [rangeRow.low!, rangeRow.high!];
const figureText = `${formatCount(low)}–${formatCount(high)}`;
const year = rangeRow.ref_year_start!;
const source = sourceOf(rangeRow);

test('the worldwide chart draws a range from DuckDB-WASM, cited to its source', async ({
  page,
  baseURL,
}) => {
  const seen = watch(page);
  await page.goto('/');

  const chart = page.locator('#worldwide');
  await expect(chart.getByRole('heading', { level: 2 })).toContainText('worldwide');
  const range = chart.locator(`g.mark[data-id="${rangeId}"]`);
  await expect(range).toBeVisible({ timeout: 30_000 });
  await expect(range).toHaveAttribute('aria-label', new RegExp(figureText));
  // A range is drawn as a bar from low to high: its two ends are far apart vertically.
  const box = await range.boundingBox();
  expect(box?.height ?? 0).toBeGreaterThan(40);

  await range.focus();
  const card = chart.locator('.card');
  await expect(card).toBeVisible();
  await expect(card).toContainText(figureText);
  await expect(card).toContainText(String(year));
  await expect(card).toContainText(source.publisher);
  await expect(card).toContainText('secondary');
  await expect(card.locator('.source a')).toHaveAttribute('href', source.url);
  // …and a way to compare it with every other figure for its place and year.
  await expect(
    card.getByRole('link', { name: new RegExp(`Compare every figure for Worldwide, ${year}`) }),
  ).toHaveAttribute('href', `/?view=compare&from=${year}&to=${year}`);

  const tableRow = chart.locator(`details table tr[data-id="${rangeId}"]`);
  await expect(tableRow).toHaveCount(1);
  await expect(tableRow).toContainText(figureText);
  // The table sits in a closed <details>: in the DOM for assistive technology and search, not drawn.
  await expect(tableRow.locator('a')).toHaveAttribute('href', source.url);

  // The source line names its publisher, once asked for all of them.
  const line = chart.locator('.source-line');
  const more = line.getByRole('button', { name: /^and \d+ more$/ });
  if ((await more.count()) > 0) await more.click();
  await expect(line).toContainText(source.publisher);

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
  // Two ticks of the axis, whichever it has, give its scale.
  const ticks = (await chart.locator('.axis.y text').allTextContents())
    .map((label) => label.trim())
    .filter((label) => /^[\d,]+$/.test(label));
  expect(ticks.length).toBeGreaterThanOrEqual(2);
  const [first, last] = [ticks[0]!, ticks.at(-1)!];
  const [v0, v1] = [Number(first.replaceAll(',', '')), Number(last.replaceAll(',', ''))];
  const [t0, t1] = [await tickY(first), await tickY(last)];
  const yOf = (value: number) => t0 + ((t1 - t0) * (value - v0)) / (v1 - v0);
  const [y1, y2] = [Number(await bar.getAttribute('y1')), Number(await bar.getAttribute('y2'))];
  expect(Math.abs(y1 - yOf(low))).toBeLessThan(0.5);
  expect(Math.abs(y2 - yOf(high))).toBeLessThan(0.5);
});

test('rows that fail validation never reach a chart, and the page says how many and why', async ({
  page,
}) => {
  const seen = watch(page);
  // Serve data/estimates.csv with the range's row broken (low above high).
  const tooLow = high + 10_000;
  await page.route(/estimates-[\w-]+\.csv$/, async (route) => {
    const response = await route.fetch();
    const text = await response.text();
    const broken = text.replace(
      new RegExp(`(^|\n)(${rangeId},[^\n]*?),${low},${high},`),
      `$1$2,${tooLow},${high},`,
    );
    expect(broken).not.toBe(text);
    await fulfillWithBody(route, response, broken);
  });
  await page.goto('/');
  const notice = page.locator('.notice');
  await expect(notice).toContainText('1 data row failed validation', { timeout: 30_000 });
  await notice.locator('summary').click();
  await expect(notice).toContainText('estimates.csv:');
  await expect(notice).toContainText(`low (${tooLow}) is greater than high (${high})`);
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
