// The English messages of the "country" area: the catalogue every other language is checked against.
// The Country view, and the country picker it shares with Compare.
import { formatCount, plural } from '../../format';
import { messages } from '../runtime.svelte';

const en = {
  countryPickerLabel: 'Country',
  allCountriesButton: 'All countries',
  countryListLabel: 'Countries',
  noCountryMatches: (query: string) => `No country matches “${query}”`,
  countryFigureCount: (count: number) => plural(count, 'figure'),
  countriesMatching: (count: number) => plural(count, 'country', 'countries'),
  placeFigureLegend: 'Place each figure on',
  yearDescribedChoice: 'the year it describes',
  yearPublishedChoice: 'the year it was published',
  yearDescribedAxis: 'Year the figure describes',
  yearPublishedAxis: 'Year the source was published',
  undescribedYear: 'No year',
  undatedPublication: 'Undated',
  countryPublicationsHeading: (name: string, count: number) =>
    `Publications with figures for ${name} (${formatCount(count)})`,
};

export default en;
/** The "country" messages in the interface's language: `countryText().someKey` in markup or $derived. */
export const countryText = messages('country', en);
