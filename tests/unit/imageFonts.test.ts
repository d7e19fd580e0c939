import { describe, expect, it } from 'vitest';
import {
  embeddedFontCss,
  facesFor,
  webFace,
  withStyle,
  type WebFace,
} from '../../src/lib/export/imageFonts';

const base = 'https://example.org/assets/cjk-fonts-1.css';
const face = (family: string, weight: string, unicodeRange: string, file: string) =>
  webFace(
    { family: `'${family}'`, weight, unicodeRange, src: `url("${file}") format("woff2")` },
    base,
  )!;

const faces: WebFace[] = [
  face('Noto Sans KR', '400', 'U+ac00-b0ff, U+5317', 'kr-1-400.woff2'),
  face('Noto Sans KR', '700', 'U+ac00-b0ff, U+5317', 'kr-1-700.woff2'),
  face('Noto Sans KR', '400', 'U+b100-d7a3, U+39', 'kr-2-400.woff2'),
  face('Noto Sans JP', '400', 'U+3042, U+52b4', 'jp-1-400.woff2'),
];

describe('the fonts of an exported image', () => {
  it('reads a face from a rule, resolving its file against the stylesheet', () => {
    expect(faces[0]).toMatchObject({
      family: 'Noto Sans KR',
      weight: 400,
      url: 'https://example.org/assets/kr-1-400.woff2',
    });
    expect(
      webFace(
        { family: 'Roboto', weight: '400', unicodeRange: 'U+0-ff', src: 'url(r.woff2)' },
        base,
      ),
    ).toBeNull();
  });

  it('needs no font for text without CJK characters, digits in a slice’s range included', () => {
    expect(facesFor([{ text: 'Workers abroad, 2019', weight: 700 }], faces)).toEqual([]);
  });

  it('takes each CJK character from the first family holding it, at the nearest weight', () => {
    const uses = facesFor(
      [
        { text: '가 北 労', weight: 400 },
        { text: '가', weight: 600 },
        { text: '힣', weight: 700 },
      ],
      faces,
    );
    expect(uses.map(({ face, chars }) => [face.url.slice(27), chars])).toEqual([
      ['kr-1-400.woff2', '가北'],
      ['jp-1-400.woff2', '労'],
      ['kr-1-700.woff2', '가'],
      // No bold slice holds it: the regular one does, as CSS would fall back to it.
      ['kr-2-400.woff2', '힣'],
    ]);
  });

  it('inlines each face’s file in an @font-face rule of its family, weight and range', async () => {
    const uses = facesFor([{ text: '가', weight: 400 }], faces);
    const asked: string[] = [];
    const css = await embeddedFontCss(uses, async (url) => {
      asked.push(url);
      return new Response(new Uint8Array([119, 79, 70, 50]));
    });
    expect(asked).toEqual(['https://example.org/assets/kr-1-400.woff2']);
    expect(css).toBe(
      "@font-face{font-family:'Noto Sans KR';font-weight:400;src:url(data:font/woff2;base64,d09GMg==) format('woff2');unicode-range:U+ac00-b0ff, U+5317}",
    );
    await expect(
      embeddedFontCss(uses, async () => new Response('', { status: 404 })),
    ).rejects.toThrow(/did not load \(404\)/);
  });

  it('puts the rules first inside the root, and nothing when there are none', () => {
    const svg =
      '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="2"><text>가</text></svg>';
    expect(withStyle(svg, '@font-face{}')).toBe(
      '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="2"><style>@font-face{}</style><text>가</text></svg>',
    );
    expect(withStyle(svg, '')).toBe(svg);
  });
});
