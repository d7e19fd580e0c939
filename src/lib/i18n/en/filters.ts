// The English messages of the "filters" area: the catalogue every other language is checked against.
// The filter bar, with the first view; the year span's and measure's words, which the views share.
import { messages } from '../runtime.svelte';

const en = {
  filtersHeading: 'Filters',
  allEstimators: 'all estimators',
  primaryOnlySummary: 'primary sources only',
  measureLabel: 'Measure',
  estimatorTypeLegend: 'Estimator type',
  sourcesLegend: 'Sources',
  primaryOnlyLabel: 'Primary sources only (the estimator’s own publication)',
  yearsDescribedLegend: 'Years described',
  yearFromLabel: 'From',
  yearToLabel: 'to',
  yearOutOfRange: (first: number, last: number) => `Enter a year from ${first} to ${last}.`,
  yearSpanBackwards: 'That span ends before it starts.',
  countriesLegend: 'Countries',
  noneTickedHint: '(none ticked: all)',
  resetFilters: 'Reset filters',
};

export default en;
/** The "filters" messages in the interface's language: `filtersText().someKey` in markup or $derived. */
export const filtersText = messages('filters', en);
