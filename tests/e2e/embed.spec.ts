import { createServer, type Server } from 'node:http';
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test, type Frame, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { watch } from './watch';

const HEIGHT_MESSAGE = 'nk-workers-abroad:height';

/** Opens the Embed dialog of a chart on the main page and returns the code it offers. */
async function snippetOf(page: Page, path: string, figureId: string): Promise<string> {
  await page.goto(path);
  const figure = page.locator(`figure#${figureId}`);
  const button = figure.getByRole('button', { name: 'Embed', exact: true });
  await expect(button).toBeVisible({ timeout: 30_000 });
  await button.click();
  const dialog = page.getByRole('dialog', { name: 'Embed this chart' });
  await expect(dialog).toBeVisible();
  const code = await dialog.locator('textarea[data-embed-snippet]').inputValue();
  await dialog.getByRole('button', { name: 'Close' }).click();
  return code;
}

/**
 * Serves one HTML page on another origin (a free port of 127.0.0.1), as a news site embedding the
 * charts would.
 */
async function serveHostPage(html: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    if (request.url !== '/') {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return { server, origin: `http://127.0.0.1:${address.port}` };
}

interface FrameSize {
  iframe: number;
  styled: string;
  main: number;
  scroll: number;
}

/** The iframe's height on the host page, and its document's own heights. */
async function sizeOf(page: Page, id: string, frame: Frame): Promise<FrameSize> {
  const { iframe, styled } = await page.evaluate((frameId) => {
    const element = document.getElementById(frameId)!;
    return { iframe: element.getBoundingClientRect().height, styled: element.style.height };
  }, id);
  const inner = await frame.evaluate(() => ({
    main: document.querySelector('main')!.getBoundingClientRect().height,
    scroll: document.documentElement.scrollHeight,
  }));
  return { iframe, styled, ...inner };
}

test('an embed on another site sizes itself to its content and ignores forged resize messages', async ({
  page,
  baseURL,
}) => {
  const embedOrigin = new URL(baseURL!).origin;
  const worldwide = await snippetOf(page, '/', 'worldwide');
  const compare = await snippetOf(page, '/?view=compare&country=RUS', 'compare');
  expect(worldwide).toContain(`src="${embedOrigin}/embeds/worldwide.html"`);
  expect(compare).toContain(`src="${embedOrigin}/embeds/compare-RUS.html"`);
  const ids = [worldwide, compare].map((code) => /<iframe id="([^"]+)"/.exec(code)![1]!);

  // A third frame from the embeds' own origin: its messages come from the right origin but the
  // wrong window, so they must resize neither iframe.
  const { server, origin: hostOrigin } =
    await serveHostPage(`<!doctype html><html><head><title>Host</title></head><body>
<h1>A news story</h1>
${worldwide}
<p>Between the two charts.</p>
${compare}
<iframe id="other" src="${embedOrigin}/embeds/country-RUS.html" title="another" width="300" height="200"></iframe>
</body></html>`);
  try {
    await page.setViewportSize({ width: 800, height: 900 });
    await page.goto(`${hostOrigin}/`);
    const frames = await Promise.all(
      [...ids, 'other'].map(async (id) => {
        const handle = await page.locator(`iframe#${id}`).elementHandle();
        await handle!.scrollIntoViewIfNeeded();
        const frame = await handle!.contentFrame();
        await frame!.waitForSelector('main figure[data-embed-figure]');
        return frame!;
      }),
    );
    const [first, second, other] = frames as [Frame, Frame, Frame];

    // Each iframe takes its content's height, set by the snippet's script.
    await expect
      .poll(async () => {
        const a = await sizeOf(page, ids[0]!, first);
        return a.styled !== '' && Math.abs(a.iframe - a.main) <= 3;
      })
      .toBe(true);
    await expect
      .poll(async () => {
        const b = await sizeOf(page, ids[1]!, second);
        return b.styled !== '' && Math.abs(b.iframe - b.main) <= 3;
      })
      .toBe(true);
    const sizes = [await sizeOf(page, ids[0]!, first), await sizeOf(page, ids[1]!, second)];
    for (const size of sizes) {
      expect(Math.abs(size.iframe - size.scroll)).toBeLessThanOrEqual(3);
      expect(Math.abs(size.iframe - size.main)).toBeLessThanOrEqual(3);
    }
    // Two different figures, two different heights.
    expect(Math.abs(sizes[0]!.iframe - sizes[1]!.iframe)).toBeGreaterThan(50);

    // Every height the host page gives either iframe from here on.
    await page.evaluate((frameIds) => {
      const given: string[] = [];
      (window as unknown as { heightsGiven: string[] }).heightsGiven = given;
      const observer = new MutationObserver((records) => {
        for (const record of records) given.push((record.target as HTMLElement).style.height);
      });
      for (const id of frameIds)
        observer.observe(document.getElementById(id)!, { attributeFilter: ['style'] });
    }, ids);

    // Forged messages: from the host page itself, and from another frame of the embeds' origin.
    await page.evaluate((type) => window.postMessage({ type, height: 4321 }, '*'), HEIGHT_MESSAGE);
    await other.evaluate(
      (type) => window.parent.postMessage({ type, height: 4321 }, '*'),
      HEIGHT_MESSAGE,
    );
    // From the embed's own window, a height out of range or not a number is refused too.
    await first.evaluate((type) => {
      window.parent.postMessage({ type, height: 1e9 }, '*');
      window.parent.postMessage({ type, height: '4321' }, '*');
    }, HEIGHT_MESSAGE);

    // Then a legitimate message from each embed's own window, sent after the forged ones: once the host
    // page has obeyed both, it has handled every message before them. The check is not blanket. Taller
    // than their content, so that no scrollbar reflows the embeds into sending their own heights.
    const acks = sizes.map((size) => Math.ceil(size.main) + 100);
    await first.evaluate(([type, height]) => window.parent.postMessage({ type, height }, '*'), [
      HEIGHT_MESSAGE,
      acks[0]!,
    ] as const);
    await second.evaluate(([type, height]) => window.parent.postMessage({ type, height }, '*'), [
      HEIGHT_MESSAGE,
      acks[1]!,
    ] as const);
    await expect.poll(async () => (await sizeOf(page, ids[0]!, first)).iframe).toBe(acks[0]);
    await expect.poll(async () => (await sizeOf(page, ids[1]!, second)).iframe).toBe(acks[1]);
    const given = await page.evaluate(
      () => (window as unknown as { heightsGiven: string[] }).heightsGiven,
    );
    expect(given).toContain(`${acks[0]}px`);
    expect(given).toContain(`${acks[1]}px`);
    expect(given.filter((height) => height === '4321px' || height === '1000000000px')).toEqual([]);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});

test('the embed page loads no wasm and no worker, shows the figure the URL names and stays light', async ({
  page,
  baseURL,
}) => {
  const seen = watch(page);
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  const responses: string[] = [];
  page.on('response', (response) => responses.push(response.url()));

  await page.goto('/embed.html?view=compare&country=RUS');
  const figure = page.locator('main figure[data-embed-figure="compare-RUS"]');
  await expect(figure).toBeVisible();
  // The title is the figure spec's (src/lib/figures/specs.ts), for Russia in all years.
  await expect(figure.getByRole('heading', { level: 1 })).toHaveText(/^Russia, all years: /);
  await expect(figure.locator('.source-line')).toContainText(/Sources \(\d+ publications\)/);
  await expect(figure.locator('[data-dataset-version]')).toContainText('version');
  for (const link of await figure.locator('a[data-full-view]').all())
    await expect(link).toHaveAttribute('href', '/?view=compare&country=RUS');
  await expect(page.locator('.embed-note')).toHaveCount(0);
  await page.waitForLoadState('networkidle');

  expect(seen.requests.filter((url) => /\.wasm(\?|$)/.test(url))).toEqual([]);
  expect(seen.requests.filter((url) => /worker/i.test(url))).toEqual([]);
  expect(workers).toEqual([]);
  const origin = new URL(baseURL!).origin;
  expect(seen.requests.filter((url) => !url.startsWith(origin))).toEqual([]);
  expect(seen.errors).toEqual([]);

  // Everything it fetched, gzipped as a server would send it: HTML, JS, CSS and the figure. The CJK
  // font slices (issue 14) are counted apart: they come only for the Korean, Japanese or Chinese
  // characters a figure shows (here, Korean publishers' names), as unicode-range subsets.
  let transfer = 0;
  let fonts = 0;
  for (const url of new Set(responses)) {
    const path = new URL(url).pathname;
    const file = join('dist', path === '/' ? 'index.html' : path);
    const size = gzipSync(await readFile(file), { level: 9 }).length;
    if (/\.woff2$|\/cjk-fonts-[^/]*\.css$/.test(path)) fonts += size;
    else transfer += size;
  }
  expect(transfer).toBeLessThanOrEqual(60 * 1024);
  expect(fonts).toBeLessThanOrEqual(100 * 1024);
});

test('the embed page says when it shows only the closest figure, and links to the full view', async ({
  page,
}) => {
  await page.goto('/embed.html?view=compare&country=RUS&from=2017&to=2018');
  await expect(page.locator('main figure[data-embed-figure="compare-RUS"]')).toBeVisible();
  const note = page.locator('.embed-note');
  await expect(note).toContainText('Filters are not applied in embeds');
  await expect(note.getByRole('link')).toHaveAttribute(
    'href',
    '/?view=compare&country=RUS&from=2017&to=2018',
  );

  await page.goto('/embed.html?view=map');
  await expect(page.locator('main figure[data-embed-figure="worldwide"]')).toBeVisible();
  await expect(page.locator('.embed-note')).toContainText('map view has no static figure');
});

test('without JavaScript, the embed page and a preset page show a static figure with its sources', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto('/embed.html?view=compare&country=RUS');
    // The script that would swap in the comparison does not run: the built-in figure stands.
    const built = page.locator('main figure[data-embed-figure="worldwide"]');
    await expect(built.getByRole('heading', { level: 1 })).toContainText(
      'North Koreans working abroad worldwide',
    );
    await expect(built.locator('.source-line')).toContainText(/Sources \(\d+ publications\)/);
    await expect(built.locator('svg[role="img"]').first()).toBeVisible();
    expect(await built.locator('g[data-id]').count()).toBeGreaterThan(10);

    await page.goto('/embeds/compare-RUS.html');
    const preset = page.locator('main figure[data-embed-figure="compare-RUS"]');
    await expect(preset.getByRole('heading', { level: 1 })).toHaveText(/^Russia, all years: /);
    await expect(preset.locator('.source-line')).toContainText(/Sources \(\d+ publications\)/);
    await expect(preset.locator('g[data-group]').first()).toBeVisible();
    await expect(preset.locator('[data-dataset-version]')).toContainText('version');
    // The table alternative opens without a script: it is a <details>.
    await preset.locator('details:has(table) > summary').click();
    await expect(preset.locator('table tr[data-id]').first()).toBeVisible();
  } finally {
    await context.close();
  }
});

test('the Embed dialog gives the code, the static SVG and the citation', async ({
  page,
  request,
  baseURL,
}) => {
  const embedOrigin = new URL(baseURL!).origin;
  await page.goto('/');
  const figure = page.locator('figure#worldwide');
  await figure.getByRole('button', { name: 'Embed', exact: true }).click({ timeout: 30_000 });
  const dialog = page.getByRole('dialog', { name: 'Embed this chart' });
  await expect(dialog).toBeVisible();

  const code = await dialog.locator('textarea[data-embed-snippet]').inputValue();
  expect(code).toMatch(/^<iframe id="nk-workers-abroad-[a-z0-9]+-worldwide" /);
  expect(code).toContain(`src="${embedOrigin}/embeds/worldwide.html"`);
  // The iframe's title is the chart's own, as the page shows it.
  const chartTitle = await figure.locator('#worldwide-title').textContent();
  expect(code).toContain(`title="${chartTitle?.trim()}"`);
  expect(code).toContain('loading="lazy"');
  expect(code).toContain('width="100%"');
  expect(code).toMatch(/height="\d{3,4}"/);
  expect(code).toContain(`var origin = "${embedOrigin}";`);
  expect(code).toContain('event.source !== iframe.contentWindow');

  const svgLink = dialog.getByRole('link', { name: 'As an SVG image' });
  await expect(svgLink).toHaveAttribute('href', `${embedOrigin}/embeds/worldwide.svg`);
  const svg = await request.get('/embeds/worldwide.svg');
  expect(svg.ok()).toBe(true);
  expect(svg.headers()['content-type']).toContain('image/svg+xml');
  const text = await svg.text();
  expect(text).toContain('<title>North Koreans working abroad worldwide');
  expect(text).toContain('Data: nk-workers-abroad, version');

  await expect(dialog.getByRole('heading', { name: 'Cite this chart' })).toBeVisible();
  await expect(dialog.getByRole('heading', { name: 'APA (7th edition)' })).toBeVisible({
    timeout: 30_000,
  });
  await expect(dialog.locator('.reference').first()).toContainText(
    'nk-workers-abroad contributors',
  );

  // A filtered view embeds the closest static figure, and says so.
  await page.goto('/?view=compare&country=RUS&from=2017&to=2018');
  await page
    .locator('figure#compare')
    .getByRole('button', { name: 'Embed', exact: true })
    .click({ timeout: 30_000 });
  const filtered = page.getByRole('dialog', { name: 'Embed this chart' });
  await expect(filtered.locator('.note')).toContainText('Filters are not applied in embeds');
  expect(await filtered.locator('textarea[data-embed-snippet]').inputValue()).toContain(
    'embeds/compare-RUS.html',
  );
});

/** The static figures the build wrote: dist/embeds/<name>.html. */
const presetNames = readdirSync(join('dist', 'embeds'))
  .filter((file) => file.endsWith('.html'))
  .map((file) => file.slice(0, -'.html'.length));

test('every embed has a “Get the data” link to the CSV of the figures it lists, one row each', async ({
  page,
  request,
}) => {
  expect(presetNames).toContain('by-country');
  // The figure embed.html swaps in, and presets of each kind.
  const paths = [
    '/embed.html?view=compare&country=RUS',
    ...['worldwide', 'by-country', 'country-RUS', 'compare-WLD'].map(
      (name) => `/embeds/${name}.html`,
    ),
  ];
  for (const path of paths) {
    await page.goto(path);
    const figure = page.locator('main figure[data-embed-figure]');
    const link = figure.getByRole('link', { name: /Get the data/ });
    await expect(link, path).toBeVisible();
    const href = await link.getAttribute('href');
    expect(href, path).toBe(`/embeds/${await figure.getAttribute('data-embed-figure')}.csv`);
    expect(await link.getAttribute('download'), path).toMatch(/^nk-workers-abroad_.+\.csv$/);

    const response = await request.get(href!);
    expect(response.ok(), path).toBe(true);
    const parsed = Papa.parse<{ id: string }>((await response.text()).replace(/^\ufeff/, ''), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.errors, path).toEqual([]);
    const listed = await figure
      .locator('table tr[data-id]')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-id')));
    expect(listed.length, path).toBeGreaterThan(0);
    expect(
      parsed.data.map((row) => row.id),
      path,
    ).toEqual(listed);
  }
});

test('on a phone, an embed stays about a screen tall and says how many figures it leaves out', async ({
  page,
}) => {
  // A phone of 390×844 shows about 700 px of a page: a compact figure with its title, sources and
  // links fits in 1,000 px (the full by-country chart was 3,464 px tall there, a comparison 6,650);
  // no embed, compact or not, takes more than about a screen and a half.
  const compactBound = 1000;
  const anyBound = 1200;
  await page.setViewportSize({ width: 390, height: 844 });
  const compact: string[] = [];
  for (const name of presetNames) {
    await page.goto(`/embeds/${name}.html`);
    const figure = page.locator(`main figure[data-embed-figure="${name}"]`);
    await expect(figure.locator('svg:visible').first()).toBeVisible();
    const height = await page
      .locator('main')
      .evaluate((main) => main.getBoundingClientRect().height);
    expect(height, name).toBeLessThanOrEqual(anyBound);

    const note = figure.locator('[data-left-out]:visible');
    if ((await note.count()) === 0) continue;
    compact.push(name);
    expect(height, name).toBeLessThanOrEqual(compactBound);
    // The wide drawing (hidden here) has every mark: the narrow one draws some and counts the rest.
    const drawn = await figure.locator('.drawing.narrow g[data-id]').count();
    const all = await figure.locator('.drawing.wide g[data-id]').count();
    const leftOut = Number(await note.getAttribute('data-left-out'));
    expect(drawn, name).toBeGreaterThan(0);
    expect(leftOut, name).toBeGreaterThan(0);
    expect(drawn + leftOut, name).toBe(all);
    await expect(note, name).toContainText(/\d+ more (countr(y|ies)|estimates?)/);
    await expect(note.getByRole('link', { name: /see the full chart/ }), name).toHaveAttribute(
      'href',
      /^\/(\?view=|$)/,
    );
  }
  expect(compact).toContain('by-country');
  expect(compact.some((name) => name.startsWith('compare-'))).toBe(true);
});
