// Every chart the site draws, once: its title, description, the named query of its rows (its source
// line is projected from them: sourcesDrawn), the file name of its downloads and the other queries its
// drawing needs. Views, the snapshot, static embeds, image export and tests read these; a title is
// written nowhere else.
import {
  compareEnvelope,
  compareFigures,
  compareReports,
  countryOverTime,
  eventGroups,
  hostCountryFigures,
  mapFigures,
  worldwideOverTime,
  type CompareEnvelopeRow,
  type CompareGroupRow,
  type EventGroupRow,
  type FigureRow,
  type HostCountryFigureRow,
  type MapFigureRow,
  type NamedQuery,
} from '../queries';
import { measures } from '../codebook';
import { countryName } from '../countries';
import { fileBaseName } from '../export/fileName';
import { formatYearSpan, inSentence, plural } from '../format';
import type { ViewState } from '../state/viewState';

/** What a figure depends on: the parts of a view state its queries and words read. */
export type FigureParams = Pick<ViewState, 'country' | 'axis' | 'filters'>;

type AnyQuery = NamedQuery<Record<string, unknown>>;

/** One chart: everything about it that is not drawing. */
export interface FigureSpec<Row extends Record<string, unknown>> {
  /** The chart's id on the page (its anchor) and in tests. */
  id: string;
  title(params: FigureParams): string;
  description(params: FigureParams): string;
  /** The rows the chart draws: also its table, its downloads and its sentence. */
  rows(params: FigureParams): NamedQuery<Row>;
  /** Every query the chart runs (rows and what its drawing needs), for the snapshot. */
  queries(params: FigureParams): AnyQuery[];
  /** The base of its downloads' file names (see downloadFileName). */
  fileName(params: FigureParams): string;
  tableCaption(params: FigureParams): string;
  /** What the table's disclosure says, with the number of rows once they are known. */
  tableSummary(rows: readonly unknown[] | null): string;
}

const measureLabel = ({ filters }: FigureParams) => measures.label(filters.measure);
const measureInSentence = (params: FigureParams) => inSentence(measureLabel(params));
const isDefaultMeasure = ({ filters }: FigureParams) => filters.measure === 'workers_present';

/** "Table: 12 figures and their sources"; no count until the rows arrive. */
function tableSummary(noun: string, nouns = `${noun}s`) {
  return (rows: readonly unknown[] | null): string => {
    if (!rows) return `Table: the ${nouns} and their sources`;
    return `Table: ${plural(rows.length, noun, nouns)} and ${rows.length === 1 ? 'its source' : 'their sources'}`;
  };
}

/** The events a chart over time annotates. */
const majorEvents = (): NamedQuery<EventGroupRow> => eventGroups({ majorOnly: true });

const worldwideRows = ({ filters }: FigureParams) => worldwideOverTime(filters);

export const worldwideFigure = {
  id: 'worldwide',
  title: (params) =>
    isDefaultMeasure(params)
      ? 'North Koreans working abroad worldwide: every published estimate, by the year it describes'
      : `Worldwide: every published figure of ${measureInSentence(params)}, by the year it describes`,
  description: () =>
    'Each worldwide figure of North Korean workers abroad that a publication gave, on the year it describes. Sources disagree widely; no figure is averaged away. Numbered lines mark events.',
  rows: worldwideRows,
  events: majorEvents,
  queries: (params) => [worldwideRows(params), majorEvents()],
  fileName: ({ filters }) => fileBaseName('worldwide', filters.measure),
  tableCaption: () => 'Worldwide figures of North Korean workers abroad',
  tableSummary: tableSummary('worldwide figure'),
} satisfies FigureSpec<FigureRow> & { events: () => NamedQuery<EventGroupRow> };

const byCountryRows = ({ filters }: FigureParams) => hostCountryFigures(filters);

export const byCountryFigure = {
  id: 'by-country',
  title: (params) =>
    isDefaultMeasure(params)
      ? 'North Korean workers by host country: every published figure'
      : `By host country: every published figure of ${measureInSentence(params)}`,
  description: () =>
    "Each figure of North Korean workers present in a country, any year, one row per country, sorted by the country's highest figure. Bars are ranges; symbols are single figures.",
  rows: byCountryRows,
  queries: (params) => [byCountryRows(params)],
  fileName: ({ filters }) => fileBaseName('by-country', filters.measure),
  tableCaption: () => 'Figures of North Korean workers by host country',
  tableSummary: tableSummary('country figure'),
} satisfies FigureSpec<HostCountryFigureRow>;

const onAxis = ({ axis }: FigureParams) =>
  axis === 'published' ? 'year it was published' : 'year it describes';

const countryRows = ({ country, axis, filters }: FigureParams) =>
  countryOverTime({ country, axis, filters });

export const countryOverTimeFigure = {
  id: 'country-over-time',
  title: (params) =>
    `${countryName(params.country)}: every published figure of ${measureInSentence(params)}, by the ${onAxis(params)}`,
  description: (params) =>
    `${measures.description(params.filters.measure)} Each figure a publication gave for ${countryName(params.country)}, as published; ranges as bars, single figures as symbols. Placing figures on their publication year shows how estimates drifted.`,
  rows: countryRows,
  events: majorEvents,
  queries: (params) => [countryRows(params), majorEvents()],
  fileName: ({ country, axis, filters }) => fileBaseName('country', country, filters.measure, axis),
  tableCaption: ({ country }) => `Figures for ${countryName(country)}`,
  tableSummary: tableSummary('figure'),
} satisfies FigureSpec<FigureRow> & { events: () => NamedQuery<EventGroupRow> };

const compareOptions = ({ country, filters }: FigureParams) => ({ country, filters });
const compareRows = (params: FigureParams) => compareReports(compareOptions(params));
const compareGroups = (params: FigureParams) => compareFigures(compareOptions(params));
const compareRange = (params: FigureParams) => compareEnvelope(compareOptions(params));
const yearSpan = ({ filters }: FigureParams) => formatYearSpan(filters.yearFrom, filters.yearTo);

export const compareFigure = {
  id: 'compare',
  title: (params) =>
    `${countryName(params.country)}, ${yearSpan(params)}: every figure of ${measureInSentence(params)} side by side`,
  description: (params) =>
    `Each estimate for ${countryName(params.country)} in ${yearSpan(params)}, sorted by value, over the envelope from the lowest to the highest figure. An estimate that several publications repeat is one row: repetition is not independent confirmation.`,
  /** Every report: one row per publication of an estimate (the table and downloads). */
  rows: compareRows,
  /** One row per estimate, with the publications that repeat it: what the chart draws. */
  groups: compareGroups,
  /** The lowest and highest figure: the envelope the chart draws behind the estimates. */
  envelope: compareRange,
  queries: (params) => [compareGroups(params), compareRange(params), compareRows(params)],
  fileName: ({ country, filters }) =>
    fileBaseName('compare', country, filters.yearFrom, filters.yearTo),
  tableCaption: (params) =>
    `Figures compared for ${countryName(params.country)}, ${yearSpan(params)}`,
  tableSummary: tableSummary('report'),
} satisfies FigureSpec<FigureRow> & {
  groups: (params: FigureParams) => NamedQuery<CompareGroupRow>;
  envelope: (params: FigureParams) => NamedQuery<CompareEnvelopeRow>;
};

const mapRows = ({ filters }: FigureParams) => mapFigures(filters);

export const mapFigure = {
  id: 'map',
  title: (params) =>
    `Where North Korean workers are reported: each country's most recent figure of ${measureInSentence(params)}`,
  description: (params) =>
    `Each country is shaded by its most recent figure of ${measureInSentence(params)} (the middle of a range, or the single figure; the card shows the range). Hatched countries are named as hosting workers with no number given. Grey means this dataset has no report, not that there are no workers. Choose a country to open its view.`,
  rows: mapRows,
  queries: (params) => [mapRows(params)],
  fileName: ({ filters }) => fileBaseName('map', filters.measure),
  tableCaption: () => "Each country's most recent figure",
  tableSummary: tableSummary('country on the map', 'countries on the map'),
} satisfies FigureSpec<MapFigureRow>;

/** Every chart, for code that walks them all (tests, the snapshot). */
export const figureSpecs = [
  worldwideFigure,
  byCountryFigure,
  countryOverTimeFigure,
  compareFigure,
  mapFigure,
] as const;
