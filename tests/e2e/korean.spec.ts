// The interface in Korean (issue 14): the switch in the header, the URL and <html lang> that keep it,
// the words of the navigation, the charts, their legends and cards, and the browser's language when
// the URL names none. Exact Korean strings are the catalogues' business (their own tests and the
// catalogue check); here every one of these places must be Korean, with no English left in it.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { estimates, onWorldwideChart } from './data';
import { viewReady } from './views';
import { watch } from './watch';

const HANGUL = /\p{Script=Hangul}/u;

/** The texts of `items`, each of which must hold Hangul. */
async function expectKorean(items: Locator, what: string) {
  const texts = (await items.allTextContents()).map((text) => text.trim()).filter(Boolean);
  expect(texts.length, `${what}: some text`).toBeGreaterThan(0);
  for (const text of texts) expect(text, `${what} in Korean`).toMatch(HANGUL);
}

/** The navigation's links but SQL, a name Korean keeps. */
const viewLinks = (page: Page) =>
  page.getByRole('navigation', { name: /./ }).first().locator('a').filter({ hasNotText: /^SQL$/ });

// A worldwide figure of ten thousand or more: Korean writes it in 만.
const large = estimates.find(
  (row) => onWorldwideChart(row) && (row.point ?? row.low ?? 0) >= 10_000,
);
if (!large) throw new Error('data/ has no worldwide figure of 10,000 or more: the test needs one');

test('the switch turns the page Korean in place; the URL keeps it through a reload, Back returns', async ({
  page,
}) => {
  const seen = watch(page);
  await page.goto('/');
  await viewReady(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const englishNav = await viewLinks(page).allTextContents();
  expect(englishNav).toContain('Overview');

  // Keyboard only: the switch is a link in the header.
  const toKorean = page.locator('header').getByRole('link', { name: '한국어' });
  await toKorean.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[?&]lang=ko(&|$)/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');

  await expectKorean(viewLinks(page), 'the navigation');
  const worldwide = page.locator('figure#worldwide');
  await expectKorean(worldwide.getByRole('heading', { level: 2 }), 'the chart title');
  await expectKorean(worldwide.locator('ul.legend li'), 'the legend');
  await expect(page).toHaveTitle(HANGUL);

  // A card: its words Korean, the figure in 만 (the data's own words stay as published).
  const mark = worldwide.locator(`g.mark[data-id="${large.id}"]`);
  await mark.focus();
  const card = worldwide.locator('.card');
  await expect(card).toBeVisible();
  await expect(card).toContainText(HANGUL);
  await expect(card).toContainText('만');
  await expect(card).not.toContainText(/\b(secondary|primary|Published|Compare every figure)\b/);

  // A reload keeps Korean: the URL says so.
  await page.reload();
  await viewReady(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expectKorean(viewLinks(page), 'the navigation after a reload');

  // Every view's link keeps the language.
  for (const link of await viewLinks(page).all()) {
    await expect(link).toHaveAttribute('href', /[?&]lang=ko(&|$)/);
  }

  // Back to the English page: its URL named no language.
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(viewLinks(page).first()).toHaveText('Overview');
  expect(seen.errors).toEqual([]);
});

test.describe('a reader whose browser prefers Korean', () => {
  test.use({ locale: 'ko-KR' });

  test('gets Korean when the URL names no language, and English when it says lang=en', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expectKorean(viewLinks(page), 'the navigation');

    // The switch writes lang=en, so the choice outlives the browser's preference.
    await page.locator('header').getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/[?&]lang=en(&|$)/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(viewLinks(page).first()).toHaveText('Overview');
  });
});
