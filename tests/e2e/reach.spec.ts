// Every figure drawn and every mark reachable: counts that agree with data/, the pointer reaching each
// mark and its card, and the keyboard reaching every mark through one Tab stop per chart.
import { expect, test, type Page } from '@playwright/test';
import { estimates, type Estimate } from './data';

const workers = (row: Estimate) => row.measure === 'workers_present';
const overlaps = (row: Estimate, from: number, to: number) =>
  row.ref_year_start !== null &&
  (row.ref_year_end ?? row.ref_year_start) >= from &&
  row.ref_year_start <= to;

/** The figures each view's chart must draw under its default filters, counted from data/. */
const views = [
  {
    url: '/',
    chart: 'worldwide',
    expected: estimates.filter((r) => workers(r) && r.country === 'WLD'),
  },
  {
    url: '/',
    chart: 'by-country',
    expected: estimates.filter((r) => workers(r) && r.country !== 'WLD'),
  },
  ...['RUS', 'CHN'].map((country) => ({
    url: `/?view=country&country=${country}`,
    chart: 'country-over-time',
    expected: estimates.filter((r) => workers(r) && r.country === country),
  })),
  {
    url: '/?view=compare&country=RUS&from=2017&to=2019',
    chart: 'compare',
    expected: estimates.filter((r) => workers(r) && r.country === 'RUS' && overlaps(r, 2017, 2019)),
  },
];

async function ready(page: Page, chart: string) {
  await expect(page.locator(`#${chart} g.mark`).first()).toBeVisible({ timeout: 60_000 });
}

for (const { url, chart, expected } of views) {
  test(`${url} #${chart}: the chart, its sentence and its table count every figure data/ holds`, async ({
    page,
  }) => {
    await page.goto(url);
    await ready(page, chart);
    const figure = page.locator(`#${chart}`);
    await expect(figure.locator('.summary')).toHaveAttribute('data-count', String(expected.length));
    await expect(figure.locator('.summary')).toContainText(
      `${expected.length.toLocaleString('en-US')} figure`,
    );
    await figure.locator('details > summary').click();
    await expect(figure.locator('tbody tr')).toHaveCount(expected.length);
    const tableIds = await figure
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-id')));
    expect(new Set(tableIds)).toEqual(new Set(expected.map((row) => row.id)));
    // Compare draws an estimate re-reported by several publications once; the others one mark a figure.
    const marks = await figure.locator('g.mark').count();
    if (chart === 'compare') expect(marks).toBeLessThanOrEqual(expected.length);
    else {
      expect(marks).toBe(expected.length);
      const drawn = await figure
        .locator('g.mark')
        .evaluateAll((gs) => gs.map((g) => g.getAttribute('data-id')));
      expect(new Set(drawn)).toEqual(new Set(expected.map((row) => row.id)));
    }
  });
}

/** Page coordinates of the centre of every mark of a chart: a bar's middle, a symbol's origin. */
function markCentres(page: Page, chart: string) {
  return page.locator(`#${chart} svg[role="group"]`).evaluate((svg) => {
    const matrix = (svg as SVGSVGElement).getScreenCTM()!;
    return [...svg.querySelectorAll<SVGGElement>('g.mark')].map((mark) => {
      const bar = mark.querySelector('line.bar');
      let x: number, y: number;
      if (bar) {
        x = (Number(bar.getAttribute('x1')) + Number(bar.getAttribute('x2'))) / 2;
        y = (Number(bar.getAttribute('y1')) + Number(bar.getAttribute('y2'))) / 2;
      } else {
        const at = /translate\(([-\d.e]+),([-\d.e]+)\)/.exec(
          mark.querySelector('path.symbol')!.getAttribute('transform')!,
        )!;
        [x, y] = [Number(at[1]), Number(at[2])];
      }
      const point = new DOMPoint(x, y).matrixTransform(matrix);
      return { id: mark.dataset.id!, x: point.x + scrollX, y: point.y + scrollY };
    });
  });
}

for (const chart of ['worldwide', 'by-country']) {
  test(`every mark of #${chart} opens its own card when the pointer is at its centre`, async ({
    page,
  }) => {
    test.setTimeout(300_000);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/');
    await ready(page, chart);
    const centres = await markCentres(page, chart);
    expect(centres.length).toBeGreaterThan(0);
    const missed: string[] = [];
    for (const centre of centres) {
      const scrollY = await page.evaluate((y) => {
        window.scrollTo(0, Math.max(0, y - 450));
        return window.scrollY;
      }, centre.y);
      await page.mouse.move(centre.x, centre.y - scrollY);
      const opened = page.locator(`#${chart} g.mark.active`);
      await expect(opened)
        .toHaveAttribute('data-id', centre.id, { timeout: 5_000 })
        .catch(() => {
          missed.push(centre.id);
        });
    }
    expect(missed, 'marks whose card did not open at their centre').toEqual([]);
  });
}

test('the pointer reaches an open card across other marks, and its button works', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  await ready(page, 'by-country');
  // The busiest row: the way from its first mark to the card crosses others.
  const [first] = await markCentres(page, 'by-country');
  await page.evaluate((y) => window.scrollTo(0, y - 300), first!.y);
  const scrollY = await page.evaluate(() => window.scrollY);
  await page.mouse.move(first!.x, first!.y - scrollY);
  const card = page.locator('#by-country .card');
  await expect(card).toBeVisible();
  await expect(page.locator('#by-country g.mark.active')).toHaveAttribute('data-id', first!.id);
  const box = (await card.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 25 });
  await expect(page.locator('#by-country g.mark.active')).toHaveAttribute('data-id', first!.id);
  await card.getByRole('button', { name: 'Cite this figure' }).click();
  await expect(page.getByRole('dialog')).toContainText('Cite this figure');
});

test('from the top, six Tab presses at most reach the first chart’s actions', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  await ready(page, 'worldwide');
  let presses = 0;
  while (presses < 20) {
    await page.keyboard.press('Tab');
    presses++;
    const focused = page.locator(':focus');
    if ((await focused.textContent())?.trim() === 'Skip to content') {
      await page.keyboard.press('Enter');
      continue;
    }
    if (await focused.evaluate((el) => el.closest('#worldwide .actions') !== null)) break;
  }
  expect(presses).toBeLessThanOrEqual(6);
});

for (const chart of ['worldwide', 'by-country']) {
  test(`arrow keys reach every mark of #${chart} from its one Tab stop, each card in view`, async ({
    page,
  }) => {
    test.setTimeout(300_000);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/');
    await ready(page, chart);
    const marks = page.locator(`#${chart} g.mark`);
    await expect(page.locator(`#${chart} g.mark[tabindex="0"]`)).toHaveCount(1);
    await page.locator(`#${chart} g.mark[tabindex="0"]`).focus();
    await page.keyboard.press('Home');
    const total = await marks.count();
    const reached = new Set<string>();
    const outOfView: string[] = [];
    for (let i = 0; i < total; i++) {
      const id = await page.evaluate(() => document.activeElement?.getAttribute('data-id'));
      reached.add(id!);
      // The card is placed once it is drawn and measured: wait for it, then check it is in view.
      const inView = async () => {
        const card = page.locator(`#${chart} .card`);
        await expect(card).toBeVisible();
        const box = (await card.boundingBox())!;
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.y + box.height).toBeLessThanOrEqual(900);
      };
      await expect(inView)
        .toPass({ timeout: 10_000 })
        .catch(() => outOfView.push(id!));
      await page.keyboard.press('ArrowRight');
    }
    expect(reached.size).toBe(total);
    expect(outOfView, 'marks whose card was not inside the viewport').toEqual([]);
    // Enter pins the card, Tab goes into it, Escape closes it and gives focus back to the mark.
    const last = await page.evaluate(() => document.activeElement?.getAttribute('data-id'));
    await page.keyboard.press('Enter');
    await expect(page.locator(`#${chart} g.mark[data-id="${last}"]`)).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    // Tab goes into the card: to its first link, or to the card itself when it is taller than its
    // max-height (then the card is the Tab stop, for the keyboard to scroll it).
    await page.keyboard.press('Tab');
    await expect(page.locator(`#${chart} .card:focus-within`)).toHaveCount(1);
    await page.keyboard.press('Escape');
    await expect(page.locator(`#${chart} .card`)).toHaveCount(0);
    await expect(page.locator(':focus')).toHaveAttribute('data-id', last!);
  });
}
