import type { DrawingSlot } from '../charts/drawing.svelte';
import { imageFileName } from './imageText';
import { saveBlob } from './saveBlob';

export type ImageFormat = 'png' | 'svg';

/** What an image of a chart needs (the props of ImageExport.svelte). */
export interface ImageExportInput {
  /** Id of the chart's <figure>: the image is as wide as it is on the page. */
  figureId: string;
  title: string;
  /** Publisher names of every source the chart draws. */
  sources: readonly string[];
  /** Dataset version label. */
  version: string;
  /** Absolute link to the chart's view. */
  permalink: string;
  /** What the chart draws. */
  drawing: DrawingSlot;
  /** File name without extension; `.png` or `.svg` is added. */
  fileName: string;
}

/** Makes and saves the PNG or SVG of a chart; `busy` and `error` are for its buttons to show. */
export class ImageExporter {
  busy: ImageFormat | null = $state(null);
  error: string | null = $state(null);
  readonly #input: () => ImageExportInput;

  constructor(input: () => ImageExportInput) {
    this.#input = input;
  }

  /** Never rejects: a failure becomes `error`. Ignored while another image is being made. */
  async save(format: ImageFormat): Promise<void> {
    if (this.busy) return;
    const input = this.#input();
    this.busy = format;
    this.error = null;
    try {
      // The image code loads on the first click: it is not needed to read the page.
      const { chartImageWithFonts, imageWidth, svgToPng } = await import('./image');
      const drawing = input.drawing.current?.();
      const figure = document.getElementById(input.figureId);
      if (!drawing || !figure) throw new Error('the chart has not been drawn yet.');
      const svg = await chartImageWithFonts({
        drawing,
        title: input.title,
        sources: input.sources,
        version: input.version,
        permalink: input.permalink,
        width: imageWidth(figure.getBoundingClientRect().width),
      });
      const blob =
        format === 'svg'
          ? new Blob([svg], { type: 'image/svg+xml;charset=utf-8' })
          : await svgToPng(svg, 2);
      saveBlob(blob, imageFileName(input.fileName, format));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.error = `Could not make the ${format.toUpperCase()}: ${reason}`;
    } finally {
      this.busy = null;
    }
  }
}
