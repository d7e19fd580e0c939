// The static figures as the build renders them, from the real data and through the real pipeline. The
// countries are picked from the data by property, so that a data change keeps these tests green.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { renderEmbeds } from '../../src/build/embeds';
import type { StaticFigures } from '../../src/embed/build';
import { openNodeDataset } from '../../src/lib/db/node';
import {
  compareFigures,
  countryList,
  countryOverTime,
  hostCountryFigures,
  run,
  sourcesDrawn,
  worldwideOverTime,
} from '../../src/lib/queries';
import type { DuckEngine } from '../../src/lib/db/engine';
import type { FigureRow } from '../../src/lib/queries';
import { isPartial } from '../../src/lib/charts/figureShape';
import { Resvg } from '@resvg/resvg-js';
import { countryGroups } from '../../src/lib/charts/CountryRangesChart.state.svelte';
import { COMPACT_COUNTRIES, COMPACT_ESTIMATES } from '../../src/embed/compact';

const root = fileURLToPath(new URL('../../', import.meta.url));
let figures: StaticFigures;
let engine: DuckEngine;
/** The host country with the most figures over time, and the country or WLD with the most estimates compared. */
let busiest: string;
let mostCompared: { country: string; groups: number };

beforeAll(async () => {
  figures = await renderEmbeds({ root, dataDir: 'data', base: '/' });
  ({ engine } = await openNodeDataset(`${root}data`));
  const sizes: { country: string; overTime: number; groups: number }[] = [];
  for (const { country } of await run(engine, countryList())) {
    const overTime = (await run(engine, countryOverTime({ country }))).length;
    const groups = (await run(engine, compareFigures({ country }))).length;
    sizes.push({ country, overTime: country === 'WLD' ? 0 : overTime, groups });
  }
  const top = (key: 'overTime' | 'groups') =>
    sizes.reduce((best, size) => (size[key] > best[key] ? size : best));
  busiest = top('overTime').country;
  mostCompared = { country: top('groups').country, groups: top('groups').groups };
  // The whole prerender step runs here (about 50 s alone); beside other files starting DuckDB on a
  // loaded 2-core machine it has taken past 120 s.
}, 300_000);

afterAll(async () => {
  await engine.close();
});

const page = (name: string) => {
  const found = figures.pages.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no preset ${name}`);
  return found;
};
const decoded = (html: string) =>
  html.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#39;', "'");
/** The ids of the marks drawn in some markup, sorted. */
const markIds = (markup: string) =>
  [...markup.matchAll(/<g data-id="([^"]+)"/g)].map((m) => m[1]!).sort();

describe('the presets', () => {
  it('are worldwide, by country, and each country with figures over time and compared', async () => {
    const names = figures.pages.map((p) => p.name);
    expect(names.slice(0, 2)).toEqual(['worldwide', 'by-country']);
    for (const { country } of await run(engine, countryList())) {
      const overTime = await run(engine, countryOverTime({ country }));
      const groups = await run(engine, compareFigures({ country }));
      if (country !== 'WLD')
        expect(names.includes(`country-${country}`), country).toBe(overTime.length > 0);
      expect(names.includes(`compare-${country}`), country).toBe(groups.length > 0);
    }
    expect(names).toContain(`country-${busiest}`);
    expect(names).toContain(`compare-${mostCompared.country}`);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('every static figure over time or by country', () => {
  const presets: [string, () => Promise<{ id: string }[]>][] = [
    ['worldwide', () => run(engine, worldwideOverTime())],
    ['by-country', () => run(engine, hostCountryFigures())],
    ['the busiest country', () => run(engine, countryOverTime({ country: busiest }))],
  ];

  it.each(presets)(
    '%s: draws one mark per figure, those without a number or a year included, page and SVG',
    async (name, query) => {
      const rows = await query();
      const { figure, svg } = page(name === 'the busiest country' ? `country-${busiest}` : name);
      const expected = rows.map((row) => row.id).sort();
      // The page draws the chart twice, wide and narrow: the wide one has every mark.
      const wide = figure.indexOf('<div class="drawing wide');
      const narrow = figure.indexOf('<div class="drawing narrow');
      const end = figure.indexOf('<div class="source-line');
      expect(0 < wide && wide < narrow && narrow < end).toBe(true);
      expect(markIds(figure.slice(wide, narrow))).toEqual(expected);
      expect(markIds(svg)).toEqual(expected);
      // The narrow one too, but for the countries side by side: those with the highest figures, and
      // a count of the figures it leaves out.
      const narrowDrawing = figure.slice(narrow, end);
      if (name !== 'by-country') {
        expect(markIds(narrowDrawing)).toEqual(expected);
        expect(narrowDrawing).not.toContain('data-left-out');
        return;
      }
      const groups = countryGroups(await run(engine, hostCountryFigures()));
      expect(groups.length).toBeGreaterThan(COMPACT_COUNTRIES);
      const shown = groups.slice(0, COMPACT_COUNTRIES).flatMap((group) => group.figures);
      expect(markIds(narrowDrawing)).toEqual(shown.map((row) => row.id).sort());
      expect(narrowDrawing).toContain(`data-left-out="${rows.length - shown.length}"`);
      expect(narrowDrawing).toContain(
        `${groups.length - COMPACT_COUNTRIES} more countries (${rows.length - shown.length} figures)`,
      );
    },
  );

  it('keys hollow marks in the SVG’s legend exactly when it draws one', async () => {
    const drawn: [string, FigureRow[]][] = [
      ['worldwide', await run(engine, worldwideOverTime())],
      ['by-country', await run(engine, hostCountryFigures())],
      [`country-${busiest}`, await run(engine, countryOverTime({ country: busiest }))],
    ];
    const partial = drawn.filter(([, rows]) => rows.some(isPartial));
    expect(partial.length).toBeGreaterThan(0);
    for (const [name, rows] of drawn) {
      expect(page(name).svg.includes('hollow or dashed: part of the whole'), name).toBe(
        rows.some(isPartial),
      );
    }
  });
});

describe('a static page', () => {
  it('has the title, the chart as SVG, every publisher, the version and the full view', async () => {
    const worldwide = page('worldwide');
    const html = decoded(worldwide.html);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toMatch(/<h1 id="embed-title"[^>]*>North Koreans working abroad worldwide/);
    expect(html).toMatch(/<svg viewBox="0 0 640 \d+"[^>]*role="img"/);
    const sources = sourcesDrawn(await run(engine, worldwideOverTime()));
    const line = /<div class="source-line[^"]*">([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '';
    expect(line).toContain(`Sources (${sources.length} publications)`);
    for (const publisher of new Set(sources.map((s) => s.publisher)))
      expect(line).toContain(publisher);
    expect(html).toMatch(/data-dataset-version="\d{4}-\d{2}-\d{2}/);
    expect(html).toContain('href="/" target="_blank" rel="noopener" data-full-view');
    expect(html).toContain('href="/embeds/worldwide.svg"');
  });

  it('lists every figure with its source link in the table alternative', async () => {
    const html = decoded(page(`country-${busiest}`).html);
    const table = html.slice(html.indexOf('<details'));
    const rows = await run(engine, countryOverTime({ country: busiest }));
    expect(rows.length).toBeGreaterThan(1);
    expect(table.match(/<tr data-id=/g)).toHaveLength(rows.length);
    for (const row of rows) {
      expect(table).toContain(`data-id="${row.id}"`);
      expect(table).toContain(`href="${row.url}"`);
    }
    expect(html).toContain(`href="/?view=country&country=${busiest}"`);
  });

  it('is styled by its own CSS, light and dark, and needs no other file but its icon', () => {
    const { html } = page(`compare-${mostCompared.country}`);
    expect(html).toContain('@media (prefers-color-scheme: dark)');
    expect(html).toMatch(/\.static-figure\.svelte-[a-z0-9]+/);
    expect(html).not.toMatch(/<link rel="stylesheet"|<script[^>]* src=/);
    expect(html).not.toContain('sourceMappingURL');
  });

  it('has no interactive marks and no hydration markers', () => {
    for (const { html } of figures.pages) {
      expect(html).not.toMatch(/class="mark[^>]*tabindex/);
      expect(html).not.toContain('<!--');
    }
  });

  it('draws a compact comparison on phones: the lowest and the highest estimate among a few, and how many it leaves out', async () => {
    const { figure } = page(`compare-${mostCompared.country}`);
    expect(mostCompared.groups).toBeGreaterThan(COMPACT_ESTIMATES);
    const narrow = figure.slice(figure.indexOf('<div class="drawing narrow'));
    const drawn = narrow.slice(0, narrow.indexOf('<div class="source-line'));
    const rows = [...drawn.matchAll(/<g data-group="([^"]+)"/g)].map((m) => m[1]);
    expect(rows).toHaveLength(COMPACT_ESTIMATES);
    const groups = await run(engine, compareFigures({ country: mostCompared.country }));
    const top = (group: (typeof groups)[number]) => group.high ?? group.point ?? group.low;
    const numbered = groups.filter((group) => top(group) !== null);
    const lowest = numbered.reduce((a, b) =>
      (b.low ?? b.point ?? b.high)! < (a.low ?? a.point ?? a.high)! ? b : a,
    );
    const highest = numbered.reduce((a, b) => (top(b)! > top(a)! ? b : a));
    expect(rows).toContain(lowest.group_id);
    expect(rows).toContain(highest.group_id);
    expect(drawn).toContain(`data-left-out="${groups.length - COMPACT_ESTIMATES}"`);
  });

  it('links to the CSV of the figures its table lists, one row each', () => {
    for (const { name, html, csv } of figures.pages) {
      expect(html, name).toContain(`href="/embeds/${name}.csv"`);
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(csv);
      expect(text.startsWith('\ufeffid,'), name).toBe(true);
      const rows = Papa.parse<{ id: string }>(text.slice(1), {
        header: true,
        skipEmptyLines: true,
      });
      const table = [...html.matchAll(/<tr data-id="([^"]+)"/g)].map((m) => m[1]);
      expect(
        rows.data.map((row) => row.id),
        name,
      ).toEqual(table);
    }
  });

  it('posts its height to its parent', () => {
    expect(page('worldwide').html).toContain("type: 'nk-workers-abroad:height'");
  });
});

describe('a static SVG', () => {
  it('is a standalone document with the title, the chart, every publisher and the version', async () => {
    const { svg } = page('worldwide');
    expect(svg).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg lang="en" xmlns="http:\/\/www.w3.org\/2000\/svg" width="688"/,
    );
    expect(svg).toContain('<title>North Koreans working abroad worldwide');
    expect(svg).toContain('<g data-id="');
    const text = decoded(svg.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' '));
    for (const { publisher } of sourcesDrawn(await run(engine, worldwideOverTime()))) {
      // Lines wrap anywhere: compare without spaces.
      expect(text.replace(/\s/g, '')).toContain(publisher.replace(/\s/g, ''));
    }
    expect(text).toMatch(/Data: nk-workers-abroad, version \d{4}-\d{2}-\d{2}/);
    expect(svg).toMatch(/<rect width="688" height="\d+" style="fill: #ffffff;?"/);
  });

  it('draws every estimate of a comparison as a row', () => {
    const { svg } = page(`compare-${mostCompared.country}`);
    expect(mostCompared.groups).toBeGreaterThan(1);
    expect(svg.match(/<g data-id="/g)).toHaveLength(mostCompared.groups);
    expect(svg).toContain('envelope: every figure with a number lies between');
  });
});

describe('the Korean static figures', () => {
  it('are the same presets with the same figures, their words Korean, the data link the same CSV', () => {
    const hangul = /[\p{Script=Hangul}]/u;
    expect(figures.translations.map((p) => p.name)).toEqual(figures.pages.map((p) => p.name));
    for (const korean of figures.translations) {
      const english = page(korean.name);
      expect(korean.lang, korean.name).toBe('ko');
      expect(korean.title, korean.name).toMatch(hangul);
      expect(english.titles, korean.name).toEqual({ en: english.title, ko: korean.title });
      expect(korean.html, korean.name).toContain('<html lang="ko">');
      expect(korean.svg, korean.name).toMatch(/\n<svg lang="ko" /);
      expect(korean.html, korean.name).toContain(`href="/embeds/${korean.name}.csv"`);
      expect(korean.html, korean.name).toContain(`href="/embeds/ko/${korean.name}.svg"`);
      expect(markIds(korean.figure), korean.name).toEqual(markIds(english.figure));
      expect(markIds(korean.svg), korean.name).toEqual(markIds(english.svg));
    }
    const worldwide = figures.translations.find((p) => p.name === 'worldwide')!;
    expect(decoded(worldwide.figure)).toMatch(/출처\(간행물 \d+건\):/);
    expect(decoded(worldwide.figure)).toContain('href="/?lang=ko"');
    expect(decoded(worldwide.svg)).toContain('데이터: nk-workers-abroad, 버전');
  });
});

describe('every static SVG', () => {
  it('is well-formed XML that resvg draws, standalone: no stylesheet, custom property or outside file', () => {
    for (const { name, svg } of [...figures.pages, ...figures.translations]) {
      // resvg parses with roxmltree, a strict XML parser: a stray '&', an unclosed tag or an HTML
      // entity throws.
      const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
      expect(image.width, name).toBe(Number(/<svg[^>]* width="(\d+)"/.exec(svg)?.[1]));
      expect(image.height, name).toBeGreaterThan(200);
      expect(svg, name).not.toMatch(/<style|var\(|<image|<foreignObject|<!--|url\(["']?http/);
    }
  });
});
