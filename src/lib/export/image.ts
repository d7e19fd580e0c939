// PNG and SVG of a chart as journalists republish it: title, the chart, its legend, every source, the
// dataset version and the link back to the view, in the light theme whatever the reader's.
import { captureDrawing, SVG_NS, withLightTheme } from './imageDom';
import { dataLine, sourceLine, wrapText, type Measure } from './imageText';

const XLINK_NS = 'http://www.w3.org/1999/xlink';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

export interface ChartImageInput {
  /** The chart's <figure>, as drawn on screen. */
  figure: HTMLElement;
  title: string;
  /** Publisher names of every source the chart draws, not the shortened on-screen list. */
  sources: readonly string[];
  /** Dataset version label. */
  version: string;
  /** Absolute link to the view the chart belongs to. */
  permalink: string;
  /** Width of the image in px; the chart is scaled to fit. By default the chart's own width. */
  width?: number;
}

const margin = 24;
const round = (n: number, digits = 2) => String(Number(n.toFixed(digits)));
const type = {
  title: { size: 20, weight: '700', lineHeight: 26 },
  source: { size: 12, weight: '400', lineHeight: 17 },
  data: { size: 11, weight: '400', lineHeight: 15 },
};
const fallbackColours = { '--bg': '#ffffff', '--fg': '#1a1a1a', '--muted': '#5c5c5c' };

/**
 * Composes a standalone SVG document of a chart figure: styles inlined as attributes, the system font
 * stack, no references to the page. Throws when the figure has nothing drawn (still loading, failed).
 */
export function chartImage(input: ChartImageInput): string {
  const { figure } = input;
  const doc = figure.ownerDocument;
  return withLightTheme(doc, (variables) => {
    const canvas = doc.createElement('canvas').getContext('2d');
    /** A theme colour as '#rrggbb' (the canvas normalises any CSS colour), so readers get one spelling. */
    const colour = (name: keyof typeof fallbackColours) => {
      const value = variables.get(name) ?? fallbackColours[name];
      if (!canvas) return value;
      canvas.fillStyle = fallbackColours[name];
      canvas.fillStyle = value;
      return String(canvas.fillStyle);
    };
    const family = (doc.defaultView ?? window).getComputedStyle(figure).fontFamily;
    const drawing = captureDrawing(figure);
    if (!drawing.bounds) throw new Error('the chart has not been drawn yet.');

    const figureWidth = figure.getBoundingClientRect().width;
    const chartLeft = Math.min(0, drawing.bounds.left);
    const chartWidth = Math.max(figureWidth, drawing.bounds.right) - chartLeft;
    const chartHeight = drawing.bounds.bottom - drawing.bounds.top;
    const width = Math.ceil(input.width ?? chartWidth + 2 * margin);
    const inner = width - 2 * margin;
    const scale = inner / chartWidth;

    const measurer = (size: number, weight: string): Measure => {
      const font = `${weight} ${size}px ${family}`;
      return (text) => {
        if (!canvas) return text.length * size * 0.55;
        canvas.font = font;
        return canvas.measureText(text).width;
      };
    };
    const ascent = (size: number, weight: string) => {
      if (!canvas) return size * 0.9;
      canvas.font = `${weight} ${size}px ${family}`;
      return canvas.measureText('Hg').fontBoundingBoxAscent || size * 0.9;
    };

    const svg = doc.createElementNS(SVG_NS, 'svg');
    svg.setAttribute('font-family', family);
    const title = doc.createElementNS(SVG_NS, 'title');
    title.textContent = input.title;
    svg.append(title);
    const background = doc.createElementNS(SVG_NS, 'rect');
    background.setAttribute('fill', colour('--bg'));
    svg.append(background);

    let y = margin;
    /** Writes wrapped lines; the first `bold` characters of the first line in bold. */
    const paragraph = (
      text: string,
      style: { size: number; weight: string; lineHeight: number },
      fill: string,
      parent: Element,
      bold = '',
    ) => {
      const regular = measurer(style.size, style.weight);
      const heavy = measurer(style.size, '700');
      const extra = bold ? heavy(bold) - regular(bold) : 0;
      const measure: Measure = (t) => regular(t) + (bold && t.startsWith(bold) ? extra : 0);
      const lines = wrapText(text, inner, measure);
      const top = ascent(style.size, style.weight);
      lines.forEach((line, i) => {
        const t = doc.createElementNS(SVG_NS, 'text');
        t.setAttributeNS(XML_NS, 'xml:space', 'preserve');
        t.setAttribute('x', String(margin));
        t.setAttribute('y', round(y + top + i * style.lineHeight));
        t.setAttribute('font-size', String(style.size));
        if (style.weight !== '400') t.setAttribute('font-weight', style.weight);
        t.setAttribute('fill', fill);
        if (i === 0 && bold && line.startsWith(bold)) {
          const lead = doc.createElementNS(SVG_NS, 'tspan');
          lead.setAttribute('font-weight', '700');
          lead.textContent = bold;
          t.append(lead, line.slice(bold.length));
        } else {
          t.textContent = line;
        }
        parent.append(t);
      });
      y += lines.length * style.lineHeight;
    };

    const header = doc.createElementNS(SVG_NS, 'g');
    paragraph(input.title, type.title, colour('--fg'), header);
    svg.append(header);
    y += 14;

    const chart = drawing.group;
    const dx = margin - chartLeft * scale;
    const dy = y - drawing.bounds.top * scale;
    chart.setAttribute(
      'transform',
      `translate(${round(dx)} ${round(dy)})` + (scale === 1 ? '' : ` scale(${round(scale, 4)})`),
    );
    svg.append(chart);
    y += chartHeight * scale + 16;

    const footer = doc.createElementNS(SVG_NS, 'g');
    const sources = sourceLine(input.sources);
    if (sources) {
      paragraph(
        `${sources.lead} ${sources.names}`,
        type.source,
        colour('--muted'),
        footer,
        sources.lead,
      );
      y += 4;
    }
    const link = doc.createElementNS(SVG_NS, 'a');
    link.setAttribute('href', input.permalink);
    link.setAttributeNS(XLINK_NS, 'xlink:href', input.permalink);
    paragraph(dataLine(input.version, input.permalink), type.data, colour('--muted'), link);
    footer.append(link);
    svg.append(footer);
    y += margin - 4;

    const height = Math.ceil(y);
    svg.setAttribute('width', String(width));
    svg.setAttribute('height', String(height));
    svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    background.setAttribute('width', String(width));
    background.setAttribute('height', String(height));
    return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}\n`;
  });
}

/** Width and height in px of a standalone SVG document, from its root's attributes. */
export function svgSize(svg: string): { width: number; height: number } {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const root = doc.documentElement;
  const width = Number.parseFloat(root.getAttribute('width') ?? '');
  const height = Number.parseFloat(root.getAttribute('height') ?? '');
  if (root.localName !== 'svg' || !(width > 0) || !(height > 0)) {
    throw new Error('The image is not an SVG with a width and height.');
  }
  return { width, height };
}

/** Rasterises a standalone SVG document to a PNG `scale` times its size in px. */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const { width, height } = svgSize(svg);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw the image.');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) =>
          blob ? resolve(blob) : reject(new Error('This browser could not encode a PNG.')),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
