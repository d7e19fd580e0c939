import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { watch } from './watch';
import { fulfillWithBody } from './route';

// Two sources a careless or hostile pull request might bring, added to the served CSV files:
// - one the validator must refuse (HTML in the title, a javascript: address): dropped, named as text;
// - one it admits, whose title only looks dangerous: drawn, cited and exported as plain text.
const refusedTitle = '<img src=x onerror="window.__pwned=1">';
const admittedTitle =
  'javascript:alert(1) & "=HYPERLINK(""http://evil"")" <3 \'; DROP TABLE sources; --';

async function serveHostileData(page: Page) {
  await page.route(/sources-[\w-]+\.csv$/, async (route) => {
    const response = await route.fetch();
    const rows = Papa.unparse([
      ['hostile-refused', refusedTitle, 'no', 'Hostile Press', 'javascript:alert(1)', '2022', ''],
      [
        'hostile-admitted',
        admittedTitle,
        'no',
        'Hostile Press',
        'https://example.org/hostile',
        '2022',
        '',
      ],
    ]);
    await fulfillWithBody(route, response, `${(await response.text()).trimEnd()}\n${rows}\n`);
  });
  await page.route(/estimates-[\w-]+\.csv$/, async (route) => {
    const response = await route.fetch();
    const row = Papa.unparse([
      [
        'hostile-figure',
        'hostile-admitted',
        'WLD',
        '',
        '',
        'workers_present',
        '',
        '',
        '',
        '123456',
        'about',
        '2022',
        '2022',
        '2022',
        'Hostile Estimator',
        'media',
        'no',
        '',
      ],
    ]);
    await fulfillWithBody(route, response, `${(await response.text()).trimEnd()}\n${row}\n`);
  });
  page.on('dialog', (dialog) => {
    throw new Error(`a dialog opened: ${dialog.message()}`);
  });
}

test('a hostile source title is refused or shown as inert text, in the page, the citation and the exports', async ({
  page,
}) => {
  const seen = watch(page);
  await serveHostileData(page);
  await page.goto('/');

  // The refused source is dropped and named in the notice, as text.
  const notice = page.locator('.notice');
  await expect(notice).toContainText('failed validation', { timeout: 30_000 });
  await notice.locator('summary').click();
  await expect(notice).toContainText('sources.csv:');
  await expect(notice).toContainText('javascript:alert(1)');
  await expect(page.locator('img')).toHaveCount(0);

  // The admitted one is drawn; its card and the table show the title as text, linked to its http page.
  const mark = page.locator('#worldwide g.mark[data-id="hostile-figure"]');
  await expect(mark).toBeVisible();
  await mark.focus();
  const card = page.locator('#worldwide .card');
  await expect(card.locator('.source a')).toHaveText(`“${admittedTitle}”`);
  await expect(card.locator('.source a')).toHaveAttribute('href', 'https://example.org/hostile');

  // Its citation is text too.
  await card.getByRole('button', { name: 'Cite this figure' }).click();
  const dialog = page.locator('dialog[open]');
  await expect(dialog).toContainText('javascript:alert(1) & ', { timeout: 30_000 });
  await expect(dialog.locator('a[href^="javascript"], img, script')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Close' }).click();

  // The CSV download carries the title verbatim, as a quoted text cell; no cell starts like a formula.
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('#worldwide').getByRole('button', { name: 'CSV', exact: true }).click(),
  ]);
  const text = (await readFile(await file.path(), 'utf8')).replace(/^\uFEFF/, '');
  const rows = Papa.parse<Record<string, string>>(text, {
    header: true,
    skipEmptyLines: true,
  }).data;
  const exported = rows.find((row) => row.id === 'hostile-figure');
  expect(exported?.title).toBe(admittedTitle);
  expect(rows.some((row) => row.source_id === 'hostile-refused')).toBe(false);
  for (const row of rows) {
    for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+@\t\r]|^-(?!\d)/);
  }

  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(seen.errors).toEqual([]);
});

test('a row that is not UTF-8 is refused alone, named by line and character; the rest is drawn from DuckDB', async ({
  page,
}) => {
  const seen = watch(page);
  // One source saved as Windows-1252 (its "é" is byte 0xE9), appended to the served sources.csv.
  await page.route(/sources-[\w-]+\.csv$/, async (route) => {
    const response = await route.fetch();
    const row = 'latin1-source,Rapport g\xe9n\xe9ral,no,Presse,https://example.org/r,2022,';
    const body = Buffer.concat([
      Buffer.from(`${(await response.text()).trimEnd()}\n`, 'utf8'),
      Buffer.from(`${row}\n`, 'latin1'),
    ]);
    await fulfillWithBody(route, response, body);
  });
  await page.goto('/?view=country&country=RUS');

  const notice = page.locator('.notice');
  await expect(notice).toContainText('failed validation', { timeout: 60_000 });
  await notice.locator('summary').click();
  await expect(notice).toContainText(/sources\.csv:\d+/);
  await expect(notice).toContainText('byte 0xE9 at line');
  await expect(notice).toContainText('is not UTF-8');
  // Every other row is there: the Country view, answered by DuckDB, draws its figures.
  await expect(page.locator('g.mark').first()).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText('Rapport g')).toHaveCount(0);
  expect(seen.errors).toEqual([]);
});
