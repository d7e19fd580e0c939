// Every chart the site draws, once: its title, description, the named query of its rows (its source
// line is projected from them: sourcesDrawn), the file name of its downloads and the other queries its
// drawing needs. Views, the snapshot, static embeds, image export and tests read these; a title is
// written nowhere else. The words are the figures catalogue's (i18n/en/figures.ts and its
// translations), in the interface's language when called.
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
import { formatYearSpan } from '../format';
import { figuresText } from '../i18n/en/figures';
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
const isDefaultMeasure = ({ filters }: FigureParams) => filters.measure === 'workers_present';
const t = figuresText;
const rowCount = (rows: readonly unknown[] | null) => (rows ? rows.length : null);

/** The events a chart over time annotates. */
const majorEvents = (): NamedQuery<EventGroupRow> => eventGroups({ majorOnly: true });

const worldwideRows = ({ filters }: FigureParams) => worldwideOverTime(filters);

export const worldwideFigure = {
  id: 'worldwide',
  title: (params) =>
    isDefaultMeasure(params) ? t().worldwideTitleWorkers : t().worldwideTitle(measureLabel(params)),
  description: () => t().worldwideDescription,
  rows: worldwideRows,
  events: majorEvents,
  queries: (params) => [worldwideRows(params), majorEvents()],
  fileName: ({ filters }) => fileBaseName('worldwide', filters.measure),
  tableCaption: () => t().worldwideTableCaption,
  tableSummary: (rows) => t().worldwideTableSummary(rowCount(rows)),
} satisfies FigureSpec<FigureRow> & { events: () => NamedQuery<EventGroupRow> };

const byCountryRows = ({ filters }: FigureParams) => hostCountryFigures(filters);

export const byCountryFigure = {
  id: 'by-country',
  title: (params) =>
    isDefaultMeasure(params) ? t().byCountryTitleWorkers : t().byCountryTitle(measureLabel(params)),
  description: () => t().byCountryDescription,
  rows: byCountryRows,
  queries: (params) => [byCountryRows(params)],
  fileName: ({ filters }) => fileBaseName('by-country', filters.measure),
  tableCaption: () => t().byCountryTableCaption,
  tableSummary: (rows) => t().byCountryTableSummary(rowCount(rows)),
} satisfies FigureSpec<HostCountryFigureRow>;

const countryRows = ({ country, axis, filters }: FigureParams) =>
  countryOverTime({ country, axis, filters });

export const countryOverTimeFigure = {
  id: 'country-over-time',
  title: (params) =>
    t().countryTitle(countryName(params.country), measureLabel(params), params.axis),
  description: (params) =>
    t().countryDescription(
      measures.description(params.filters.measure),
      countryName(params.country),
    ),
  rows: countryRows,
  events: majorEvents,
  queries: (params) => [countryRows(params), majorEvents()],
  fileName: ({ country, axis, filters }) => fileBaseName('country', country, filters.measure, axis),
  tableCaption: ({ country }) => t().countryTableCaption(countryName(country)),
  tableSummary: (rows) => t().countryTableSummary(rowCount(rows)),
} satisfies FigureSpec<FigureRow> & { events: () => NamedQuery<EventGroupRow> };

const compareOptions = ({ country, filters }: FigureParams) => ({ country, filters });
const compareRows = (params: FigureParams) => compareReports(compareOptions(params));
const compareGroups = (params: FigureParams) => compareFigures(compareOptions(params));
const compareRange = (params: FigureParams) => compareEnvelope(compareOptions(params));
const yearSpan = ({ filters }: FigureParams) => formatYearSpan(filters.yearFrom, filters.yearTo);

export const compareFigure = {
  id: 'compare',
  title: (params) =>
    t().compareTitle(countryName(params.country), yearSpan(params), measureLabel(params)),
  description: (params) => t().compareDescription(countryName(params.country), yearSpan(params)),
  /** Every report: one row per publication of an estimate (the table and downloads). */
  rows: compareRows,
  /** One row per estimate, with the publications that repeat it: what the chart draws. */
  groups: compareGroups,
  /** The lowest and highest figure: the envelope the chart draws behind the estimates. */
  envelope: compareRange,
  queries: (params) => [compareGroups(params), compareRange(params), compareRows(params)],
  fileName: ({ country, filters }) =>
    fileBaseName('compare', country, filters.yearFrom, filters.yearTo),
  tableCaption: (params) => t().compareTableCaption(countryName(params.country), yearSpan(params)),
  tableSummary: (rows) => t().compareTableSummary(rowCount(rows)),
} satisfies FigureSpec<FigureRow> & {
  groups: (params: FigureParams) => NamedQuery<CompareGroupRow>;
  envelope: (params: FigureParams) => NamedQuery<CompareEnvelopeRow>;
};

const mapRows = ({ filters }: FigureParams) => mapFigures(filters);

export const mapFigure = {
  id: 'map',
  title: (params) => t().mapTitle(measureLabel(params)),
  description: (params) => t().mapDescription(measureLabel(params)),
  rows: mapRows,
  queries: (params) => [mapRows(params)],
  fileName: ({ filters }) => fileBaseName('map', filters.measure),
  tableCaption: () => t().mapTableCaption,
  tableSummary: (rows) => t().mapTableSummary(rowCount(rows)),
} satisfies FigureSpec<MapFigureRow>;

/** Every chart, for code that walks them all (tests, the snapshot). */
export const figureSpecs = [
  worldwideFigure,
  byCountryFigure,
  countryOverTimeFigure,
  compareFigure,
  mapFigure,
] as const;
