// The charts' pure helpers: reading order and arrow keys between marks, the pointer's nearest mark, the
// dodging of overlapping marks, and the sentence that says what a chart draws.
import { describe, expect, it } from 'vitest';
import {
  MarkFinder,
  markGeometry,
  nextMark,
  readingOrder,
  type MarkGeometry,
} from '../../src/lib/charts/markNavigation';
import { dodge, stackLabels } from '../../src/lib/charts/dodge';
import { chartSummary, mapSummary } from '../../src/lib/charts/chartSummary';
import { formatCount } from '../../src/lib/format';
import type { FigureRow } from '../../src/lib/queries';

type Mark = { id: string; slot: number; along: number; from: number; to: number };
const mark = (id: string, slot: number, along: number, from: number, to = from): Mark => ({
  id,
  slot,
  along,
  from,
  to,
});
const idsOf = (marks: readonly Mark[], indices: readonly number[]) =>
  indices.map((index) => marks[index]!.id);

describe('markGeometry', () => {
  it.each([
    ['vertical', { x: 10, y: 30 }, { x: 10, y: 20 }, { x: 10, y: 40 }],
    ['horizontal', { x: 30, y: 10 }, { x: 20, y: 10 }, { x: 40, y: 10 }],
  ] as const)('%s: along is across the value axis; from and to along it', (o, centre, from, to) => {
    expect(markGeometry({ along: 10, from: 20, to: 40 }, o)).toEqual({ ...centre, from, to });
  });
});

describe('readingOrder', () => {
  // A time chart: y grows downwards, so the lowest value has the largest y.
  const timeMarks = [
    mark('2019-high', 2019, 300, 20),
    mark('2018-range', 2018, 200, 90, 40),
    mark('2019-low', 2019, 300, 80),
    mark('2018-low', 2018, 200, 95),
    mark('2019-low-right', 2019, 305, 80),
    mark('2019-low-right-b', 2019, 305, 80),
  ];
  // A chart of rows: x grows rightwards, so the lowest value has the smallest x.
  const rowMarks = [
    mark('row1-right', 1, 50, 300),
    mark('row0-range', 0, 20, 250, 120),
    mark('row1-left', 1, 50, 10),
    mark('row0-left', 0, 20, 100),
  ];

  it.each([
    [
      'vertical: slot by slot, lowest value first, then along, then id',
      timeMarks,
      'vertical',
      ['2018-low', '2018-range', '2019-low', '2019-low-right', '2019-low-right-b', '2019-high'],
    ],
    [
      'horizontal: row by row, leftmost first',
      rowMarks,
      'horizontal',
      ['row0-left', 'row0-range', 'row1-left', 'row1-right'],
    ],
  ] as const)('%s', (_, marks, orientation, expected) => {
    expect(idsOf(marks, readingOrder(marks, orientation))).toEqual(expected);
  });

  it('orders every mark once', () => {
    const order = readingOrder(timeMarks, 'vertical');
    expect([...order].sort()).toEqual(timeMarks.map((_, index) => index));
  });
});

describe('nextMark', () => {
  // Two years of a time chart: 2018 with a low and a high figure, 2019 with three.
  const time = [
    mark('a18-low', 2018, 100, 90),
    mark('a18-high', 2018, 100, 10),
    mark('b19-mid', 2019, 200, 50),
    mark('b19-low', 2019, 200, 95),
    mark('b19-high', 2019, 200, 5),
  ];
  // Three country rows: the middle one has a mark near 100 and one near 400.
  const rows = [
    mark('r0-a', 0, 10, 90),
    mark('r1-near', 1, 30, 110),
    mark('r1-far', 1, 30, 400),
    mark('r2-range', 2, 50, 350, 450),
    mark('r2-left', 2, 50, 20),
  ];
  const at = (marks: readonly Mark[], id: string) => marks.findIndex((m) => m.id === id);

  it.each([
    [
      'Right steps through the reading order',
      time,
      'vertical',
      'a18-high',
      'ArrowRight',
      'b19-low',
    ],
    ['Left steps back', time, 'vertical', 'b19-low', 'ArrowLeft', 'a18-high'],
    ['Right stops at the last mark', time, 'vertical', 'b19-high', 'ArrowRight', 'b19-high'],
    ['Left stops at the first mark', time, 'vertical', 'a18-low', 'ArrowLeft', 'a18-low'],
    ['Home goes to the first mark', time, 'vertical', 'b19-mid', 'Home', 'a18-low'],
    ['End goes to the last mark', time, 'vertical', 'a18-low', 'End', 'b19-high'],
    ['Up: the next higher figure of the year', time, 'vertical', 'b19-low', 'ArrowUp', 'b19-mid'],
    [
      'Down: the next lower figure of the year',
      time,
      'vertical',
      'b19-mid',
      'ArrowDown',
      'b19-low',
    ],
    ['Up at the year’s highest stays', time, 'vertical', 'b19-high', 'ArrowUp', 'b19-high'],
    ['Down at the year’s lowest stays', time, 'vertical', 'a18-low', 'ArrowDown', 'a18-low'],
    [
      'rows: Down goes to the nearest mark below',
      rows,
      'horizontal',
      'r0-a',
      'ArrowDown',
      'r1-near',
    ],
    [
      'rows: Up goes to the nearest mark above',
      rows,
      'horizontal',
      'r2-range',
      'ArrowUp',
      'r1-far',
    ],
    ['rows: Up from the top row stays', rows, 'horizontal', 'r0-a', 'ArrowUp', 'r0-a'],
    ['rows: Down from the bottom row stays', rows, 'horizontal', 'r2-left', 'ArrowDown', 'r2-left'],
    [
      'rows: Right runs on into the next row',
      rows,
      'horizontal',
      'r1-far',
      'ArrowRight',
      'r2-left',
    ],
  ] as const)('%s', (_, marks, orientation, from, key, to) => {
    const next = nextMark(marks, orientation, at(marks, from), key);
    expect(next === null ? null : marks[next]!.id).toBe(to);
  });

  it('does not move for another key, nor without marks', () => {
    expect(nextMark(time, 'vertical', 0, 'Enter')).toBeNull();
    expect(nextMark([], 'vertical', 0, 'ArrowRight')).toBeNull();
  });

  it('reaches every mark from the first with Right, and back with Left', () => {
    for (const [marks, orientation] of [
      [time, 'vertical'],
      [rows, 'horizontal'],
    ] as const) {
      const seen = new Set<number>();
      let current = nextMark(marks, orientation, 0, 'Home')!;
      for (let step = 0; step < marks.length; step++) {
        seen.add(current);
        current = nextMark(marks, orientation, current, 'ArrowRight')!;
      }
      expect(seen.size).toBe(marks.length);
      for (let step = 0; step < marks.length; step++)
        current = nextMark(marks, orientation, current, 'ArrowLeft')!;
      expect(current).toBe(readingOrder(marks, orientation)[0]);
    }
  });
});

describe('MarkFinder', () => {
  const point = (x: number, y: number): MarkGeometry => ({ x, y, from: { x, y }, to: { x, y } });
  /** A vertical bar from y0 to y1 at x. */
  const bar = (x: number, y0: number, y1: number): MarkGeometry => ({
    x,
    y: (y0 + y1) / 2,
    from: { x, y: y0 },
    to: { x, y: y1 },
  });

  const crowds: [string, MarkGeometry[]][] = [
    ['points 1px apart in a row', [0, 1, 2, 3, 4, 5].map((i) => point(100 + i, 50))],
    ['points 1px apart in a column', [0, 1, 2, 3].map((i) => point(100, 50 + i))],
    [
      // Bars of odd and even lengths side by side, their centres between two of their sample points.
      'bars and points 1px apart side by side',
      [
        bar(100, 0, 9),
        point(101, 4.5),
        bar(102, 0, 10),
        bar(103, 2, 7),
        point(104, 5),
        bar(105, 0, 100),
      ],
    ],
    ['a point on the end of a bar’s neighbour', [bar(100, 0, 30), point(101, 30), point(101, 0)]],
  ];

  it.each(crowds)('%s: every mark’s centre finds that mark', (_, geometries) => {
    const finder = new MarkFinder(geometries);
    const found = geometries.map(({ x, y }) => finder.find(x, y, 24));
    expect(found).toEqual(geometries.map((_, index) => index));
  });

  it('finds a bar anywhere along it, whatever the neighbours 1px either side', () => {
    const geometries = [bar(99, 0, 60), bar(100, 0, 100), point(101, 37), bar(101, 61, 62)];
    const finder = new MarkFinder(geometries);
    for (let y = 0; y <= 100; y += 0.25) expect(finder.find(100, y, 24), `y ${y}`).toBe(1);
  });

  it('finds the nearest mark within the radius, measured from any part of a bar, and null beyond', () => {
    const finder = new MarkFinder([point(0, 0), bar(100, 0, 50)]);
    expect(finder.find(0, 9.9, 10)).toBe(0);
    expect(finder.find(0, 10.1, 10)).toBeNull();
    expect(finder.find(90.5, 25, 10)).toBe(1);
    expect(finder.find(89.5, 25, 10)).toBeNull();
    expect(finder.find(100, 59.5, 10)).toBe(1);
    expect(finder.find(100, 60.5, 10)).toBeNull();
    expect(finder.find(49, 0, 100)).toBe(0);
    expect(finder.find(51, 0, 100)).toBe(1);
  });

  it('finds nothing without marks', () => {
    expect(new MarkFinder([]).find(0, 0, 100)).toBeNull();
  });
});

describe('dodge', () => {
  type Item = { slot: number; extent: [number, number] };
  const item = (slot: number, from: number, to: number): Item => ({ slot, extent: [from, to] });
  const run = (items: Item[], maxSpread: number | ((slot: number) => number), step = 7) =>
    dodge(
      items,
      (i) => i.slot,
      (i) => i.extent,
      step,
      maxSpread,
    );
  const spread = (offsets: number[]) => Math.max(...offsets) - Math.min(...offsets);

  it.each([
    ['marks apart along the value axis', [item(1, 0, 10), item(1, 20, 30), item(1, 40, 40)]],
    ['overlapping marks in different slots', [item(1, 0, 10), item(2, 0, 10), item(3, 5, 5)]],
    ['a mark alone', [item(1, 0, 100)]],
  ])('%s stay on the centre line', (_, items) => {
    expect(run(items, 100)).toEqual(items.map(() => 0));
  });

  it('sets two overlapping marks side by side, step apart about the centre', () => {
    const offsets = run([item(1, 0, 10), item(1, 5, 15)], 100);
    expect(offsets[0]).toBe(-offsets[1]!);
    expect(Math.abs(offsets[0]! - offsets[1]!)).toBe(7);
  });

  it('counts marks closer than the gap as overlapping, either end first', () => {
    expect(spread(run([item(1, 0, 10), item(1, 14, 20)], 100))).toBe(7);
    expect(spread(run([item(1, 10, 0), item(1, 20, 14)], 100))).toBe(7);
    expect(run([item(1, 0, 10), item(1, 16, 20)], 100)).toEqual([0, 0]);
  });

  it.each([
    ['room for every lane', 100, 4 * 7],
    ['less room than lanes: closer together, within it', 10, 10],
  ])('five marks over one another: distinct offsets, %s', (_, maxSpread, expected) => {
    const offsets = run(
      [1, 2, 3, 4, 5].map(() => item(1, 0, 10)),
      maxSpread,
    );
    expect(new Set(offsets).size).toBe(5);
    expect(spread(offsets)).toBeCloseTo(expected, 10);
  });

  it('takes the room of each slot from a function of the slot', () => {
    const items = [1, 1, 1, 2, 2, 2].map((slot) => item(slot, 0, 10));
    const offsets = run(items, (slot) => (slot === 1 ? 4 : 100));
    expect(spread(offsets.slice(0, 3))).toBeCloseTo(4, 10);
    expect(spread(offsets.slice(3))).toBeCloseTo(14, 10);
  });

  it('leaves a mark that overlaps none on the centre line beside marks that do', () => {
    const offsets = run([item(1, 0, 10), item(1, 5, 15), item(1, 100, 110)], 100);
    expect(offsets[2]).toBe(0);
    expect(Math.abs(offsets[0]! - offsets[1]!)).toBe(7);
  });
});

describe('stackLabels', () => {
  it.each([
    [[0, 5, 20, 22], 10, [0, 1, 0, 1]],
    [[0, 10, 20], 10, [0, 0, 0]],
    [[0, 1, 2], 10, [0, 1, 2]],
  ])('%j at gap %i: rows %j', (xs, gap, rows) => {
    expect(stackLabels(xs, gap)).toEqual(rows);
  });
});

describe('chartSummary', () => {
  type Drawn = Parameters<typeof chartSummary>[0][number];
  const figure = (fields: Partial<FigureRow>): Drawn => ({
    low: null,
    high: null,
    point: null,
    year: 2019,
    country: 'RUS',
    area_note: null,
    region: null,
    source_id: 's1',
    measure: 'workers_present',
    ...fields,
  });

  it.each([
    ['nothing drawn', [], {}, 'No figure matches the filters.'],
    ['one figure', [figure({ point: 500 })], {}, '1 figure from 1 publication, all of 500.'],
    [
      'a range and a point: the range of every number',
      [figure({ low: 100, high: 900 }), figure({ point: 50, source_id: 's2' })],
      {},
      '2 figures from 2 publications, from 50 to 900.',
    ],
    [
      'figures set apart: no year, no number, part of a country',
      [
        figure({ point: 100 }),
        figure({ point: 200, year: null }),
        figure({ year: null }),
        figure({ high: 300, area_note: 'Far East' }),
        figure({ point: 400, country: 'WLD', region: 'Gulf states' }),
        // A worldwide total's area note says where the world's workers are: not part of the whole.
        figure({ point: 500, country: 'WLD', area_note: '45 countries' }),
      ],
      {},
      '6 figures from 1 publication, from 100 to 500; 2 without a year (in the lane at the right), ' +
        '1 without a number (in the band marked “No number”), 2 for part of the whole only (drawn hollow).',
    ],
    [
      'a chart without a year axis sets none apart for want of a year',
      [figure({ point: 100, year: null })],
      { withYear: false },
      '1 figure from 1 publication, all of 100.',
    ],
    [
      'figures without any number: no range',
      [figure({}), figure({ source_id: 's2' })],
      {},
      '2 figures from 2 publications; 2 without a number (in the band marked “No number”).',
    ],
    [
      'revenue in US dollars',
      [
        figure({ point: 100, measure: 'revenue_other' }),
        figure({ point: 200, measure: 'revenue_other' }),
      ],
      {},
      '2 figures from 1 publication, from US$100 to US$200.',
    ],
  ] as [string, Drawn[], { withYear?: boolean }, string][])(
    '%s',
    (_, figures, options, expected) => {
      expect(chartSummary(figures, options)).toBe(expected);
    },
  );

  it('writes counts and numbers as the page does', () => {
    const many = Array.from({ length: 1200 }, (_, i) => figure({ point: 1000 + i }));
    expect(chartSummary(many)).toBe(
      `${formatCount(1200)} figures from 1 publication, from ${formatCount(1000)} to ${formatCount(2199)}.`,
    );
  });
});

describe('mapSummary', () => {
  const shaded = (n_figures: number) => ({ status: 'figure' as const, n_figures });
  const named = (n_figures: number) => ({ status: 'presence' as const, n_figures });

  it.each([
    [
      'countries shaded and countries named',
      [shaded(3), shaded(4), named(2)],
      '3 countries: 2 shaded by the most recent of 7 figures with a number (every one is on the Country view), 1 named as a host without a number.',
    ],
    [
      'countries shaded only',
      [shaded(1)],
      '1 country: 1 shaded by the most recent of 1 figure with a number (every one is on the Country view).',
    ],
    [
      'countries named only',
      [named(1), named(5)],
      '2 countries: 2 named as hosts without a number.',
    ],
    ['nothing drawn', [], 'No country matches the filters.'],
  ] as [string, Parameters<typeof mapSummary>[0], string][])('%s', (_, rows, expected) => {
    expect(mapSummary(rows)).toBe(expected);
  });
});
