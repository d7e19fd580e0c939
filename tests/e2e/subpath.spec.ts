// A build under a sub-path (`vite build --base /some/path/`), served there as a static host would
// (src/cli/serve.ts): the page, its snapshot, the wasm and worker, the data, view pages, embeds and
// downloads all load from under the base, and DuckDB answers. `npm run test:e2e` makes the build
// beside dist/ (tests/e2e/run.js) and names its folder in E2E_SUBPATH_DIR; without it, this spec
// makes its own.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { serveBuild } from '../../src/cli/serve';
import { viewReady } from './views';
import { watch } from './watch';

const base = '/some/path/';
let outDir: string;
let server: Server;
let site: string;

test.describe.configure({ mode: 'serial' });

/** The build `npm run test:e2e` made, which that run removes; this spec removes only its own. */
const prebuilt = process.env.E2E_SUBPATH_DIR;

test.beforeAll(async () => {
  if (prebuilt) {
    expect(process.env.E2E_SUBPATH_BASE, 'the base of the build in E2E_SUBPATH_DIR').toBe(base);
    outDir = prebuilt;
  } else await build();
  server = await serveBuild({ dir: outDir, port: 0, host: '127.0.0.1', base });
  site = `http://127.0.0.1:${(server.address() as AddressInfo).port}${base}`;
});

/** Builds under the base in a private folder, never dist/. */
async function build() {
  test.setTimeout(600_000);
  outDir = mkdtempSync(join(tmpdir(), 'nkwa-subpath-'));
  const child = spawn(
    'node_modules/.bin/vite',
    ['build', '--logLevel', 'warn', '--base', base, '--outDir', outDir, '--emptyOutDir'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let log = '';
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  expect(code, `vite build --base ${base}:\n${log}`).toBe(0);
}

test.afterAll(() => {
  server?.close();
  if (outDir && !prebuilt) rmSync(outDir, { recursive: true, force: true });
});

/** Every response of the page, to check each came from under the base and was found. */
function responses(page: Page) {
  const seen: { url: string; status: number; type: string; encoding?: string }[] = [];
  page.on('response', (response) => {
    const headers = response.headers();
    seen.push({
      url: response.url(),
      status: response.status(),
      type: headers['content-type'] ?? '',
      encoding: headers['content-encoding'],
    });
  });
  return seen;
}

function expectAllUnderBase(seen: ReturnType<typeof responses>) {
  const origin = new URL(site).origin;
  const fetched = seen.filter(({ url }) => url.startsWith(origin));
  expect(fetched.length).toBeGreaterThan(0);
  expect(fetched.filter(({ url }) => !new URL(url).pathname.startsWith(base))).toEqual([]);
  expect(fetched.filter(({ status }) => status >= 400)).toEqual([]);
}

test('the Overview draws from its snapshot, then DuckDB starts, all from under the base', async ({
  page,
}) => {
  const seen = responses(page);
  const { errors } = watch(page);
  await page.goto(site);
  await expect(page.locator('#worldwide [data-id]').first()).toBeVisible();
  await viewReady(page);
  expectAllUnderBase(seen);
  // The first view's snapshot is in the page; it names the preset views' files under the base.
  const [viewFile] = await page.evaluate(() =>
    Object.values(JSON.parse(document.getElementById('snapshot')!.textContent!).views),
  );
  expect(new URL(String(viewFile), site).pathname).toMatch(new RegExp(`^${base}assets/snapshot-`));
  expect((await page.request.get(new URL(String(viewFile), site).href)).status()).toBe(200);
  // The wasm comes precompressed, as application/wasm.
  const wasm = seen.find(({ url }) => url.endsWith('.wasm'));
  expect(wasm).toMatchObject({ status: 200, type: 'application/wasm', encoding: 'br' });
  expect(seen.filter(({ url }) => /\/assets\/\w+-[\w-]+\.csv$/.test(url)).length).toBe(3);
  expect(errors).toEqual([]);
});

test('a Country view no snapshot answers gets its figures from DuckDB', async ({ page }) => {
  const seen = responses(page);
  await page.goto(`${site}?view=country&country=RUS&primary=yes`);
  await viewReady(page);
  const figure = page.locator('main figure[id]').first();
  await expect(figure.locator('[data-id]').first()).toBeVisible();
  await expect(figure).toContainText('Russia');
  expectAllUnderBase(seen);
});

test('view pages, links, embeds and downloads stay under the base', async ({ page }) => {
  const seen = responses(page);
  await page.goto(`${site}about/`);
  await expect(page.locator('nav a[aria-current="page"]')).toHaveText('About');
  // The app's links start at the base, not at the host's root.
  const overview = page.locator('nav a', { hasText: 'Overview' });
  expect(new URL((await overview.getAttribute('href'))!, site).pathname).toBe(base);
  const zip = page.locator('footer a[download]');
  const zipUrl = new URL((await zip.getAttribute('href'))!, site);
  expect(zipUrl.pathname.startsWith(base)).toBe(true);
  expect((await page.request.get(zipUrl.href)).status()).toBe(200);

  // The Korean pages too, and each page's links to its languages.
  await page.goto(`${site}ko/map/`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.locator('nav a[aria-current="page"]')).toHaveText('지도');
  const languages = await page
    .locator('link[rel="alternate"][hreflang]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(languages).toEqual([`${base}map/`, `${base}ko/map/`, `${base}map/`]);
  for (const href of languages)
    expect((await page.request.get(new URL(href!, site).href)).status()).toBe(200);
  const english = page.getByRole('link', { name: 'English' });
  expect(new URL((await english.getAttribute('href'))!, site).pathname).toBe(base);

  await page.goto(`${site}embed.html`);
  await expect(page.locator('svg [data-id]').first()).toBeVisible();
  for (const link of await page.locator('a[href^="/"]').all()) {
    expect(await link.getAttribute('href')).toMatch(new RegExp(`^${base}`));
  }
  expectAllUnderBase(seen);
});
