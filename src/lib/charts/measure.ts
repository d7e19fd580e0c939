// Text width without laying text out: charts that wrap text into SVG (image exports, static figures)
// take a measuring function, so that the same drawing code runs in the browser and on the server.

/** The font of a run of text: size in px and weight. */
export interface TextFont {
  size: number;
  weight?: number;
}

/** Width in px of a string in a font of the theme's family. */
export type MeasureText = (text: string, font: TextFont) => number;

/** Average advance per character, in ems, of a generous system sans: wide enough never to overflow. */
const advance = (weight = 400) => (weight >= 700 ? 0.62 : weight >= 600 ? 0.6 : 0.56);

/**
 * Characters set a full em wide: Hangul, kana, Han, and the full-width forms and punctuation of East
 * Asian text. A Korean label is about twice as wide as a Latin one of as many characters.
 */
const WIDE =
  /[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff01-\uff60]/u;

/** The width of `text` in ems: a wide character one em, any other `narrow` ems. */
function ems(text: string, narrow: number): number {
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? 1 : narrow;
  return width;
}

/** Without a browser: a conservative estimate from the characters, East Asian ones a full em wide. */
export const estimateText: MeasureText = (text, { size, weight }) =>
  ems(text, advance(weight)) * size;

/**
 * The width of a value axis's label in 12 px tabular figures, with room to spare: 7.5 px a digit or
 * comma, 12 px a Korean unit (만, 억).
 */
export function tickLabelWidth(text: string): number {
  return ems(text, 0.625) * 12;
}

/** In the browser: the canvas's measure of the text in `family`; the estimate where there is no canvas. */
export function canvasMeasure(family: string): MeasureText {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return estimateText;
  return (text, { size, weight = 400 }) => {
    context.font = `${weight} ${size}px ${family}`;
    return context.measureText(text).width;
  };
}
