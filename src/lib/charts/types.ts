import type { FigureRow } from '../queries';

/** A figure placed in a chart: its position, extent in pixels, and drawing style. */
export interface PlacedFigure {
  figure: FigureRow;
  /** Centre of the mark across the value axis (x for time charts, y for country rows). */
  along: number;
  /** Pixel extent along the value axis: equal ends for a point. */
  from: number;
  to: number;
  /** A range (low to high), a point, or a lone bound (more than / up to) drawn with an arrow. */
  shape: 'range' | 'point' | 'lower-bound' | 'upper-bound';
}
