// Generated from data/datapackage.json by src/cli/gen-types.ts: do not edit by hand.
// Regenerate with `npm run data:types`; `npm run data:types -- --check` fails when this file is stale.

/** For a worldwide (WLD) row that covers part of the world rather than all of it: the region, or Named countries / Named companies where area_note names the few countries or companies the figure covers. Empty for worldwide totals and country figures. */
export type Region =
  | 'Africa'
  | 'Eastern Europe'
  | 'European Union'
  | 'Gulf states'
  | 'Middle East'
  | 'South-East Asia'
  | 'Named countries'
  | 'Named companies';

/** What the figure counts: a category of the codebook. */
export type Measure =
  | 'workers_present'
  | 'work_permits_issued'
  | 'arrivals_in_year'
  | 'departures_or_repatriations'
  | 'revenue_usd_per_year'
  | 'presence_reported'
  | 'planned_dispatch'
  | 'authorised_quota'
  | 'visas_issued'
  | 'permits_held'
  | 'nationals_present'
  | 'it_workers'
  | 'restaurants'
  | 'host_countries'
  | 'revenue_other'
  | 'share_percent'
  | 'incidents'
  | 'other';

/** How the source qualifies the figure. */
export type Qualifier =
  | 'about'
  | 'exactly'
  | 'range'
  | 'more than'
  | 'at least'
  | 'up to'
  | 'hundreds'
  | 'thousands'
  | 'tens of thousands'
  | 'hundreds of millions';

/** What kind of body the estimator is. */
export type EstimatorType =
  'government' | 'intergovernmental' | 'ngo_research' | 'academic' | 'media';

/** One row per publication, deduplicated by URL: where a reader can check a figure. */
export interface SourceRow {
  /** Stable slug of the publication. */
  id: string;
  /** The page's title, or a description of it when title_is_descriptive is true. */
  title: string;
  /** yes when the title is our description of the page, not its own title: show it as a description, never as a quoted title. */
  title_is_descriptive: boolean;
  /** Who published the page (and whom it reprints, where it does). */
  publisher: string;
  /** Address of the page that was read (http or https). */
  url: string;
  /** Publication date at the precision the source gives: YYYY, YYYY-MM or YYYY-MM-DD; empty when the page is undated. */
  published: string | null;
  /** Our note on the publication (an inferred date, a repost), in our own words. */
  note: string | null;
}

/** One row per figure as one publication stated it. Ranges stay ranges; figures without a number keep their qualifier. */
export interface EstimateRow {
  /** The evidence row's id, so every figure stays traceable. */
  id: string;
  /** The publication the figure was read in (sources.id). */
  source_id: string;
  /** Host country as ISO 3166-1 alpha-3, or WLD for a worldwide figure. */
  country: string;
  /** Where the figure covers more or less than the country (a province, a city, several countries). */
  area_note: string | null;
  /** For a worldwide (WLD) row that covers part of the world rather than all of it: the region, or Named countries / Named companies where area_note names the few countries or companies the figure covers. Empty for worldwide totals and country figures. */
  region: Region | null;
  /** What the figure counts: a category of the codebook. */
  measure: Measure;
  /** What exactly the figure counts, where the category is broad; for figures the evidence recorded as other(...), the evidence's own description. */
  measure_detail: string | null;
  /** Lower end of a range, as published. */
  low: number | null;
  /** Upper end of a range, as published. */
  high: number | null;
  /** A single figure, as published. */
  point: number | null;
  /** How the source qualifies the figure. */
  qualifier: Qualifier | null;
  /** The year or span the figure describes, as the evidence gives it (it may be vague, like 'before 2017'). */
  ref_period: string | null;
  /** First year the figure describes; empty when the source does not say. */
  ref_year_start: number | null;
  /** Last year the figure describes (same as the start for one year). */
  ref_year_end: number | null;
  /** Who produced the figure. */
  estimator: string;
  /** What kind of body the estimator is. */
  estimator_type: EstimatorType;
  /** yes when the publication is the estimator's own document; no when it reports someone else's figure. */
  primary: boolean;
  /** Caveats in our own words: what the figure counts, conflicts, inferred dates. */
  note: string | null;
}

/** Dated events that charts annotate: sanctions resolutions, deadlines, border closure and reopening. */
export interface EventRow {
  /** The evidence row's id. */
  id: string;
  /** When it happened, at the precision known: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  /** A short title in our own words. */
  title: string;
  /** yes for the events that changed the number of workers abroad (sanctions, deadlines, border closure and reopening): charts over time draw these; the others are listed. */
  major: boolean;
  /** The publication that reports it (sources.id). */
  source_id: string;
  /** Our note on the event. */
  note: string | null;
}

/** Every table of the data package, as the validator returns its rows. */
export interface Tables {
  sources: SourceRow[];
  estimates: EstimateRow[];
  events: EventRow[];
}

export type TableName = keyof Tables;

/** The table names, in the order of the descriptor. */
export const tableNames: readonly TableName[] = ['sources', 'estimates', 'events'];
