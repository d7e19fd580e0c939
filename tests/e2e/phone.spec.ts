// On a phone (390×844): no view ever scrolls sideways, whatever a reader opens, and the Overview's first
// chart shows its marks without scrolling.
import { expect, test, type Page } from '@playwright/test';
import { forEachView, viewReady, views } from './views';

const phone = { width: 390, height: 844 };

/** How far the page scrolls sideways, in px: 0 when it does not. */
function sideways(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

test.beforeEach(async ({ page }) => {
  await page.setViewportSize(phone);
});

test('every view the page links to is checked', async ({ page }) => {
  await page.goto('/');
  const hrefs = await page
    .locator('nav a[href]')
    .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
  const linked = new Set(hrefs.map((href) => new URL(href).searchParams.get('view') ?? 'overview'));
  expect(linked.size).toBeGreaterThan(1);
  expect([...linked].filter((view) => !(view in views))).toEqual([]);
});

// One page load (forEachView): DuckDB starts once for every view.
test('no view scrolls sideways at 390 px, with its disclosures, tables and a card open', async ({
  page,
}) => {
  test.setTimeout(480_000);
  await forEachView(page, () => checkView(page));
});

/** The open view never scrolls sideways, with everything a reader can open opened. */
async function checkView(page: Page) {
  expect(await sideways(page)).toBe(0);
  // The views' strip scrolls on its own, with the current view's link in sight.
  await expect(
    page.getByRole('navigation', { name: 'Views' }).locator('a[aria-current="page"]'),
  ).toBeInViewport({ ratio: 0.95 });

  // Every disclosure a reader can open: the introduction, the Filters bar, each table alternative.
  const closed = page.locator('details:not([open]) > summary:visible');
  for (let opened = 0; (await closed.count()) > 0; opened++) {
    expect(opened, 'a disclosure that does not stay open').toBeLessThan(20);
    await closed.first().click();
  }
  const tables = page.locator('main details table');
  if ((await tables.count()) > 0) await expect(tables.first()).toBeVisible();
  expect(await sideways(page)).toBe(0);
  // A table wider than the phone scrolls inside its own box, which stays within the page.
  for (const box of await page.locator('main details .scroll').all()) {
    const { right, scrolls } = await box.evaluate((element) => ({
      right: element.getBoundingClientRect().right,
      scrolls: element.scrollWidth > element.clientWidth,
    }));
    expect(right).toBeLessThanOrEqual(phone.width);
    expect(scrolls).toBe(true);
  }

  const figure = page.locator('main figure[id]').first();
  if ((await figure.count()) === 0) return;
  if ((await figure.getAttribute('id')) === 'map') {
    // A map country opens its view on click; the pointer rests on it instead.
    await figure.locator('[data-country]').first().hover({ force: true });
  } else {
    await figure.locator('[data-id]').first().click({ force: true });
  }
  await expect(figure.locator('.card')).toBeVisible();
  expect(await sideways(page)).toBe(0);
  await page.keyboard.press('Escape');
  await page.mouse.move(0, 0);
}

test('the cite dialog fits a phone: its text wraps, nothing scrolls sideways', async ({ page }) => {
  await page.goto('/?view=compare&country=RUS&from=2017&to=2018');
  await viewReady(page);
  await page.getByRole('button', { name: 'Cite this chart' }).first().click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.locator('.reference').first()).toBeVisible({ timeout: 30_000 });
  const box = await dialog.boundingBox();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(phone.width);
  expect(await dialog.evaluate((element) => element.scrollWidth - element.clientWidth)).toBe(0);
  expect(await sideways(page)).toBe(0);
});

test('a long unbroken string wraps: a URL typed into the Sources search', async ({ page }) => {
  await page.goto(
    `/?view=sources&q=${encodeURIComponent(`https://example.org/${'x'.repeat(150)}`)}`,
  );
  await expect(page.getByText(/No publication matches/)).toBeVisible({ timeout: 60_000 });
  expect(await sideways(page)).toBe(0);
});

test("the Overview's first chart shows its first mark without scrolling", async ({ page }) => {
  await page.goto('/');
  const first = page.locator('#worldwide svg [data-id]').first();
  await expect(first).toBeVisible({ timeout: 60_000 });
  await viewReady(page);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  const box = await first.boundingBox();
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y).toBeLessThan(phone.height);
});
