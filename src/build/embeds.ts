/**
 * Static figures for embeds, built with the site: the prerender step (prerender.ts) runs the presets'
 * named queries over data/ and renders each figure with the page's own Svelte components on the server
 * (src/embed/build.ts); `embedsPlugin()` emits embeds/<preset>.html, embeds/<preset>.svg and
 * embeds/<preset>.csv (the figures it lists, for its "Get the data" link), puts the worldwide figure
 * into embed.html's own HTML, so that the embed page shows a figure without JavaScript, and serves
 * `virtual:embed-presets` (each preset's name, title and a first height) to the app and the embed page.
 * The dev server renders them on request. `npx tsx src/build/embeds.ts OUT_DIR` writes them to OUT_DIR.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import type { StaticFigurePage, StaticFigures } from '../embed/build';
import type { EmbedPresetInfo } from '../lib/embed/presets.ts';
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
      const presets: EmbedPresetInfo[] = drawn.map(({ name, title, height }) => ({
        name,
        title,
        height,
      }));
      return `export const presets = ${JSON.stringify(presets)};\n`;
    },
  };
}

/**
 * The Vite plugin: emits embeds/<preset>.html, .svg and .csv into the build and fills embed.html, from
 * the prerender step's static figures.
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
      for (const page of (await figures()).pages) {
        this.emitFile({
          type: 'asset',
          fileName: `${EMBEDS_DIR}/${page.name}.html`,
          source: page.html,
        });
        this.emitFile({
          type: 'asset',
          fileName: `${EMBEDS_DIR}/${page.name}.svg`,
          source: page.svg,
        });
        this.emitFile({
          type: 'asset',
          fileName: `${EMBEDS_DIR}/${page.name}.csv`,
          source: page.csv,
        });
      }
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const match = new RegExp(
          `^${base}${EMBEDS_DIR}/([A-Za-z0-9-]+)\\.(html|svg|csv)(\\?.*)?$`,
        ).exec(request.url ?? '');
        if (!match) return next();
        figures().then(
          ({ pages }) => {
            const page = pages.find((candidate) => candidate.name === match[1]);
            if (!page) return next();
            const file = {
              html: { type: 'text/html; charset=utf-8', body: page.html },
              svg: { type: 'image/svg+xml', body: page.svg },
              csv: { type: 'text/csv; charset=utf-8', body: page.csv },
            }[match[2] as 'html' | 'svg' | 'csv'];
            response.setHeader('Content-Type', file.type);
            response.end(file.body);
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
  const { pages } = await renderEmbeds({ root, dataDir: 'data', base: '/' });
  await mkdir(out, { recursive: true });
  for (const page of pages) {
    await writeFile(join(out, `${page.name}.html`), page.html);
    await writeFile(join(out, `${page.name}.svg`), page.svg);
    await writeFile(join(out, `${page.name}.csv`), page.csv);
  }
  process.stdout.write(`${pages.length} static figures in ${out}\n`);
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
