/**
 * One page per view, for link previews. The app routes by query string (`?view=about`), but a crawler
 * that makes a link preview runs no script and reads only the HTML at the URL it is given. So the build
 * writes, beside index.html (the overview), <view>/index.html for every other view: the same app, which
 * opens that view (viewPage in src/lib/state/viewState.ts), under that view's title and description
 * (pageMeta) and with Open Graph and Twitter card tags pointing at a preview image made for it,
 * previews/<view>.png (1200 × 630, previewImage.ts).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runnerImport, type Plugin } from 'vite';
import { escapeText } from '../embed/markup.ts';
import type { PageMeta } from '../lib/state/pageMeta.ts';
import { computeDatasetVersion } from './datasetVersion.ts';
import { withoutPrerenderedPage } from './prerender.ts';

const PAGE = 'index.html';
const ASSETS_ENTRY = 'src/build/viewPageAssets.ts';
/** Where index.html wants the link-preview tags. */
export const META_PLACEHOLDER = '<!-- page:meta -->';

/** Where a view's page and its preview image are in the build, from its folder ('' for the main page). */
export function viewPageFiles(view: string, folder: string): { page: string; image: string } {
  return { page: `${folder}${PAGE}`, image: `previews/${view}.png` };
}

export interface PageLinks {
  siteName: string;
  /** The preview image's URL: absolute when the site's URL is known, else from the site's root. */
  image: string;
  /** The page's absolute URL, when the site's URL is known. */
  url?: string;
}

/**
 * The built index.html as one view's page: its title and description replaced, the link-preview tags
 * in place of META_PLACEHOLDER. Throws when the page has lost any of the three.
 */
export function viewPageHtml(html: string, meta: PageMeta, links: PageLinks): string {
  const title = /<title>[^<]*<\/title>/;
  const description = /<meta\s+name="description"\s+content="[^"]*"\s*\/?>/;
  for (const [what, found] of [
    ['<title>', title.test(html)],
    ['<meta name="description">', description.test(html)],
    [META_PLACEHOLDER, html.includes(META_PLACEHOLDER)],
  ] as const) {
    if (!found) throw new Error(`${PAGE} has lost its ${what}`);
  }
  const property = (name: string, content: string) =>
    `<meta property="${name}" content="${escapeText(content)}" />`;
  const named = (name: string, content: string) =>
    `<meta name="${name}" content="${escapeText(content)}" />`;
  const tags = [
    property('og:type', 'website'),
    property('og:site_name', links.siteName),
    property('og:title', meta.title),
    property('og:description', meta.description),
    ...(links.url ? [property('og:url', links.url)] : []),
    property('og:image', links.image),
    property('og:image:type', 'image/png'),
    property('og:image:width', '1200'),
    property('og:image:height', '630'),
    property('og:image:alt', `${meta.heading}. ${meta.description}`),
    named('twitter:card', 'summary_large_image'),
    named('twitter:title', meta.title),
    named('twitter:description', meta.description),
    named('twitter:image', links.image),
  ];
  return html
    .replace(title, () => `<title>${escapeText(meta.title)}</title>`)
    .replace(description, () => named('description', meta.description))
    .replace(META_PLACEHOLDER, () => tags.join('\n    '));
}

export interface ViewPagesOptions {
  /** The data package, relative to the Vite root; `data` by default. */
  dataDir?: string;
  /** The site's absolute URL: crawlers want absolute image URLs. Without it they are root-relative. */
  siteUrl?: string;
}

/** The Vite plugin: rewrites index.html and emits every other view's page and every preview image. */
export function viewPagesPlugin({ dataDir = 'data', siteUrl }: ViewPagesOptions = {}): Plugin {
  let root = process.cwd();
  let base = '/';
  return {
    name: 'nk-workers-abroad:view-pages',
    apply: 'build',
    // After Vite's HTML plugin has put index.html into the bundle.
    enforce: 'post',
    configResolved(config) {
      root = config.root;
      base = config.base;
    },
    async generateBundle(_options, bundle) {
      const index = bundle[PAGE];
      if (index?.type !== 'asset' || typeof index.source !== 'string') {
        throw new Error(`The build has no ${PAGE} to make the views' pages from`);
      }
      const { module } = await runnerImport<typeof import('./viewPageAssets.ts')>(
        join(root, ASSETS_ENTRY),
        { configFile: false, root, mode: 'production', logLevel: 'warn' },
      );
      const { siteName, pages } = module.viewPageAssets(
        computeDatasetVersion(resolve(root, dataDir)),
        readFileSync(resolve(root, 'src/app.css'), 'utf8'),
      );
      const absolute = (path: string) => (siteUrl ? new URL(path, siteUrl).href : path);
      const template = index.source;
      for (const { view, folder, meta, png } of pages) {
        const files = viewPageFiles(view, folder);
        this.emitFile({ type: 'asset', fileName: files.image, source: png });
        const html = viewPageHtml(template, meta, {
          siteName,
          image: absolute(`${base}${files.image}`),
          url: siteUrl ? absolute(`${base}${folder}`) : undefined,
        });
        if (folder === '') index.source = html;
        else {
          const page = withoutPrerenderedPage(html);
          this.emitFile({ type: 'asset', fileName: files.page, source: page });
        }
      }
    },
  };
}
