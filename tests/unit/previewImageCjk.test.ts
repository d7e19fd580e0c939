import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import {
  lightColours,
  PREVIEW_FONT,
  previewCjkFonts,
  previewFonts,
  previewSvg,
  rasterise,
} from '../../src/build/previewImage';

const colours = lightColours(readFileSync('src/app.css', 'utf8'));
const card = {
  kicker: 'nk-workers-abroad',
  heading: '해외 파견 북한 노동자: 공개된 모든 추정치와 그 출처',
  description: '국가별·연도별·출처별로 정리한 추정치',
  footer: '데이터 버전 2026-11-27',
};

/** Opaque-ish dark pixels of an RGBA image in rows [top, bottom). */
function ink(pixels: Uint8Array, width: number, top: number, bottom: number): number {
  let count = 0;
  for (let i = top * width * 4; i < bottom * width * 4; i += 4) {
    if (pixels[i]! < 128 && pixels[i + 1]! < 128 && pixels[i + 2]! < 128) count++;
  }
  return count;
}

describe('a Korean preview image', () => {
  it('draws its Hangul heading in Noto Sans KR, not in the boxes of missing glyphs', () => {
    const svg = previewSvg(card, colours);
    const png = rasterise(svg, previewFonts());
    const drawn = new Resvg(svg, {
      font: {
        loadSystemFonts: false,
        fontFiles: [...previewFonts(), ...previewCjkFonts()],
        defaultFontFamily: PREVIEW_FONT,
      },
    }).render();
    const tofu = new Resvg(svg, {
      font: { loadSystemFonts: false, fontFiles: previewFonts(), defaultFontFamily: PREVIEW_FONT },
    }).render();
    // The heading's lines (y 152 to 330): the glyphs' strokes, far more than the boxes' outlines.
    const withGlyphs = ink(drawn.pixels, drawn.width, 152, 330);
    const withBoxes = ink(tofu.pixels, tofu.width, 152, 330);
    expect(withGlyphs).toBeGreaterThan(2 * withBoxes);
    // rasterise() is that same drawing: it adds the Korean fonts by itself.
    expect(Buffer.from(png).equals(Buffer.from(drawn.asPng()))).toBe(true);
  });
});
