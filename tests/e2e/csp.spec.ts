// The site under its Content-Security-Policy (src/build/contentSecurityPolicy.ts): every view, the
// views' own pages, DuckDB answering, the image export and the embeds (static pages and the embed page
// that swaps in the figure its URL names), once as `npm start` serves them (the policy as a header, and
// in each page's <meta>) and once from a host that sends no header (the <meta> alone). Any violation
// the page reports, or the browser logs (the page's and its workers' consoles), fails the test.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { contentSecurityPolicy, META_POLICY } from '../../src/build/contentSecurityPolicy';
import { serveBuild } from '../../src/cli/serve';
import { viewReady, views } from './views';

let server: Server;
/** `npm start`'s server for the build in dist/, which sends the policy as a header. */
let site: string;

test.beforeAll(async () => {
  server = await serveBuild({ dir: 'dist', port: 0, host: '127.0.0.1', base: '/' });
  site = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(() => server?.close());

/** Reports each violation to the test; a string, as init scripts under tsx must be. */
const REPORT_VIOLATIONS = `
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__cspViolation(
      event.effectiveDirective + ' blocked ' + (event.blockedURI || 'inline') + ' in ' +
      event.sourceFile + ':' + event.lineNumber + ' ' + event.sample,
    );
  }, true);
`;

/** What the browser says when the policy refuses something, or is itself malformed or ignored. */
const POLICY_MESSAGE = /Content[- ]Security[- ]Policy|Refused to|unsafe-eval|unsafe-inline/i;

/** Every violation the page (each document it loads) and its workers report, from now on. */
async function violations(page: Page): Promise<string[]> {
  const seen: string[] = [];
  await page.exposeFunction('__cspViolation', (text: string) => seen.push(text));
  await page.addInitScript(REPORT_VIOLATIONS);
  const fromConsole = (where: string) => (message: { text(): string }) => {
    if (POLICY_MESSAGE.test(message.text())) seen.push(`${where}: ${message.text()}`);
  };
  page.on('console', fromConsole('console'));
  page.on('pageerror', (error) => {
    if (POLICY_MESSAGE.test(error.message) || error.name === 'EvalError')
      seen.push(`error: ${error.message}`);
  });
  page.on('worker', (worker) => worker.on('console', fromConsole(`worker ${worker.url()}`)));
  return seen;
}

/** viewReady, with the violations seen first when it fails: they are the likely cause. */
async function ready(page: Page, seen: string[]) {
  try {
    await viewReady(page);
  } catch (error) {
    expect(seen).toEqual([]);
    throw error;
  }
}

/** Opens `url` and checks the policy it came with: as a header (or none) and in its <meta>. */
async function open(page: Page, url: string, header: string | undefined) {
  const response = await page.goto(url);
  expect(response?.status()).toBe(200);
  expect(response?.headers()['content-security-policy']).toBe(header);
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
    'content',
    META_POLICY,
  );
}

/**
 * Every class the build put in place of a style attribute has its rule in a stylesheet the page
 * loaded: the figures keep their colours without inline styles.
 */
async function expectStyleRules(page: Page) {
  const missing = await page.evaluate(`(() => {
    const rules = new Set();
    for (const sheet of document.styleSheets)
      for (const rule of sheet.cssRules) if (rule.selectorText) rules.add(rule.selectorText);
    const used = new Set();
    for (const element of document.querySelectorAll('[class*="csp-"]'))
      for (const name of element.classList) if (name.startsWith('csp-')) used.add(name);
    return { used: used.size, missing: [...used].filter((name) => !rules.has('.' + name)) };
  })()`);
  expect(missing).toMatchObject({ missing: [] });
  return (missing as { used: number }).used;
}

const app = contentSecurityPolicy('app');
const embed = contentSecurityPolicy('embed');

/** A permalink no snapshot answers: the Country view with primary figures only waits for DuckDB. */
const needsEngine = '/?view=country&country=RUS&primary=yes';

test.describe('under the header and the meta tag (npm start)', () => {
  // The other views are loaded under the header by their own pages, in the test after these.
  for (const [name, path] of Object.entries({
    overview: views.overview!,
    'needing DuckDB': needsEngine,
  })) {
    test(`the ${name} view runs with no violation, DuckDB answering`, async ({ page }) => {
      const seen = await violations(page);
      await open(page, `${site}${path}`, app);
      await ready(page, seen);
      expect(seen).toEqual([]);
    });
  }

  test('each view’s own page runs with no violation', async ({ page }) => {
    // DuckDB starts on each page.
    test.setTimeout(600_000);
    const seen = await violations(page);
    for (const view of Object.keys(views).filter((view) => view !== 'overview')) {
      await open(page, `${site}/${view}/`, app);
      await ready(page, seen);
    }
    expect(seen).toEqual([]);
  });

  test('the Korean pages run with no violation: ko/ prerendered and hydrated, ko/map/', async ({
    page,
  }) => {
    const seen = await violations(page);
    await open(page, `${site}/ko/`, app);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    expect(await expectStyleRules(page)).toBeGreaterThan(0);
    await ready(page, seen);
    await open(page, `${site}/ko/map/`, app);
    await ready(page, seen);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    expect(seen).toEqual([]);
  });

  test('the prerendered first view keeps its colours, and the PNG export works', async ({
    page,
  }) => {
    const seen = await violations(page);
    await open(page, `${site}/`, app);
    expect(await expectStyleRules(page)).toBeGreaterThan(0);
    await ready(page, seen);
    const figure = page.locator('main figure[id]').first();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      figure.getByRole('button', { name: 'Download image as PNG' }).click(),
    ]);
    expect(file.suggestedFilename()).toMatch(/\.png$/);
    expect(seen).toEqual([]);
  });

  test('the static embeds and the embed page run with no violation, framed by any site', async ({
    page,
  }) => {
    const seen = await violations(page);
    for (const preset of ['worldwide', 'compare-RUS', 'by-country']) {
      await open(page, `${site}/embeds/${preset}.html`, embed);
      await expect(page.locator(`[data-embed-figure="${preset}"]`)).toBeVisible();
      expect(seen).toEqual([]);
      expect(await expectStyleRules(page)).toBeGreaterThan(0);
    }
    // The Korean static figures are embeds too, framed by any site.
    await open(page, `${site}/embeds/ko/compare-RUS.html`, embed);
    await expect(page.locator('[data-embed-figure="compare-RUS"]')).toBeVisible();
    expect(await expectStyleRules(page)).toBeGreaterThan(0);
    // The embed page swaps in the figure its URL names, fetched from that preset's static page.
    await open(page, `${site}/embed.html?view=compare&country=RUS`, embed);
    await expect(page.locator('[data-embed-figure="compare-RUS"]')).toBeVisible();
    expect(await expectStyleRules(page)).toBeGreaterThan(0);
    // In Korean it fetches the Korean page, and its note's words load when there is a note.
    await open(page, `${site}/embed.html?view=map&lang=ko`, embed);
    await expect(page.locator('.embed-note')).toContainText('정적 차트가 없어');
    expect(seen).toEqual([]);

    // Another site (another origin: another port) frames the embed and the app: the embed shows,
    // the app refuses.
    const host = createServer((_request, response) =>
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(
        `<!doctype html><title>Host</title>
        <iframe id="embed" src="${site}/embed.html?view=map"></iframe>
        <iframe id="app" src="${site}/"></iframe>`,
      ),
    );
    await new Promise<void>((listening) => host.listen(0, '127.0.0.1', listening));
    await page.goto(`http://127.0.0.1:${(host.address() as AddressInfo).port}/`);
    await expect(page.frameLocator('#embed').locator('[data-embed-figure]')).toBeVisible();
    await expect.poll(() => seen.some((text) => /frame-ancestors/.test(text))).toBe(true);
    await expect(page.frameLocator('#app').locator('main')).toHaveCount(0);
    expect(seen.filter((text) => !/frame-ancestors/.test(text))).toEqual([]);
    host.close();
  });
});

test.describe('under the meta tag alone (a host that sends no header)', () => {
  let plain: Server;
  let plainSite: string;
  test.beforeAll(async () => {
    plain = await serveBuild({
      dir: 'dist',
      port: 0,
      host: '127.0.0.1',
      base: '/',
      headers: false,
    });
    plainSite = `http://127.0.0.1:${(plain.address() as AddressInfo).port}`;
  });
  test.afterAll(() => plain?.close());

  test('the first view, DuckDB and an embed run with no violation', async ({ page }) => {
    const seen = await violations(page);
    await open(page, `${plainSite}${needsEngine}`, undefined);
    await ready(page, seen);
    await open(page, `${plainSite}/embed.html?view=compare&country=RUS`, undefined);
    await expect(page.locator('[data-embed-figure="compare-RUS"]')).toBeVisible();
    expect(seen).toEqual([]);
  });
});
