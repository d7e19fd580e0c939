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

type Readable = Pick<PlacedMark<unknown>, 'slot' | 'along' | 'from' | 'to' | 'id'>;

/** Compares two marks' indices in reading order (see readingOrder). */
function readingComparator(
  marks: readonly Readable[],
  orientation: 'vertical' | 'horizontal',
): (a: number, b: number) => number {
  // On a vertical value axis a lower value is further down: a larger y.
  const value = (i: number) => {
    const { from, to } = marks[i]!;
    return orientation === 'vertical' ? -Math.max(from, to) : Math.min(from, to);
  };
  return (a, b) =>
    marks[a]!.slot - marks[b]!.slot ||
    value(a) - value(b) ||
    marks[a]!.along - marks[b]!.along ||
    (marks[a]!.id < marks[b]!.id ? -1 : 1);
}

/**
 * The reading order of a chart's marks, as indices: slot by slot (year by year, row by row), and within a
 * slot by value, lowest first.
 */
export function readingOrder(
  marks: readonly Readable[],
  orientation: 'vertical' | 'horizontal',
): number[] {
  return marks.map((_, i) => i).sort(readingComparator(marks, orientation));
}

/** The index of the first mark in reading order (without sorting them all), or null without marks. */
export function firstInReadingOrder(
  marks: readonly Readable[],
  orientation: 'vertical' | 'horizontal',
): number | null {
  if (marks.length === 0) return null;
  const compare = readingComparator(marks, orientation);
  let first = 0;
  for (let i = 1; i < marks.length; i++) if (compare(i, first) < 0) first = i;
  return first;
}

export type NavigationKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End';

/**
 * The mark a key moves to from `current` (an index into `marks`), or null for a key that does not move.
 * Left/right step through the reading order; Home/End go to its ends. Up/down: on a time chart, to the
 * next higher or lower figure of the same year; on a chart of rows, to the row above or below, at the
 * mark nearest along the value axis.
 */
export function nextMark(
  marks: readonly Readable[],
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
 * bar, not only at its centre, so that every mark can be pointed at however close its neighbours sit. The
 * distance to each mark is exact (a chart has a few hundred marks at most): points sampled along the bars
 * would let a neighbour 1px away win between two samples.
 */
export class MarkFinder {
  readonly #geometries: readonly MarkGeometry[];

  constructor(geometries: readonly MarkGeometry[]) {
    this.#geometries = geometries;
  }

  /** The index of the nearest mark, or null if none is within `radius`. */
  find(x: number, y: number, radius: number): number | null {
    let nearest: number | null = null;
    let nearestDistance = radius;
    this.#geometries.forEach(({ from, to }, index) => {
      const distance = distanceToSegment(x, y, from, to);
      if (distance < nearestDistance || (nearest === null && distance <= radius)) {
        nearest = index;
        nearestDistance = distance;
      }
    });
    return nearest;
  }
}

/** The distance from (x, y) to the segment from `a` to `b` (a point when they are equal). */
function distanceToSegment(
  x: number,
  y: number,
  a: { x: number; y: number },
  b: { x: number; y: number },
): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const lengthSquared = dx * dx + dy * dy;
  const t =
    lengthSquared === 0
      ? 0
      : Math.max(0, Math.min(1, ((x - a.x) * dx + (y - a.y) * dy) / lengthSquared));
  return Math.hypot(x - (a.x + t * dx), y - (a.y + t * dy));
}
