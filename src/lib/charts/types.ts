import type { EstimatorType } from '../data/rows.generated';

/** One mark placed in a chart: what it stands for, its position and extent in pixels, and its shape. */
export interface PlacedMark<Datum> {
  datum: Datum;
  /** Stable id of the figure or estimate, for keys, tests and links. */
  id: string;
  estimatorType: EstimatorType;
  /** What a screen reader announces for the mark. */
  label: string;
  /** Centre of the mark across the value axis (x for time charts, y for rows). */
  along: number;
  /** Pixel extent along the value axis: equal ends for a point. */
  from: number;
  to: number;
  /** A range (low to high), a point, or a lone bound (more than / up to) drawn with an arrow. */
  shape: 'range' | 'point' | 'lower-bound' | 'upper-bound';
}
