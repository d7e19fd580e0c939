// What a chart on the page draws, handed to its frame so that the image export can draw the same data
// with the shared drawing code (CaptionedChart.svelte) instead of copying the page's DOM.
import { getContext, hasContext, onDestroy, setContext } from 'svelte';
import type {
  CompareEnvelopeRow,
  CompareGroupRow,
  EventGroupRow,
  FigureRow,
  MapFigureRow,
} from '../queries';
import type { CountryGroup } from './CountryRangesChart.state.svelte';
import type { CountryFeature } from './worldGeometry';

/** The data and labels of one chart: everything its drawing needs besides a width and a theme. */
export type Drawing =
  | {
      kind: 'time';
      figures: FigureRow[];
      events: EventGroupRow[];
      valueLabel: string;
      yearLabel: string;
      undatedLabel: string;
    }
  | { kind: 'by-country'; groups: CountryGroup[]; valueLabel: string }
  | {
      kind: 'compare';
      groups: CompareGroupRow[];
      envelope: CompareEnvelopeRow;
      valueLabel: string;
    }
  | { kind: 'map'; world: CountryFeature[]; rows: MapFigureRow[] };

/** Where a frame receives the drawing of the chart inside it. */
export class DrawingSlot {
  /** Reads the chart's current drawing; null while no chart is drawn. */
  current: (() => Drawing) | null = null;
}

const key = Symbol('chart-drawing');

/** For a chart's frame: a slot its chart fills. */
export function provideDrawing(): DrawingSlot {
  return setContext(key, new DrawingSlot());
}

/** For a chart: hands its drawing to the frame around it, if any, while it is on the page. */
export function setDrawing(drawing: () => Drawing): void {
  if (!hasContext(key)) return;
  const slot = getContext<DrawingSlot>(key);
  slot.current = drawing;
  onDestroy(() => {
    if (slot.current === drawing) slot.current = null;
  });
}
