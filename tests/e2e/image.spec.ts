import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { watch } from './watch';
import { viewReady, views } from './views';

/** What the page's DOMParser makes of a downloaded SVG. */
interface ParsedSvg {
  parserError: string | null;
  root: string;
  namespace: string | null;
  width: number;
  height: number;
  /** Every <text>, whitespace collapsed, in document order. */
  texts: string[];
  textFills: string[];
  /** font-weight of the first <text>. */
  firstWeight: string | null;
  rects: { fill: string; opacity: string }[];
  /** Every fill and stroke attribute value, lowercased. */
  paints: string[];
  background: string | null;
  links: string[];
}

const squash = (text: string) => text.replace(/\s+/g, '');
/**
 * An SVG without the one stylesheet an image may carry: the CJK glyphs it shows, as @font-face rules
 * with their woff2 inline (src/lib/export/imageFonts.ts).
 */
const withoutEmbeddedFonts = (svg: string) =>
  svg.replace(
    /<style>(?:@font-face\{[^{}]*url\(data:font\/woff2;base64,[^)]*\)[^{}]*\}\n?)+<\/style>/,
    '',
  );
/** Whether the image's text holds `text`; lines may wrap anywhere, so whitespace is ignored. */
const drawn = (svg: ParsedSvg, text: string) => squash(svg.texts.join(' ')).includes(squash(text));

async function parseSvg(page: Page, source: string): Promise<ParsedSvg> {
  // In a blank page: the site's Content-Security-Policy would refuse the SVG's style attributes.
  const blank = await page.context().newPage();
  try {
    return await parsedIn(blank, source);
  } finally {
    await blank.close();
  }
}

function parsedIn(page: Page, source: string): Promise<ParsedSvg> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const error = doc.querySelector('parsererror');
    const root = doc.documentElement;
    const all = Array.from(root.querySelectorAll('*')) as SVGElement[];
    const probe = document.createElement('canvas').getContext('2d')!;
    /** A paint as '#rrggbb' (or 'none', 'url(#…)'), from the attribute or the inline style. */
    const paint = (el: Element, name: 'fill' | 'stroke') => {
      const value = el.getAttribute(name) ?? (el as SVGElement).style?.getPropertyValue(name) ?? '';
      if (value === '' || value === 'none' || value.startsWith('url(')) return value;
      probe.fillStyle = '#000000';
      probe.fillStyle = value;
      return String(probe.fillStyle).toLowerCase();
    };
    return {
      parserError: error ? (error.textContent ?? 'parsererror') : null,
      root: root.localName,
      namespace: root.namespaceURI,
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      texts: Array.from(root.querySelectorAll('text')).map((t) =>
        (t.textContent ?? '').replace(/\s+/g, ' ').trim(),
      ),
      textFills: Array.from(root.querySelectorAll('text'))
        .map((t) => paint(t, 'fill'))
        .filter(Boolean),
      firstWeight: root.querySelector('text')?.getAttribute('font-weight') ?? null,
      rects: Array.from(root.querySelectorAll('rect')).map((r) => ({
        fill: paint(r, 'fill'),
        opacity: r.getAttribute('opacity') ?? '1',
      })),
      paints: all.flatMap((el) =>
        (['fill', 'stroke'] as const).map((name) => paint(el, name)).filter(Boolean),
      ),
      background: (() => {
        const rect = root.querySelector(':scope > rect');
        return rect ? paint(rect, 'fill') : null;
      })(),
      links: Array.from(root.querySelectorAll('a')).map(
        (a) => a.getAttribute('href') ?? a.getAttribute('xlink:href') ?? '',
      ),
    };
  }, source);
}

/** Clicks one of the figure's image buttons and returns the downloaded file. */
async function download(page: Page, figure: Locator, format: 'SVG' | 'PNG') {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    figure.getByRole('button', { name: `Download image as ${format}` }).click(),
  ]);
  expect(file.suggestedFilename()).toMatch(new RegExp(`\\.${format.toLowerCase()}$`));
  const path = await file.path();
  return readFile(path);
}

/** Every publisher the on-screen source line names, after asking it for the ones it hides. */
async function publishers(figure: Locator): Promise<string[]> {
  const line = figure.locator('.source-line');
  const more = line.getByRole('button', { name: /^and \d+ more$/ });
  if ((await more.count()) > 0) await more.click();
  const text = (await line.textContent()) ?? '';
  return text
    .replace(/^\s*Sources? \(\d+ publications?\):/, '')
    .trim()
    .replace(/\.$/, '')
    .split(';')
    .map((name) => name.trim())
    .filter(Boolean);
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function versionLabel(page: Page): Promise<string> {
  const label = await page
    .locator('[data-dataset-version]')
    .first()
    .getAttribute('data-dataset-version');
  expect(label?.trim()).toBeTruthy();
  return label!.trim();
}

/** The checks every exported chart passes: standalone, titled, sourced, versioned, linked back. */
async function expectPublishable(page: Page, figure: Locator, origin: string) {
  const title = ((await figure.getByRole('heading', { level: 2 }).textContent()) ?? '').trim();
  const version = await versionLabel(page);
  const names = await publishers(figure);
  expect(names.length).toBeGreaterThanOrEqual(2);

  const source = (await download(page, figure, 'SVG')).toString('utf8');
  const svg = await parseSvg(page, source);
  expect(svg.parserError).toBeNull();
  expect(svg.root).toBe('svg');
  expect(svg.namespace).toBe('http://www.w3.org/2000/svg');
  expect(svg.width).toBeGreaterThan(200);
  expect(svg.height).toBeGreaterThan(200);
  // Standalone: no stylesheet or custom property to resolve, nothing fetched from anywhere.
  expect(withoutEmbeddedFonts(source)).not.toMatch(
    /<style|var\(|<image|<foreignObject|@import|url\(["']?http|<!--/i,
  );

  // The title comes first, in bold.
  expect(squash(svg.texts[0] ?? '')).not.toBe('');
  expect(drawn(svg, title)).toBe(true);
  expect(squash(title).startsWith(squash(svg.texts[0]!))).toBe(true);
  expect(svg.firstWeight).toBe('700');
  // Every publisher, not only those the on-screen line shows before "and N more".
  for (const name of names) expect(drawn(svg, name), name).toBe(true);
  expect(drawn(svg, `version ${version}`)).toBe(true);
  // The link back to the view: drawn as text and clickable.
  const permalink = svg.links[0] ?? '';
  expect(permalink.startsWith(origin)).toBe(true);
  expect(drawn(svg, `Data: nk-workers-abroad, version ${version} · ${permalink}`)).toBe(true);

  const png = pngSize(await download(page, figure, 'PNG'));
  expect(png).toEqual({ width: 2 * svg.width, height: 2 * svg.height });
  return { svg, title, permalink };
}

test('the worldwide chart saves as an SVG and a 2x PNG with its title, axes, legend, every source, the version and its link', async ({
  page,
  baseURL,
}) => {
  const seen = watch(page);
  await page.goto('/');
  const figure = page.locator('#worldwide');
  await expect(figure.locator('g.mark').first()).toBeVisible({ timeout: 30_000 });

  const axisLabels = await figure.locator('svg text.label').allTextContents();
  const legend = await figure.locator('ul.legend li').allTextContents();
  const events = await figure.locator('ol.event-list li').allTextContents();
  expect(axisLabels.length).toBeGreaterThanOrEqual(2);
  expect(legend.length).toBeGreaterThanOrEqual(3);

  const { svg, title, permalink } = await expectPublishable(page, figure, new URL(baseURL!).origin);
  for (const text of [...axisLabels, ...legend, ...events])
    expect(drawn(svg, text), text).toBe(true);
  // Event numbers are list markers, not text in the DOM: the image draws them too.
  if (events.length > 0) expect(svg.texts.some((text) => text.startsWith('1. '))).toBe(true);

  // The link reproduces the view.
  await page.goto(permalink);
  await expect(page.locator('#worldwide').getByRole('heading', { level: 2 })).toHaveText(title);
  expect(seen.errors).toEqual([]);
});

test('the compare chart, HTML rows each with its own plot, saves with every row label in SVG text and every plot', async ({
  page,
  baseURL,
}) => {
  const seen = watch(page);
  await page.goto('/?view=compare&country=RUS&measure=permits_held&from=2017&to=2018');
  const figure = page.locator('#compare');
  await expect(figure.locator('li.row').first()).toBeVisible({ timeout: 30_000 });

  const rows = await figure.locator('li.row .label').allTextContents();
  const key = (await figure.locator('.envelope-key').textContent()) ?? '';
  const valueLabel = (await figure.locator('svg text.label').textContent()) ?? '';
  expect(rows.length).toBeGreaterThanOrEqual(2);

  const { svg, title, permalink } = await expectPublishable(page, figure, new URL(baseURL!).origin);
  for (const text of [...rows, key, valueLabel]) expect(drawn(svg, text), text).toBe(true);
  // One plot per row, each with the envelope band drawn in it, in its colour and opacity.
  const band = await figure
    .locator('li.row svg rect.band')
    .first()
    .evaluate((el) => {
      const style = getComputedStyle(el);
      const [r, g, b] = style.fill.match(/\d+/g)!.map(Number);
      const hex = '#' + [r, g, b].map((c) => c!.toString(16).padStart(2, '0')).join('');
      return { fill: hex, opacity: style.opacity };
    });
  expect(svg.rects.filter((r) => r.fill === band.fill && r.opacity === band.opacity)).toHaveLength(
    rows.length,
  );

  await page.goto(permalink);
  await expect(page.locator('#compare').getByRole('heading', { level: 2 })).toHaveText(title);
  expect(seen.errors).toEqual([]);
});

test('every chart of every view saves as a well-formed, standalone SVG', async ({ page }) => {
  test.setTimeout(300_000);
  let charts = 0;
  for (const [view, path] of Object.entries(views)) {
    await page.goto(path);
    await viewReady(page);
    for (const figure of await page.locator('main figure[id]').all()) {
      const id = await figure.getAttribute('id');
      const source = (await download(page, figure, 'SVG')).toString('utf8');
      const svg = await parseSvg(page, source);
      expect(svg.parserError, `${view} #${id}`).toBeNull();
      expect(svg.root).toBe('svg');
      expect(withoutEmbeddedFonts(source), `${view} #${id}`).not.toMatch(
        /<style|var\(|<foreignObject|<!--/,
      );
      // The drawing is there: the marks or the map's countries, in the theme's colours.
      expect(source, `${view} #${id}`).toMatch(/<g data-id="|<path d="M/);
      expect(svg.height, `${view} #${id}`).toBeGreaterThan(200);
      charts += 1;
    }
  }
  // worldwide, by-country, country over time, compare, map.
  expect(charts).toBeGreaterThanOrEqual(5);
});

test.describe('in the dark theme', () => {
  test.use({ colorScheme: 'dark' });

  test('an exported chart keeps the light theme, and the page keeps its dark one', async ({
    page,
  }) => {
    await page.goto('/');
    const figure = page.locator('#worldwide');
    await expect(figure.locator('g.mark').first()).toBeVisible({ timeout: 30_000 });
    const dark = await page.evaluate(() => {
      const root = getComputedStyle(document.documentElement);
      const hex = (value: string) => {
        const probe = document.createElement('canvas').getContext('2d')!;
        probe.fillStyle = value.trim();
        return String(probe.fillStyle).toLowerCase();
      };
      return {
        bg: hex(root.getPropertyValue('--bg')),
        fg: hex(root.getPropertyValue('--fg')),
        muted: hex(root.getPropertyValue('--muted')),
        accent: hex(root.getPropertyValue('--accent')),
        body: getComputedStyle(document.body).backgroundColor,
      };
    });
    // The page really is dark, or this test proves nothing.
    expect(dark.bg).not.toBe('#ffffff');

    const svg = await parseSvg(page, (await download(page, figure, 'SVG')).toString('utf8'));
    expect(svg.background).toBe('#ffffff');
    expect(svg.paints).not.toContain(dark.bg);
    for (const fill of svg.textFills)
      expect([dark.fg, dark.muted, dark.accent]).not.toContain(fill);

    const after = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(after).toBe(dark.body);
  });
});
