import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  cjkFontFiles,
  formatUnicodeRange,
  siteSlices,
  textCodePoints,
  withFontsLink,
} from '../../src/build/cjkFonts';
import { isCompressible } from '../../src/build/precompress';
import { CJK_FAMILIES, inRanges, parseUnicodeRange } from '../../src/lib/export/imageFonts';

const textDirs = [
  { dir: 'data', ext: '.csv' },
  { dir: 'src/lib/i18n/ko', ext: '.ts' },
];
const slices = siteSlices(textDirs);
const files = cjkFontFiles(slices);
const css = files.stylesheet.source as string;

describe('the CJK webfonts', () => {
  it('reads and writes unicode-range values', () => {
    expect(parseUnicodeRange('U+ac00-acff, U+3131,u+4e??')).toEqual([
      [0xac00, 0xacff],
      [0x3131, 0x3131],
      [0x4e00, 0x4eff],
    ]);
    expect(formatUnicodeRange([0x4e0a, 0x4e00, 0x4e01, 0x4e02, 0x4e01])).toBe('U+4e00-4e02,U+4e0a');
    expect(formatUnicodeRange([])).toBe('');
  });

  it('serves every Korean slice, regular and bold, and Japanese and Chinese regular for the data', () => {
    const kr = slices.filter((slice) => slice.family === 'Noto Sans KR');
    expect(new Set(kr.map((slice) => slice.weight))).toEqual(new Set([400, 700]));
    // Every Hangul syllable is in a Korean slice at each weight.
    for (const weight of [400, 700]) {
      const ranges = kr
        .filter((slice) => slice.weight === weight)
        .flatMap((slice) => parseUnicodeRange(slice.unicodeRange));
      for (let code = 0xac00; code <= 0xd7a3; code += 97) expect(inRanges(ranges, code)).toBe(true);
    }
    const others = slices.filter((slice) => slice.family !== 'Noto Sans KR');
    expect(new Set(others.map((slice) => slice.weight))).toEqual(new Set([400]));
    // Japanese and Chinese slices, and the Korean ones without Hangul, claim only the characters of
    // the site's text: a kanji of a Japanese title is there, a kana no data or message has is not.
    const data = textCodePoints(textDirs);
    const jp = others
      .filter((slice) => slice.family === 'Noto Sans JP')
      .flatMap((slice) => parseUnicodeRange(slice.unicodeRange));
    expect(data.has('労'.codePointAt(0)!)).toBe(true);
    expect(inRanges(jp, '労'.codePointAt(0)!)).toBe(true);
    expect(data.has('ゐ'.codePointAt(0)!)).toBe(false);
    expect(inRanges(jp, 'ゐ'.codePointAt(0)!)).toBe(false);
    // A Korean slice without Hangul (hanja, kana) claims only characters of the text.
    const jamoOrSyllables: [number, number][] = [
      [0x1100, 0x11ff],
      [0x3130, 0x318f],
      [0xac00, 0xd7a3],
    ];
    const hanja = kr
      .map((slice) => parseUnicodeRange(slice.unicodeRange))
      .filter(
        (ranges) =>
          !ranges.some(([from, to]) => jamoOrSyllables.some(([a, b]) => from <= b && to >= a)),
      );
    expect(hanja.length).toBeGreaterThan(0);
    for (const ranges of hanja) {
      for (const [from, to] of ranges) {
        for (let code = from; code <= to; code++) expect(data.has(code)).toBe(true);
      }
    }
    expect(
      inRanges(
        kr.flatMap((slice) => parseUnicodeRange(slice.unicodeRange)),
        0x5317,
      ),
    ).toBe(true);
    // No Latin, Cyrillic or Vietnamese slice: the system's fonts come first for those.
    expect(css).not.toMatch(/unicode-range:U\+0-ff[,}]/i);
  });

  it('writes woff2 files named by their content and one small stylesheet of their rules', () => {
    expect(files.fonts.length).toBe(slices.length);
    for (const font of files.fonts) {
      expect(font.fileName).toMatch(
        /^assets\/noto-sans-(kr|jp|sc)-\d+-(400|700)-[0-9a-f]{8}\.woff2$/,
      );
      expect(isCompressible(font.fileName, (font.source as Buffer).length)).toBe(false);
    }
    expect(files.stylesheet.fileName).toMatch(/^assets\/cjk-fonts-[0-9a-f]{8}\.css$/);
    expect(css.match(/@font-face/g)).toHaveLength(slices.length);
    expect(css).not.toMatch(/\.woff\)|format\('woff'\)/);
    for (const font of files.fonts) expect(css).toContain(`url(${font.fileName.slice(7)})`);
    // Its unicode-range lists are what it weighs: about 17 KB gzip.
    expect(gzipSync(css).length).toBeLessThan(25_000);
  });

  it('links the stylesheet at the end of a page’s body, once', () => {
    const page = '<html><head></head><body><div id="app"></div></body></html>';
    const linked = withFontsLink(page, '/assets/cjk-fonts-1234abcd.css');
    expect(linked).toBe(
      '<html><head></head><body><div id="app"></div><link rel="stylesheet" href="/assets/cjk-fonts-1234abcd.css" data-cjk-fonts>\n</body></html>',
    );
    expect(withFontsLink(linked, '/assets/cjk-fonts-1234abcd.css')).toBe(linked);
  });

  it('comes first in app.css’s stacks, claiming only CJK characters: Latin keeps the system’s fonts', () => {
    const appCss = readFileSync('src/app.css', 'utf8');
    const stack = (name: string) =>
      /--font-?\w*:\s*([^;]+);/
        .exec(appCss.slice(appCss.indexOf(`--${name}:`)))![1]!
        .split(',')
        .map((family) => family.trim().replace(/'/g, ''));
    expect(stack('font').slice(0, 4)).toEqual([...CJK_FAMILIES, 'system-ui']);
    expect(stack('font-ja').slice(0, 4)).toEqual([
      'Noto Sans JP',
      'Noto Sans KR',
      'Noto Sans SC',
      'system-ui',
    ]);
    expect(stack('font-zh').slice(0, 4)).toEqual([
      'Noto Sans SC',
      'Noto Sans KR',
      'Noto Sans JP',
      'system-ui',
    ]);
    const codes = [...css.matchAll(/U\+([0-9a-f]+)/gi)].map((match) =>
      Number.parseInt(match[1]!, 16),
    );
    expect(codes.filter((code) => code < 0x1100 || (code > 0x11ff && code < 0x2e80))).toEqual([]);
    // Each face is the system's CJK font where one is installed.
    expect(css).toMatch(/src:local\('Noto Sans CJK KR Regular'\),[^;]*,url\(noto-sans-kr-/);
  });
});
