/**
 * One page per view and language, for link previews and search engines. The app routes by query string
 * (`?view=about`), but a crawler that makes a link preview runs no script and reads only the HTML at
 * the URL it is given. So the build writes, beside index.html (the overview), <view>/index.html for
 * every other view, and the same in Korean under ko/ (ko/index.html, the Korean overview, prerendered
 * like index.html by prerender.ts; ko/<view>/index.html): the same app, which opens that view in that
 * language (viewPage in src/lib/state/viewState.ts), under that view's title and description
 * (pageMeta) in that language, with `<html lang>`, hreflang links to the view's page in every
 * language, and Open Graph and Twitter card tags pointing at a preview image made for it,
 * previews/<view>.png and previews/ko/<view>.png (1200 × 630, previewImage.ts).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { OutputAsset } from 'rolldown';
import type { Plugin } from 'vite';
import { escapeText } from '../embed/markup.ts';
import { DEFAULT_LOCALE, INTL_TAGS, LOCALES, type Locale } from '../lib/i18n/locale.ts';
import type { PageMeta } from '../lib/state/pageMeta.ts';
import { computeDatasetVersion } from './datasetVersion.ts';
import {
  localizedIndexFile,
  withModuleRunner,
  withoutPrerenderedPage,
  withPageLanguage,
} from './prerender.ts';

const PAGE = 'index.html';
const ASSETS_ENTRY = 'src/build/viewPageAssets.ts';
/** The view of a language's main page (index.html, ko/index.html). */
const MAIN_VIEW = 'overview';
/** Where index.html wants the link-preview tags. */
export const META_PLACEHOLDER = '<!-- page:meta -->';

/**
 * Where a view's page and its preview image are in the build, from its folder ('' for the main page)
 * and language: previews/<view>.png in English, previews/ko/<view>.png in Korean.
 */
export function viewPageFiles(
  view: string,
  folder: string,
  lang: Locale = DEFAULT_LOCALE,
): { page: string; image: string } {
  const language = lang === DEFAULT_LOCALE ? '' : `${lang}/`;
  return { page: `${folder}${PAGE}`, image: `previews/${language}${view}.png` };
}

export interface PageLinks {
  siteName: string;
  /** The page's language: its `<html lang>` and og:locale. */
  lang: Locale;
  /** The preview image's URL: absolute when the site's URL is known, else from the site's root. */
  image: string;
  /** What the preview image shows, in the image's language. */
  imageAlt: string;
  /** The page's absolute URL, when the site's URL is known. */
  url?: string;
  /** The same view's page in each language, and the x-default (English) one: hreflang and URL. */
  alternates: { hreflang: string; href: string }[];
  /** What the page says without JavaScript (its <noscript>). */
  noScript: string;
}

/** An Open Graph locale: ko_KR. */
const ogLocale = (lang: Locale) => INTL_TAGS[lang].replace('-', '_');

/**
 * The built index.html (or ko/index.html) as one view's page in one language: its title, description,
 * `<html lang>` and <noscript> replaced, the hreflang and link-preview tags in place of
 * META_PLACEHOLDER. Throws when the page has lost any part it fills.
 */
export function viewPageHtml(html: string, meta: PageMeta, links: PageLinks): string {
  const title = /<title>[^<]*<\/title>/;
  const description = /<meta\s+name="description"\s+content="[^"]*"\s*\/?>/;
  const noScript = /<noscript>[\s\S]*?<\/noscript>/;
  for (const [what, found] of [
    ['<title>', title.test(html)],
    ['<meta name="description">', description.test(html)],
    ['<noscript>', noScript.test(html)],
    [META_PLACEHOLDER, html.includes(META_PLACEHOLDER)],
  ] as const) {
    if (!found) throw new Error(`${PAGE} has lost its ${what}`);
  }
  const property = (name: string, content: string) =>
    `<meta property="${name}" content="${escapeText(content)}" />`;
  const named = (name: string, content: string) =>
    `<meta name="${name}" content="${escapeText(content)}" />`;
  const tags = [
    ...links.alternates.map(
      ({ hreflang, href }) =>
        `<link rel="alternate" hreflang="${hreflang}" href="${escapeText(href)}" />`,
    ),
    property('og:type', 'website'),
    property('og:locale', ogLocale(links.lang)),
    ...LOCALES.filter((lang) => lang !== links.lang).map((lang) =>
      property('og:locale:alternate', ogLocale(lang)),
    ),
    property('og:site_name', links.siteName),
    property('og:title', meta.title),
    property('og:description', meta.description),
    ...(links.url ? [property('og:url', links.url)] : []),
    property('og:image', links.image),
    property('og:image:type', 'image/png'),
    property('og:image:width', '1200'),
    property('og:image:height', '630'),
    property('og:image:alt', links.imageAlt),
    named('twitter:card', 'summary_large_image'),
    named('twitter:title', meta.title),
    named('twitter:description', meta.description),
    named('twitter:image', links.image),
  ];
  return withPageLanguage(html, links.lang)
    .replace(title, () => `<title>${escapeText(meta.title)}</title>`)
    .replace(description, () => named('description', meta.description))
    .replace(noScript, () => `<noscript>${escapeText(links.noScript)}</noscript>`)
    .replace(META_PLACEHOLDER, () => tags.join('\n    '));
}

export interface ViewPagesOptions {
  /** The data package, relative to the Vite root; `data` by default. */
  dataDir?: string;
  /** The site's absolute URL: crawlers want absolute image URLs. Without it they are root-relative. */
  siteUrl?: string;
}

/**
 * The Vite plugin: rewrites index.html and ko/index.html (prerender.ts emits it, earlier in the
 * plugins) and emits every other view's page in each language and every preview image.
 */
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
      // The plain visit's page in each language, prerendered: the template of that language's pages.
      const mainPages = new Map<Locale, OutputAsset & { source: string }>();
      for (const lang of LOCALES) {
        const fileName = lang === DEFAULT_LOCALE ? PAGE : localizedIndexFile(lang);
        const page = bundle[fileName];
        if (page?.type !== 'asset' || typeof page.source !== 'string') {
          throw new Error(`The build has no ${fileName} to make the views' pages from`);
        }
        mainPages.set(lang, page as OutputAsset & { source: string });
      }
      const templates = new Map([...mainPages].map(([lang, page]) => [lang, page.source]));
      // One runner for the whole call: the Korean messages load on the way (setLocale).
      const { pages, previews } = await withModuleRunner(
        root,
        // The messages' runtime is a .svelte.ts module (runes).
        [svelte({ emitCss: false })],
        async (load) => {
          const assets = await load<typeof import('./viewPageAssets.ts')>(ASSETS_ENTRY);
          return assets.viewPageAssets(
            computeDatasetVersion(resolve(root, dataDir)),
            readFileSync(resolve(root, 'src/app.css'), 'utf8'),
          );
        },
      );
      const absolute = (path: string) => (siteUrl ? new URL(path, siteUrl).href : path);
      const images = new Map(
        previews.map(({ view, lang, png, alt }) => {
          const fileName = viewPageFiles(view, '', lang).image;
          this.emitFile({ type: 'asset', fileName, source: png });
          return [`${lang}/${view}`, { url: absolute(`${base}${fileName}`), alt }];
        }),
      );
      for (const { view, lang, folder, meta, siteName, noScript } of pages) {
        const image = images.get(`${lang}/${view}`);
        if (!image) throw new Error(`No preview image for the view ${view} in ${lang}`);
        const languages = pages.filter((page) => page.view === view);
        const href = (page: { folder: string }) => absolute(`${base}${page.folder}`);
        const fallback = languages.find((page) => page.lang === DEFAULT_LOCALE);
        const html = viewPageHtml(templates.get(lang)!, meta, {
          siteName,
          lang,
          image: image.url,
          imageAlt: image.alt,
          url: siteUrl ? href({ folder }) : undefined,
          alternates: [
            ...languages.map((page) => ({ hreflang: page.lang, href: href(page) })),
            ...(fallback ? [{ hreflang: 'x-default', href: href(fallback) }] : []),
          ],
          noScript,
        });
        // The overview's page is the language's main page, which carries the prerendered view.
        const main = view === MAIN_VIEW ? mainPages.get(lang) : undefined;
        if (main) main.source = html;
        else {
          const page = withoutPrerenderedPage(html);
          this.emitFile({
            type: 'asset',
            fileName: viewPageFiles(view, folder).page,
            source: page,
          });
        }
      }
    },
  };
}
