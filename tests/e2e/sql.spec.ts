// The SQL console in Chromium, on the real DuckDB-WASM, under the site's Content-Security-Policy: a
// query from the URL runs and shows its rows, completion lists the columns, an error is marked where
// DuckDB points, Cancel stops a runaway query, the hostile list is refused and the charts still draw.
// Every check of one page load runs in that load: each start of DuckDB costs seconds.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { sqlExamples } from '../../src/lib/sql/examples';
import { estimates } from './data';
import { viewReady } from './views';

/** Every policy violation the page reports, from now on (as tests/e2e/csp.spec.ts catches them). */
async function violations(page: Page): Promise<string[]> {
  const seen: string[] = [];
  await page.exposeFunction('__cspViolation', (text: string) => seen.push(text));
  await page.addInitScript(`
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolation(event.effectiveDirective + ' blocked ' + (event.blockedURI || 'inline') +
        ' ' + event.sample);
    }, true);
  `);
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy|Refused to/i.test(message.text())) seen.push(message.text());
  });
  return seen;
}

/** axe's WCAG 2.0/2.1 A and AA rules (as a11y.spec.ts runs them) in light and dark: a line per failure. */
async function axe(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    for (const violation of results.violations)
      for (const node of violation.nodes)
        found.push(
          `${colorScheme}: ${violation.id} at ${node.target.join(' ')}: ${violation.help}`,
        );
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return found;
}

const editor = (page: Page) => page.locator('.cm-content');
const status = (page: Page) => page.getByTestId('sql-status');
const answerRows = (page: Page) =>
  page.getByRole('region', { name: 'Answer' }).locator('tbody tr:not([aria-hidden])');

/** Replaces the editor's text, as a paste would. */
async function setQuery(page: Page, sql: string) {
  await editor(page).click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(sql);
  await expect(editor(page)).toHaveText(sql.replaceAll('\n', ''));
}

/** Runs the editor's query with Run and waits until it has ended. */
async function run(page: Page, sql: string) {
  await setQuery(page, sql);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(status(page)).not.toHaveAttribute('data-state', /running|starting/, {
    timeout: 60_000,
  });
}

test('a query from the URL, completion, an error’s position, Cancel and Tab', async ({ page }) => {
  test.setTimeout(240_000);
  const seen = await violations(page);
  const first = estimates
    .map((row) => row)
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .slice(0, 5);
  const sql = 'SELECT id, country, source_id FROM estimates ORDER BY id LIMIT 5';
  await page.goto(`/?view=sql&sql=${encodeURIComponent(sql)}`);

  // The link's query is in the editor and runs at once: its rows, in order, with their ids.
  await expect(editor(page)).toHaveText(sql);
  await expect(status(page)).toHaveAttribute('data-state', 'answer', { timeout: 120_000 });
  await expect(answerRows(page)).toHaveCount(5);
  for (const [index, row] of first.entries()) {
    await expect(answerRows(page).nth(index)).toContainText(row.id);
    await expect(answerRows(page).nth(index)).toContainText(row.country);
  }
  // The time limit is said before a run.
  await expect(page.getByTestId('sql-clock')).toContainText('Stops after 30 s');
  // An answer in the editor's highlight, the schema and the table pass axe in both themes.
  expect(await axe(page)).toEqual([]);

  // Completion: after `estimates.` every column of the table is offered, with its type.
  await setQuery(page, 'SELECT estimates.');
  await page.keyboard.press('Control+Space');
  const options = page.getByRole('listbox').getByRole('option');
  for (const column of Object.keys(estimates[0]!)) {
    await expect(options.filter({ hasText: new RegExp(`^${column}`) }).first()).toBeVisible();
  }
  await page.keyboard.press('Escape');

  // An error: DuckDB's message under the editor, its position marked in the editor on the bad name.
  const bad = 'SELECT id FROM estimates WHERE no_such_column = 1';
  await setQuery(page, bad);
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(status(page)).toHaveAttribute('data-state', 'error', { timeout: 60_000 });
  await expect(status(page)).toContainText('no_such_column');
  await expect(page.locator('.cm-lintRange-error')).toHaveText('no_such_column');
  expect(await axe(page)).toEqual([]);
  // Editing the query takes the mark away: its position no longer holds.
  await page.keyboard.type(' ');
  await expect(page.locator('.cm-lintRange-error')).toHaveCount(0);

  // Cancel stops a runaway query; the clock shows the time running and the limit.
  await setQuery(page, 'SELECT count(*) FROM range(10_000_000_000)');
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(status(page)).toHaveAttribute('data-state', 'running');
  await expect(page.getByTestId('sql-clock')).toContainText(
    /Running: \d+\.\d s · stops after 30 s/,
  );
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(status(page)).toHaveAttribute('data-state', 'stopped', { timeout: 10_000 });
  await expect(status(page)).toContainText('cancelled');
  // The console answers again afterwards.
  await run(page, 'SELECT 42 AS answer');
  await expect(status(page)).toHaveAttribute('data-state', 'answer');
  await expect(answerRows(page)).toHaveCount(1);

  // Tab leaves the editor for the Run button: the editor traps no keyboard user.
  await editor(page).click();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeFocused();

  // The URL holds the query (replaced, not pushed), so the link reproduces it.
  await expect.poll(() => new URL(page.url()).searchParams.get('sql')).toBe('SELECT 42 AS answer');

  // An example is one click away; being long, it goes into the link compressed (sqlz), and that
  // link, opened anew, shows the same query and runs it.
  const example = sqlExamples.find((candidate) => candidate.id === 'reconciliation')!;
  await page
    .getByRole('button', { name: 'Do the country figures add up to the worldwide ones?' })
    .click();
  await expect(status(page)).toHaveAttribute('data-state', 'answer', { timeout: 60_000 });
  const rows = await answerRows(page).count();
  expect(rows).toBeGreaterThan(0);
  await expect.poll(() => new URL(page.url()).searchParams.get('sqlz')).toBeTruthy();
  await page.goto(page.url());
  await expect(status(page)).toHaveAttribute('data-state', 'answer', { timeout: 120_000 });
  expect(await page.locator('.cm-line').allTextContents()).toEqual(example.sql.split('\n'));
  await expect(answerRows(page)).toHaveCount(rows);
  expect(seen).toEqual([]);
});

/** Statements that write, attach, install, copy, read URLs or change settings. */
const hostile = [
  "COPY estimates TO 'x.csv'",
  "ATTACH 'x.db'",
  'INSTALL httpfs',
  "SELECT * FROM read_csv('http://example.com/x.csv')",
  'SET threads = 1',
  'DROP TABLE estimates',
  'CREATE TABLE t (x INT)',
  'PRAGMA version',
];

test('the hostile list is refused, and the Overview still draws afterwards', async ({ page }) => {
  test.setTimeout(240_000);
  const seen = await violations(page);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto('/?view=sql');
  await expect(status(page)).toHaveAttribute('data-state', 'none', { timeout: 120_000 });
  await expect(page.locator('.sql aside [data-table="estimates"]')).toBeVisible({
    timeout: 120_000,
  });
  for (const sql of hostile) {
    await run(page, sql);
    await expect(status(page), sql).toHaveAttribute('data-state', 'refused');
    await expect(status(page), sql).toContainText(/^\s*Not run: \S/);
  }
  // The tables are all still there for the console…
  await run(page, 'SELECT count(*) AS n FROM estimates');
  await expect(status(page)).toHaveAttribute('data-state', 'answer');
  await expect(answerRows(page).first()).toContainText(String(estimates.length));
  // …and for the charts: the Overview, opened through the navigation in the same page, draws.
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('link', { name: 'Overview' })
    .click();
  await viewReady(page);
  expect(requests.filter((url) => new URL(url).origin !== new URL(page.url()).origin)).toEqual([]);
  expect(seen).toEqual([]);
});
