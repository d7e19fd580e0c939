// Line breaking for text drawn in SVG, which does not wrap by itself: images and static figures.

/** Width of a string in px, in the font the caller has in mind. */
export type Measure = (text: string) => number;

/** Points after which a long unbroken token (a URL) may break. */
const breakAfter = /[/?&=#\-_.,;]/;

/** Cuts a token wider than the width into pieces, preferring URL punctuation, else any character. */
function breakToken(token: string, width: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let rest = token;
  while (rest.length > 0 && measure(rest) > width) {
    // The longest prefix that fits, at least one character so that the loop always advances.
    let fit = 1;
    while (fit < rest.length && measure(rest.slice(0, fit + 1)) <= width) fit++;
    let cut = fit;
    for (let i = fit; i > Math.floor(fit / 2); i--) {
      if (breakAfter.test(rest[i - 1] ?? '')) {
        cut = i;
        break;
      }
    }
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  if (rest.length > 0) pieces.push(rest);
  return pieces;
}

/**
 * Greedy line breaking at spaces; a token wider than the line is cut at URL punctuation or, failing that,
 * between characters. Runs of whitespace collapse to one space. Never returns an empty line.
 */
export function wrapText(text: string, width: number, measure: Measure): string[] {
  const words = text.split(/[ \t\r\n]+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (measure(candidate) <= width) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    const pieces = breakToken(word, width, measure);
    lines.push(...pieces.slice(0, -1));
    line = pieces[pieces.length - 1] ?? '';
  }
  if (line !== '') lines.push(line);
  return lines;
}
