// Every view of the site, where a browser test opens it, and how a test waits until it is drawn.
import { expect, test, type Page } from '@playwright/test';

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

/**
 * Shows the view of `url` in the page already open, as Back and Forward do (the route reads the URL on
 * popstate), from the top of the page where the views' links are: no reload, so DuckDB, started once,
 * answers every view a test goes through.
 */
export async function switchView(page: Page, url: string) {
  await page.evaluate((target) => {
    scrollTo(0, 0);
    history.pushState(null, '', target);
    dispatchEvent(new PopStateEvent('popstate'));
  }, url);
  await expect.poll(() => page.evaluate(() => `${location.pathname}${location.search}`)).toBe(url);
}

/**
 * Runs `check` on every view, each a step of the test, in one page: the first view is loaded, every
 * other is switched to in place (switchView), and each is ready (viewReady) before its check.
 */
export async function forEachView(page: Page, check: (view: string) => Promise<void>) {
  let loaded = false;
  for (const [view, url] of Object.entries(views)) {
    await test.step(view, async () => {
      if (loaded) await switchView(page, url);
      else await page.goto(url);
      loaded = true;
      await viewReady(page);
      await check(view);
    });
  }
}
