// PNG and SVG of a chart as journalists republish it: the captioned chart (CaptionedChart.svelte, the
// page's own drawing code) rendered for the chart's current data, in the light theme whatever the
// reader's.
import { flushSync, mount, unmount } from 'svelte';
import CaptionedChart from '../charts/CaptionedChart.svelte';
import type { Drawing } from '../charts/drawing.svelte';
import { lightTheme } from '../charts/lightTheme';
import { canvasMeasure } from '../charts/measure';
import { CAPTION_MARGIN } from '../charts/captionLayout';
import { xmlChars } from './safeText';
import {
  embeddedFontCss,
  facesFor,
  loadFaces,
  pageFaces,
  svgTextRuns,
  withStyle,
} from './imageFonts';

export interface ChartImageInput {
  drawing: Drawing;
  title: string;
  /** Publisher names of every source the chart draws, not the shortened on-screen list. */
  sources: readonly string[];
  /** Dataset version label. */
  version: string;
  /** Absolute link to the view the chart belongs to. */
  permalink: string;
  /** Width of the image in px. */
  width: number;
}

/** The width of a chart's image: its width on the page and the margins, within reason. */
export function imageWidth(figureWidth: number): number {
  return Math.round(Math.min(1200, Math.max(400, figureWidth)) + 2 * CAPTION_MARGIN);
}

/** A standalone SVG document of a chart, drawn off the page and serialised. */
export function chartImage(input: ChartImageInput): string {
  const host = document.createElement('div');
  const component = mount(CaptionedChart, {
    target: host,
    props: {
      drawing: input.drawing,
      title: input.title,
      publishers: input.sources,
      version: input.version,
      permalink: input.permalink,
      width: input.width,
      measure: canvasMeasure(lightTheme.font),
      theme: lightTheme,
    },
  });
  try {
    flushSync();
    const svg = host.querySelector('svg');
    if (!svg) throw new Error('the chart could not be drawn.');
    // Svelte's anchors for its blocks: nothing to draw.
    const comments = document.createTreeWalker(svg, NodeFilter.SHOW_COMMENT);
    const found: Node[] = [];
    while (comments.nextNode()) found.push(comments.currentNode);
    for (const node of found) node.parentNode?.removeChild(node);
    // XMLSerializer writes a NUL or a lone surrogate in the text as it is: no parser would read it.
    return `<?xml version="1.0" encoding="UTF-8"?>\n${xmlChars(new XMLSerializer().serializeToString(svg))}\n`;
  } finally {
    void unmount(component);
  }
}

/**
 * chartImage with the CJK glyphs it shows: the webfont slices that hold them, loaded into the page
 * first (the layout measures text in the page's fonts) and embedded in the SVG, so that the image
 * shows them where no CJK font is installed and when drawn into a canvas. Without CJK text, the
 * image is chartImage's, with no font in it.
 */
export async function chartImageWithFonts(input: ChartImageInput): Promise<string> {
  const faces = pageFaces();
  const first = chartImage(input);
  const needed = facesFor(svgTextRuns(first), faces);
  if (needed.length === 0) return first;
  await loadFaces(needed);
  const svg = chartImage(input);
  return withStyle(svg, await embeddedFontCss(facesFor(svgTextRuns(svg), faces)));
}

/** Width and height in px of a standalone SVG document, from its root's attributes. */
export function svgSize(svg: string): { width: number; height: number } {
  // The root's start tag alone: a parsed document takes the page's Content-Security-Policy, which
  // refuses (and reports) every style attribute of the chart's marks.
  const start = /<svg[\s>][^>]*>/.exec(svg)?.[0].replace(/\/?>$/, '></svg>');
  const doc = new DOMParser().parseFromString(start ?? svg, 'image/svg+xml');
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
