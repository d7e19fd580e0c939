import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { estimates, type Estimate } from './data';

// The countries the picker offers: every country with a figure (worldwide totals, not regional
// subtotals, for WLD).
const pickable = new Set(
  estimates.filter((row) => row.country !== 'WLD' || row.region === null).map((row) => row.country),
);
const ids = new Set(estimates.map((row) => row.id));
const noteOf = (row: Estimate) => (row as Estimate & { note: string | null }).note ?? '';
const namesIds = (row: Estimate) =>
  [...ids].some((id) => id !== row.id && noteOf(row).includes(id));

async function engineReady(page: Page) {
  await page.waitForFunction(() => performance.getEntriesByName('dataset-ready').length > 0, null, {
    timeout: 60_000,
  });
}

/** The list markers ("1.", "2.", …) Chromium draws for a list, read from its accessibility tree. */
async function listMarkers(page: Page, selector: string): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const { result } = await cdp.send('Runtime.evaluate', {
    expression: `document.querySelector(${JSON.stringify(selector)})`,
  });
  if (!result.objectId) return [];
  const { nodes } = await cdp.send('Accessibility.queryAXTree', {
    objectId: result.objectId,
    role: 'ListMarker',
  });
  await cdp.detach();
  return nodes.map((node) => String(node.name?.value ?? '').trim());
}

test('the country picker is a combobox: type, arrows, Enter and Escape, keyboard only', async ({
  page,
}) => {
  await page.goto('/?view=country&country=WLD');
  await engineReady(page);
  const picker = page.getByRole('combobox', { name: 'Country' });
  await expect(picker).toHaveValue('Worldwide');
  const list = page.getByRole('listbox', { name: 'Countries' });

  // Opened from the keyboard, it offers every country with figures, each with its count.
  await picker.focus();
  await page.keyboard.press('ArrowDown');
  await expect(list).toBeVisible();
  await expect(list.getByRole('option')).toHaveCount(pickable.size, { timeout: 30_000 });
  await expect(list.getByRole('option').first()).toContainText('Worldwide');
  await expect(list.getByRole('option').first()).toContainText(/\d+ figures?/);
  await page.keyboard.press('Escape');
  await expect(list).toBeHidden();
  await expect(picker).toHaveValue('Worldwide');

  // Typing narrows the list; Enter takes the best match.
  await page.keyboard.type('rus');
  await expect(picker).toHaveAttribute('aria-expanded', 'true');
  await expect(list.getByRole('option').first()).toContainText('Russia');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[?&]country=RUS(&|$)/);
  await expect(picker).toHaveValue('Russia');
  await expect(list).toBeHidden();
  await expect(page.locator('#country-over-time-title')).toContainText('Russia');
  // Typing again replaces the name rather than adding to it.

  // The ISO code finds its country too, and the arrow keys move the choice.
  await picker.focus();
  await page.keyboard.type('chn');
  await expect(list.getByRole('option')).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[?&]country=CHN(&|$)/);

  await picker.focus();
  await page.keyboard.type('rus');
  await page.keyboard.press('ArrowDown');
  const active = await picker.getAttribute('aria-activedescendant');
  await expect(page.locator(`[id="${active}"]`)).not.toContainText('Russia');
  await expect(page.locator(`[id="${active}"]`)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Escape');
  await expect(picker).toHaveValue('China');
  await expect(page).toHaveURL(/[?&]country=CHN(&|$)/);
});

test('in Korean the picker finds a country by its Korean name, its English name and its code', async ({
  page,
}) => {
  await page.goto('/?view=country&country=WLD&lang=ko');
  await engineReady(page);
  const picker = page.getByRole('combobox', { name: '국가' });
  await expect(picker).toHaveValue('전 세계');
  const list = page.getByRole('listbox', { name: '국가 목록' });

  for (const [typed, name] of [
    ['러시아', '러시아'],
    // A syllable on its way (러, 럿, 러시…), as a Korean keyboard shows it, already finds its name.
    ['럿', '러시아'],
    ['russia', '러시아'],
    ['chn', '중국'],
  ] as const) {
    await picker.focus();
    await page.keyboard.type(typed);
    await expect(list.getByRole('option').first()).toContainText(name);
    await expect(list.getByRole('option').first()).toContainText(/수치 \d+건/);
    await page.keyboard.press('Escape');
  }
  await picker.focus();
  await page.keyboard.type('zzz');
  await expect(list).toContainText('“zzz”에 해당하는 국가가 없습니다');
  await page.keyboard.press('Escape');

  await picker.focus();
  await page.keyboard.type('러시아');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[?&]country=RUS(&|$)/);
  await expect(picker).toHaveValue('러시아');
});

test('a year the link could not carry is refused with a reason, and Reset clears it', async ({
  page,
}) => {
  await page.goto('/?lang=ko');
  await page.locator('details.filters summary').click();
  const from = page.getByRole('spinbutton', { name: '시작' });
  const to = page.getByRole('spinbutton', { name: '끝' });

  await from.fill('1800');
  await from.press('Tab');
  await expect(from).toHaveAttribute('aria-invalid', 'true');
  await expect(from).toHaveAccessibleDescription(/년에서 \d{4}년 사이의 연도를 입력하십시오/);
  expect(page.url()).not.toContain('from=');

  await from.fill('2020');
  await from.press('Tab');
  await expect(page).toHaveURL(/[?&]from=2020(&|$)/);
  await expect(from).not.toHaveAttribute('aria-invalid');
  await to.fill('2010');
  await to.press('Tab');
  await expect(to).toHaveAccessibleDescription('끝 연도가 시작 연도보다 이릅니다.');
  expect(page.url()).not.toContain('to=');

  await page.getByRole('button', { name: '필터 초기화' }).click();
  await expect(page).not.toHaveURL(/from=/);
  await expect(to).toHaveValue('');
  await expect(to).not.toHaveAttribute('aria-invalid');
  await expect(page.locator('details.filters .problem')).toBeHidden();
});

test('the country picker fits and works on a 390 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/?view=compare&country=WLD');
  await engineReady(page);
  const picker = page.getByRole('combobox', { name: 'Country' });
  await picker.click();
  const list = page.getByRole('listbox', { name: 'Countries' });
  await expect(list).toBeVisible();
  const box = await list.boundingBox();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  await list.getByRole('option', { name: /^Russia/ }).click();
  await expect(page).toHaveURL(/[?&]country=RUS(&|$)/);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds nothing wrong with the open country list (${theme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto('/?view=country&country=RUS');
    await engineReady(page);
    const picker = page.getByRole('combobox', { name: 'Country' });
    await picker.focus();
    await page.keyboard.type('r');
    await page.keyboard.press('ArrowDown');
    await expect(
      page.getByRole('listbox', { name: 'Countries' }).getByRole('option'),
    ).not.toHaveCount(0);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .include('.country-select')
      .analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });
}

test('each setting has one control per view; the countries filter only where it applies', async ({
  page,
}) => {
  const filters = page.locator('details.filters');
  const measureMenus = page.locator('select').filter({
    has: page.locator('option[value="workers_present"]'),
  });
  const yearFrom = page.getByRole('spinbutton', { name: 'From' });
  const countriesFilter = filters.locator('fieldset', { hasText: 'Countries' });

  await page.goto('/?view=country&country=RUS');
  await engineReady(page);
  await filters.locator('summary').click();
  await expect(measureMenus).toHaveCount(1);
  // The one left is the view's own, with each measure's count.
  await expect(measureMenus.locator('option').first()).toHaveText(/\(\d+\)$/, {
    timeout: 30_000,
  });
  await expect(countriesFilter).toHaveCount(0);
  await expect(yearFrom).toHaveCount(1);

  await page.goto('/?view=compare&country=RUS');
  await engineReady(page);
  await filters.locator('summary').click();
  await expect(yearFrom).toHaveCount(1);
  await expect(measureMenus).toHaveCount(1);
  await expect(countriesFilter).toHaveCount(0);

  // Where the countries filter applies, it is there (and the summary names what it keeps).
  await page.goto('/?countries=RUS');
  await filters.locator('summary').click();
  await expect(countriesFilter).toHaveCount(1);
  await expect(filters.locator('.summary')).toContainText('Russia');
  await page.goto('/?view=country&country=CHN&countries=RUS');
  await expect(filters.locator('.summary')).not.toContainText('Russia');
});

test('the publication list numbers from 1 after switching countries', async ({ page }) => {
  const items = page.locator('section.sources ol > li');
  const picker = page.getByRole('combobox', { name: 'Country' });
  // The publications of a country's workers-present figures, the view's default measure (for WLD,
  // its regional subtotals' too, as the chart draws them).
  const publications = (country: string) =>
    new Set(
      estimates
        .filter((row) => row.country === country && row.measure === 'workers_present')
        .map((row) => row.source_id),
    ).size;

  await page.goto('/?view=country&country=RUS');
  await engineReady(page);
  for (const [typed, country] of [
    ['china', 'CHN'],
    ['russia', 'RUS'],
    ['mongolia', 'MNG'],
    ['worldwide', 'WLD'],
  ] as const) {
    await picker.focus();
    await page.keyboard.type(typed);
    await page.keyboard.press('Enter');
    const count = publications(country);
    expect(count, `${country} has publications in data/`).toBeGreaterThan(0);
    await expect(items).toHaveCount(count, { timeout: 30_000 });
    await expect(page.locator('section.sources h3')).toContainText(`(${count})`);
    expect(await page.locator('section.sources ol').getAttribute('start')).toBeNull();
    await expect
      .poll(() => listMarkers(page, 'section.sources ol'), { message: country })
      .toEqual(Array.from({ length: count }, (_, index) => `${index + 1}.`));
  }
});

// The country whose figures' notes name the most other figures, in the measure they name most.
const noted = estimates.filter((row) => row.country !== 'WLD' && namesIds(row));
const tally = new Map<string, Estimate[]>();
for (const row of noted) {
  const key = `${row.country}|${row.measure}`;
  tally.set(key, [...(tally.get(key) ?? []), row]);
}
const [busiest, busiestRows] = [...tally].sort((a, b) => b[1].length - a[1].length)[0] ?? [];

test('notes name the figures they refer to, never their ids, in cards and tables', async ({
  page,
}) => {
  expect(busiestRows?.length, 'notes in data/ that name other figures').toBeGreaterThan(1);
  const [country, measure] = busiest!.split('|');
  await page.goto(`/?view=country&country=${country}&measure=${measure}`);
  await engineReady(page);
  const chart = page.locator('#country-over-time');

  for (const row of busiestRows!) {
    const mark = chart.locator(`g.mark[data-id="${row.id}"]`);
    await expect(mark).toHaveCount(1, { timeout: 30_000 });
    await mark.focus();
    const note = chart.locator('.card .note');
    await expect(note).toBeVisible();
    // The note is shown once its references are known, each as a link to its figure's country.
    await expect(note.locator('a').first()).toHaveAttribute('href', /view=country/);
    const text = (await note.textContent()) ?? '';
    expect(
      [...ids].filter((id) => text.includes(id)),
      row.id,
    ).toEqual([]);
    await page.keyboard.press('Escape');
  }

  await chart.locator('details summary').click();
  // The table alternative says what each figure covers, counts and comes from.
  await expect(chart.locator('details table thead th')).toContainText([
    'Country',
    'Area',
    'Measure',
    'Period',
    'Figure',
    'Estimator',
    'Source',
    'Published',
  ]);
  const table = (await chart.locator('details table').textContent()) ?? '';
  expect(table.length).toBeGreaterThan(0);
  expect([...ids].filter((id) => table.includes(id))).toEqual([]);
});
