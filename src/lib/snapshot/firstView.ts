import {
  countryList,
  eventGroups,
  hostCountryFigures,
  sourcesDrawn,
  worldwideOverTime,
  type NamedQuery,
} from '../queries';
import { defaultViewState } from '../state/viewState';

/**
 * The queries the page runs on a plain visit, before any interaction: the Overview at its default
 * filters (src/views/Overview.svelte) and the country list of the page shell (src/App.svelte). The build
 * answers them into the snapshot; a view that calls them differently simply finds nothing there and
 * waits for the query engine (tests/unit/snapshot.test.ts and tests/e2e/progressive.spec.ts catch it).
 */
export function firstViewQueries(): NamedQuery<Record<string, unknown>>[] {
  const { filters } = defaultViewState;
  return [
    worldwideOverTime(filters),
    sourcesDrawn(worldwideOverTime(filters)),
    eventGroups({ majorOnly: true }),
    hostCountryFigures(filters),
    sourcesDrawn(hostCountryFigures(filters)),
    countryList(),
  ];
}
