import { countryList, type NamedQuery } from '../queries';
import { byCountryFigure, worldwideFigure } from './specs';
import { defaultViewState } from '../state/viewState';

/**
 * The queries the page runs on a plain visit, before any interaction: the Overview's figures at the
 * default view state (src/views/Overview.svelte draws them) and the country list of the page shell
 * (src/App.svelte). The build answers them into the snapshot; a view that calls them differently simply
 * finds nothing there and waits for the query engine (tests/unit/snapshot.test.ts and
 * tests/e2e/progressive.spec.ts catch it).
 */
export function firstViewQueries(): NamedQuery<Record<string, unknown>>[] {
  return [
    ...worldwideFigure.queries(defaultViewState),
    ...byCountryFigure.queries(defaultViewState),
    countryList(),
  ];
}
