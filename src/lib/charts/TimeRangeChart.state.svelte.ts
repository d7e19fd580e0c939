import { scaleLinear } from 'd3-scale';
import { extent, max } from 'd3-array';
import type { EventGroupRow, FigureRow } from '../queries';
import type { PlacedMark } from './types';
import { describeFigure, formatPartialDate } from '../format';
import { chartsText } from '../i18n/en/charts';
import { dodge, stackLabels } from './dodge';
import { figureShape, figureValues, isPartial } from './figureShape';
import { tickLabelWidth } from './measure';

export interface TimeRangeInput {
  figures: FigureRow[];
  events: EventGroupRow[];
  width: number;
}

/**
 * The note under a chart for the events it does not draw (dated outside the years its figures describe,
 * or undated), each with its date and title; null when it draws them all.
 */
export function eventsOutsideNote(events: readonly EventGroupRow[]): string | null {
  if (events.length === 0) return null;
  // A date the query could not place (no such day) is shown as written.
  const listed = events.map(
    (event) =>
      `${event.year === null ? event.date : formatPartialDate(event.date)} — ${event.title}`,
  );
  return chartsText().eventsNotDrawn(events.length, listed.join('; '));
}

export interface PlacedEvent {
  event: EventGroupRow;
  number: number;
  x: number;
  row: number;
}

/** A strip of the chart set apart for figures the axes cannot place: no year, or no number. */
export interface Lane {
  from: number;
  to: number;
  centre: number;
}

const badgeGap = 20;
const badgeRowHeight = 20;
/** The least room left of the plot for the value axis's labels (up to "100,000"). */
const minMarginLeft = 64;
const marginRight = 16;
/** Width of the lane, right of the years, for figures without a year. */
const undatedWidth = 56;
/** Height of the band, above the values, for figures without a number. */
const noNumberHeight = 30;
/** The slot of the figures without a year, after every year's. */
const UNDATED_SLOT = 1e6;

/**
 * Scales and mark positions of a chart of figures over the years they describe. Year N sits at the
 * middle of its band on the x axis (the query's `year` convention), so events fall inside their year.
 * Every figure gets a mark: one without a year sits in a lane right of the years, one without a number in
 * a band above the values.
 */
export class TimeRangeLayout {
  #input: () => TimeRangeInput;

  constructor(input: () => TimeRangeInput) {
    this.#input = input;
  }

  readonly width = $derived.by(() => Math.max(280, this.#input().width));
  readonly figures = $derived.by(() => this.#input().figures);
  readonly nUndated = $derived(this.figures.filter((f) => f.year === null).length);
  readonly nWithoutNumber = $derived(this.figures.filter((f) => figureShape(f) === null).length);

  /** The value axis's scale before it is placed: its domain and ticks depend on the values alone. */
  readonly #values = $derived(
    scaleLinear()
      .domain([0, max(this.figures.flatMap(figureValues)) ?? 1])
      .nice(),
  );
  /** The largest value on the value axis: its top tick. */
  readonly #valueTop = $derived(this.#values.domain()[1]!);

  /**
   * Room for the value labels: a US$ measure's "300,000,000" needs more than a headcount's. From the
   * values alone (not the y scale, whose range depends on the events above the plot, placed on x): the
   * top's label and every tick's, for in Korean "12만 5,000" is longer than "15만".
   */
  readonly #marginLeft = $derived.by(() => {
    const { axisTick } = chartsText();
    const labels = [...this.#values.ticks(5), this.#valueTop].map(axisTick);
    const widest = Math.max(...labels.map(tickLabelWidth));
    return Math.max(minMarginLeft, Math.ceil(10 + widest));
  });

  readonly undatedLane: Lane | null = $derived.by(() => {
    if (this.nUndated === 0) return null;
    const to = this.width - marginRight;
    return { from: to - undatedWidth, to, centre: to - undatedWidth / 2 };
  });

  /**
   * The years the axis shows: the figures' (the events' only when no figure has a year), so that one
   * event dated far from every figure (a typo, 2999) cannot squeeze them into a corner.
   */
  readonly x = $derived.by(() => {
    const figureYears = this.figures.flatMap((f) => (f.year === null ? [] : [f.year]));
    const years =
      figureYears.length > 0
        ? figureYears
        : this.#input().events.flatMap((e) => (e.year === null ? [] : [e.year]));
    const [lo = 2000, hi = 2025] = extent(years);
    const right = this.undatedLane ? this.undatedLane.from - 12 : this.width - marginRight;
    return scaleLinear()
      .domain([Math.floor(lo) - 0.5, Math.ceil(hi) + 0.5])
      .range([this.#marginLeft, right]);
  });

  /** The events drawn: those dated within the axis's years. */
  readonly events = $derived.by(() => {
    const [from, to] = this.x.domain() as [number, number];
    return this.#input().events.filter((e) => e.year !== null && e.year >= from && e.year <= to);
  });

  /** The events not drawn, said in a note under the chart: dated outside its years, or undated. */
  readonly eventsOutside = $derived.by(() => {
    const drawn = this.events;
    return this.#input().events.filter((e) => !drawn.includes(e));
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
    left: this.#marginLeft,
  });

  readonly noNumberBand: Lane | null = $derived.by(() => {
    if (this.nWithoutNumber === 0) return null;
    const from = this.margin.top;
    return { from, to: from + noNumberHeight, centre: from + noNumberHeight / 2 };
  });

  readonly height = $derived(
    (this.width < 560 ? 300 : 380) + (this.noNumberBand ? noNumberHeight : 0),
  );

  readonly y = $derived.by(() =>
    scaleLinear()
      .domain([0, this.#valueTop])
      .range([
        this.height - this.margin.bottom,
        (this.noNumberBand?.to ?? this.margin.top) + (this.noNumberBand ? 8 : 0),
      ]),
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
    const slotOf = (figure: FigureRow) =>
      figure.year === null ? UNDATED_SLOT : Math.round(figure.year * 2);
    const placed = this.figures.map((figure) => {
      const shape = figureShape(figure);
      const ends = shape
        ? [this.y(shape.from), this.y(shape.to)]
        : [this.noNumberBand!.centre, this.noNumberBand!.centre];
      return { figure, shape, ends: [ends[0]!, ends[1]!] as const };
    });
    // The band of figures without a number is a slot of its own in each year, apart from the values.
    const dodgeSlot = ({ figure, shape }: (typeof placed)[number]) =>
      slotOf(figure) * 2 + (shape ? 0 : 1);
    const offsets = dodge(
      placed,
      dodgeSlot,
      ({ ends }) => [ends[0] - 6, ends[1] + 6],
      7,
      (slot) => (slot >= UNDATED_SLOT * 2 ? undatedWidth : this.yearWidth) * 0.8,
    );
    return placed.map(({ figure, shape, ends }, i) => ({
      datum: figure,
      id: figure.id,
      estimatorType: figure.estimator_type,
      label: describeFigure(figure),
      along: (figure.year === null ? this.undatedLane!.centre : this.x(figure.year)) + offsets[i]!,
      from: ends[0],
      to: ends[1],
      shape: shape?.shape ?? 'no-number',
      partial: isPartial(figure),
      slot: slotOf(figure),
    }));
  });

  eventBadgeY(row: number): number {
    return 10 + row * badgeRowHeight;
  }
}
