import type { SqlParam } from '../db/engine';
import type { EstimatorType, Measure } from '../data/rows.generated';

import { WORLDWIDE } from '../constants';

export { WORLDWIDE };
/** The measure the charts show unless a filter says otherwise. */
export const DEFAULT_MEASURE: Measure = 'workers_present';

/** Which figures every view draws; the same filters apply across views. */
export interface Filters {
  /** What the figures count. */
  measure: Measure;
  /** Kinds of estimator to keep; empty keeps all. */
  estimatorTypes: EstimatorType[];
  /** Keep only figures read in the estimator's own publication. */
  primaryOnly: boolean;
  /** Keep figures whose years overlap yearFrom..yearTo (either end open when null). */
  yearFrom: number | null;
  yearTo: number | null;
  /** Host countries (ISO 3166-1 alpha-3) for the views across countries; empty keeps all. */
  countries: string[];
}

/** No filter but the default measure. */
export const defaultFilters: Readonly<Filters> = {
  measure: DEFAULT_MEASURE,
  estimatorTypes: [],
  primaryOnly: false,
  yearFrom: null,
  yearTo: null,
  countries: [],
};

/** Collects one query's parameter values, handing out their placeholders ($1, $2, …) in order. */
export class Params {
  readonly values: SqlParam[] = [];

  /** Binds `value` and returns its placeholder. */
  bind(value: SqlParam): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }

  /** Binds a list as one comma-joined text: DuckDB-WASM binds only scalars. '' means no list. */
  bindList(values: readonly string[]): string {
    return this.bind(values.join(','));
  }
}

/**
 * The filters as conditions on estimate_facts columns, to AND into a WHERE clause: the one place where
 * filters become SQL, so every view filters the same way. A year span keeps the figures whose years
 * overlap it (figures without a year only while no span is set). `countries` applies only to queries
 * across countries (`acrossCountries`); a query for one country ignores it.
 */
export function filterConditions(
  filters: Partial<Filters>,
  params: Params,
  { acrossCountries }: { acrossCountries: boolean },
): string {
  const f = completeFilters(filters);
  const measure = params.bind(f.measure);
  const types = params.bindList(f.estimatorTypes);
  const primaryOnly = params.bind(f.primaryOnly);
  const from = params.bind(f.yearFrom);
  const to = params.bind(f.yearTo);
  const countries = params.bindList(acrossCountries ? f.countries : []);
  return `measure = ${measure}
        AND (${types} = '' OR list_contains(string_split(${types}, ','), estimator_type))
        AND ("primary" OR NOT ${primaryOnly})
        AND (${from} IS NULL OR coalesce(ref_year_end, ref_year_start) >= ${from})
        AND (${to} IS NULL OR ref_year_start <= ${to})
        AND (${countries} = '' OR list_contains(string_split(${countries}, ','), country))`;
}

/** Partial filters completed with the defaults (a missing or undefined field takes its default). */
export function completeFilters(filters: Partial<Filters>): Filters {
  return {
    measure: filters.measure ?? defaultFilters.measure,
    estimatorTypes: filters.estimatorTypes ?? defaultFilters.estimatorTypes,
    primaryOnly: filters.primaryOnly ?? defaultFilters.primaryOnly,
    yearFrom: filters.yearFrom ?? defaultFilters.yearFrom,
    yearTo: filters.yearTo ?? defaultFilters.yearTo,
    countries: filters.countries ?? defaultFilters.countries,
  };
}
