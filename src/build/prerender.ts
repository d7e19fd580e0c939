/**
 * The build's one prerender step. It opens DuckDB-WASM in Node once over data/ and makes from it the
 * snapshots (build-snapshot.ts), the embeds' static figures (src/embed/build.ts) and the page of a
 * plain visit, rendered by the app's own components (renderFirstView.ts). Those modules load through
 * one Vite module runner, so that Svelte components compile for the server; the config loader could
 * not take the app's modules.
 *
 * `prerenderPlugins()` in vite.config.ts: the first-view plugin below writes the Overview into
 * index.html's #app (main.ts hydrates it), with the first view's snapshot inline after it and the URL
 * of each preset view's snapshot (assets/snapshot-<hash>.json, emitted with the build), so that a direct
 * load of a preset view fetches only its own; embedsPlugin (embeds.ts) emits the static figures. The
 * dev server prerenders on the first request and again after a change.
 */
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import {
  createRunnableDevEnvironment,
  resolveConfig,
  type Plugin,
  type PluginOption,
  type ResolvedConfig,
} from 'vite';
import type { StaticFigures } from '../embed/build';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../lib/i18n/locale.ts';
import { PRERENDERED_ATTRIBUTE, SNAPSHOT_SCRIPT_ID } from '../lib/snapshot/link.ts';
import type { PageSnapshotFile } from '../lib/snapshot/snapshot.ts';
import { downloadsPlugin } from './build-downloads.ts';
import { computeDatasetVersion, datasetVersionPlugin, versionedFiles } from './datasetVersion.ts';
import { embedPresetModules, embedsPlugin } from './embeds.ts';

const DATA_ENTRY = 'src/build/prerenderData.ts';
const PAGE_ENTRY = 'src/build/renderFirstView.ts';
/** How many hex digits of the content's SHA-256 a snapshot's file name keeps. */
const HASH_LENGTH = 8;
/** Where index.html has the app's element, empty until the build draws into it. */
const APP_ELEMENT = '<div id="app"></div>';

/** A snapshot as a file of the build: its JSON text and its fingerprinted path. */
export interface SnapshotAsset {
  /** e.g. assets/snapshot-1a2b3c4d.json: the name changes whenever the content does. */
  fileName: string;
  json: string;
}

export function snapshotAsset(json: string): SnapshotAsset {
  const hash = createHash('sha256').update(json).digest('hex').slice(0, HASH_LENGTH);
  return { fileName: `assets/snapshot-${hash}.json`, json };
}

/** What the prerender step makes. */
export interface PrerenderedSite {
  figures: StaticFigures;
  /** The first view's snapshot, with the preset views' file URLs: index.html carries it inline. */
  first: PageSnapshotFile;
  /** The preset views' snapshot files. */
  views: SnapshotAsset[];
  /** The markup of #app on a plain visit, in each language (ko/index.html is the Korean visit). */
  html: Record<Locale, string>;
}

export interface PrerenderOptions {
  root: string;
  /** The data package, relative to `root`. */
  dataDir: string;
  /** The site's base path ('/'). */
  base: string;
  /** The site's absolute URL, for the links the static SVGs carry; base-relative without it. */
  siteUrl?: string;
}

/**
 * Imports modules through one Vite module runner (as Vite's runnerImport does, but open for several
 * imports), hands `use` the import, and closes the runner when `use` settles.
 */
export async function withModuleRunner<T>(
  root: string,
  plugins: PluginOption[],
  use: (load: <M>(path: string) => Promise<M>) => Promise<T>,
): Promise<T> {
  const config = await resolveConfig(
    {
      configFile: false,
      envDir: false,
      root,
      mode: 'production',
      logLevel: 'warn',
      plugins,
      environments: {
        inline: {
          consumer: 'server',
          dev: { moduleRunnerTransform: true },
          resolve: { external: true, mainFields: [], conditions: ['node'] },
        },
      },
    },
    'serve',
  );
  const environment = createRunnableDevEnvironment('inline', config, {
    runnerOptions: { hmr: { logger: false } },
    hot: false,
  });
  await environment.init();
  try {
    return await use((path) => environment.runner.import(join(root, path)));
  } finally {
    await environment.close();
  }
}

/** Runs the prerender step over the data package in `dataDir`. Throws on invalid data. */
export async function prerenderSite({
  root,
  dataDir,
  base,
  siteUrl,
}: PrerenderOptions): Promise<PrerenderedSite> {
  const dir = resolve(root, dataDir);
  // The page's embed dialog lists the presets, known once the static figures are drawn.
  let figures: StaticFigures | undefined;
  const plugins = [
    // emitCss off: each component's CSS comes with its server render, for the static pages to inline.
    svelte({ emitCss: false }),
    datasetVersionPlugin({ dataDir }),
    downloadsPlugin({ dataDir }),
    embedPresetModules(() => {
      if (!figures)
        throw new Error('the embed presets were asked for before the figures were drawn');
      return figures.pages;
    }),
  ];
  return withModuleRunner(root, plugins, async (load) => {
    const data = await load<typeof import('./prerenderData.ts')>(DATA_ENTRY);
    const made = await data.prerenderData(dir, {
      version: computeDatasetVersion(dir),
      base,
      siteUrl,
    });
    figures = made.figures;
    const views = made.snapshots.views.map((view) => ({
      query: view.query,
      asset: snapshotAsset(JSON.stringify(view.file)),
    }));
    const first: PageSnapshotFile = {
      ...made.snapshots.first,
      views: Object.fromEntries(
        views.map(({ query, asset }) => [query, `${base}${asset.fileName}`]),
      ),
    };
    const page = await load<typeof import('./renderFirstView.ts')>(PAGE_ENTRY);
    // One language at a time: the render reads the interface's language, which is the runner's own.
    const html = {} as Record<Locale, string>;
    for (const lang of LOCALES) {
      html[lang] = await page.renderFirstView(made.snapshots.first, base, lang);
    }
    return { figures, first, views: views.map((view) => view.asset), html };
  });
}

/** The prerender step of one build or dev server, run once until the data or a source changes. */
export class SitePrerender {
  #options: Omit<PrerenderOptions, 'root' | 'base'>;
  #root = process.cwd();
  #base = '/';
  #running: Promise<PrerenderedSite> | undefined;

  constructor(options: Omit<PrerenderOptions, 'root' | 'base'>) {
    this.#options = options;
  }

  get dataDir(): string {
    return resolve(this.#root, this.#options.dataDir);
  }

  configure(config: ResolvedConfig): void {
    this.#root = config.root;
    this.#base = config.base;
  }

  result(): Promise<PrerenderedSite> {
    if (this.#running) return this.#running;
    const run = prerenderSite({ ...this.#options, root: this.#root, base: this.#base });
    // A failed run is not kept: the next request tries again.
    run.catch(() => {
      if (this.#running === run) this.#running = undefined;
    });
    this.#running = run;
    return run;
  }

  invalidate(): void {
    this.#running = undefined;
  }
}

/** JSON inside a <script> element: no `<` can close it or open a comment. */
export function inlineJson(value: unknown): string {
  return JSON.stringify(value).replaceAll('<', '\\u003c');
}

const PRERENDERED_START = `<div id="app" ${PRERENDERED_ATTRIBUTE}>`;
const PRERENDERED_END = '</div><!--/app-->';

/** index.html with the prerendered page in its #app and the first view's snapshot after it. */
export function fillIndexPage(
  html: string,
  site: { first: PageSnapshotFile; html: string },
): string {
  if (!html.includes(APP_ELEMENT)) throw new Error(`index.html has lost its ${APP_ELEMENT}`);
  const app = `${PRERENDERED_START}${site.html}${PRERENDERED_END}`;
  const snapshot = `<script type="application/json" id="${SNAPSHOT_SCRIPT_ID}">${inlineJson(site.first)}</script>`;
  return html.replace(APP_ELEMENT, () => `${app}\n    ${snapshot}`);
}

/**
 * The filled index.html (fillIndexPage) as the plain visit's page in another language: `<html lang>`
 * set, and `app` (that language's render) in #app instead. The snapshot stays: data has no language.
 */
export function localizedIndexPage(html: string, lang: Locale, app: string): string {
  const start = html.indexOf(PRERENDERED_START);
  const end = html.indexOf(PRERENDERED_END, start);
  if (start < 0 || end < 0) throw new Error('index.html has no prerendered page to translate');
  const page = `${html.slice(0, start + PRERENDERED_START.length)}${app}${html.slice(end)}`;
  return withPageLanguage(page, lang);
}

/** `html` with its `<html lang>` set to `lang`. Throws when the page has no lang to set. */
export function withPageLanguage(html: string, lang: Locale): string {
  const element = /<html\b([^>]*?)\slang="[^"]*"/;
  if (!element.test(html)) throw new Error('a page without <html lang>');
  return html.replace(element, (_match, before: string) => `<html${before} lang="${lang}"`);
}

/** Where the build writes the plain visit's page in `lang`: `ko/index.html`. */
export const localizedIndexFile = (lang: Locale) => `${lang}/index.html`;

/** The page without its prerendered #app: for the pages of other views, which draw their own. */
export function withoutPrerenderedPage(html: string): string {
  const start = html.indexOf(PRERENDERED_START);
  const end = html.indexOf(PRERENDERED_END, start);
  if (start < 0 || end < 0) return html;
  return `${html.slice(0, start)}${APP_ELEMENT}${html.slice(end + PRERENDERED_END.length)}`;
}

/** The plugin that writes the prerendered page and the snapshots into the build. */
function firstViewPlugin(site: SitePrerender): Plugin {
  let base = '/';
  let serving = false;
  return {
    name: 'nk-workers-abroad:first-view',
    configResolved(config) {
      site.configure(config);
      base = config.base;
      serving = config.command === 'serve';
      // Started now, it runs while the bundler works; the hooks below wait for it.
      if (!serving) site.result().catch(() => undefined);
    },
    buildStart() {
      for (const file of versionedFiles(site.dataDir)) this.addWatchFile(join(site.dataDir, file));
    },
    watchChange() {
      site.invalidate();
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, context) {
        // Only the dashboard is prerendered; other pages (embeds) must not carry its snapshot.
        if (context.path !== '/index.html') return undefined;
        const { first, html: app } = await site.result();
        return fillIndexPage(html, { first, html: app[DEFAULT_LOCALE] });
      },
    },
    async generateBundle() {
      for (const asset of (await site.result()).views) {
        this.emitFile({ type: 'asset', fileName: asset.fileName, source: asset.json });
      }
    },
    configureServer(server) {
      // A change to the data or to a component prerenders again on the next request.
      server.watcher.on('change', () => site.invalidate());
      server.middlewares.use((request, response, next) => {
        if (!request.url?.startsWith(`${base}assets/snapshot-`)) return next();
        site.result().then(
          ({ views }) => {
            const asset = views.find((view) => `${base}${view.fileName}` === request.url);
            if (!asset) return next();
            response.setHeader('Content-Type', 'application/json');
            response.end(asset.json);
          },
          (error: unknown) => next(error),
        );
      });
    },
  };
}

export interface PrerenderPluginOptions {
  /** The data package, relative to the Vite root; `data` by default. */
  dataDir?: string;
  /** The site's absolute URL, for the link an SVG carries; without it the link is base-relative. */
  siteUrl?: string;
}

/** The prerender step's Vite plugins: the first view and snapshots, and the embeds, from one run. */
export function prerenderPlugins({
  dataDir = 'data',
  siteUrl,
}: PrerenderPluginOptions = {}): Plugin[] {
  const site = new SitePrerender({ dataDir, siteUrl });
  const pages = async () => (await site.result()).figures.pages;
  return [
    firstViewPlugin(site),
    localizedFirstViewPlugin(site),
    embedPresetModules(pages),
    embedsPlugin(site),
  ];
}

/**
 * The plain visit's page in each language but English (ko/index.html), made from the built index.html
 * once Vite has written it (so after its HTML plugin: enforce 'post'), before viewPagesPlugin gives
 * each its title and links (that plugin comes later in vite.config.ts).
 */
function localizedFirstViewPlugin(site: SitePrerender): Plugin {
  return {
    name: 'nk-workers-abroad:localized-first-view',
    apply: 'build',
    enforce: 'post',
    async generateBundle(_options, bundle) {
      const index = bundle['index.html'];
      if (index?.type !== 'asset' || typeof index.source !== 'string') {
        throw new Error('The build has no index.html to make the other languages’ pages from');
      }
      const { html } = await site.result();
      for (const lang of LOCALES) {
        if (lang === DEFAULT_LOCALE) continue;
        this.emitFile({
          type: 'asset',
          fileName: localizedIndexFile(lang),
          source: localizedIndexPage(index.source, lang, html[lang]),
        });
      }
    },
  };
}
