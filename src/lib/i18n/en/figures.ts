// The English messages of the "figures" area: the catalogue every other language is checked against.
import { categories, field, resource } from '../../data/schema';
import type { EstimatorType, Measure, Qualifier } from '../../data/rows.generated';
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

const en = {
  /** The codebook's measures, their labels and definitions. */
  measureLabels: codebookWords<Measure>('measure', 'label'),
  measureDescriptions: codebookWords<Measure>('measure', 'description'),
  estimatorTypeLabels: codebookWords<EstimatorType>('estimator_type', 'label'),

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
  readerCountryNames: {
    COD: 'DR Congo',
    COG: 'Republic of the Congo',
    MMR: 'Myanmar',
    HKG: 'Hong Kong',
    MAC: 'Macao',
    PSE: 'Palestine',
    BIH: 'Bosnia and Herzegovina',
  } as Record<string, string>,
  worldwideName: 'Worldwide',
};

export default en;
/** The "figures" messages in the interface's language: `figuresText().someKey` in markup or $derived. */
export const figuresText = messages('figures', en);
