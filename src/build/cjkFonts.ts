/**
 * Korean, Japanese and Chinese webfonts, self-hosted: Noto Sans KR, JP and SC from @fontsource, cut by
 * Google into ~100 woff2 slices per weight, each with the `unicode-range` of the characters it holds,
 * so a browser fetches a slice only when the page shows one of its characters and no font before it
 * in the stack has it (an English page without CJK text fetches none; a machine with a system CJK
 * font fetches none).
 *
 * `cjkFontsPlugin()` writes the slices into assets/ (named by their content's hash) and one stylesheet
 * of their @font-face rules, linked at the end of every page's <body> (index.html, the views' and
 * Korean pages, embed.html, embeds/<preset>.html). It is a stylesheet of its own, not part of the
 * app's CSS: its unicode-range lists are most of its 15 KB gzip, which would hold back every first
 * paint, and it changes only with the fonts and the site's characters.
 * - Korean (the interface's second language, and what readers type): regular (400) and bold (700; the
 *   site's 600 resolves to it), every slice that holds Hangul whole.
 * - Of the other slices (Korean hanja and kana; Japanese and Chinese, which only publication titles
 *   and names in the data use, regular only: bold is synthesised), each claims in its unicode-range
 *   only the characters of the site's text (data/*.csv and the Korean messages), and those holding
 *   none are left out. A character of no such slice (a rare Han typed into a search box) falls
 *   back to the system's fonts.
 * The slices are woff2 only (every browser the site supports reads it) and are not precompressed
 * (precompress.ts compresses text types only: woff2 is Brotli inside).
 *
 * The image export (src/lib/export/imageFonts.ts) reads the same rules from the page's CSSOM and
 * embeds the slices an image needs.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { inRanges, parseUnicodeRange, type CjkFamily } from '../lib/export/imageFonts.ts';

interface FamilyPlan {
  family: CjkFamily;
  /** The @fontsource package's name. */
  pkg: string;
  weights: readonly number[];
  /**
   * Which slices claim, of their characters, only those of the site's text (the data and the Korean
   * messages): 'all', or 'no-hangul' (those without Hangul; the ones with it are kept whole).
   */
  textOnly: 'all' | 'no-hangul';
}

export const FONT_PLAN: readonly FamilyPlan[] = [
  {
    family: 'Noto Sans KR',
    pkg: '@fontsource/noto-sans-kr',
    weights: [400, 700],
    textOnly: 'no-hangul',
  },
  { family: 'Noto Sans JP', pkg: '@fontsource/noto-sans-jp', weights: [400], textOnly: 'all' },
  { family: 'Noto Sans SC', pkg: '@fontsource/noto-sans-sc', weights: [400], textOnly: 'all' },
];

/** One slice of a font at one weight: a woff2 file and the code points it holds. */
export interface FontSlice {
  family: CjkFamily;
  weight: number;
  /** Google's number of the slice. */
  slice: number;
  /** The `unicode-range` value as the package writes it. */
  unicodeRange: string;
  /** The woff2 file in the package. */
  path: string;
}

const HASH_LENGTH = 8;
const hash = (bytes: Buffer | string) =>
  createHash('sha256').update(bytes).digest('hex').slice(0, HASH_LENGTH);

/** A `unicode-range` value of code points, runs joined ('U+4e00-4e02,U+4e0a'); '' for none. */
export function formatUnicodeRange(codes: readonly number[]): string {
  const sorted = [...new Set(codes)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let end = i;
    while (end + 1 < sorted.length && sorted[end + 1] === sorted[end]! + 1) end++;
    const hex = (code: number) => code.toString(16);
    parts.push(end === i ? `U+${hex(sorted[i]!)}` : `U+${hex(sorted[i]!)}-${hex(sorted[end]!)}`);
    i = end + 1;
  }
  return parts.join(',');
}

/**
 * The numbered slices of one family at one weight, from the package's stylesheet. The latin,
 * latin-ext, cyrillic and vietnamese slices are left out: the stack's system fonts come first for
 * those scripts.
 */
export function packageSlices(plan: FamilyPlan, weight: number, pkgDir: string): FontSlice[] {
  const css = readFileSync(join(pkgDir, `${weight}.css`), 'utf8');
  const rules = [
    ...css.matchAll(
      /\/\* [\w-]+-\[(\d+)\]-\d+-normal \*\/\s*@font-face \{[^}]*?src: url\(\.\/(files\/[\w-]+\.woff2)\)[^}]*?unicode-range: ([^;]+);/g,
    ),
  ];
  if (rules.length === 0) throw new Error(`${plan.pkg}/${weight}.css has no numbered slices`);
  return rules.map((match) => ({
    family: plan.family,
    weight,
    slice: Number(match[1]),
    unicodeRange: match[3]!.trim(),
    path: join(pkgDir, match[2]!),
  }));
}

/**
 * The CJK-range code points of the site's own text: the dataset's files (titles, names, notes) and the
 * Korean messages. The slices that are not Hangul claim only these.
 */
export function textCodePoints(dirs: readonly { dir: string; ext: string }[]): Set<number> {
  const codes = new Set<number>();
  for (const { dir, ext } of dirs) {
    for (const file of readdirSync(dir).filter((name) => name.endsWith(ext))) {
      for (const char of readFileSync(join(dir, file), 'utf8')) {
        const code = char.codePointAt(0)!;
        if (code >= 0x2e80) codes.add(code);
      }
    }
  }
  return codes;
}

/**
 * The code points a slice may claim: Hangul Jamo, and from the CJK radicals on. The slices also hold
 * Latin letters, digits and punctuation (a no-break space, dashes, quotes), which the stack's system
 * fonts draw: the webfonts come first in it, so they must claim nothing else.
 */
const CJK_BLOCKS: [number, number][] = [
  [0x1100, 0x11ff],
  [0x2e80, 0x10ffff],
];
const cjkOnly = (ranges: readonly [number, number][]): [number, number][] =>
  ranges.flatMap(([from, to]) =>
    CJK_BLOCKS.map(([start, end]): [number, number] => [
      Math.max(from, start),
      Math.min(to, end),
    ]).filter(([first, last]) => first <= last),
  );
const formatRanges = (ranges: readonly [number, number][]) =>
  ranges
    .map(([from, to]) =>
      from === to ? `U+${from.toString(16)}` : `U+${from.toString(16)}-${to.toString(16)}`,
    )
    .join(',');

const HANGUL: [number, number][] = [
  [0x1100, 0x11ff],
  [0x3130, 0x318f],
  [0xac00, 0xd7a3],
];
const holdsHangul = (ranges: readonly [number, number][]) =>
  ranges.some(([from, to]) => HANGUL.some(([start, end]) => from <= end && to >= start));

/** Every slice the site serves, in the stylesheet's order (a slice's weights side by side). */
export function siteSlices(
  textDirs: readonly { dir: string; ext: string }[],
  require = createRequire(import.meta.url),
): FontSlice[] {
  const text = textCodePoints(textDirs);
  return FONT_PLAN.flatMap((plan) => {
    const pkgDir = dirname(require.resolve(`${plan.pkg}/package.json`));
    const byWeight = plan.weights.map((weight) => packageSlices(plan, weight, pkgDir));
    // A slice of the text only claims, of its characters, those the site's text has.
    const claimed = (slice: FontSlice) => {
      const ranges = parseUnicodeRange(slice.unicodeRange);
      if (plan.textOnly === 'no-hangul' && holdsHangul(ranges))
        return formatRanges(cjkOnly(ranges));
      return formatUnicodeRange([...text].filter((code) => inRanges(ranges, code)));
    };
    const kept = byWeight[0]!.filter((slice) => claimed(slice) !== '');
    // Each slice's rules together: their unicode-range lists repeat, which gzip then sends once.
    return kept.flatMap((first) =>
      byWeight.map((slices) => {
        const same = slices.find((slice) => slice.slice === first.slice);
        if (!same) throw new Error(`${plan.pkg}: slice ${first.slice} is missing at a weight`);
        return { ...same, unicodeRange: claimed(same) };
      }),
    );
  });
}

/**
 * The system's own CJK fonts, by full and PostScript name, that a face takes instead of its file
 * where they are installed (Linux, macOS, Windows): the webfonts come first in the stack, so that
 * Chromium on Linux does not settle on its system-ui's box glyphs for text laid out before a slice
 * loads, and a machine with these fonts still fetches nothing.
 */
const LOCAL_NAMES: Record<CjkFamily, Record<400 | 700, readonly string[]>> = {
  'Noto Sans KR': {
    400: [
      'Noto Sans CJK KR Regular',
      'NotoSansCJKkr-Regular',
      'AppleSDGothicNeo-Regular',
      'Malgun Gothic',
    ],
    700: [
      'Noto Sans CJK KR Bold',
      'NotoSansCJKkr-Bold',
      'AppleSDGothicNeo-Bold',
      'Malgun Gothic Bold',
    ],
  },
  'Noto Sans JP': {
    400: [
      'Noto Sans CJK JP Regular',
      'NotoSansCJKjp-Regular',
      'HiraginoSans-W3',
      'Yu Gothic Regular',
    ],
    700: ['Noto Sans CJK JP Bold', 'NotoSansCJKjp-Bold', 'HiraginoSans-W6', 'Yu Gothic Bold'],
  },
  'Noto Sans SC': {
    400: [
      'Noto Sans CJK SC Regular',
      'NotoSansCJKsc-Regular',
      'PingFangSC-Regular',
      'Microsoft YaHei',
    ],
    700: [
      'Noto Sans CJK SC Bold',
      'NotoSansCJKsc-Bold',
      'PingFangSC-Semibold',
      'Microsoft YaHei Bold',
    ],
  },
};

/** A file the build writes: its path under the site's base and its content. */
export interface FontFile {
  fileName: string;
  source: Buffer | string;
}

export interface CjkFontFiles {
  stylesheet: FontFile;
  fonts: FontFile[];
}

/** The woff2 files, named by their content, and the stylesheet of their @font-face rules. */
export function cjkFontFiles(slices: readonly FontSlice[]): CjkFontFiles {
  const fonts: FontFile[] = [];
  const rules: string[] = [];
  for (const slice of slices) {
    const source = readFileSync(slice.path);
    const name = `${slice.family.toLowerCase().replace(/ /g, '-')}-${slice.slice}-${slice.weight}-${hash(source)}.woff2`;
    fonts.push({ fileName: `assets/${name}`, source });
    const local = LOCAL_NAMES[slice.family][slice.weight === 700 ? 700 : 400]
      .map((each) => `local('${each}'),`)
      .join('');
    rules.push(
      `@font-face{font-family:'${slice.family}';font-weight:${slice.weight};font-display:swap;` +
        `src:${local}url(${name}) format('woff2');unicode-range:${slice.unicodeRange}}`,
    );
  }
  const css = `/* Noto Sans KR, JP, SC (SIL Open Font License 1.1), from @fontsource: src/build/cjkFonts.ts */\n${rules.join('\n')}\n`;
  return { stylesheet: { fileName: `assets/cjk-fonts-${hash(css)}.css`, source: css }, fonts };
}

/** The link every page gets. */
export const linkTag = (href: string) => `<link rel="stylesheet" href="${href}" data-cjk-fonts>`;

/**
 * `html` with the stylesheet linked at the end of its <body> (once): a stylesheet there does not hold
 * back the first paint of what comes before it (the prerendered page), as one in <head> would. The
 * page's module script still runs after it has loaded, and it is fetched alongside that script.
 */
export function withFontsLink(html: string, href: string): string {
  if (html.includes('data-cjk-fonts') || !html.includes('</body>')) return html;
  const at = html.lastIndexOf('</body>');
  return `${html.slice(0, at)}${linkTag(href)}\n${html.slice(at)}`;
}

/**
 * The Vite plugin. Build: emits the slices and the stylesheet and links it from every HTML file of
 * the bundle (registered after the plugins that write pages). Dev server: serves the same files and
 * links them from the pages it serves.
 */
export function cjkFontsPlugin({ dataDir = 'data' }: { dataDir?: string } = {}): Plugin {
  let root = process.cwd();
  let base = '/';
  let files: CjkFontFiles | null = null;
  const build = () =>
    (files ??= cjkFontFiles(
      siteSlices([
        { dir: resolve(root, dataDir), ext: '.csv' },
        { dir: resolve(root, 'src/lib/i18n/ko'), ext: '.ts' },
      ]),
    ));
  return {
    name: 'nk-workers-abroad:cjk-fonts',
    enforce: 'post',
    configResolved(config) {
      root = config.root;
      base = config.base;
    },
    buildStart() {
      files = null;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        // The build links every page at once in generateBundle, the pages other plugins emit too.
        if (context.server === undefined) return undefined;
        return withFontsLink(html, `${base}${build().stylesheet.fileName}`);
      },
    },
    generateBundle(_options, bundle) {
      const { stylesheet, fonts } = build();
      for (const file of [stylesheet, ...fonts]) {
        this.emitFile({ type: 'asset', fileName: file.fileName, source: file.source });
      }
      const href = `${base}${stylesheet.fileName}`;
      for (const output of Object.values(bundle)) {
        if (output.type !== 'asset' || !output.fileName.endsWith('.html')) continue;
        if (typeof output.source !== 'string') continue;
        output.source = withFontsLink(output.source, href);
      }
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const url = request.url?.split('?')[0];
        if (!url?.startsWith(`${base}assets/`)) return next();
        const { stylesheet, fonts } = build();
        const file = [stylesheet, ...fonts].find((each) => `${base}${each.fileName}` === url);
        if (!file) return next();
        response.setHeader('Content-Type', file === stylesheet ? 'text/css' : 'font/woff2');
        response.end(file.source);
      });
    },
  };
}
