import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  lightColours,
  PREVIEW_FONT,
  PREVIEW_HEIGHT,
  PREVIEW_WIDTH,
  previewFonts,
  previewSvg,
  type PreviewCard,
} from '../../src/build/previewImage';
import { viewPageAssets, type ViewPageAssets } from '../../src/build/viewPageAssets';
import { viewNames } from '../../src/lib/state/viewState';

const css = readFileSync(new URL('../../src/app.css', import.meta.url), 'utf8');
const colours = lightColours(css);
const fonts = previewFonts();
const version = { date: '2026-11-27', hash: 'abb73d69', label: '2026-11-27 · abb73d69' };
const margin = 80;

/** Each <text> of an SVG with the extent resvg gives it, drawn alone with only the preview's fonts. */
function measuredTexts(svg: string) {
  const root = /<svg [^>]*>/.exec(svg)![0];
  return [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((match) => {
    const alone = `${root}${match[0]}</svg>`;
    const box = new Resvg(alone, {
      font: { loadSystemFonts: false, fontFiles: fonts, defaultFontFamily: PREVIEW_FONT },
    }).getBBox();
    return { text: match[1]!, box };
  });
}

function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('preview images', () => {
  let assets: ViewPageAssets;
  beforeAll(async () => {
    assets = await viewPageAssets(version, css);
  });

  it('makes one 1200 × 630 PNG per view', () => {
    const { previews } = assets;
    for (const lang of ['en', 'ko']) {
      const own = previews.filter((preview) => preview.lang === lang);
      expect(own.map((preview) => preview.view)).toEqual(viewNames);
    }
    for (const preview of previews) {
      expect(pngSize(preview.png)).toEqual({ width: 1200, height: 630 });
    }
    // Each view's card in each language is an image of its own.
    expect(
      new Set(previews.map((preview) => Buffer.from(preview.png).toString('base64'))).size,
    ).toBe(2 * viewNames.length);
    const korean = previews.find((preview) => preview.lang === 'ko' && preview.view === 'map');
    expect(korean?.alt).toMatch(/^체류국 지도\. /);
  });

  it('draws every line of every card in the bundled font, inside the margins', () => {
    for (const page of assets.pages.filter((page) => page.lang === 'en')) {
      const card: PreviewCard = {
        kicker: 'nk-workers-abroad',
        heading: page.meta.heading,
        description: page.meta.description,
        footer: `Data version ${version.label}`,
      };
      const texts = measuredTexts(previewSvg(card, colours));
      // The heading and the description each wrap to at least one line, none of them cut.
      expect(texts.length).toBeGreaterThanOrEqual(4);
      expect(texts.map((t) => t.text).join(' ')).not.toContain('…');
      for (const { text, box } of texts) {
        // No glyphs, no box: a font that failed to load would leave the text out.
        expect(box, text).toBeDefined();
        expect(box!.x, text).toBeGreaterThanOrEqual(margin - 1);
        expect(box!.x + box!.width, text).toBeLessThanOrEqual(PREVIEW_WIDTH - margin);
        expect(box!.y + box!.height, text).toBeLessThanOrEqual(PREVIEW_HEIGHT - 20);
      }
    }
  });

  it('cuts a heading or description too long for its lines with an ellipsis', () => {
    const card: PreviewCard = {
      kicker: 'nk-workers-abroad',
      heading: 'Every published figure on workers abroad, by year and source; '.repeat(4),
      description: 'What each measure counts, and who estimated it, with its source. '.repeat(6),
      footer: 'Data version',
    };
    const texts = measuredTexts(previewSvg(card, colours));
    expect(texts).toHaveLength(1 + 3 + 4 + 1);
    expect(texts[3]!.text).toMatch(/…$/);
    expect(texts[7]!.text).toMatch(/…$/);
    for (const { box } of texts) {
      expect(box!.x + box!.width).toBeLessThanOrEqual(PREVIEW_WIDTH - margin);
    }
  });

  it('escapes text and takes the light theme’s colours from the stylesheet', () => {
    const svg = previewSvg(
      { kicker: 'k', heading: 'A <b> & "c"', description: 'd', footer: 'f' },
      colours,
    );
    expect(svg).toContain('A &lt;b&gt; &amp; &quot;c&quot;');
    expect(colours.bg).toBe('#ffffff');
    expect(svg).toContain(`fill="${colours.accent}"`);
    expect(() => lightColours(':root { --bg: #fff; }')).toThrow('--fg');
  });
});
