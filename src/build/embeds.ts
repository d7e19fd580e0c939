/**
 * Static figures for embeds, built with the site: the prerender step (prerender.ts) runs the presets'
 * named queries over data/ and renders each figure with the page's own Svelte components on the server
 * (src/embed/build.ts); `embedsPlugin()` emits embeds/<preset>.html, embeds/<preset>.svg and
 * embeds/<preset>.csv (the figures it lists, for its "Get the data" link), the same page and SVG in
 * Korean as embeds/ko/<preset>.html and .svg (their data link is the same CSV: data has no language),
 * puts the English worldwide figure into embed.html's own HTML, so that the embed page shows a figure
 * without JavaScript, and serves `virtual:embed-presets` (each preset's name, titles and a first height)
 * to the app and the embed page.
 * The dev server renders them on request. `npx tsx src/build/embeds.ts OUT_DIR` writes them to OUT_DIR.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import type { StaticFigurePage, StaticFigures } from '../embed/build';
import { presetFolder, type EmbedPresetInfo } from '../lib/embed/presets.ts';
import { DEFAULT_LOCALE } from '../lib/i18n/locale.ts';
import { prerenderSite, type SitePrerender } from './prerender.ts';

const EMBEDS_DIR = 'embeds';
const EMBED_PAGE = 'embed.html';
/** Where embed.html takes the static page's parts. */
const placeholders = {
  style: '<!-- embed:style -->',
  figure: '<!-- embed:figure -->',
  script: '<!-- embed:script -->',
} as const;

/** Renders every static figure for the data in `dataDir` (relative to `root`), by the prerender step. */
export async function renderEmbeds(options: {
  root: string;
  dataDir: string;
  base: string;
  siteUrl?: string;
}): Promise<StaticFigures> {
  return (await prerenderSite(options)).figures;
}

/** embed.html with the worldwide figure, its CSS and the resize script in place of its placeholders. */
export function fillEmbedPage(html: string, figures: StaticFigures): string {
  const worldwide = figures.pages.find((page) => page.name === 'worldwide') ?? figures.pages[0];
  if (!worldwide) throw new Error(`${EMBED_PAGE}: there is no static figure to show`);
  const parts = {
    style: figures.style,
    figure: worldwide.figure,
    script: `<script>${figures.script}</script>`,
  };
  let out = html;
  for (const [key, placeholder] of Object.entries(placeholders)) {
    if (!out.includes(placeholder)) throw new Error(`${EMBED_PAGE} has lost its ${placeholder}`);
    out = out.replace(placeholder, () => parts[key as keyof typeof parts]);
  }
  return out;
}

const VIRTUAL_MODULE_ID = 'virtual:embed-presets';
/** The names alone, for the embed page: a module of its own, not shared with the app's bundle. */
const NAMES_MODULE_ID = 'virtual:embed-preset-names';
const virtualIds = new Map([
  [`\0${VIRTUAL_MODULE_ID}`, VIRTUAL_MODULE_ID],
  [`\0${NAMES_MODULE_ID}`, NAMES_MODULE_ID],
]);

/**
 * A plugin that serves `virtual:embed-presets` (`presets`: name, title and height of each) and
 * `virtual:embed-preset-names` (`presetNames`) from the static figures `pages` gives.
 */
export function embedPresetModules(
  pages: () => readonly StaticFigurePage[] | Promise<readonly StaticFigurePage[]>,
): Plugin {
  return {
    name: 'nk-workers-abroad:embed-presets',
    resolveId(id) {
      return id === VIRTUAL_MODULE_ID || id === NAMES_MODULE_ID ? `\0${id}` : undefined;
    },
    async load(id) {
      const module = virtualIds.get(id);
      if (!module) return undefined;
      const drawn = await pages();
      if (module === NAMES_MODULE_ID) {
        return `export const presetNames = ${JSON.stringify(drawn.map((page) => page.name))};\n`;
      }
      const presets: EmbedPresetInfo[] = drawn.map(({ name, titles, height }) => ({
        name,
        titles,
        height,
      }));
      return `export const presets = ${JSON.stringify(presets)};\n`;
    },
  };
}

/** Each file of the static figures, by its path under the site's base: embeds/…, embeds/ko/…. */
export function embedFiles(
  figures: Pick<StaticFigures, 'pages' | 'translations'>,
): Map<string, string | Uint8Array> {
  const files = new Map<string, string | Uint8Array>();
  for (const page of [...figures.pages, ...figures.translations]) {
    const folder = `${EMBEDS_DIR}/${presetFolder(page.lang)}`;
    files.set(`${folder}${page.name}.html`, page.html);
    files.set(`${folder}${page.name}.svg`, page.svg);
    // The figures' data has no language: every language's page links to the one CSV.
    if (page.lang === DEFAULT_LOCALE) files.set(`${folder}${page.name}.csv`, page.csv);
  }
  return files;
}

const mediaTypes: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  svg: 'image/svg+xml',
  csv: 'text/csv; charset=utf-8',
};

/**
 * The Vite plugin: emits embeds/<preset>.html, .svg and .csv (and the Korean embeds/ko/<preset>.html
 * and .svg) into the build and fills embed.html, from the prerender step's static figures.
 */
export function embedsPlugin(site: SitePrerender): Plugin {
  let base = '/';
  const figures = async () => (await site.result()).figures;
  return {
    name: 'nk-workers-abroad:embeds',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      // After Vite's own processing, which would move an inline <style> into a CSS file.
      order: 'post',
      async handler(html, context) {
        if (!context.filename.endsWith(EMBED_PAGE)) return html;
        return fillEmbedPage(html, await figures());
      },
    },
    async generateBundle() {
      for (const [fileName, source] of embedFiles(await figures())) {
        this.emitFile({ type: 'asset', fileName, source });
      }
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = (request.url ?? '').split('?')[0] ?? '';
        if (!path.startsWith(`${base}${EMBEDS_DIR}/`)) return next();
        figures().then(
          (drawn) => {
            const body = embedFiles(drawn).get(path.slice(base.length));
            if (body === undefined) return next();
            response.setHeader('Content-Type', mediaTypes[path.split('.').pop() ?? ''] ?? '');
            response.end(body);
          },
          (error: unknown) => next(error),
        );
      });
    },
  };
}

async function main(args: string[]): Promise<void> {
  const outArgument = args[0];
  if (!outArgument) throw new Error('usage: tsx src/build/embeds.ts OUT_DIR');
  const out = resolve(process.env.INIT_CWD ?? process.cwd(), outArgument);
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const figures = await renderEmbeds({ root, dataDir: 'data', base: '/' });
  for (const [path, body] of embedFiles(figures)) {
    const file = join(out, path.slice(`${EMBEDS_DIR}/`.length));
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, body);
  }
  process.stdout.write(
    `${figures.pages.length} static figures, in English and Korean, in ${out}\n`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
