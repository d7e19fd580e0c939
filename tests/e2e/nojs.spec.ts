// Without JavaScript, the site's main page still shows the Overview: the build draws both charts into
// index.html (src/build/prerender.ts), with every mark and the source line of each.
import { expect, test } from '@playwright/test';
import { estimates, formatCount, pick } from './data';

test.use({ javaScriptEnabled: false });

const range = pick('worldwide range', (row) => {
  return (
    row.country === 'WLD' &&
    row.measure === 'workers_present' &&
    row.low !== null &&
    row.high !== null
  );
});

test('with JavaScript off, the Overview shows both charts with their marks and source lines', async ({
  page,
}) => {
  await page.goto('/');
  const worldwide = page.locator('figure#worldwide');
  const byCountry = page.locator('figure#by-country');
  for (const figure of [worldwide, byCountry]) {
    await expect(figure.getByRole('heading', { level: 2 })).toBeVisible();
    await expect(figure.locator('[data-id]').first()).toBeVisible();
    await expect(figure.locator('.source-line')).toContainText(/Sources \(\d+ publications?\): \S/);
  }
  // One mark per figure, as the page draws them with JavaScript.
  const count = (test: (row: (typeof estimates)[number]) => boolean) =>
    estimates.filter((row) => row.measure === 'workers_present' && test(row)).length;
  await expect(worldwide.locator('[data-id]')).toHaveCount(count((row) => row.country === 'WLD'));
  await expect(byCountry.locator('[data-id]')).toHaveCount(count((row) => row.country !== 'WLD'));
  await expect(worldwide.locator(`[data-id="${range.id}"]`)).toHaveAttribute(
    'aria-label',
    new RegExp(`${formatCount(range.low!)}–${formatCount(range.high!)}`),
  );
});
