// "Open in SQL" on a chart: a real link to the SQL view carrying the chart's own query, its values
// written in, compressed by the browser; the first view loads the code that writes it only after its
// charts show.
import { expect, test, type Page } from '@playwright/test';
import { viewReady } from './views';

/** The query text a link's href carries, inflated as the console inflates it. */
async function queryOf(page: Page, href: string): Promise<string> {
  return page.evaluate(async (href) => {
    const deflated = new URL(href, location.href).searchParams.get('sqlz')!;
    const binary = atob(deflated.replaceAll('-', '+').replaceAll('_', '/'));
    const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
    return new Response(stream).text();
  }, href);
}

test('each chart of the Overview links to its query in the SQL view', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto('/?measure=permits_held&from=2015');
  await viewReady(page);
  for (const id of ['worldwide', 'by-country']) {
    const figure = page.locator(`figure#${id}`);
    const link = figure.getByRole('link', { name: 'Open in SQL' });
    await expect(link).toHaveAttribute(
      'href',
      /^\/\?view=sql&measure=permits_held&from=2015&sqlz=[\w-]+$/,
    );
    const sql = await queryOf(page, (await link.getAttribute('href'))!);
    const title = await page.locator(`#${id}-title`).textContent();
    expect(sql.split('\n')[0]).toBe(`-- ${title!.trim()}`);
    expect(sql).toContain("measure = 'permits_held'");
    expect(sql).toContain('>= 2015');
    expect(sql).not.toMatch(/\$\d/);
  }
  // The writer came in a chunk of its own, after the page's first scripts.
  expect(scripts.filter((path) => /chartSql-/.test(path))).toHaveLength(1);
  const html = await (await page.request.get('/')).text();
  expect(html).not.toMatch(/chartSql-/);

  await page
    .locator('figure#worldwide .actions')
    .screenshot({ path: 'test-results/open-in-sql-actions.png' });

  // The figures the worldwide chart draws (its table holds one row per figure), to compare with the
  // console's answer to the same query.
  const drawn = await page
    .locator('figure#worldwide table tbody tr[data-id]')
    .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-id')!));
  expect(drawn.length).toBeGreaterThan(0);

  // A plain click opens the console in place, with the filter bar gone.
  const href = await page
    .locator('figure#worldwide')
    .getByRole('link', { name: 'Open in SQL' })
    .getAttribute('href');
  await page.locator('figure#worldwide').getByRole('link', { name: 'Open in SQL' }).click();
  await expect(page).toHaveURL(href!);
  await expect(
    page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'SQL' }),
  ).toHaveAttribute('aria-current', 'page');
  await expect(page.locator('details.filters')).toHaveCount(0);
  await expect(page).toHaveTitle(/^SQL console/);

  // The console runs the chart's query on opening: the same figures, in the same order.
  const answer = page.getByRole('region', { name: 'Answer', exact: true });
  await expect(answer.getByTestId('sql-answer-summary')).toHaveText(
    new RegExp(`^${drawn.length} rows? ·`),
    { timeout: 90_000 },
  );
  // The ids become buttons once the page's engine has looked up their citations, after the summary.
  await expect(answer.locator('tbody tr:not([aria-hidden]) button.figure-id')).toHaveText(drawn);
});
