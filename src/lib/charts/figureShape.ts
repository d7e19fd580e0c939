import { WORLDWIDE, type FigureRow } from '../queries';
import type { MarkShape } from './types';

/** How a figure is drawn on a value axis: its two ends and its shape; null when it has no number. */
export function figureShape(
  figure: Pick<FigureRow, 'low' | 'high' | 'point'>,
): { from: number; to: number; shape: Exclude<MarkShape, 'no-number'> } | null {
  const { low, high, point } = figure;
  if (low !== null && high !== null) return { from: low, to: high, shape: 'range' };
  if (point !== null) return { from: point, to: point, shape: 'point' };
  if (low !== null) return { from: low, to: low, shape: 'lower-bound' };
  if (high !== null) return { from: high, to: high, shape: 'upper-bound' };
  return null;
}

/** Every number a figure puts on the value axis. */
export function figureValues(figure: Pick<FigureRow, 'low' | 'high' | 'point'>): number[] {
  const shape = figureShape(figure);
  return shape ? [shape.from, shape.to] : [];
}

/**
 * Whether a figure covers only part of what its row stands for: for a country, its area note narrows it
 * (a city, a province, a sector, one company); for WLD, a region makes it a subtotal (a WLD area note
 * only says which countries a worldwide figure spans).
 */
export function isPartial(figure: Pick<FigureRow, 'country' | 'area_note' | 'region'>): boolean {
  return figure.country === WORLDWIDE ? figure.region !== null : figure.area_note !== null;
}
