import type { DrawingSlot } from '../charts/drawing.svelte';
import { imageFileName } from './imageText';
import { shareText } from '../i18n/en/share';
import { locale } from '../i18n/runtime.svelte';
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
      if (!drawing || !figure) throw new Error(shareText().chartNotDrawnYet);
      const svg = await chartImageWithFonts({
        drawing,
        title: input.title,
        sources: input.sources,
        version: input.version,
        permalink: input.permalink,
        width: imageWidth(figure.getBoundingClientRect().width),
      });
      // An SVG file says the language of its words, for screen readers. Not the one drawn into the PNG:
      // with lang="ko" on its root, Chromium drew the image before its embedded fonts, without text.
      const blob =
        format === 'svg'
          ? new Blob([svg.replace(/<svg(?=[\s>])/, `<svg lang="${locale()}"`)], {
              type: 'image/svg+xml;charset=utf-8',
            })
          : await svgToPng(svg, 2);
      saveBlob(blob, imageFileName(input.fileName, format));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.error = shareText().imageFailed(format.toUpperCase(), reason);
    } finally {
      this.busy = null;
    }
  }
}
