// Server-side rendering of the static figures: each preset's page (HTML with its chart drawn by the
// page's own plot components) and its standalone SVG (the captioned chart the page's image export
// draws). Loaded by the build (src/build/embeds.ts) through Vite, which compiles the components for the
// server with their CSS.
import { render } from 'svelte/server';
import type { Component } from 'svelte';
import type { DatasetVersion } from '../lib/cite/version';
import CaptionedChart from '../lib/charts/CaptionedChart.svelte';
import { CAPTION_MARGIN } from '../lib/charts/captionLayout';
import { lightTheme } from '../lib/charts/lightTheme';
import { estimateText } from '../lib/charts/measure';
import appCss from '../app.css?raw';
import embedCss from './embed.css?raw';
import StaticFigure from './StaticFigure.svelte';
import { downloadFileName } from '../lib/export/fileName';
import { presetDrawing, type PresetFigure } from './figures';
import { WIDE_WIDTH } from './layout';
import { compactCss, escapeText } from './markup';
import { xmlChars } from '../lib/export/safeText';
import { POST_HEIGHT_SCRIPT } from '../lib/embed/resize';
import { presetFolder } from '../lib/embed/presets';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../lib/i18n/locale';
import { shareText } from '../lib/i18n/en/share';

export interface StaticOptions {
  version: DatasetVersion;
  /** The site's base path ('/'), which every link of the static pages starts with. */
  base: string;
  /** The site's absolute URL, for the links an SVG carries out of the site; base-relative if absent. */
  siteUrl?: string;
  /**
   * The language the pages are written in, which the interface must be in while they render (their
   * words are its messages): embeds/<name>.html in English, embeds/ko/<name>.html in Korean.
   */
  lang?: Locale;
}

/** One rendered preset. */
export interface StaticFigurePage {
  name: string;
  /** The language of its words: its files are under embeds/ (English) or embeds/<lang>/. */
  lang: Locale;
  title: string;
  /** Its title in every language it is built in, for the Embed dialog (`virtual:embed-presets`). */
  titles: Record<Locale, string>;
  /** The whole page: embeds/<name>.html. */
  html: string;
  /** The <figure> alone, which embed.html shows. */
  figure: string;
  /** The standalone SVG: embeds/<name>.svg. */
  svg: string;
  /** The figures the page lists, as CSV: embeds/<name>.csv. */
  csv: Uint8Array;
  /** A guess of the page's height at 640 px, for the snippet's iframe before the embed reports it. */
  height: number;
}

export interface StaticFigures {
  /** The English pages, each with its titles in every language. */
  pages: StaticFigurePage[];
  /** The same presets in the interface's other languages (Korean): embeds/ko/<name>.html. */
  translations: StaticFigurePage[];
  /** The <style> every page carries (the same for all): the site's base CSS and the components'. */
  style: string;
  /** The inline script every embed page runs. */
  script: string;
}

/** The markup and CSS of one component render, without Svelte's hydration comments (no script runs). */
function rendered<Props extends Record<string, unknown>>(
  component: Component<Props>,
  props: Props,
  styles: Map<string, string>,
): string {
  const { head, body } = render(component, { props } as Parameters<typeof render>[1]);
  for (const match of head.matchAll(/<style id="([^"]+)">([\s\S]*?)<\/style>/g)) {
    styles.set(match[1]!, match[2]!);
  }
  return body.replace(/<!--[\s\S]*?-->/g, '');
}

/** Renders every preset's static page and SVG. */
export function renderStaticFigures(
  presets: readonly PresetFigure[],
  { version, base, siteUrl, lang = DEFAULT_LOCALE }: StaticOptions,
): StaticFigures {
  const styles = new Map<string, string>();
  const folder = `${base}embeds/${presetFolder(lang)}`;
  const pages = presets.map((preset): StaticFigurePage => {
    const fullView = `${base}${preset.query}`;
    const data = {
      href: `${base}embeds/${preset.name}.csv`,
      fileName: downloadFileName(preset.name, version, 'csv'),
    };
    const figure = rendered(
      StaticFigure,
      { preset, version: version.label, fullView, svg: `${folder}${preset.name}.svg`, data },
      styles,
    );
    const svg = rendered(
      CaptionedChart,
      {
        drawing: presetDrawing(preset),
        title: preset.title,
        publishers: [...new Set(preset.sources.map((source) => source.publisher))],
        version: version.label,
        permalink: siteUrl ? new URL(fullView, siteUrl).href : fullView,
        width: WIDE_WIDTH + 2 * CAPTION_MARGIN,
        measure: estimateText,
        theme: lightTheme,
      },
      new Map(),
    );
    return {
      name: preset.name,
      lang,
      title: preset.title,
      titles: Object.fromEntries(LOCALES.map((each) => [each, preset.title])) as Record<
        Locale,
        string
      >,
      figure,
      html: '',
      svg: `<?xml version="1.0" encoding="UTF-8"?>\n${xmlChars(withLang(svg, lang))}\n`,
      csv: preset.csv,
      height: estimatedHeight(preset),
    };
  });
  const style = `<style>${compactCss(appCss)}\n${compactCss(embedCss)}\n${compactCss([...styles.values()].join('\n'))}</style>`;
  for (const page of pages) page.html = pageHtml(page, style, base);
  return { pages, translations: [], style, script: POST_HEIGHT_SCRIPT };
}

/**
 * The static figures of several languages as one: the first (English) is the main set, each of its
 * pages with every language's title; the others are its translations.
 */
export function withTranslations([main, ...others]: StaticFigures[]): StaticFigures {
  if (!main) throw new Error('no static figures to combine');
  const translations = others.flatMap((other) => other.pages);
  const pages = main.pages.map((page) => {
    const titles = { ...page.titles };
    for (const translated of translations) {
      if (translated.name === page.name) titles[translated.lang] = translated.title;
    }
    return { ...page, titles };
  });
  return { ...main, pages, translations };
}

/** A standalone SVG with the language of its words on its root element. */
function withLang(svg: string, lang: Locale): string {
  return svg.replace(/<svg(?=[\s>])/, `<svg lang="${lang}"`);
}

/** A static page: the figure, the CSS inline, and the script that reports its height to a parent. */
function pageHtml(
  { title, lang, figure }: Pick<StaticFigurePage, 'title' | 'lang' | 'figure'>,
  style: string,
  base: string,
): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${escapeText(shareText().staticPageTitle(title))}</title>
<link rel="icon" href="${base}favicon.svg" type="image/svg+xml">
${style}
</head>
<body>
<main class="embed">
${figure}
</main>
<script>${POST_HEIGHT_SCRIPT}</script>
</body>
</html>
`;
}

/** Roughly how tall a preset's page is at 640 px wide, before it reports its height. */
function estimatedHeight(preset: PresetFigure): number {
  const frame = 260; // title, description, legend, source line, data line, table summary
  switch (preset.kind) {
    case 'compare':
      return frame + 120 + preset.groups.length * 62;
    case 'by-country':
      return frame + 80 + new Set(preset.rows.map((row) => row.country)).size * 30;
    default:
      return frame + 380 + preset.events.length * 22;
  }
}
