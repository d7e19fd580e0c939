// The views a direct load draws without waiting for the query engine: each country over time, each
// comparison and the map, at their preset view states. Their queries are the figure specs' own, which
// the views run (src/lib/figures/specs.ts). Loaded through Vite, like the rest of the prerender step.
import type { NamedQuery } from '../lib/queries';
import { presetQuery } from '../lib/embed/presets';
import {
  compareFigure,
  countryOverTimeFigure,
  mapFigure,
  type FigureSpec,
} from '../lib/figures/specs';
import { parseViewState, serializeViewState, type ViewState } from '../lib/state/viewState';

/** One preset view: its URL's query string, its state, and every query its figure runs. */
export interface PresetView {
  /** As serializeViewState writes it: the page looks its snapshot up by this. */
  query: string;
  state: ViewState;
  queries: NamedQuery<Record<string, unknown>>[];
}

/** The preset views for `countries` (ISO codes, WLD among them): over time and compared, and the map. */
export function presetViews(countries: readonly string[]): PresetView[] {
  type Figure = Pick<FigureSpec<Record<string, unknown>>, 'queries'>;
  const views: [search: string, figure: Figure][] = [
    ...countries.map((country): [string, Figure] => [
      presetQuery({ kind: 'country', country }),
      countryOverTimeFigure,
    ]),
    ...countries.map((country): [string, Figure] => [
      presetQuery({ kind: 'compare', country }),
      compareFigure,
    ]),
    ['?view=map', mapFigure],
  ];
  return views.map(([search, figure]) => {
    const { state } = parseViewState(search);
    return { query: serializeViewState(state), state, queries: figure.queries(state) };
  });
}
