// The hostile cases accepted as data but odd (tests/hostile, `render: true`), all merged into one
// package served in place of the site's CSV files: every view, at a desktop's and a phone's width,
// stays inside its window, logs no error, and saves its charts as a parseable SVG and a decodable PNG.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { BASE_PACKAGE, type HostileCase } from '../hostile/case';
import { hostileCases } from '../hostile/index';
import { unbroken } from '../hostile/layout';
import { viewReady } from './views';
import { watch } from './watch';

const renderCases = hostileCases.filter((hostile) => hostile.render);
const FILES = ['sources.csv', 'estimates.csv', 'events.csv'] as const;

/** The base package with every render case's changes applied in turn (each adds its own records). */
async function mergedPackage(cases: HostileCase[]): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const file of FILES) files.set(file, await readFile(new URL(file, BASE_PACKAGE), 'utf8'));
  for (const hostile of cases) {
    if (hostile.setup) throw new Error(`${hostile.name}: a render case cannot need a directory`);
    for (const [file, change] of Object.entries(hostile.patch)) {
      const old = files.get(file) ?? '';
      const next = typeof change === 'function' ? change(old) : change;
      files.set(file, typeof next === 'string' ? next : new TextDecoder().decode(next));
    }
  }
  return toSiteSchema(files);
}

interface SchemaField {
  name: string;
  type: string;
  constraints?: { required?: boolean };
}

/**
 * The files with the site's columns (data/datapackage.json), in its order: the fixture package keeps
 * the schema it was written for, which lacks columns added since (an estimate's region, an event's
 * major flag). A missing column is left empty, or `yes` where a yes/no is required (the events are
 * then drawn as major ones, numbered on the Overview's chart).
 */
async function toSiteSchema(files: Map<string, string>): Promise<Map<string, string>> {
  const descriptor = JSON.parse(
    await readFile(new URL('../../data/datapackage.json', import.meta.url), 'utf8'),
  ) as { resources: { path: string; schema: { fields: SchemaField[] } }[] };
  const adapted = new Map<string, string>();
  for (const { path, schema } of descriptor.resources) {
    const rows = Papa.parse<Record<string, string>>(files.get(path) ?? '', {
      header: true,
      skipEmptyLines: true,
    }).data;
    const fill = (field: SchemaField) =>
      field.type === 'boolean' && field.constraints?.required ? 'yes' : '';
    const records = rows.map((row) => schema.fields.map((field) => row[field.name] ?? fill(field)));
    adapted.set(
      path,
      `${Papa.unparse({ fields: schema.fields.map((field) => field.name), data: records }, { newline: '\n' })}\n`,
    );
  }
  return adapted;
}

async function serve(page: Page, files: Map<string, string>) {
  await page.route(/\/(sources|estimates|events)-[\w-]+\.csv$/, (route, request) => {
    const name = /\/(\w+)-[\w-]+\.csv$/.exec(new URL(request.url()).pathname)![1]!;
    return route.fulfill({ body: files.get(`${name}.csv`)!, contentType: 'text/csv' });
  });
}

/** Opens another view in the same page, as Back and Forward do: the engine is not started again. */
async function show(page: Page, url: string) {
  await page.evaluate(
    `history.pushState(null, '', ${JSON.stringify(url)}); dispatchEvent(new PopStateEvent('popstate'))`,
  );
  // A view other than the Overview is loaded on first use.
  await expect(page.locator('main p.loading')).toHaveCount(0, { timeout: 30_000 });
  await viewReady(page);
}

/** The page is no wider than its window; if it is, the elements that stick out, for the message. */
async function expectNoSidewaysScroll(page: Page, where: string) {
  const measured = (await page.evaluate(`(() => {
    const width = innerWidth;
    const wide = [];
    for (const el of document.body.querySelectorAll('*')) {
      const box = el.getBoundingClientRect();
      if (box.right > width + 1 && box.width > 0)
        wide.push(el.tagName.toLowerCase() + '.' + [...el.classList].join('.') + ' ' + Math.round(box.right));
    }
    return { scroll: document.scrollingElement.scrollWidth, width, wide: wide.slice(0, 8) };
  })()`)) as { scroll: number; width: number; wide: string[] };
  expect
    .soft(measured.scroll, `${where}: ${measured.wide.join(', ')}`)
    .toBeLessThanOrEqual(measured.width);
}

/**
 * Every table alternative fits its box: wide enough for its columns, long text wraps in its cell. (On a
 * phone, a table is wider than the screen by design and scrolls in its box.)
 */
async function expectTablesFit(page: Page, where: string) {
  for (const box of await page.locator('main figure details .scroll').all()) {
    const { scroll, client } = await box.evaluate((el) => ({
      scroll: el.scrollWidth,
      client: el.clientWidth,
    }));
    expect.soft(scroll, `${where}: a table wider than its box`).toBeLessThanOrEqual(client + 1);
  }
}

/** Opens every table alternative of the view (a closed one lays out nothing). */
async function openTables(page: Page) {
  for (const summary of await page.locator('main figure details > summary').all()) {
    const open = await summary.evaluate((el) => (el.parentElement as HTMLDetailsElement).open);
    if (!open) await summary.click();
  }
}

/** The card of a figure, opened from the keyboard: no taller than the window, scrolling on its own. */
async function expectCardFits(page: Page, figure: string, id: string, where: string) {
  const mark = page.locator(`${figure} g.mark[data-id="${id}"]`);
  await mark.focus();
  const card = page.locator(`${figure} .card`);
  await expect(card).toBeVisible();
  const size = (await card.evaluate(
    (el) => ({
      height: el.getBoundingClientRect().height,
      scroll: el.scrollHeight,
      client: el.clientHeight,
      window: innerHeight,
    }),
    null,
  )) as { height: number; scroll: number; client: number; window: number };
  expect.soft(size.height, where).toBeLessThanOrEqual(size.window);
  if (size.scroll > size.client) {
    // A region that scrolls is reachable by the keyboard, and named.
    await expect(card).toHaveAttribute('tabindex', '0');
    await expect(card).toHaveAttribute('aria-label', /\S/);
  }
  await expectNoSidewaysScroll(page, `${where}, card open`);
  await page.keyboard.press('Escape');
}

const WIDTHS = [1280, 390];
/** A search of 200 characters without a space, as a link might carry it. */
const longSearch = unbroken('searchwithoutspaces', 200);

test('hostile but accepted data: no view scrolls sideways, no error, exports parse', async ({
  page,
}) => {
  expect(renderCases.length).toBeGreaterThan(0);
  const seen = watch(page);
  await serve(page, await mergedPackage(renderCases));
  await page.setViewportSize({ width: WIDTHS[0]!, height: 900 });
  await page.goto('/');
  await viewReady(page);
  await expect(page.locator('aside.notice'), 'the page refused a row').toHaveCount(0);
  // The merged package's figures are drawn, not the build's snapshot of the real data.
  await expect(page.locator('#worldwide g.mark[data-id="layout-notes-wld"]')).toBeVisible();

  // The year axis spans the figures' years: the event of 1950 is named under the chart, not drawn.
  const worldwide = page.locator('#worldwide');
  const svgTexts = await worldwide.locator('svg text').allTextContents();
  expect(svgTexts).toContain('2018');
  expect(svgTexts.filter((text) => /^(19[5-9]\d|200\d)$/.test(text.trim()))).toEqual([]);
  await expect(worldwide.locator('.event-list.outside')).toContainText(
    'Jun 25, 1950 — Event long before every figure',
  );

  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: width > 600 ? 900 : 844 });
    const views = {
      overview: '/',
      'country RUS': '/?view=country&country=RUS',
      compare: '/?view=compare&country=RUS&from=2017&to=2020',
      map: '/?view=map',
      sources: '/?view=sources',
      'sources, long search': `/?view=sources&q=${longSearch}`,
      about: '/?view=about',
    };
    for (const [name, url] of Object.entries(views)) {
      await show(page, url);
      await expectNoSidewaysScroll(page, `${name} at ${width} px`);
      await openTables(page);
      await expectNoSidewaysScroll(page, `${name} at ${width} px, tables open`);
      if (width >= 1000) await expectTablesFit(page, `${name} at ${width} px`);
    }
    await show(page, '/');
    await expectCardFits(page, '#worldwide', 'layout-notes-wld', `long note at ${width} px`);
    await expectCardFits(page, '#worldwide', 'layout-title-wld', `long title at ${width} px`);
    await show(page, '/?view=country&country=RUS');
    await expectCardFits(
      page,
      '#country-over-time',
      'layout-text-rus',
      `long fields at ${width} px`,
    );
  }

  // Every chart of the Overview saves as an SVG a strict parser reads and a PNG an image decodes.
  await page.setViewportSize({ width: WIDTHS[0]!, height: 900 });
  await show(page, '/');
  for (const figure of await page.locator('main figure[id]').all()) {
    const name = await figure.getAttribute('id');
    const svgButton = figure.getByRole('button', { name: 'Download image as SVG' });
    if ((await svgButton.count()) === 0) continue;
    const [svgFile] = await Promise.all([page.waitForEvent('download'), svgButton.click()]);
    const svg = await readFile(await svgFile.path(), 'utf8');
    // Parsed in a blank page: the site's Content-Security-Policy refuses the SVG's style attributes.
    const blank = await page.context().newPage();
    const parsed = (await blank.evaluate(`(() => {
      const doc = new DOMParser().parseFromString(${JSON.stringify(svg)}, 'image/svg+xml');
      return { error: doc.querySelector('parsererror')?.textContent ?? null, root: doc.documentElement.localName };
    })()`)) as { error: string | null; root: string };
    await blank.close();
    expect(parsed, `${name} SVG`).toEqual({ error: null, root: 'svg' });

    const [pngFile] = await Promise.all([
      page.waitForEvent('download'),
      figure.getByRole('button', { name: 'Download image as PNG' }).click(),
    ]);
    const png = (await readFile(await pngFile.path())).toString('base64');
    const decoded = (await page.evaluate(`(async () => {
      const image = new Image();
      image.src = 'data:image/png;base64,${png}';
      await image.decode();
      return image.naturalWidth > 0 && image.naturalHeight > 0;
    })()`)) as boolean;
    expect(decoded, `${name} PNG`).toBe(true);
  }

  expect(seen.errors).toEqual([]);
});
