import { expect, test } from '@playwright/test';
import { compared, estimates, formatCount, onWorldwideChart, pick, valueOf } from './data';
import { watch } from './watch';

const russiaCompare = '/?view=compare&country=RUS&measure=permits_held&from=2017&to=2018';

test('a Compare permalink for Russia 2017–2018 opens on every permit figure for those years, in order, with their envelope', async ({
  page,
}) => {
  const seen = watch(page);
  const russia = compared('RUS', 'permits_held', 2017, 2018);
  expect(russia.groups.length, 'permit figures for Russia 2017–2018 in data/').toBeGreaterThan(1);
  await page.goto(russiaCompare);
  const chart = page.locator('#compare');
  await expect(chart.getByRole('heading', { level: 2 })).toContainText('Russia, 2017–2018');
  const rows = chart.locator('li.row');
  await expect(rows).toHaveCount(russia.groups.length, { timeout: 30_000 });
  await expect
    .poll(() => rows.evaluateAll((items) => items.map((item) => item.getAttribute('data-group'))))
    .toEqual(russia.groups.map((group) => group.id));
  const [lowest, highest] = [russia.groups[0]!, russia.groups.at(-1)!];
  await expect(rows.first()).toContainText(formatCount(valueOf(lowest.rows[0]!)!));
  await expect(rows.last()).toContainText(formatCount(valueOf(highest.rows[0]!)!));
  await expect(chart).toContainText(
    `every figure with a number lies between ${formatCount(russia.low)} and ${formatCount(russia.high)}`,
  );
  await expect(
    page.getByRole('navigation', { name: 'Views' }).locator('a[aria-current="page"]'),
  ).toHaveText('Compare sources');
  expect(seen.errors).toEqual([]);
});

test('a re-reported estimate is one row naming every publication that repeated it', async ({
  page,
}) => {
  // Any country's estimate that more than one publication reported, for the year it describes.
  const repeated = estimates
    .filter((row) => row.country !== 'WLD' && row.measure === 'workers_present')
    .filter((row) => row.ref_year_start !== null)
    .map((row) => {
      const year = row.ref_year_start!;
      const groups = compared(row.country, 'workers_present', year, year).groups;
      const group = groups.find((candidate) => candidate.rows.length > 1);
      return group && { country: row.country, year, group };
    })
    .find((found) => found !== undefined);
  expect(repeated, 'an estimate re-reported by two publications in data/').toBeDefined();
  const { country, year, group } = repeated!;
  const reports = group.rows.length;
  await page.goto(`/?view=compare&country=${country}&from=${year}&to=${year}`);
  const row = page.locator(`#compare li.row[data-group="${group.id}"]`);
  await expect(row).toContainText(`one estimate, re-reported by ${reports} publications`, {
    timeout: 30_000,
  });
  await row.locator('g.mark').focus();
  await expect(row.locator('.card li')).toHaveCount(reports);
  await expect(row.locator('.card')).toContainText('not independent confirmation');
});

test('a filter change updates the URL and the marks, and Back restores the previous view', async ({
  page,
}) => {
  const media = pick('media figure on the worldwide chart', (row) => {
    return onWorldwideChart(row) && row.estimator_type === 'media';
  });
  await page.goto('/');
  const marks = page.locator('#worldwide g.mark');
  await expect(marks.first()).toBeVisible({ timeout: 30_000 });
  const before = await marks.count();
  const mediaMark = page.locator(`#worldwide g.mark[data-id="${media.id}"]`);
  await expect(mediaMark).toHaveCount(1);
  // This test is about DuckDB answering a filter (progressive.spec.ts covers a filter set before it
  // starts): on a loaded machine the engine can take longer to start than an assertion waits.
  await page.waitForFunction(() => performance.getEntriesByName('dataset-ready').length > 0);

  await page.locator('summary', { hasText: 'Filters' }).click();
  await page.getByRole('checkbox', { name: 'Media' }).uncheck();
  await expect(page).toHaveURL(
    /types=academic%2Cgovernment%2Cintergovernmental%2Cngo_research|types=academic,government,intergovernmental,ngo_research/,
  );
  await expect(mediaMark).toHaveCount(0, { timeout: 30_000 });
  await expect(page.locator('#worldwide')).not.toHaveAttribute('aria-busy', 'true');
  expect(await marks.count()).toBeLessThan(before);

  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect(mediaMark).toHaveCount(1, { timeout: 30_000 });
  await expect(marks).toHaveCount(before);
  await expect(page.getByRole('checkbox', { name: 'Media' })).toBeChecked();
});

test('a link full of junk shows a notice and a working default view, never the junk as markup', async ({
  page,
}) => {
  const seen = watch(page);
  await page.goto(
    '/?view=%3Cscript%3Ealert(1)%3C%2Fscript%3E&country=XX1&from=2020&to=2010&colour=red&measure=%E0%A4%A&types=<img src=x onerror=alert(2)>',
  );
  const notices = page.getByRole('status', { name: 'Ignored link parameters' });
  await expect(notices).toBeVisible();
  await expect(notices).toContainText('Ignored view “<script>alert(1)</script>”');
  await expect(notices).toContainText('Ignored country “XX1”');
  await expect(notices).toContainText('from is after to');
  await expect(notices).toContainText('Ignored unknown parameter “colour”');
  // The text is shown as text: no element was made from it.
  await expect(page.locator('main script, main img')).toHaveCount(0);
  await expect(page.locator('#worldwide g.mark').first()).toBeVisible({ timeout: 30_000 });
  expect(seen.errors).toEqual([]);
});

test('the map shades Russia and China and opens a country on click and on Enter', async ({
  page,
}) => {
  await page.goto('/?view=map');
  const russia = page.locator('#map g.reported[data-country="RUS"]');
  const china = page.locator('#map g.reported[data-country="CHN"]');
  await expect(russia).toBeVisible({ timeout: 30_000 });
  await expect(china).toBeVisible();
  const fill = (country: string) =>
    page
      .locator(`#map g.reported[data-country="${country}"] path`)
      .evaluate((path) => getComputedStyle(path).fill);
  expect(await fill('RUS')).toMatch(/^rgb/);
  expect(await fill('CHN')).toMatch(/^rgb/);
  expect(await fill('CHN')).not.toBe(await fill('RUS'));
  // A country named as a host without a number is hatched.
  const numbered = new Set(
    estimates
      .filter((row) => row.measure === 'workers_present' && valueOf(row) !== null)
      .map((row) => row.country),
  );
  const presenceOnly = estimates
    .filter((row) => row.measure === 'presence_reported' && row.country !== 'WLD')
    .map((row) => row.country)
    .filter((code) => !numbered.has(code));
  const drawn = await page
    .locator('#map g.reported')
    .evaluateAll((groups) => groups.map((group) => group.getAttribute('data-country')));
  const hatched = presenceOnly.find((code) => drawn.includes(code));
  expect(
    hatched,
    'a host country reported without a number, in data/ and on the map',
  ).toBeDefined();
  expect(await fill(hatched!)).toContain('url(');

  // Russia's box spans the map (Chukotka crosses the antimeridian): click where Russia itself is drawn.
  await russia.scrollIntoViewIfNeeded();
  const inside = await russia.evaluate((group) => {
    const box = group.getBoundingClientRect();
    for (let y = box.top + 4; y < box.bottom; y += 6) {
      for (let x = box.left + 4; x < box.right; x += 6) {
        if (group.contains(document.elementFromPoint(x, y))) return { x, y };
      }
    }
    return null;
  });
  expect(inside).not.toBeNull();
  await page.mouse.click(inside!.x, inside!.y);
  await expect(page).toHaveURL(/view=country&country=RUS/);
  await expect(page.locator('#country-over-time-title')).toContainText('Russia');

  await page.goBack();
  await expect(china).toBeVisible({ timeout: 30_000 });
  await china.focus();
  await expect(page.locator('#map .card')).toContainText('China');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/view=country&country=CHN/);
  await expect(page.locator('#country-over-time-title')).toContainText('China');
});
