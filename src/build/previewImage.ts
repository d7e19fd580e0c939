// The link-preview image of a page (og:image): a 1200 × 630 card with the page's heading and
// description and the data version, drawn as SVG and rasterised to PNG by resvg at build time.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { escapeText } from '../embed/markup';
import { wrapText } from '../lib/charts/wrapText';
import { isCjk } from '../lib/export/imageFonts';
import { xmlChars } from '../lib/export/safeText';

export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;

/** The one family the card uses; previewFonts() loads it, so no system font is ever asked for. */
export const PREVIEW_FONT = 'Noto Sans';
/** The family of its Korean (and kana and common Han) characters, which Noto Sans lacks. */
export const PREVIEW_CJK_FONT = 'Noto Sans KR';

/**
 * Noto Sans (SIL Open Font License) from npm, regular and bold: loaded explicitly, so that the image is
 * the same on a machine with no fonts at all (a fresh CI runner) as on a desktop.
 */
export function previewFonts(): string[] {
  const require = createRequire(import.meta.url);
  const dir = dirname(require.resolve('@expo-google-fonts/noto-sans/package.json'));
  return [
    join(dir, '400Regular', 'NotoSans_400Regular.ttf'),
    join(dir, '700Bold', 'NotoSans_700Bold.ttf'),
  ];
}

/**
 * Noto Sans KR (SIL Open Font License) from npm, regular and bold: rasterise() adds them for a card
 * with CJK text (a Korean page's), so that Hangul is drawn rather than left out.
 */
export function previewCjkFonts(): string[] {
  const require = createRequire(import.meta.url);
  const dir = dirname(require.resolve('@expo-google-fonts/noto-sans-kr/package.json'));
  return [
    join(dir, '400Regular', 'NotoSansKR_400Regular.ttf'),
    join(dir, '700Bold', 'NotoSansKR_700Bold.ttf'),
  ];
}

/** The colours of the card: the site's light theme. */
export interface PreviewColours {
  bg: string;
  fg: string;
  muted: string;
  faint: string;
  accent: string;
}

/** The light theme's colours from the site's stylesheet (src/app.css): its first --name: #hex of each. */
export function lightColours(css: string): PreviewColours {
  const colour = (name: string) => {
    const found = new RegExp(`--${name}:\\s*(#[0-9a-fA-F]{3,8})`).exec(css)?.[1];
    if (!found)
      throw new Error(`The stylesheet has no light --${name} colour for the preview image`);
    return found;
  };
  return {
    bg: colour('bg'),
    fg: colour('fg'),
    muted: colour('muted'),
    faint: colour('faint'),
    accent: colour('accent'),
  };
}

export interface PreviewCard {
  /** Small capitals above the heading: the site. */
  kicker: string;
  heading: string;
  description: string;
  /** The line at the bottom: the data version. */
  footer: string;
}

const margin = 80;
const inner = PREVIEW_WIDTH - 2 * margin;
const type = {
  kicker: { size: 26, lineHeight: 32, bold: true },
  heading: { size: 60, lineHeight: 70, bold: true, maxLines: 3 },
  description: { size: 30, lineHeight: 42, bold: false, maxLines: 4 },
  footer: { size: 24, lineHeight: 30, bold: false },
};
/**
 * A generous average advance per character of Noto Sans, in em: wider than its real text, so a line
 * never runs past the margin (tests/unit/previewImage.test.ts measures the rendered lines). A CJK
 * character is a full em (Noto Sans KR's Hangul are 0.92).
 */
const advance = { regular: 0.52, bold: 0.58, cjk: 1 };
const measure = (size: number, bold: boolean) => (text: string) => {
  let em = 0;
  for (const char of text) em += isCjk(char) ? advance.cjk : bold ? advance.bold : advance.regular;
  return em * size;
};

/** Lines of wrapped text, at most `maxLines`, the last one ending in an ellipsis when cut. */
function lines(text: string, size: number, bold: boolean, maxLines: number): string[] {
  const wrapped = wrapText(text, inner, measure(size, bold));
  if (wrapped.length <= maxLines) return wrapped;
  const kept = wrapped.slice(0, maxLines);
  const fits = measure(size, bold);
  let last = `${kept[maxLines - 1]}…`;
  while (fits(last) > inner && last.length > 1) last = `${last.slice(0, -2).trimEnd()}…`;
  kept[maxLines - 1] = last;
  return kept;
}

/** The card as an SVG document, every piece of text in PREVIEW_FONT. */
export function previewSvg(card: PreviewCard, colours: PreviewColours): string {
  const parts: string[] = [];
  const text = (
    x: number,
    y: number,
    content: string,
    style: { size: number; bold: boolean },
    fill: string,
    extra = '',
  ) =>
    parts.push(
      `<text x="${x}" y="${y}" font-size="${style.size}"${style.bold ? ' font-weight="700"' : ''} fill="${fill}"${extra}>${escapeText(content)}</text>`,
    );

  let y = 112;
  text(margin, y, card.kicker.toUpperCase(), type.kicker, colours.accent, ' letter-spacing="2"');
  y += 40;
  for (const line of lines(card.heading, type.heading.size, true, type.heading.maxLines)) {
    y += type.heading.lineHeight;
    text(margin, y, line, type.heading, colours.fg);
  }
  y += 28;
  for (const line of lines(
    card.description,
    type.description.size,
    false,
    type.description.maxLines,
  )) {
    y += type.description.lineHeight;
    text(margin, y, line, type.description, colours.muted);
  }
  const rule = PREVIEW_HEIGHT - 100;
  parts.push(
    `<rect x="${margin}" y="${rule}" width="${inner}" height="2" fill="${colours.faint}"/>`,
  );
  text(margin, rule + 52, card.footer, type.footer, colours.muted);

  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${PREVIEW_WIDTH}" height="${PREVIEW_HEIGHT}" viewBox="0 0 ${PREVIEW_WIDTH} ${PREVIEW_HEIGHT}" font-family="${PREVIEW_FONT}, ${PREVIEW_CJK_FONT}">`,
    `<rect width="${PREVIEW_WIDTH}" height="${PREVIEW_HEIGHT}" fill="${colours.bg}"/>`,
    `<rect width="${PREVIEW_WIDTH}" height="14" fill="${colours.accent}"/>`,
    ...parts,
    '</svg>',
  ].join('\n');
  return xmlChars(svg);
}

/** Whether an SVG has text in a CJK script. */
export function hasCjkText(svg: string): boolean {
  for (const char of svg) if (isCjk(char)) return true;
  return false;
}

/**
 * An SVG as PNG, at its own size, with only the given font files and, when its text has CJK
 * characters, previewCjkFonts() (12 MB of TrueType: read only for the cards that need them).
 */
export function rasterise(svg: string, fontFiles: readonly string[]): Buffer {
  const files = hasCjkText(svg) ? [...new Set([...fontFiles, ...previewCjkFonts()])] : fontFiles;
  const resvg = new Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles: [...files], defaultFontFamily: PREVIEW_FONT },
    fitTo: { mode: 'original' },
  });
  return resvg.render().asPng();
}
