// Every view of the site, where a browser test opens it, and how a test waits until it is drawn.
import { expect, type Page } from '@playwright/test';

/** Every view, where it is opened. */
export const views: Record<string, string> = {
  overview: '/',
  country: '/?view=country&country=RUS',
  compare: '/?view=compare&country=RUS',
  map: '/?view=map',
  sources: '/?view=sources',
  sql: '/?view=sql',
  about: '/?view=about',
};

/** Every mark a chart draws carries its row's id; map countries their ISO code. */
const marks = '[data-id], [data-country]';

/** Waits until the query engine has answered and every chart of the view shows its marks. */
export async function viewReady(page: Page) {
  await page.waitForFunction(() => performance.getEntriesByName('dataset-ready').length > 0, null, {
    timeout: 90_000,
  });
  for (const figure of await page.locator('main figure[id]').all()) {
    await expect(figure.locator(marks).first()).toBeVisible({ timeout: 60_000 });
  }
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}
