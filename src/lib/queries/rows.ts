import type { EstimateRow, EventRow, SourceRow } from '../data/rows.generated';

/** The source columns every figure row carries, for its citation. */
type FigureSource = Pick<
  SourceRow,
  'title' | 'title_is_descriptive' | 'publisher' | 'url' | 'published'
>;

// Omit<…, never> turns a generated interface into a plain object type: interfaces lack the implicit
// index signature that QueryEngine.query's `Record<string, unknown>` bound asks for.

/** One drawn figure with its source: the rows of the figure queries. */
export type FigureRow = Omit<EstimateRow, never> &
  FigureSource & {
    /** Where to draw it on a year axis: the middle of ref_year_start..ref_year_end (2015–2016 → 2015.5). */
    year: number | null;
  };

/** A host country's figure, with what the chart needs to rank and label the country. */
export type HostCountryFigureRow = FigureRow & {
  /** Distinct sources among the country's drawn figures. */
  n_sources: number;
  /** The country's drawn figures. */
  n_figures: number;
  /** The country's largest number (high, point or low): the chart sorts countries by it, descending. */
  country_max: number;
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
