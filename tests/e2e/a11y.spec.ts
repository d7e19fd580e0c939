// axe on every view, in both themes, on a desktop and a phone, before and after a card opens.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { forEachView, views } from './views';

const themes = ['light', 'dark'] as const;
const sizes = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
];

/** axe's WCAG 2.0/2.1 A and AA rules on the page or within a part: a line per failing element. */
async function violations(page: Page, within?: string): Promise<string[]> {
  const axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  const results = await (within ? axe.include(within) : axe).analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${violation.id} at ${node.target.join(' ')}: ${violation.help}\n    ${(node.failureSummary ?? '').replace(/\n/g, '\n    ')}`,
    ),
  );
}

/**
 * Opens the card of the view's first chart as a reader would: a click on one of its marks (a map
 * country opens its view on click, so the pointer rests on it instead). Returns the chart's id, or
 * null for a view without a chart.
 */
async function openCard(page: Page): Promise<string | null> {
  const figure = page.locator('main figure[id]').first();
  if ((await figure.count()) === 0) return null;
  const chart = await figure.getAttribute('id');
  if (chart === 'map') {
    // China's box centre lies in China; any reported country will do when China is not on the map.
    const china = figure.locator('[data-country="CHN"]');
    const country = (await china.count()) > 0 ? china : figure.locator('[data-country]').first();
    await country.hover({ force: true });
  } else {
    // force: where marks overlap, another mark's card may open, which serves as well.
    await figure.locator('[data-id]').first().click({ force: true });
  }
  await expect(figure.locator('.card')).toBeVisible();
  return chart;
}

test('every view the page links to is scanned', async ({ page }) => {
  await page.goto('/');
  const hrefs = await page
    .locator('a[href*="view="]')
    .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
  const linked = new Set(hrefs.map((href) => new URL(href).searchParams.get('view')));
  expect(linked.size).toBeGreaterThan(1);
  expect([...linked].filter((view) => view !== null && !(view in views))).toEqual([]);
});

// One page load for every view (forEachView); the theme and the width change in place, as on a phone
// turned or a system switched to dark: the page redraws for both without a reload.
test('axe: every view, light and dark, 1280 and 390 px wide, with and without a card', async ({
  page,
}) => {
  // Eight scans per view of pages of some 5,000 elements: each takes 10–15 s on a busy machine, and a
  // whole view up to 3 minutes.
  test.setTimeout(Object.keys(views).length * 180_000);
  await forEachView(page, async (view) => {
    for (const theme of themes) {
      for (const size of sizes) {
        const where = `${view}, ${theme}, ${size.width}×${size.height}`;
        await page.emulateMedia({ colorScheme: theme });
        await page.setViewportSize({ width: size.width, height: size.height });
        await settled(page);

        const closed = await violations(page);
        expect.soft(closed, `axe without a card (${where}):\n  ${closed.join('\n  ')}`).toEqual([]);

        // The card is all that changes: the second scan reads its chart only.
        const chart = await openCard(page);
        if (chart) {
          const open = await violations(page, `#${chart}`);
          expect.soft(open, `axe with a card open (${where}):\n  ${open.join('\n  ')}`).toEqual([]);
          await closeCard(page, chart);
        }
      }
    }
  });
});

/** Waits until no chart is redrawing and two frames have been painted after the change. */
async function settled(page: Page) {
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await page.evaluate(
    'new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))',
  );
}

/** Closes a chart's card as a reader would: Escape, and the pointer moved off the chart. */
async function closeCard(page: Page, chart: string) {
  await page.keyboard.press('Escape');
  await page.mouse.move(0, 0);
  await expect(page.locator(`#${chart} .card`)).toBeHidden();
}
