// The first mark in reading order, found without sorting every mark (a chart's Tab stop at scale).
import { describe, expect, it } from 'vitest';
import { firstInReadingOrder, readingOrder } from '../../src/lib/charts/markNavigation';

describe('firstInReadingOrder', () => {
  it.each(['vertical', 'horizontal'] as const)(
    'is the first of readingOrder on a %s chart, ties included',
    (orientation) => {
      let state = 7;
      const random = (n: number) => {
        state = (state * 1103515245 + 12345) % 2 ** 31;
        return Math.floor((state / 2 ** 31) * n);
      };
      for (let round = 0; round < 50; round++) {
        // Few slots and values, so that slot, value and centre often tie and the id decides.
        const marks = Array.from({ length: 1 + random(40) }, (_, i) => {
          const from = random(5);
          return {
            id: `m${random(1000)}-${i}`,
            slot: random(3),
            along: random(4),
            from,
            to: from + random(3),
          };
        });
        expect(firstInReadingOrder(marks, orientation)).toBe(readingOrder(marks, orientation)[0]);
      }
    },
  );

  it('finds nothing without marks', () => {
    expect(firstInReadingOrder([], 'vertical')).toBeNull();
  });
});
