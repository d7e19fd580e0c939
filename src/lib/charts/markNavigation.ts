import { Delaunay } from 'd3-delaunay';
import type { PlacedMark } from './types';

/** Where a mark sits on screen, in the chart's pixels: its centre, and how far it reaches along its value. */
export interface MarkGeometry {
  x: number;
  y: number;
  /** Both ends along the value axis (equal for a point). */
  from: { x: number; y: number };
  to: { x: number; y: number };
}

/** A mark's centre and ends in x/y, whichever way its chart runs. */
export function markGeometry(
  mark: Pick<PlacedMark<unknown>, 'along' | 'from' | 'to'>,
  orientation: 'vertical' | 'horizontal',
): MarkGeometry {
  const at = (value: number) =>
    orientation === 'vertical' ? { x: mark.along, y: value } : { x: value, y: mark.along };
  const from = at(mark.from);
  const to = at(mark.to);
  return { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2, from, to };
}

/**
 * The reading order of a chart's marks, as indices: slot by slot (year by year, row by row), and within a
 * slot by value, lowest first.
 */
export function readingOrder(
  marks: readonly Pick<PlacedMark<unknown>, 'slot' | 'along' | 'from' | 'to' | 'id'>[],
  orientation: 'vertical' | 'horizontal',
): number[] {
  // On a vertical value axis a lower value is further down: a larger y.
  const value = (i: number) => {
    const { from, to } = marks[i]!;
    return orientation === 'vertical' ? -Math.max(from, to) : Math.min(from, to);
  };
  return marks
    .map((_, i) => i)
    .sort(
      (a, b) =>
        marks[a]!.slot - marks[b]!.slot ||
        value(a) - value(b) ||
        marks[a]!.along - marks[b]!.along ||
        (marks[a]!.id < marks[b]!.id ? -1 : 1),
    );
}

export type NavigationKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End';

/**
 * The mark a key moves to from `current` (an index into `marks`), or null for a key that does not move.
 * Left/right step through the reading order; Home/End go to its ends. Up/down: on a time chart, to the
 * next higher or lower figure of the same year; on a chart of rows, to the row above or below, at the
 * mark nearest along the value axis.
 */
export function nextMark(
  marks: readonly Pick<PlacedMark<unknown>, 'slot' | 'along' | 'from' | 'to' | 'id'>[],
  orientation: 'vertical' | 'horizontal',
  current: number,
  key: string,
): number | null {
  if (marks.length === 0) return null;
  const order = readingOrder(marks, orientation);
  const at = Math.max(0, order.indexOf(current));
  switch (key) {
    case 'Home':
      return order[0]!;
    case 'End':
      return order.at(-1)!;
    case 'ArrowRight':
      return order[Math.min(order.length - 1, at + 1)]!;
    case 'ArrowLeft':
      return order[Math.max(0, at - 1)]!;
    case 'ArrowUp':
    case 'ArrowDown': {
      const up = key === 'ArrowUp';
      const slot = marks[current]!.slot;
      if (orientation === 'vertical') {
        const inSlot = order.filter((i) => marks[i]!.slot === slot);
        const here = inSlot.indexOf(current);
        return inSlot[up ? Math.min(inSlot.length - 1, here + 1) : Math.max(0, here - 1)]!;
      }
      const slots = [...new Set(order.map((i) => marks[i]!.slot))];
      const target = slots[slots.indexOf(slot) + (up ? -1 : 1)];
      if (target === undefined) return current;
      const centre = (marks[current]!.from + marks[current]!.to) / 2;
      const distance = (i: number) => Math.abs((marks[i]!.from + marks[i]!.to) / 2 - centre);
      return order
        .filter((i) => marks[i]!.slot === target)
        .reduce((best, i) => (distance(i) < distance(best) ? i : best));
    }
    default:
      return null;
  }
}

/**
 * Finds the mark nearest a point, within `radius` pixels of any part of it: a range counts along its whole
 * bar, not only at its centre, so that every mark can be pointed at however close its neighbours sit.
 */
export class MarkFinder {
  #delaunay: Delaunay<number[]>;
  #owners: number[];
  #points: number[];

  constructor(geometries: readonly MarkGeometry[], spacing = 3) {
    const points: number[] = [];
    const owners: number[] = [];
    geometries.forEach(({ from, to }, index) => {
      const length = Math.hypot(to.x - from.x, to.y - from.y);
      const steps = Math.max(1, Math.ceil(length / spacing));
      for (let s = 0; s <= steps; s++) {
        points.push(from.x + ((to.x - from.x) * s) / steps, from.y + ((to.y - from.y) * s) / steps);
        owners.push(index);
      }
    });
    this.#points = points;
    this.#owners = owners;
    this.#delaunay = new Delaunay(Float64Array.from(points));
  }

  /** The index of the nearest mark, or null if none is within `radius`. */
  find(x: number, y: number, radius: number): number | null {
    if (this.#owners.length === 0) return null;
    const nearest = this.#delaunay.find(x, y);
    const dx = this.#points[nearest * 2]! - x;
    const dy = this.#points[nearest * 2 + 1]! - y;
    return Math.hypot(dx, dy) <= radius ? this.#owners[nearest]! : null;
  }
}
