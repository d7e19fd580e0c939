import type { EstimatorType } from '../data/rows.generated';
import type { FigureRow } from '../queries';

/**
 * How a figure is drawn: a range (low to high), a point, a lone bound (more than / up to) drawn with an
 * arrow, or a figure without a number (qualitative: "tens of thousands", presence reported), drawn as a
 * labelled marker in a band of its own.
 */
export type MarkShape = 'range' | 'point' | 'lower-bound' | 'upper-bound' | 'no-number' | 'bin';

/** Figures a row has too many of for its pixels, drawn as one mark that says how many (aggregate.ts). */
export interface FigureBin {
  kind: 'bin';
  figures: FigureRow[];
  /** Whether they are the row's figures without a number. */
  withoutNumber: boolean;
}

export function isFigureBin(datum: FigureRow | FigureBin): datum is FigureBin {
  return (datum as Partial<FigureBin>).kind === 'bin';
}

/** One mark placed in a chart: what it stands for, its position and extent in pixels, and its shape. */
export interface PlacedMark<Datum> {
  datum: Datum;
  /** Stable id of the figure or estimate, for keys, tests and links. */
  id: string;
  /** For a bin, its first figure's (a bin is drawn in the chart's own ink). */
  estimatorType: EstimatorType;
  /** What a screen reader announces for the mark. */
  label: string;
  /** Centre of the mark across the value axis (x for time charts, y for rows). */
  along: number;
  /** Pixel extent along the value axis: equal ends for a point; for a bin, the cell its figures sit in. */
  from: number;
  to: number;
  shape: MarkShape;
  /** The figure covers part of its country (an area note, a WLD region): drawn hollow or dashed. */
  partial: boolean;
  /** The slot the mark sits in (a year, a country row): arrow keys move up and down within or across it. */
  slot: number;
  /** A bin's count, and the pixel extent that covers each of its figures' own. */
  bin?: { count: number; from: number; to: number };
}
