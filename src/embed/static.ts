// Server-side rendering of the static figures: each preset's page (HTML with its chart as inline SVG)
// and its standalone SVG, drawn by the page's own Svelte components. Loaded by the build
// (src/build/embeds.ts) through Vite, which compiles the components for the server with their CSS.
import { render } from 'svelte/server';
import type { Component } from 'svelte';
import type { DatasetVersion } from '../lib/cite/version';
import type { EstimatorType } from '../lib/data/rows.generated';
import TimeRangeChart from '../lib/charts/TimeRangeChart.svelte';
import CountryRangesChart from '../lib/charts/CountryRangesChart.svelte';
import CompareChart from '../lib/charts/CompareChart.svelte';
import appCss from '../app.css?raw';
import embedCss from './embed.css?raw';
import StaticFigure from './StaticFigure.svelte';
import { downloadFileName } from '../lib/export/fileName';
import { countryGroups, type PresetFigure } from './figures';
import { WIDE_WIDTH } from './layout';
import {
  compactCss,
  escapeText,
  inertMarks,
  roundedCoordinates,
  svgElements,
  textContent,
  withViewBoxes,
} from './markup';
import { POST_HEIGHT_SCRIPT } from '../lib/embed/resize';
import { compareSvg, singleChartSvg, type CompareRowDrawing, type SvgFrame } from './svg';

export interface StaticOptions {
  version: DatasetVersion;
  /** The site's base path ('/'), which every link of the static pages starts with. */
  base: string;
  /** The site's absolute URL, for the links an SVG carries out of the site; base-relative if absent. */
  siteUrl?: string;
}

/** One rendered preset. */
export interface StaticFigurePage {
  name: string;
  title: string;
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
  pages: StaticFigurePage[];
  /** The <style> every page carries (the same for all): the site's base CSS and the components'. */
  style: string;
  /** The inline script every embed page runs. */
  script: string;
}

/** The page markup and CSS of one component render. */
function rendered<Props extends Record<string, unknown>>(
  component: Component<Props>,
  props: Props,
  styles: Map<string, string>,
): string {
  const { head, body } = render(component, { props } as Parameters<typeof render>[1]);
  for (const match of head.matchAll(/<style id="([^"]+)">([\s\S]*?)<\/style>/g)) {
    styles.set(match[1]!, match[2]!);
  }
  return body;
}

/** Renders every preset's static page and SVG. */
export function renderStaticFigures(
  presets: readonly PresetFigure[],
  { version, base, siteUrl }: StaticOptions,
): StaticFigures {
  const styles = new Map<string, string>();
  const drawn = presets.map((preset) => {
    const fullView = `${base}${preset.query}`;
    const svgHref = `${base}embeds/${preset.name}.svg`;
    const data = {
      href: `${base}embeds/${preset.name}.csv`,
      fileName: downloadFileName(preset.name, version, 'csv'),
    };
    const body = rendered(
      StaticFigure,
      { preset, version: version.label, fullView, svg: svgHref, data },
      styles,
    );
    const figure = withViewBoxes(staticMarkup(body));
    return { preset, fullView, figure };
  });
  // The SVGs come second: they need the CSS of every component the pages drew.
  const chartCss = compactCss([...styles.values()].join('\n'));
  const svgCss = `${compactCss(lightTheme(appCss))}\n${chartCss}`;
  const font = /--font:\s*([^;]+);/.exec(appCss)?.[1]?.replace(/\s+/g, ' ').trim() ?? 'sans-serif';
  const theme = { bg: themeColour('--bg'), fg: themeColour('--fg'), muted: themeColour('--muted') };
  const style = `<style>${compactCss(appCss)}\n${compactCss(embedCss)}\n${chartCss}</style>`;

  const pages = drawn.map(({ preset, fullView, figure }) => {
    const frame: SvgFrame = {
      title: preset.title,
      publishers: [...new Set(preset.sources.map((source) => source.publisher))],
      version: version.label,
      permalink: siteUrl ? new URL(fullView, siteUrl).href : fullView,
      css: svgCss,
      theme,
      font,
    };
    return {
      name: preset.name,
      title: preset.title,
      figure,
      html: page(preset.title, style, figure, base),
      svg: presetSvg(preset, frame),
      csv: preset.csv,
      height: estimatedHeight(preset),
    };
  });
  return { pages, style, script: POST_HEIGHT_SCRIPT };

  function themeColour(name: string): string {
    return new RegExp(`${name}:\\s*(#[0-9a-fA-F]{3,8})`).exec(appCss)?.[1] ?? '#000000';
  }
}

/** A static page: the figure, the CSS inline, and the script that reports its height to a parent. */
function page(title: string, style: string, figure: string, base: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${escapeText(title)} · nk-workers-abroad</title>
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

/** The standalone SVG of a preset, from the same components drawn alone at the wide width. */
function presetSvg(preset: PresetFigure, frame: SvgFrame): string {
  const styles = new Map<string, string>();
  if (preset.kind === 'compare') {
    const body = staticMarkup(
      rendered(
        CompareChart,
        {
          groups: preset.groups,
          envelope: preset.envelope,
          valueLabel: preset.valueLabel,
          initialPlotWidth: 440,
        },
        styles,
      ),
    );
    const plots = svgElements(body).filter((svg) => svg.className.split(' ').includes('plot'));
    const [top, bottom] = [plots[0], plots.at(-1)];
    const rowPlots = plots.slice(1, -1);
    const labels = [...body.matchAll(/<div class="label[^"]*">([\s\S]*?)<\/div>/g)].map(
      (match) => match[1]!,
    );
    if (
      !top ||
      !bottom ||
      rowPlots.length !== preset.groups.length ||
      labels.length !== rowPlots.length
    ) {
      throw new Error(
        `${preset.name}: the compare chart's markup has changed; see src/embed/static.ts`,
      );
    }
    const rows: CompareRowDrawing[] = rowPlots.map((plot, i) => {
      const label = labels[i]!;
      const chainAt = label.search(/<span class="chain/);
      const metaAt = label.search(/<span class="meta/);
      return {
        estimator: textContent(label.slice(0, metaAt)),
        meta: textContent(label.slice(metaAt, chainAt)),
        chain: textContent(label.slice(chainAt)),
        plot,
      };
    });
    const key = textContent(/<p class="envelope-key[^"]*">([\s\S]*?)<\/p>/.exec(body)?.[1] ?? '');
    return compareSvg(frame, {
      key,
      top,
      rows,
      bottom,
      types: preset.groups.map((group) => group.estimator_type),
    });
  }
  let body: string;
  let types: EstimatorType[];
  let events: string[] = [];
  if (preset.kind === 'by-country') {
    body = rendered(
      CountryRangesChart,
      {
        groups: countryGroups(preset.rows),
        valueLabel: preset.valueLabel,
        initialWidth: WIDE_WIDTH,
      },
      styles,
    );
    types = preset.rows.map((row) => row.estimator_type);
  } else {
    body = rendered(
      TimeRangeChart,
      {
        figures: preset.figures,
        events: preset.events,
        valueLabel: preset.valueLabel,
        initialWidth: WIDE_WIDTH,
      },
      styles,
    );
    types = preset.figures.map((figure) => figure.estimator_type);
    // The chart numbers the events it can place, in order; the page lists them beneath.
    events = [...staticMarkup(body).matchAll(/<li value="\d+"[^>]*>([\s\S]*?)<\/li>/g)].map(
      (match) => textContent(match[1]!),
    );
  }
  const chart = svgElements(staticMarkup(body)).reduce((a, b) =>
    a.width * a.height >= b.width * b.height ? a : b,
  );
  return singleChartSvg(frame, chart, types, events);
}

/** Server-rendered markup as a static page shows it: no hydration markers, inert marks, short numbers. */
function staticMarkup(html: string): string {
  return roundedCoordinates(inertMarks(html.replace(/<!--[\s\S]*?-->/g, '')));
}

/** app.css's light theme variables, set on the SVG root instead of :root. */
function lightTheme(css: string): string {
  const block = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
  return `svg{${block.replace(/color-scheme:[^;]*;/, '')}}`;
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
