import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { watch } from './watch';

interface Category {
  value: string;
  label: string;
  description?: string;
}
interface Field {
  name: string;
  categories?: Category[];
}
const descriptor = JSON.parse(readFileSync('data/datapackage.json', 'utf8')) as {
  resources: { name: string; schema: { fields: Field[] } }[];
};
const estimateFields = descriptor.resources.find((r) => r.name === 'estimates')!.schema.fields;
const codebook = (name: string) => estimateFields.find((f) => f.name === name)!.categories!;

const SITE = 'North Koreans working abroad';
/** The views that have a page of their own besides the main page (the overview). */
const viewFolders = ['country', 'compare', 'map', 'sources', 'sql', 'about'];

/** The heading levels of the page's content, in document order. */
const headingLevels = (page: Page) =>
  page
    .locator('h1, h2, h3, h4, h5, h6')
    .evaluateAll((headings) => headings.map((h) => Number(h.tagName.slice(1))));

test('the About view opens from its URL: the codebook’s measures, the data version, headings in order', async ({
  page,
}) => {
  const seen = watch(page);
  await page.goto('/?view=about');
  const about = page.locator('article.about');
  await expect(about.getByRole('heading', { level: 2, name: 'About the data' })).toBeVisible();
  await expect(page).toHaveTitle(`About the data — ${SITE}`);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /licences/);

  // Every measure of the codebook, with its label and definition as data/datapackage.json has them.
  const measures = codebook('measure');
  expect(measures.length).toBeGreaterThan(5);
  const terms = about.locator('[data-codebook="measure"] dt');
  await expect(terms).toHaveText(measures.map((m) => m.label));
  await expect(about.locator('[data-codebook="measure"] dd')).toHaveText(
    measures.map((m) => m.description ?? ''),
  );
  for (const type of codebook('estimator_type')) {
    await expect(about).toContainText(type.label);
  }

  // The data version the footer shows, as a label of a date and a hash.
  const version = await page
    .locator('footer [data-dataset-version]')
    .getAttribute('data-dataset-version');
  expect(version).toMatch(/^\d{4}-\d{2}-\d{2} · [0-9a-f]{8}$/);
  await expect(about.locator('[data-dataset-version]')).toHaveAttribute(
    'data-dataset-version',
    version!,
  );
  await expect(about.locator('[data-dataset-version]')).toContainText(version!);

  // One h1 (the site), then the view's h2, its sections h3: no level skipped.
  const levels = await headingLevels(page);
  expect(levels.filter((level) => level === 1)).toHaveLength(1);
  expect(levels[0]).toBe(1);
  levels.forEach((level, i) => {
    if (i > 0) expect(level, `heading ${i}`).toBeLessThanOrEqual(levels[i - 1]! + 1);
  });
  await expect(about.getByRole('heading', { level: 3 })).toHaveCount(9);

  // The licences and the dataset's citation.
  await expect(about).toContainText('MIT licence');
  await expect(about.getByRole('link', { name: 'Creative Commons Attribution 4.0' })).toBeVisible();
  await about.getByRole('button', { name: 'Cite the dataset' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cite the dataset' });
  // The citation formatter loads on first use: generous on a loaded machine.
  await expect(dialog).toContainText(version!, { timeout: 30_000 });
  // The filters do not apply to this view: none is shown.
  await expect(page.locator('main select, main input[type="checkbox"]')).toHaveCount(0);
  expect(seen.errors).toEqual([]);
});

test('the nav opens About, the title follows the view, and Back restores both', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page).toHaveTitle(`${SITE}: every published estimate, with its source`);
  const nav = page.getByRole('navigation', { name: 'Views' });
  await nav.getByRole('link', { name: 'About' }).click();
  await expect(page).toHaveURL(/\?view=about$/);
  await expect(page.getByRole('heading', { level: 2, name: 'About the data' })).toBeVisible();
  await expect(nav.locator('a[aria-current="page"]')).toHaveText('About');
  await expect(page).toHaveTitle(`About the data — ${SITE}`);

  const titles = new Set<string>();
  for (const name of ['Overview', 'Country', 'Compare sources', 'Map', 'Sources', 'About']) {
    await nav.getByRole('link', { name, exact: true }).click();
    await expect(nav.locator('a[aria-current="page"]')).toHaveText(name);
    await expect(page).toHaveTitle(new RegExp(SITE));
    titles.add(await page.title());
  }
  expect(titles.size).toBe(6);

  await page.goto('/?view=country&country=RUS');
  await expect(page).toHaveTitle(`Russia: every published figure — ${SITE}`);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /in Russia/);
  await page.goBack();
  await expect(page).toHaveTitle(`About the data — ${SITE}`);
});

test('each view’s own page carries its title, description and a preview PNG that exists', async ({
  page,
  request,
}) => {
  const pages = ['', ...viewFolders.map((folder) => `${folder}/`)];
  const images = new Set<string>();
  for (const path of pages) {
    const response = await request.get(`/${path}`);
    expect(response.ok(), path).toBe(true);
    const html = await response.text();
    const tag = (key: string) =>
      new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1];
    const title = /<title>([^<]*)<\/title>/.exec(html)?.[1];
    expect(title, path).toContain(SITE);
    expect(tag('og:title'), path).toBe(title);
    expect(tag('twitter:card'), path).toBe('summary_large_image');
    expect(tag('og:type'), path).toBe('website');
    expect(tag('og:description'), path).toBe(tag('description'));
    const image = tag('og:image')!;
    expect(image, path).toMatch(/\.png$/);
    images.add(image);
    const png = await request.get(image);
    expect(png.ok(), image).toBe(true);
    expect(png.headers()['content-type']).toBe('image/png');
    const bytes = await png.body();
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)], image).toEqual([1200, 630]);
  }
  expect(images.size).toBe(pages.length);

  // The page boots the app on its view, and its links lead back to the main page's URLs.
  await page.goto('/about/');
  await expect(page.getByRole('heading', { level: 2, name: 'About the data' })).toBeVisible();
  await expect(page).toHaveTitle(`About the data — ${SITE}`);
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Map' }).click();
  await expect(page).toHaveURL(/\/\?view=map$/);
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('link', { name: 'Overview' })
    .click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page).toHaveTitle(`${SITE}: every published estimate, with its source`);
});

test('“Skip to content” is the first Tab stop, shows when focused and moves focus to the main content', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.locator('main')).toBeVisible();
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).not.toBeInViewport();
  await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#content')).toBeFocused();
  // The next Tab stop is inside the content, past the header's navigation.
  await page.keyboard.press('Tab');
  expect(
    await page.evaluate(() => document.querySelector('main')!.contains(document.activeElement)),
  ).toBe(true);
});
