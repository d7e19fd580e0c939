// The English messages of the "figures" area: the catalogue every other language is checked against.
import { categories, field, resource } from '../../data/schema';
import type { EstimatorType, Measure, Qualifier, Region } from '../../data/rows.generated';
import { englishReaderNames } from '../../englishCountryName';
import { inSentence } from '../../inSentence';
import { formatCount, plural } from '../../numbers';
import type { YearAxis } from '../../queries/figures';
import { messages } from '../runtime.svelte';

// The codebook's English words are data/datapackage.json's own, its one source: read from it here,
// keyed by value, so that a translation keyed by the same values is checked against them.
const estimates = resource('estimates');
function codebookWords<Value extends string>(
  fieldName: string,
  part: 'label' | 'description',
): Record<Value, string> {
  const entries = categories(field(estimates, fieldName));
  return Object.fromEntries(entries.map((entry) => [entry.value, entry[part] ?? ''])) as Record<
    Value,
    string
  >;
}

// "exactly" and "range" only describe a figure's form and are not printed; the others are words of
// the figure itself ("more than 50,000", "tens of thousands").
const silentQualifiers: readonly string[] = ['exactly', 'range'];
const qualifierValues = categories(field(estimates, 'qualifier')).map(
  (entry) => entry.value as Qualifier,
);

// In English the qualifier's words are the whole figure, whatever the measure.
const wordsAlone =
  (qualifier: Qualifier): ((measure: Measure) => string) =>
  () =>
    qualifier;

/** "Table: 12 figures and their sources"; no count until the rows arrive. */
const tableSummary =
  (noun: string, nouns = `${noun}s`) =>
  (count: number | null): string =>
    count === null
      ? `Table: the ${nouns} and their sources`
      : `Table: ${plural(count, noun, nouns)} and ${count === 1 ? 'its source' : 'their sources'}`;

const en = {
  /** The codebook's measures, their labels and definitions. */
  measureLabels: codebookWords<Measure>('measure', 'label'),
  measureDescriptions: codebookWords<Measure>('measure', 'description'),
  estimatorTypeLabels: codebookWords<EstimatorType>('estimator_type', 'label'),
  /** A worldwide figure's region: the codebook's values are their own English words. */
  regionLabels: Object.fromEntries(
    categories(field(estimates, 'region')).map((entry) => [entry.value, entry.value]),
  ) as Record<Region, string>,

  /** A figure's number, or its two bounds, already formatted, in its measure's unit. */
  figureAmount: (low: string, high: string | null, measure: Measure) => {
    const unit = measure.startsWith('revenue') ? 'US$' : '';
    return high === null ? `${unit}${low}` : `${unit}${low}–${unit}${high}`;
  },
  /** A qualifier around a figure's amount: "more than 50,000"; "exactly" and "range" print nothing. */
  qualifiedFigures: Object.fromEntries(
    qualifierValues.map((qualifier) => [
      qualifier,
      silentQualifiers.includes(qualifier)
        ? (amount: string) => amount
        : (amount: string) => `${qualifier} ${amount}`,
    ]),
  ) as Record<Qualifier, (amount: string) => string>,
  /** A qualifier that is the whole figure, the source giving words and no number: "tens of thousands". */
  qualifiersAlone: Object.fromEntries(
    qualifierValues.map((qualifier) => [qualifier, wordsAlone(qualifier)]),
  ) as Record<Qualifier, (measure: Measure) => string>,
  figureNotGiven: 'reported, no figure',
  /** A figure with its exact number beside it (English figures are exact already, so never shown). */
  figureWithExact: (figure: string, exact: string) => `${figure} (${exact})`,
  /** A figure in one sentence, for screen readers. */
  figureSentence: (
    figure: string,
    country: string,
    period: string,
    estimator: string,
    publisher: string,
  ) => `${figure}, ${country}, ${period}; ${estimator}, published by ${publisher}`,

  /** Years: one year, a span, a span open at one end. */
  yearOne: (year: number) => String(year),
  /** A span of years; null is an open end. */
  yearSpan: (from: number | null, to: number | null) => `${from ?? '…'}–${to ?? '…'}`,
  allYears: 'all years',
  yearNotStated: 'year not stated',
  dateUnknown: 'undated',

  /** Country names that differ from the CLDR name of the interface's language (the names readers know). */
  readerCountryNames: englishReaderNames,
  worldwideName: 'Worldwide',

  // The charts' words (figures/specs.ts): titles, descriptions, table captions and summaries.
  worldwideTitleWorkers:
    'North Koreans working abroad worldwide: every published estimate, by the year it describes',
  worldwideTitle: (measure: string) =>
    `Worldwide: every published figure of ${inSentence(measure)}, by the year it describes`,
  worldwideDescription:
    'Each worldwide figure of North Korean workers abroad that a publication gave, on the year it describes. Sources disagree widely; no figure is averaged away. Numbered lines mark events.',
  worldwideTableCaption: 'Worldwide figures of North Korean workers abroad',
  worldwideTableSummary: tableSummary('worldwide figure'),
  byCountryTitleWorkers: 'North Korean workers by host country: every published figure',
  byCountryTitle: (measure: string) =>
    `By host country: every published figure of ${inSentence(measure)}`,
  byCountryDescription:
    "Each figure of North Korean workers present in a country, any year, one row per country, sorted by the country's highest figure. Bars are ranges; symbols are single figures.",
  byCountryTableCaption: 'Figures of North Korean workers by host country',
  byCountryTableSummary: tableSummary('country figure'),
  countryTitle: (country: string, measure: string, axis: YearAxis) =>
    `${country}: every published figure of ${inSentence(measure)}, by the ${
      axis === 'published' ? 'year it was published' : 'year it describes'
    }`,
  countryDescription: (definition: string, country: string) =>
    `${definition} Each figure a publication gave for ${country}, as published; ranges as bars, single figures as symbols. Placing figures on their publication year shows how estimates drifted.`,
  countryTableCaption: (country: string) => `Figures for ${country}`,
  countryTableSummary: tableSummary('figure'),
  compareTitle: (country: string, years: string, measure: string) =>
    `${country}, ${years}: every figure of ${inSentence(measure)} side by side`,
  compareDescription: (country: string, years: string) =>
    `Each estimate for ${country} in ${years}, sorted by value, over the envelope from the lowest to the highest figure. An estimate that several publications repeat is one row: repetition is not independent confirmation.`,
  compareTableCaption: (country: string, years: string) =>
    `Figures compared for ${country}, ${years}`,
  compareTableSummary: tableSummary('report'),
  mapTitle: (measure: string) =>
    `Where North Korean workers are reported: each country's most recent figure of ${inSentence(measure)}`,
  mapDescription: (measure: string) =>
    `Each country is shaded by its most recent figure of ${inSentence(measure)} (the middle of a range, or the single figure; the card shows the range). Hatched countries are named as hosting workers with no number given. Grey means this dataset has no report, not that there are no workers. Choose a country to open its view.`,
  mapTableCaption: "Each country's most recent figure",
  mapTableSummary: tableSummary('country on the map', 'countries on the map'),

  // A chart's sentence (charts/chartSummary.ts).
  summaryNoFigure: 'No figure matches the filters.',
  summaryFigures: (figures: number, sources: number) =>
    `${plural(figures, 'figure')} from ${plural(sources, 'publication')}`,
  summaryAllOf: (amount: string) => `, all of ${amount}`,
  summaryRange: (lowest: string, highest: string) => `, from ${lowest} to ${highest}`,
  summaryWithoutYear: (count: number) =>
    `${formatCount(count)} without a year (in the lane at the right)`,
  summaryWithoutNumber: (count: number) =>
    `${formatCount(count)} without a number (in the band marked “No number”)`,
  summaryPartOnly: (count: number) =>
    `${formatCount(count)} for part of the whole only (drawn hollow)`,
  summaryNoCountry: 'No country matches the filters.',
  summaryCountries: (countries: number, parts: string) =>
    `${plural(countries, 'country', 'countries')}: ${parts}.`,
  summaryShaded: (countries: number, figures: number) =>
    `${formatCount(countries)} shaded by the most recent of ${plural(figures, 'figure')} with a number (every one is on the Country view)`,
  summaryNamedOnly: (countries: number) =>
    `${formatCount(countries)} named as ${countries === 1 ? 'a host' : 'hosts'} without a number`,

  // A figure's card (charts/FigureCard.svelte) and a bin's (charts/BinCard.svelte).
  figureCardLabel: 'About this figure',
  citeFigureTitle: (figure: string, country: string, period: string) =>
    `Cite this figure: ${figure}, ${country}, ${period}`,
  citeFigureButton: 'Cite this figure',
  computedFigureNote: 'Computed by the SQL query: no published source.',
  primaryFigureKind: 'primary: the estimator’s own publication',
  secondaryFigureKind: 'secondary: reports another’s figure',
  publishedOnDate: (date: string) => `published ${date}`,
  compareFigureLink: (country: string, period: string) =>
    `Compare every figure for ${country}, ${period} →`,
  binCardLabel: 'About these figures',
  figureCount: (count: number) => plural(count, 'figure'),
  binWhere: (country: string, extent: string) =>
    `${country} · ${extent} · too many for the row to draw one by one`,
  binCountryLink: (country: string) => `Every figure for ${country}, over time and in a table →`,

  // The table of a chart's figures (ui/FigureTable.svelte).
  columnCountry: 'Country',
  columnArea: 'Area',
  columnMeasure: 'Measure',
  columnPeriod: 'Period',
  columnFigure: 'Figure',
  columnEstimator: 'Estimator',
  columnSource: 'Source',
  columnPublished: 'Published',
  wholeWorld: 'whole world',
  wholeCountry: 'whole country',
  secondaryMark: ' (secondary)',

  // Sources (ui/SourceLine, SourceList, SourceTitle).
  sourceLineLabel: (publications: number) => `Sources (${plural(publications, 'publication')}):`,
  sourceLineMore: (count: number) => `and ${formatCount(count)} more`,
  primarySource: 'primary',
  secondarySource: 'secondary',
  descriptiveTitle: 'Description:',
};

export default en;
/** The "figures" messages in the interface's language: `figuresText().someKey` in markup or $derived. */
export const figuresText = messages('figures', en);
