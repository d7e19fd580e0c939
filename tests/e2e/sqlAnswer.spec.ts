// A SQL console answer in Chromium, on the real DuckDB-WASM: rows that cite figures show their sources
// and open their cards, the CSV and JSON downloads read back with each row's source columns, the data
// version and (JSON) the SQL text, and a query with a year column is charted with marks that keep
// their cards. One page load: each start of DuckDB costs seconds.
import { expect, test, type Download, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { computeDatasetVersion } from '../../src/build/datasetVersion.ts';
import { versionSlug } from '../../src/lib/export/fileName.ts';
import { estimates, sourceOf } from './data';
import { watch } from './watch';

const version = computeDatasetVersion('data');
const sql = "SELECT id, source_id, low, high FROM estimates WHERE country = 'RUS'";
const russia = estimates.filter((row) => row.country === 'RUS');

const answer = (page: Page) => page.getByRole('region', { name: 'Answer', exact: true });
const status = (page: Page) => page.getByTestId('sql-status');
const editor = (page: Page) => page.locator('.cm-content');

async function download(page: Page, label: string): Promise<{ file: Download; text: string }> {
  const button = answer(page).getByRole('button', { name: label, exact: true });
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { file, text: await readFile(await file.path(), 'utf8') };
}

type Row = Record<string, unknown>;

/** Each row carries its estimate's source, as data/ has it. */
function expectSources(rows: Row[]) {
  expect(rows.map((row) => row.id).sort()).toEqual(russia.map((row) => row.id).sort());
  for (const row of rows) {
    const estimate = russia.find((candidate) => candidate.id === row.id)!;
    const source = sourceOf(estimate);
    expect(row).toMatchObject({
      source_id: estimate.source_id,
      source_title: source.title,
      source_publisher: source.publisher,
      source_url: source.url,
    });
    expect(row).toHaveProperty('source_published');
  }
}

test('an answer keeps its citations: sources, cards, downloads and a chart', async ({ page }) => {
  test.setTimeout(240_000);
  expect(russia.length, 'Russian figures in data/').toBeGreaterThan(20);
  const seen = watch(page);
  await page.goto(`/?view=sql&sql=${encodeURIComponent(sql)}`);
  await expect(status(page)).toHaveAttribute('data-state', 'answer', { timeout: 120_000 });

  // Every row, its source beside it once the page's engine has read them.
  await expect(answer(page).getByTestId('sql-answer-summary')).toContainText(
    `${russia.length} rows`,
  );
  await expect(answer(page).getByTestId('sql-answer-citations')).toContainText(
    `${russia.length} rows of ${russia.length} cite a source`,
    { timeout: 60_000 },
  );
  const table = answer(page).getByRole('region', { name: /^Query result/ });
  await expect(table.locator('table')).toHaveAttribute('aria-rowcount', String(russia.length + 1));
  const first = table.locator('tbody tr:not([aria-hidden])').first();
  const firstId = (await first.locator('button.figure-id').textContent())!;
  const firstSource = sourceOf(russia.find((row) => row.id === firstId)!);
  await expect(first.locator('td.source-cell a')).toHaveAttribute('href', firstSource.url);
  await expect(first.locator('td.source-cell')).toContainText(firstSource.publisher);
  // No year or country column: no chart, and the page says which columns would make one.
  await expect(answer(page).getByTestId('sql-answer-no-chart')).toContainText(
    'neither a year nor a country column',
  );

  // The id opens the figure's card, with its source.
  await first.locator('button.figure-id').click();
  const card = page.getByRole('group', { name: 'About this figure' });
  await expect(card).toBeVisible();
  await expect(card.locator('a').first()).toHaveAttribute('href', firstSource.url);
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);

  // The table scrolls by keyboard.
  await table.focus();
  await page.keyboard.press('End');
  await expect.poll(() => table.evaluate((box) => box.scrollTop)).toBeGreaterThan(0);

  const json = await download(page, 'JSON');
  expect(json.file.suggestedFilename()).toBe(`nk-workers-abroad_sql_${versionSlug(version)}.json`);
  const document = JSON.parse(json.text) as {
    dataset: { version: string; hash: string };
    query: string;
    sql: string;
    fields: { name: string }[];
    rows: Row[];
  };
  expect(document.dataset).toMatchObject({ version: version.label, hash: version.hash });
  expect(document.sql).toBe(sql);
  expect(document.fields.map((field) => field.name)).toEqual([
    'id',
    'source_id',
    'low',
    'high',
    'source_title',
    'source_publisher',
    'source_url',
    'source_published',
  ]);
  expectSources(document.rows);

  const csv = await download(page, 'CSV');
  expect(csv.file.suggestedFilename()).toBe(`nk-workers-abroad_sql_${versionSlug(version)}.csv`);
  const parsed = Papa.parse<Row>(csv.text.replace(/^\ufeff/, ''), {
    header: true,
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  expect(parsed.meta.fields).toEqual(document.fields.map((field) => field.name));
  expectSources(parsed.data);

  // A query with a year is charted, one measure at a time: two figures of different measures (a
  // headcount and, say, revenue in US$) are not drawn on one axis; a mark of a cited row opens its card.
  const runQuery = async (sql: string) => {
    await editor(page).click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.insertText(sql);
    await page.getByRole('button', { name: 'Run', exact: true }).click();
  };
  const one = estimates[0]!;
  const other = estimates.find((row) => row.measure !== one.measure)!;
  await runQuery(
    `SELECT id, ref_year_start, low, high, point FROM estimates WHERE id IN ('${one.id}', '${other.id}')`,
  );
  await expect(answer(page).getByTestId('sql-answer-no-chart')).toContainText(`mixes 2 measures`, {
    timeout: 60_000,
  });
  const dates = "SELECT id, ref_year_start, low, high, point FROM estimates WHERE country = 'RUS'";
  await runQuery(`${dates} AND measure = 'workers_present'`);
  await expect(answer(page).getByText('Drawn from the columns ref_year_start')).toBeVisible({
    timeout: 60_000,
  });
  await expect.poll(() => answer(page).locator('g.mark').count()).toBeGreaterThan(20);
  const dated = russia.find(
    (row) => row.measure === 'workers_present' && row.ref_year_start !== null && row.low !== null,
  )!;
  await answer(page).locator(`g.mark[data-id="${dated.id}"]`).focus();
  await expect(card).toContainText(sourceOf(dated).publisher);

  expect(seen.errors).toEqual([]);
  const sameOrigin = /^(blob:)?http:\/\/127\.0\.0\.1:/;
  expect(seen.requests.filter((url) => !sameOrigin.test(url))).toEqual([]);
});
