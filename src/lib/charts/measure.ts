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

/** Without a browser: a conservative estimate from the number of characters. */
export const estimateText: MeasureText = (text, { size, weight }) =>
  [...text].length * size * advance(weight);

/** In the browser: the canvas's measure of the text in `family`; the estimate where there is no canvas. */
export function canvasMeasure(family: string): MeasureText {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return estimateText;
  return (text, { size, weight = 400 }) => {
    context.font = `${weight} ${size}px ${family}`;
    return context.measureText(text).width;
  };
}
