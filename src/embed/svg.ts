// The standalone SVG of a static figure: the chart as the server drew it, with its title, legend,
// every source, the data version and the link back, in the light theme (as the page's image export).
import { symbol } from 'd3-shape';
import type { EstimatorType } from '../lib/data/rows.generated';
import { estimatorStyle, estimatorTypes } from '../lib/charts/palette';
import { dataLine, sourceLine, wrapText } from '../lib/export/imageText';
import { escapeText, type SvgElement } from './markup';

const margin = 24;
const type = {
  title: { size: 20, weight: '700', lineHeight: 26 },
  body: { size: 12, weight: '400', lineHeight: 16 },
  data: { size: 11, weight: '400', lineHeight: 15 },
};
/** Without a browser to measure text, a generous average advance per character of the system sans. */
const advance = { '400': 0.56, '600': 0.6, '700': 0.62 } as const;
const round = (n: number) => String(Number(n.toFixed(2)));

type Weight = keyof typeof advance;
interface TextStyle {
  size: number;
  weight: string;
  lineHeight: number;
}

/** Builds an SVG document top to bottom: paragraphs wrap to the width, drawings are placed below. */
class SvgDocument {
  readonly parts: string[] = [];
  y = margin;

  constructor(readonly width: number) {}

  get inner(): number {
    return this.width - 2 * margin;
  }

  /** Wrapped text; `lead` (the start of the first line) in bold. Returns the lines' height. */
  paragraph(
    text: string,
    style: TextStyle,
    fill: string,
    {
      x = margin,
      width = this.inner,
      lead = '',
    }: { x?: number; width?: number; lead?: string } = {},
  ): number {
    const factor = advance[(style.weight as Weight) in advance ? (style.weight as Weight) : '400'];
    const lines = wrapText(text, width, (t) => t.length * style.size * factor);
    const ascent = style.size * 0.92;
    lines.forEach((line, i) => {
      const weight = style.weight === '400' ? '' : ` font-weight="${style.weight}"`;
      const body =
        i === 0 && lead && line.startsWith(lead)
          ? `<tspan font-weight="700">${escapeText(lead)}</tspan>${escapeText(line.slice(lead.length))}`
          : escapeText(line);
      this.parts.push(
        `<text x="${round(x)}" y="${round(this.y + ascent + i * style.lineHeight)}" font-size="${style.size}"${weight} fill="${fill}" xml:space="preserve">${body}</text>`,
      );
    });
    return lines.length * style.lineHeight;
  }

  /** A paragraph below the last thing drawn. */
  write(text: string, style: TextStyle, fill: string, lead = ''): void {
    this.y += this.paragraph(text, style, fill, { lead });
  }

  /** The server-drawn chart's content at (x, this.y), as a group keeping its classes. */
  drawing(svg: SvgElement, x = margin, y = this.y): void {
    this.parts.push(
      `<g class="${escapeText(svg.className)}" font-size="12" transform="translate(${round(x)} ${round(y)})">${svg.inner}</g>`,
    );
  }

  /**
   * The key to the estimator types drawn, and the mark shapes, wrapped like the page's legend; `partial`
   * adds the hollow marks' entry, as the page's legend does when the chart draws one.
   */
  legend(types: readonly EstimatorType[], colours: Theme, partial: boolean): void {
    const items = estimatorTypes
      .filter((t) => types.includes(t))
      .map((t) => ({
        label: estimatorStyle[t].label,
        mark: `<path d="${symbol(estimatorStyle[t].symbol, 60)()}" style="fill:${estimatorStyle[t].color}"/>`,
        muted: false,
      }));
    items.push(
      {
        label: 'a bar is a range, low to high',
        mark: `<line x1="0" y1="-6" x2="0" y2="6" stroke="${colours.muted}" stroke-width="3"/>`,
        muted: true,
      },
      {
        label: 'an arrow is a lone bound: “more than”, “up to”',
        mark: `<path d="M0,6V-5M-3.5,-1.5L0,-5L3.5,-1.5" fill="none" stroke="${colours.muted}" stroke-width="1.5"/>`,
        muted: true,
      },
    );
    if (partial) {
      items.push({
        label: 'hollow or dashed: part of the country only (a region, a city, one company)',
        mark: `<circle r="4.5" fill="none" stroke="${colours.muted}" stroke-width="2"/>`,
        muted: true,
      });
    }
    const size = 12;
    let x = margin;
    let line = 0;
    for (const item of items) {
      const width = 18 + item.label.length * size * advance['400'];
      if (x > margin && x + width > margin + this.inner) {
        x = margin;
        line++;
      }
      const cy = this.y + 8 + line * 20;
      this.parts.push(
        `<g transform="translate(${round(x + 7)} ${round(cy)})">${item.mark}</g>`,
        `<text x="${round(x + 18)}" y="${round(cy + 4)}" font-size="${size}" fill="${item.muted ? colours.muted : colours.fg}">${escapeText(item.label)}</text>`,
      );
      x += width + 14;
    }
    this.y += (line + 1) * 20 + 6;
  }

  /** The source line (every publisher) and the data line with its link, at the bottom. */
  footer(publishers: readonly string[], version: string, permalink: string, colours: Theme): void {
    const sources = sourceLine(publishers);
    if (sources) {
      this.write(`${sources.lead} ${sources.names}`, type.body, colours.muted, sources.lead);
      this.y += 4;
    }
    this.parts.push(`<a href="${escapeText(permalink)}">`);
    this.write(dataLine(version, permalink), type.data, colours.muted);
    this.parts.push('</a>');
  }

  /** The document, with the title for assistive technology and the components' CSS. */
  toString({
    title,
    css,
    background,
    font,
  }: {
    title: string;
    css: string;
    background: string;
    font: string;
  }): string {
    const height = Math.ceil(this.y + margin - 4);
    return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${this.width}" height="${height}" viewBox="0 0 ${this.width} ${height}" font-family="${escapeText(font)}" role="img" aria-label="${escapeText(title)}">
<title>${escapeText(title)}</title>
<style>${css}</style>
<rect width="${this.width}" height="${height}" fill="${background}"/>
${this.parts.join('\n')}
</svg>
`;
  }
}

/** The light theme's colours the SVG writes as attributes. */
export interface Theme {
  bg: string;
  fg: string;
  muted: string;
}

/** What every static figure's SVG carries. */
export interface SvgFrame {
  title: string;
  /** Publisher of every source drawn. */
  publishers: readonly string[];
  version: string;
  /** Absolute link to the full view. */
  permalink: string;
  /** The components' CSS, with the light theme's variables set on the root. */
  css: string;
  theme: Theme;
  font: string;
}

/** Whether the server drew a mark for part of a country (FigureMark's `partial` class). */
function drawsPartial(drawings: readonly SvgElement[]): boolean {
  return drawings.some((svg) => /<g\b[^>]*\bclass="mark\b[^"]*\bpartial\b/.test(svg.inner));
}

/** A chart drawn as one SVG (over time, by country): title, legend, the chart, events, sources. */
export function singleChartSvg(
  frame: SvgFrame,
  chart: SvgElement,
  types: readonly EstimatorType[],
  events: readonly string[] = [],
): string {
  const doc = new SvgDocument(chart.width + 2 * margin);
  doc.write(frame.title, type.title, frame.theme.fg);
  doc.y += 10;
  doc.legend(types, frame.theme, drawsPartial([chart]));
  doc.drawing(chart);
  doc.y += chart.height + 12;
  events.forEach((event, i) => doc.write(`${i + 1}. ${event}`, type.data, frame.theme.muted));
  if (events.length > 0) doc.y += 8;
  doc.footer(frame.publishers, frame.version, frame.permalink, frame.theme);
  return doc.toString({
    title: frame.title,
    css: frame.css,
    background: frame.theme.bg,
    font: frame.font,
  });
}

/** One row of the compare chart: its label's three lines and its plot. */
export interface CompareRowDrawing {
  estimator: string;
  meta: string;
  chain: string;
  plot: SvgElement;
}

/** The compare chart: rows of a label beside its plot, between the two value axes. */
export function compareSvg(
  frame: SvgFrame,
  {
    key,
    top,
    rows,
    bottom,
    types,
  }: {
    /** The envelope's key, as the page words it. */
    key: string;
    top: SvgElement;
    rows: readonly CompareRowDrawing[];
    bottom: SvgElement;
    types: readonly EstimatorType[];
  },
): string {
  const labelWidth = 260;
  const gap = 16;
  const plotX = margin + labelWidth + gap;
  const doc = new SvgDocument(plotX + top.width + margin);
  doc.write(frame.title, type.title, frame.theme.fg);
  doc.y += 10;
  doc.legend(types, frame.theme, drawsPartial(rows.map((row) => row.plot)));
  doc.write(key, type.body, frame.theme.muted);
  doc.y += 6;
  doc.drawing(top, plotX);
  doc.y += top.height;
  for (const row of rows) {
    const start = doc.y;
    doc.parts.push(
      `<line x1="${margin}" x2="${plotX + top.width}" y1="${round(start)}" y2="${round(start)}" stroke="#ececec"/>`,
    );
    let y = start + 4;
    const place = (text: string, style: TextStyle, fill: string) => {
      doc.y = y;
      y += doc.paragraph(text, style, fill, { width: labelWidth });
    };
    place(row.estimator, { size: 12, weight: '600', lineHeight: 15 }, frame.theme.fg);
    place(row.meta, { size: 11, weight: '400', lineHeight: 14 }, frame.theme.muted);
    place(row.chain, { size: 11, weight: '400', lineHeight: 14 }, frame.theme.muted);
    const height = Math.max(y - start + 4, row.plot.height + 8);
    doc.drawing(row.plot, plotX, start + (height - row.plot.height) / 2);
    doc.y = start + height;
  }
  doc.drawing(bottom, plotX);
  doc.y += bottom.height + 12;
  doc.footer(frame.publishers, frame.version, frame.permalink, frame.theme);
  return doc.toString({
    title: frame.title,
    css: frame.css,
    background: frame.theme.bg,
    font: frame.font,
  });
}
