// The Korean pages the build writes (src/build/viewPages.ts, prerender.ts): ko/index.html carries the
// Overview drawn in Korean, which reads without JavaScript and hydrates with it; ko/<view>/ pages
// have their Korean title; every page links its counterparts in each language (hreflang). And the
// header's language switch: a keyboard reaches it, it turns the page Korean in place, Back turns it
// back.
import { expect, test, type Page } from '@playwright/test';
import { watch } from './watch';

const SITE_KO = '해외 파견 북한 노동자';
const HEADING_KO = `${SITE_KO}: 공개된 모든 추정치와 그 출처`;
const HEADING_EN = 'North Koreans working abroad: every published estimate, with its source';
/** The views' links, in order, as the navigation names them. */
const NAV_KO = ['개요', '국가별', '출처 비교', '지도', '출처', 'SQL', '소개'];
const NAV_EN = ['Overview', 'Country', 'Compare sources', 'Map', 'Sources', 'SQL', 'About'];

const navLabels = (page: Page) =>
  page
    .getByRole('navigation', { name: /^(Views|화면)$/ })
    .getByRole('link')
    .allTextContents();

/** The page's hreflang links, as [hreflang, href] in document order. */
const alternates = (page: Page) =>
  page
    .locator('link[rel="alternate"][hreflang]')
    .evaluateAll((links) =>
      links.map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]),
    );

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('/ko/ shows the Overview drawn in Korean, both charts with their marks', async ({
    page,
  }) => {
    await page.goto('/ko/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(page).toHaveTitle(HEADING_KO);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(HEADING_KO);
    expect(await navLabels(page)).toEqual(NAV_KO);
    for (const id of ['worldwide', 'by-country']) {
      const figure = page.locator(`figure#${id}`);
      await expect(figure.getByRole('heading', { level: 2 })).toBeVisible();
      await expect(figure.locator('[data-id]').first()).toBeVisible();
    }
    // As many marks as the English page draws: the same snapshot.
    const korean = await page.locator('main [data-id]').count();
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(HEADING_EN);
    expect(await page.locator('main [data-id]').count()).toBe(korean);
    await expect(page.locator('noscript')).toHaveCount(1);
  });

  test('/ko/map/ has its Korean title and description; each page links its languages', async ({
    page,
  }) => {
    await page.goto('/ko/map/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(page).toHaveTitle(`체류국 지도 — ${SITE_KO}`);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /체류국/);
    await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'ko_KR');
    // Its preview image is the Korean card, which the build made.
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
      'content',
      '/previews/ko/map.png',
    );
    const image = await page.request.get('/previews/ko/map.png');
    expect(image.status()).toBe(200);
    expect(image.headers()['content-type']).toBe('image/png');
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
      'content',
      `체류국 지도 — ${SITE_KO}`,
    );
    expect(await alternates(page)).toEqual([
      ['en', '/map/'],
      ['ko', '/ko/map/'],
      ['x-default', '/map/'],
    ]);

    for (const [path, en, ko] of [
      ['/', '/', '/ko/'],
      ['/ko/', '/', '/ko/'],
      ['/about/', '/about/', '/ko/about/'],
      ['/ko/sql/', '/sql/', '/ko/sql/'],
    ] as const) {
      await page.goto(path);
      expect(await alternates(page), path).toEqual([
        ['en', en],
        ['ko', ko],
        ['x-default', en],
      ]);
      // Each counterpart is a page of the build.
      for (const href of [en, ko]) expect((await page.request.get(href)).status(), href).toBe(200);
    }
    await page.goto('/map/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveTitle('Map of the host countries — North Koreans working abroad');
  });
});

test('/ko/ hydrates the Korean page it was sent: no mark redrawn, no error', async ({ page }) => {
  const seen = watch(page);
  await page.addInitScript(() => {
    const removed = { count: 0 };
    (window as unknown as { removedMarks: typeof removed }).removedMarks = removed;
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.removedNodes) {
          if (node instanceof Element && (node.matches('g.mark') || node.querySelector('g.mark')))
            removed.count += 1;
        }
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('/ko/');
  await page.waitForFunction(() => performance.getEntriesByName('snapshot-ready').length > 0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HEADING_KO);
  await expect(page).toHaveTitle(HEADING_KO);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  const removed = await page.evaluate(
    () => (window as unknown as { removedMarks: { count: number } }).removedMarks.count,
  );
  expect(removed).toBe(0);
  expect(seen.errors).toEqual([]);
});

test('the language switch: Tab reaches it, Enter turns the page Korean in place, Back turns it back', async ({
  page,
}) => {
  const seen = watch(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HEADING_EN);
  // Its name is in the page's language too: 언어 once Korean.
  const switcher = page.getByRole('group', { name: /^(Language|언어)$/ });
  await expect(switcher.getByRole('link', { name: 'English' })).toHaveAttribute(
    'aria-current',
    'true',
  );
  const korean = switcher.getByRole('link', { name: '한국어' });
  await expect(korean).toHaveAttribute('hreflang', 'ko');
  await expect(korean).toHaveAttribute('lang', 'ko');
  await expect(korean).toHaveAttribute('href', '/?lang=ko');

  // The first stops of the keyboard: the skip link, then the switch's links.
  for (let stop = 0; stop < 4; stop++) {
    await page.keyboard.press('Tab');
    if (await korean.evaluate((link) => link === document.activeElement)) break;
  }
  await expect(korean).toBeFocused();
  const loads: string[] = [];
  page.on('load', () => loads.push(page.url()));
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/[?&]lang=ko(&|$)/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HEADING_KO);
  await expect.poll(() => navLabels(page)).toEqual(NAV_KO);
  await expect(page).toHaveTitle(HEADING_KO);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /추정치/);
  await expect(korean).toHaveAttribute('aria-current', 'true');
  // In place: the page was not loaded again.
  expect(loads).toEqual([]);

  await page.goBack();
  await expect(page).not.toHaveURL(/lang=/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HEADING_EN);
  await expect.poll(() => navLabels(page)).toEqual(NAV_EN);
  await expect(page).toHaveTitle(HEADING_EN);
  expect(seen.errors).toEqual([]);
});

test.describe('a browser that prefers Korean', () => {
  test.use({ locale: 'ko-KR' });

  test('opens Korean from a silent URL; English is then written into the URL', async ({ page }) => {
    await page.goto('/?view=about');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(page).toHaveTitle(`데이터 소개 — ${SITE_KO}`);
    const english = page.getByRole('group', { name: '언어' }).getByRole('link', {
      name: 'English',
    });
    await expect(english).toHaveAttribute('href', '/?view=about&lang=en');
    await english.click();
    await expect(page).toHaveURL(/\?view=about&lang=en$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveTitle('About the data — North Koreans working abroad');
    // Reloaded, the URL keeps it English against the browser's preference.
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    expect(await navLabels(page)).toEqual(NAV_EN);
  });
});
