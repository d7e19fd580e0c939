// A chart's drawing laid out at a width, for the drawings made once (images, static figures): its
// layout and height, its key, and the lines that go with it (the envelope's key, the numbered events).
import type { Drawing } from './drawing.svelte';
import type { MeasureText } from './measure';
import { eventsOutsideNote, TimeRangeLayout } from './TimeRangeChart.state.svelte';
import { CountryRangesLayout } from './CountryRangesChart.state.svelte';
import { MapLayout } from './MapChart.state.svelte';
import { compareDrawingLayout, envelopeKey, type CompareDrawingLayout } from './CompareChart.state';
import { figureLegend, mapLegend, type LegendItem } from './legend';
import { formatPartialDate } from '../format';

type Laid<K extends Drawing['kind'], L> = Extract<Drawing, { kind: K }> & { layout: L };

/** A drawing with its layout at one width. */
export type ChartPlot = (
  | Laid<'time', TimeRangeLayout>
  | Laid<'by-country', CountryRangesLayout>
  | Laid<'compare', CompareDrawingLayout>
  | Laid<'map', MapLayout>
) & {
  height: number;
  legend: LegendItem[];
  /** The sentence under the key: the envelope of a comparison. */
  key: string | null;
  /** The numbered events the drawing marks, as text. */
  eventLines: string[];
};

/** Below this width a comparison puts each label above its plot. */
const STACKED_BELOW = 480;

/** Lays out a drawing `width` px wide; text that wraps is measured with `measure`. */
export function chartPlot(drawing: Drawing, width: number, measure: MeasureText): ChartPlot {
  const d = drawing;
  switch (d.kind) {
    case 'time': {
      const layout = new TimeRangeLayout(() => ({ figures: d.figures, events: d.events, width }));
      return {
        ...d,
        layout,
        height: layout.height,
        legend: figureLegend(
          d.figures.map((f) => f.estimator_type),
          layout.marks.some((mark) => mark.partial),
        ),
        key: null,
        eventLines: [
          ...layout.eventMarks.map(
            ({ event, number }) =>
              `${number}. ${formatPartialDate(event.date)} — ${event.title} (${event.sources
                .map((source) => source.publisher)
                .join('; ')})`,
          ),
          ...[eventsOutsideNote(layout.eventsOutside) ?? []].flat(),
        ],
      };
    }
    case 'by-country': {
      const layout = new CountryRangesLayout(() => ({ groups: d.groups, width }));
      return {
        ...d,
        layout,
        height: layout.height,
        legend: figureLegend(
          d.groups.flatMap((g) => g.figures.map((f) => f.estimator_type)),
          layout.marks.some((mark) => mark.partial),
        ),
        key: null,
        eventLines: [],
      };
    }
    case 'compare': {
      const layout = compareDrawingLayout(d.groups, width, measure, width < STACKED_BELOW);
      return {
        ...d,
        layout,
        height: layout.height,
        legend: figureLegend(
          d.groups.map((g) => g.estimator_type),
          layout.marks.some((mark) => mark.partial),
        ),
        key: envelopeKey(d.envelope),
        eventLines: [],
      };
    }
    case 'map': {
      const layout = new MapLayout(() => ({ world: d.world, rows: d.rows, width }));
      return {
        ...d,
        layout,
        height: layout.height,
        legend: mapLegend(),
        key: null,
        eventLines: [],
      };
    }
  }
}
