// What an image of a chart prints around its drawing, and where: the title, the key, the drawing, the
// numbered events, every source and the data line, top to bottom inside a width.
import { dataLine, sourceLine } from '../export/imageText';
import { wrapText } from './wrapText';
import type { MeasureText, TextFont } from './measure';

/** A wrapped line of text at its baseline, and the part of it in bold. */
export interface CaptionLine {
  text: string;
  /** The start of the line set in bold ("Sources:"). */
  lead: string;
  y: number;
  size: number;
  weight: number;
  muted: boolean;
}

export const CAPTION_MARGIN = 24;

/** A block of wrapped lines from `top`; returns the lines and where the next block may start. */
export function captionLines(
  text: string,
  {
    size,
    weight = 400,
    lineHeight,
    muted = false,
    lead = '',
  }: TextFont & {
    lineHeight: number;
    muted?: boolean;
    lead?: string;
  },
  top: number,
  width: number,
  measure: MeasureText,
): { lines: CaptionLine[]; bottom: number } {
  const regular = (t: string) => measure(t, { size, weight });
  // The bold lead is wider than the regular text the line breaking measures.
  const extra = lead ? measure(lead, { size, weight: 700 }) - regular(lead) : 0;
  const wrapped = wrapText(
    text,
    width,
    (t) => regular(t) + (lead && t.startsWith(lead) ? extra : 0),
  );
  const ascent = Math.round(size * 0.92);
  const lines = wrapped.map((line, i) => ({
    text: line,
    lead: i === 0 && lead && line.startsWith(lead) ? lead : '',
    y: top + ascent + i * lineHeight,
    size,
    weight,
    muted,
  }));
  return { lines, bottom: top + wrapped.length * lineHeight };
}

/** The footer's text: every publisher, and the data line with the version and the link back. */
export function footerText(
  publishers: readonly string[],
  version: string,
  permalink: string,
): { sources: { lead: string; text: string } | null; data: string } {
  const sources = sourceLine(publishers);
  return {
    sources: sources && { lead: sources.lead, text: `${sources.lead} ${sources.names}` },
    data: dataLine(version, permalink),
  };
}
