import { expect, test } from '@playwright/test';
import { watch } from './watch';

const russiaCompare = '/?view=compare&country=RUS&measure=permits_held&from=2017&to=2018';

test('a Compare permalink for Russia 2017–2018 opens on the figures reported to the UN committee', async ({
  page,
}) => {
  const seen = watch(page);
  await page.goto(russiaCompare);
  const chart = page.locator('#compare');
  await expect(chart.getByRole('heading', { level: 2 })).toContainText('Russia, 2017–2018');
  const rows = chart.locator('li.row');
  await expect(rows).toHaveCount(3, { timeout: 30_000 });
  await expect(rows.nth(0)).toHaveAttribute('data-group', 'ru-un-2019-end2018');
  await expect(rows.nth(0)).toContainText('11,490');
  await expect(rows.nth(2)).toHaveAttribute('data-group', 'ru-un-2019-end2017');
  await expect(rows.nth(2)).toContainText('30,023');
  await expect(chart).toContainText('every figure lies between 11,490 and 30,023');
  await expect(
    page.getByRole('navigation', { name: 'Views' }).locator('a[aria-current="page"]'),
  ).toHaveText('Compare sources');
  expect(seen.errors).toEqual([]);
});

test('a re-reported estimate is one row naming every publication that repeated it', async ({
  page,
}) => {
  await page.goto('/?view=compare&country=CHN&from=2022&to=2022');
  const row = page.locator('#compare li.row[data-group="chn-tip2023-20-100k-seedcheck"]');
  await expect(row).toContainText('one estimate, re-reported by 2 publications', {
    timeout: 30_000,
  });
  await row.locator('g.mark').focus();
  await expect(row.locator('.card li')).toHaveCount(2);
  await expect(row.locator('.card')).toContainText('not independent confirmation');
});

test('a filter change updates the URL and the marks, and Back restores the previous view', async ({
  page,
}) => {
  await page.goto('/');
  const marks = page.locator('#worldwide g.mark');
  await expect(marks.first()).toBeVisible({ timeout: 30_000 });
  const before = await marks.count();
  const mediaMark = page.locator('#worldwide g.mark[data-id="wld-dailynk-2007-20k-70k"]');
  await expect(mediaMark).toHaveCount(1);

  await page.locator('summary', { hasText: 'Filters' }).click();
  await page.getByRole('checkbox', { name: 'Media' }).uncheck();
  await expect(page).toHaveURL(
    /types=academic%2Cgovernment%2Cintergovernmental%2Cngo_research|types=academic,government,intergovernmental,ngo_research/,
  );
  await expect(mediaMark).toHaveCount(0);
  expect(await marks.count()).toBeLessThan(before);

  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect(mediaMark).toHaveCount(1);
  expect(await marks.count()).toBe(before);
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
  expect(await fill('BGD')).toContain('url(');

  // Russia's box spans the map (Chukotka crosses the antimeridian): click where Russia itself is drawn.
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
