// Thousands of figures (a generated package served in place of data/estimates.csv): the by-country
// chart draws the marks near the screen's view and bins a row's figures its pixels cannot show one by
// one; its table draws a window of rows. Every figure stays reachable: by scrolling, by the keyboard,
// and through a bin's card.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';

/** Enough for the by-country chart and table to pass a thousand figures under the default filters. */
const ROWS = 40_000;
let estimatesCsv: Buffer;

test.beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'nkwa-scale-'));
  try {
    // The generator as the bench runs it: its schema import needs tsx's loader.
    const generated = spawnSync(
      'node_modules/.bin/tsx',
      ['src/cli/generate-rows.ts', dir, String(ROWS), '--seed', '1'],
      { encoding: 'utf8' },
    );
    if (generated.status !== 0) throw new Error(`generating rows failed: ${generated.stderr}`);
    estimatesCsv = readFileSync(join(dir, 'estimates.csv'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/**
 * Opens the Overview on the generated figures (or on `csv`); resolves with how many the by-country
 * chart has once it has more than `atLeast`.
 */
async function openAtScale(page: Page, csv = estimatesCsv, atLeast = 1000): Promise<number> {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.route(/estimates-[\w-]+\.csv$/, (route) =>
    route.fulfill({ body: csv, contentType: 'text/csv' }),
  );
  await page.goto('/');
  const summary = page.locator('#by-country .summary');
  await expect
    .poll(async () => Number(await summary.getAttribute('data-count')), { timeout: 90_000 })
    .toBeGreaterThan(atLeast);
  return Number(await summary.getAttribute('data-count'));
}

/** The first `rows` generated figures, all moved to one host country: one row of the chart crowded. */
function oneCountry(rows: number): string {
  const { data, meta } = Papa.parse<Record<string, string>>(estimatesCsv.toString('utf8'), {
    header: true,
    skipEmptyLines: true,
  });
  const moved = data.slice(0, rows).map((row) => ({ ...row, country: 'RUS' }));
  return Papa.unparse(moved, { columns: meta.fields });
}

test('a table of thousands of figures draws a window of rows; scrolling reaches the last', async ({
  page,
}) => {
  const count = await openAtScale(page);
  const figure = page.locator('#by-country');
  await figure.locator('details > summary').click();
  const table = figure.locator('table');
  await expect(table).toHaveAttribute('aria-rowcount', String(count + 1));
  await expect(table.locator('caption')).toHaveCount(1);
  await expect(table.locator('thead th')).toHaveCount(8);
  const rows = table.locator('tbody tr[data-id]');
  await expect(rows.first()).toHaveAttribute('aria-rowindex', '2');
  expect(await rows.count()).toBeLessThan(100);

  // The box scrolls by keyboard too: it is a focusable region named by the caption.
  const box = figure.getByRole('region', { name: await table.locator('caption').innerText() });
  await box.focus();
  const endShowsLastRow = async () => {
    await page.keyboard.press('End');
    await expect(rows.last()).toHaveAttribute('aria-rowindex', String(count + 1));
    // Shown in the box's own view (where the page itself is scrolled to is not the table's doing).
    await expect
      .poll(() =>
        rows.last().evaluate((row) => {
          const view = row.closest('.scroll')!.getBoundingClientRect();
          const { top, bottom } = row.getBoundingClientRect();
          return top >= view.top - 1 && bottom <= view.bottom + 1;
        }),
      )
      .toBe(true);
  };
  await endShowsLastRow();
  expect(await rows.count()).toBeLessThan(100);
  // Again from a few screens above the end: the rows drawn before and after each step of the smooth
  // scroll overlap, and a row's height that differed from the spacers' ended the scroll short of it.
  for (let i = 0; i < 3; i++) await page.keyboard.press('PageUp');
  await expect(rows.last()).not.toHaveAttribute('aria-rowindex', String(count + 1));
  await endShowsLastRow();
  expect(await rows.count()).toBeLessThan(100);
});

test('a chart of thousands of marks draws those near the view; the keyboard reaches the last', async ({
  page,
}) => {
  const count = await openAtScale(page);
  const chart = page.locator('#by-country .chart');
  await chart.scrollIntoViewIfNeeded();
  const marks = chart.locator('g.mark');
  await expect(marks.first()).toBeVisible();
  expect(await marks.count()).toBeLessThan(count);

  const tabStop = chart.locator('g.mark[tabindex="0"]');
  const firstId = await tabStop.getAttribute('data-id');
  await tabStop.focus();
  await page.keyboard.press('End');
  const focused = page.locator('#by-country g.mark:focus');
  await expect(focused).toBeInViewport();
  // The marks at the chart's end are drawn now, and the first row's no longer.
  const chartHeight = Number(await chart.locator('svg').first().getAttribute('height'));
  const focusedY = await focused.evaluate((mark) => (mark as SVGGElement).getBBox().y);
  expect(focusedY).toBeGreaterThan(chartHeight - 300);
  await expect(chart.locator(`g.mark[data-id="${firstId}"]`)).toHaveCount(0);
  await expect(page.locator('#by-country .card')).toBeVisible();
});

test('a bin says how many figures it stands for, and its card lists each with its source', async ({
  page,
}) => {
  // More figures than the row's axis has room for marks side by side (by 10 px at 1280 px: 80 or so).
  await openAtScale(page, Buffer.from(oneCountry(6000)), 150);
  const chart = page.locator('#by-country .chart');
  await chart.scrollIntoViewIfNeeded();
  // Until the engine answers, the chart is the page's first view of the real data.
  await expect(chart.locator('g.row')).toHaveCount(1, { timeout: 90_000 });
  const bins = chart.locator('g.mark[data-id^="bin:"]');
  await expect(bins.first()).toBeVisible();
  // The fullest bin: one of a single figure says so too, but lists less.
  const counts = (await bins.locator('text').allTextContents()).map(Number);
  const count = Math.max(...counts);
  expect(count).toBeGreaterThan(1);
  const bin = bins.nth(counts.indexOf(count));
  await expect(bin).toHaveAttribute('aria-label', new RegExp(`^${count} figures `));
  await bin.click();
  const card = page.locator('#by-country .card');
  await expect(card).toContainText(`${count} figures`);
  await expect(card.locator('li')).toHaveCount(count);
  await expect(card.locator('li a[href^="http"]')).toHaveCount(count);
  await expect(bin).toHaveAttribute('aria-expanded', 'true');
});
