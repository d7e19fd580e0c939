import type {
  EstimateRow,
  EstimatorType,
  EventRow,
  Measure,
  Qualifier,
  Region,
  SourceRow,
} from '../data/rows.generated';

/** The source columns every figure row carries, for its citation (queries select them by this list). */
export const figureSourceColumns = [
  'title',
  'title_is_descriptive',
  'publisher',
  'url',
  'published',
] as const satisfies readonly (keyof SourceRow)[];

type FigureSource = Pick<SourceRow, (typeof figureSourceColumns)[number]>;

// Omit<…, never> turns a generated interface into a plain object type: interfaces lack the implicit
// index signature that QueryEngine.query's `Record<string, unknown>` bound asks for.

/** One drawn figure with its source: the rows of the figure queries. */
export type FigureRow = Omit<EstimateRow, never> &
  FigureSource & {
    /**
     * Where to draw it on a year axis: the middle of ref_year_start..ref_year_end (2015–2016 → 2015.5); on
     * the published axis of countryOverTime, the source's publication date (2022-03 → 2022 + 2.5/12 − 0.5).
     */
    year: number | null;
  };

/** A host country's figure, with what the chart needs to rank and label the country. */
export type HostCountryFigureRow = FigureRow & {
  /** Distinct sources among the country's drawn figures. */
  n_sources: number;
  /** The country's drawn figures. */
  n_figures: number;
  /**
   * The country's largest number (high, point or low): the chart sorts countries by it, descending; null
   * when none of its figures has a number.
   */
  country_max: number | null;
};

/** A source a chart drew, for its source line. */
export type DrawnSourceRow = FigureSource & { source_id: string };

/** One event with the publication that reports it. */
export type EventFactRow = Omit<EventRow, never> & {
  /** Where to draw it on the figures' year axis (tick N is the middle of year N; 2017-12-22 ≈ 2017.47); null for a date that does not exist. */
  year: number | null;
  source_title: string;
  title_is_descriptive: boolean;
  publisher: string;
  url: string;
  source_published: string | null;
};

/** One event as a chart annotates it: once, with every source that reports it. */
export type EventGroupRow = {
  date: string;
  year: number | null;
  title: string;
  major: boolean;
  event_ids: string[];
  sources: DrawnSourceRow[];
};

/** How much the dataset holds; countries exclude the worldwide code. */
export type DatasetSummaryRow = {
  n_estimates: number;
  n_sources: number;
  n_events: number;
  n_countries: number;
};

/** A source a chart drew, for its source line. */

/** One publication of one country's figures (countrySources). */
export type CountrySourceRow = FigureSource & {
  /** The source's id (sources.id). */
  id: string;
  /** Whether any of its figures there is the publication's own estimate. */
  primary: boolean;
  /** Its figures there that pass the filters. */
  n_figures: number;
};

/** A measure of one country's figures, for the measure switcher (countryMeasures). */
export type CountryMeasureRow = {
  measure: Measure;
  n_figures: number;
  /** Of those, the figures with a number (the rest are reports without one). */
  n_with_number: number;
};

/** A country (or WLD) with figures, for navigation (countryList). */
export type CountryListRow = {
  country: string;
  n_figures: number;
  n_sources: number;
  /** False where no figure has a number: workers are only reported present. */
  has_number: boolean;
};

/** One publication that reported an estimate, in a CompareGroupRow. */
export type CompareReport = FigureSource & {
  /** The figure's id. */
  id: string;
  source_id: string;
  /** Whether the publication is the estimator's own. */
  primary: boolean;
  note: string | null;
};

/**
 * One estimate in a comparison: the figures with the same estimator (and type), measure, numbers,
 * qualifier and years, which are one estimate however many publications report it.
 */
export type CompareGroupRow = {
  /** The smallest figure id of the group: stable while the group keeps that figure. */
  group_id: string;
  /** The compared country (or WLD). */
  country: string;
  estimator: string;
  estimator_type: EstimatorType;
  measure: Measure;
  low: number | null;
  high: number | null;
  point: number | null;
  qualifier: Qualifier | null;
  /** The part of the country the estimate covers, if not all of it. */
  area_note: string | null;
  /** For WLD: the group of countries a regional subtotal covers. */
  region: Region | null;
  /** The period as the group's first figure (by id) gives it. */
  ref_period: string | null;
  ref_year_start: number | null;
  ref_year_end: number | null;
  /** How many figures (publications' reports) the estimate has. */
  n_reports: number;
  /** Whether any report is the estimator's own publication. */
  any_primary: boolean;
  /** The figures' ids, in the order of `reports`. */
  figure_ids: string[];
  /** Who reported it: primary first, then by publication date (undated last), then figure id. */
  reports: CompareReport[];
};

/** The range from the lowest to the highest number of a comparison; null bounds when nothing is drawn. */
export type CompareEnvelopeRow = {
  low: number | null;
  high: number | null;
  n_groups: number;
  n_figures: number;
};

/**
 * A host country on the map: its most recent figure of the measure (`status` 'figure', with `value` the
 * middle of a range, else the point or lone bound), or, lacking one, its most recent report of workers
 * present without a number (`status` 'presence', `value` null).
 */
export type MapFigureRow = FigureRow & { n_figures: number } & (
    { status: 'figure'; value: number } | { status: 'presence'; value: null }
  );

/** One figure as the bibliography lists it under its source. */
export type BibliographyFigure = Pick<
  EstimateRow,
  | 'id'
  | 'country'
  | 'measure'
  | 'low'
  | 'high'
  | 'point'
  | 'qualifier'
  | 'ref_period'
  | 'ref_year_start'
  | 'ref_year_end'
  | 'estimator'
  | 'primary'
>;

/** One publication in the bibliography, with its figures and the events it reports. */
export type BibliographyRow = FigureSource & {
  id: string;
  n_figures: number;
  /** Countries of its figures (ISO codes, WLD for worldwide). */
  countries: string[];
  estimators: string[];
  /** Whether any of its figures is the publication's own estimate. */
  any_primary: boolean;
  first_year: number | null;
  last_year: number | null;
  figures: BibliographyFigure[];
  /** Titles of the events it reports. */
  events: string[];
};
