// The Korean, Japanese and Chinese glyphs of an exported image. An SVG drawn into a canvas (the PNG)
// sees no font of the page, and an SVG opened on a machine without CJK fonts has none either: the image
// carries, as @font-face rules with data: URLs, the webfont slices (src/build/cjkFonts.ts) that hold
// its CJK characters, found through the same unicode-range rules the page has. An image without CJK
// text carries nothing.

/** The site's CJK webfonts, in the order of app.css's --font stack. */
export const CJK_FAMILIES = ['Noto Sans KR', 'Noto Sans JP', 'Noto Sans SC'] as const;
export type CjkFamily = (typeof CJK_FAMILIES)[number];

/** A character of the scripts the webfonts are for (Hangul, kana, Han, their punctuation and forms). */
const CJK_CHAR =
  /[\u1100-\u11ff\u2e80-\u2fdf\u2ff0-\u303f\u3040-\u30ff\u3100-\u31ff\u3200-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u{20000}-\u{3134f}]/u;

export const isCjk = (char: string): boolean => CJK_CHAR.test(char);

/** Inclusive code point ranges of a `unicode-range` value ('U+ac00-acff,U+3131,U+4e??'). */
export function parseUnicodeRange(value: string): [number, number][] {
  return value
    .split(',')
    .map((part) => part.trim().replace(/^u\+/i, ''))
    .filter(Boolean)
    .map((part): [number, number] => {
      if (part.includes('?')) {
        return [
          Number.parseInt(part.replace(/\?/g, '0'), 16),
          Number.parseInt(part.replace(/\?/g, 'f'), 16),
        ];
      }
      const [from, to = from] = part.split('-');
      return [Number.parseInt(from!, 16), Number.parseInt(to!, 16)];
    });
}

/** Whether a code point lies in ranges. */
export function inRanges(ranges: readonly (readonly [number, number])[], code: number): boolean {
  return ranges.some(([from, to]) => code >= from && code <= to);
}

/** One @font-face rule of the page's CJK stylesheet. */
export interface WebFace {
  family: CjkFamily;
  weight: number;
  unicodeRange: string;
  ranges: [number, number][];
  /** The woff2 file, absolute. */
  url: string;
}

/** A face from a rule's declarations, or null when it is not one of the CJK families. */
export function webFace(
  declarations: { family: string; weight: string; unicodeRange: string; src: string },
  baseUrl: string,
): WebFace | null {
  const family = declarations.family.replace(/["']/g, '').trim();
  const known = CJK_FAMILIES.find((name) => name === family);
  const url = /url\(\s*["']?([^"')]+)["']?\s*\)/.exec(declarations.src)?.[1];
  if (!known || !url || !declarations.unicodeRange) return null;
  const weight = Number.parseInt(declarations.weight, 10);
  return {
    family: known,
    weight: Number.isFinite(weight) ? weight : 400,
    unicodeRange: declarations.unicodeRange,
    ranges: parseUnicodeRange(declarations.unicodeRange),
    url: new URL(url, baseUrl).href,
  };
}

/** The CJK faces of the page's stylesheets. */
export function pageFaces(doc: Document = document): WebFace[] {
  const faces: WebFace[] = [];
  for (const sheet of Array.from(doc.styleSheets)) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue; // another origin's sheet
    }
    for (const rule of Array.from(rules)) {
      if (!(rule instanceof CSSFontFaceRule)) continue;
      const face = webFace(
        {
          family: rule.style.getPropertyValue('font-family'),
          weight: rule.style.getPropertyValue('font-weight'),
          unicodeRange: rule.style.getPropertyValue('unicode-range'),
          src: rule.style.getPropertyValue('src'),
        },
        sheet.href ?? doc.baseURI,
      );
      if (face) faces.push(face);
    }
  }
  return faces;
}

/** A run of an image's text and the weight it is drawn in. */
export interface TextRun {
  text: string;
  weight: number;
}

const weightOf = (value: string | null): number | null => {
  if (!value) return null;
  if (value === 'bold' || value === 'bolder') return 700;
  if (value === 'normal') return 400;
  const number = Number.parseInt(value, 10);
  return Number.isFinite(number) ? number : null;
};

/** Every text node of a drawing with its weight (the nearest font-weight attribute, else 400). */
export function textRuns(root: Element): TextRun[] {
  const runs: TextRun[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const text = node.textContent ?? '';
    if (!text.trim()) continue;
    let weight: number | null = null;
    for (let at = node.parentElement; at && weight === null; at = at.parentElement) {
      weight = weightOf(at.getAttribute('font-weight'));
    }
    runs.push({ text, weight: weight ?? 400 });
  }
  return runs;
}

/** The text runs of a standalone SVG document. */
export function svgTextRuns(svg: string): TextRun[] {
  // Without its style attributes: a parsed document takes the page's Content-Security-Policy, which
  // refuses (and reports) each one; the text and its weights are all that is read.
  const doc = new DOMParser().parseFromString(svg.replace(/\sstyle="[^"]*"/g, ''), 'image/svg+xml');
  return textRuns(doc.documentElement);
}

/** The face of a family a weight resolves to, as CSS matches weights (600 and up: the bold). */
function nearest(faces: readonly WebFace[], weight: number): WebFace {
  const weights = [...new Set(faces.map((face) => face.weight))].sort((a, b) => a - b);
  const order =
    weight > 500
      ? [
          ...weights.filter((each) => each >= weight),
          ...weights.filter((each) => each < weight).reverse(),
        ]
      : [
          ...weights.filter((each) => each <= weight).reverse(),
          ...weights.filter((each) => each > weight),
        ];
  return faces.find((face) => face.weight === order[0])!;
}

/** A face with the characters of an image it is for. */
export interface FaceUse {
  face: WebFace;
  chars: string;
}

/**
 * The faces an image needs: for each CJK character at each weight, the face the font stack takes it
 * from (the first family holding it, at the nearest weight). None for an image without CJK text.
 */
export function facesFor(runs: readonly TextRun[], faces: readonly WebFace[]): FaceUse[] {
  const uses = new Map<WebFace, Set<string>>();
  for (const run of runs) {
    for (const char of run.text) {
      if (!isCjk(char)) continue;
      const code = char.codePointAt(0)!;
      for (const family of CJK_FAMILIES) {
        const holding = faces.filter(
          (face) => face.family === family && inRanges(face.ranges, code),
        );
        if (holding.length === 0) continue;
        const face = nearest(holding, run.weight);
        if (!uses.has(face)) uses.set(face, new Set());
        uses.get(face)!.add(char);
        break;
      }
    }
  }
  return [...uses].map(([face, chars]) => ({ face, chars: [...chars].join('') }));
}

/** Makes the page load the faces (the chart's layout measures its text in the page's fonts). */
export async function loadFaces(uses: readonly FaceUse[], fonts: FontFaceSet = document.fonts) {
  await Promise.all(
    uses.map(({ face, chars }) => fonts.load(`${face.weight} 16px "${face.family}"`, chars)),
  );
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  }
  return btoa(binary);
}

/** The @font-face rules of the faces with their files inline, for the image's <style>. */
export async function embeddedFontCss(
  uses: readonly FaceUse[],
  fetchFile: (url: string) => Promise<Response> = (url) => fetch(url),
): Promise<string> {
  const rules = await Promise.all(
    uses.map(async ({ face }) => {
      const response = await fetchFile(face.url);
      if (!response.ok) throw new Error(`the font ${face.url} did not load (${response.status}).`);
      const data = base64(new Uint8Array(await response.arrayBuffer()));
      return (
        `@font-face{font-family:'${face.family}';font-weight:${face.weight};` +
        `src:url(data:font/woff2;base64,${data}) format('woff2');unicode-range:${face.unicodeRange}}`
      );
    }),
  );
  return rules.join('\n');
}

/** A standalone SVG document with a <style> of `css` first inside its root. */
export function withStyle(svg: string, css: string): string {
  if (!css) return svg;
  return svg.replace(/<svg\b[^>]*>/, (root) => `${root}<style>${css}</style>`);
}
