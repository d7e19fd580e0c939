import { scaleLinear } from 'd3-scale';
import { extent, max } from 'd3-array';
import type { EventGroupRow, FigureRow } from '../queries';
import type { PlacedMark } from './types';
import { describeFigure } from '../format';
import { dodge, stackLabels } from './dodge';
import { figureShape, figureValues } from './figureShape';

export interface TimeRangeInput {
  figures: FigureRow[];
  events: EventGroupRow[];
  width: number;
}

export interface PlacedEvent {
  event: EventGroupRow;
  number: number;
  x: number;
  row: number;
}

const badgeGap = 20;
const badgeRowHeight = 20;
const marginLeft = 64;
const marginRight = 16;

/**
 * Scales and mark positions of a chart of figures over the years they describe. Year N sits at the
 * middle of its band on the x axis (the query's `year` convention), so events fall inside their year.
 */
export class TimeRangeLayout {
  #input: () => TimeRangeInput;

  constructor(input: () => TimeRangeInput) {
    this.#input = input;
  }

  readonly width = $derived.by(() => Math.max(280, this.#input().width));
  readonly height = $derived(this.width < 560 ? 300 : 380);

  readonly figures = $derived.by(() =>
    this.#input().figures.filter((f) => f.year !== null && figureShape(f) !== null),
  );
  readonly events = $derived.by(() => this.#input().events.filter((e) => e.year !== null));

  readonly x = $derived.by(() => {
    const years = [...this.figures.map((f) => f.year!), ...this.events.map((e) => e.year!)];
    const [lo = 2000, hi = 2025] = extent(years);
    return scaleLinear()
      .domain([Math.floor(lo) - 0.5, Math.ceil(hi) + 0.5])
      .range([marginLeft, this.width - marginRight]);
  });

  readonly eventMarks: PlacedEvent[] = $derived.by(() => {
    const xs = this.events.map((event) => this.x(event.year!));
    const rows = stackLabels(xs, badgeGap);
    return this.events.map((event, i) => ({ event, number: i + 1, x: xs[i]!, row: rows[i]! }));
  });

  readonly margin = $derived({
    top: 14 + (Math.max(-1, ...this.eventMarks.map((e) => e.row)) + 1) * badgeRowHeight,
    right: marginRight,
    bottom: 40,
    left: marginLeft,
  });

  readonly y = $derived.by(() =>
    scaleLinear()
      .domain([0, max(this.figures.flatMap(figureValues)) ?? 1])
      .nice()
      .range([this.height - this.margin.bottom, this.margin.top]),
  );

  readonly yearWidth = $derived(Math.abs(this.x(1) - this.x(0)));

  /** Year labels, thinned so that they never touch. */
  readonly xTicks = $derived.by(() => {
    const [from, to] = this.x.domain() as [number, number];
    const first = Math.ceil(from);
    const step = Math.max(1, Math.ceil(44 / this.yearWidth));
    const years: number[] = [];
    for (let year = first; year <= to; year += step) years.push(year);
    return years;
  });

  readonly yTicks = $derived(this.y.ticks(5));

  readonly marks: PlacedMark<FigureRow>[] = $derived.by(() => {
    const offsets = dodge(this.figures, (f) => Math.round(f.year! * 2), 7, this.yearWidth * 0.8);
    return this.figures.map((figure, i) => {
      const { from, to, shape } = figureShape(figure)!;
      return {
        datum: figure,
        id: figure.id,
        estimatorType: figure.estimator_type,
        label: describeFigure(figure),
        along: this.x(figure.year!) + offsets[i]!,
        from: this.y(from),
        to: this.y(to),
        shape,
      };
    });
  });

  eventBadgeY(row: number): number {
    return 10 + row * badgeRowHeight;
  }
}
