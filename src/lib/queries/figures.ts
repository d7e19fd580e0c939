import { namedQuery, type NamedQuery } from './named-query';
import type { Measure } from '../data/rows.generated';
import type { FigureRow, HostCountryFigureRow } from './rows';

/** The country code of worldwide figures. */
export const WORLDWIDE = 'WLD';
/** The measure the overview charts show unless a filter says otherwise. */
export const DEFAULT_MEASURE: Measure = 'workers_present';

export interface MeasureFilter {
  readonly measure?: Measure;
}

export interface CountryFilter extends MeasureFilter {
  readonly country: string;
}

/** The columns of every figure row (FigureRow), read from the estimate_facts view. */
const figureColumns = `
  id, country, area_note, region, measure, measure_detail, low, high, point, qualifier,
  ref_period, ref_year_start, ref_year_end, year,
  estimator, estimator_type, "primary", note,
  source_id, title, title_is_descriptive, publisher, url, published`;

/** The figure's own value for ordering: a range by its low end, a lone bound by itself. */
const figureValue = 'coalesce(low, point, high)';

/**
 * One country's figures (or, for WLD, the worldwide totals) with a number and a year, for a chart over
 * time; ordered by year, then value, then id. Regional subtotals (WLD rows with a region) are left out:
 * they are neither a country nor the world.
 */
export function countryOverTime({
  country,
  measure = DEFAULT_MEASURE,
}: CountryFilter): NamedQuery<FigureRow> {
  return namedQuery('countryOverTime', figuresOverTimeSql, [country, measure]);
}

/** The worldwide figures with a number and a year: countryOverTime for WLD. */
export function worldwideOverTime({
  measure = DEFAULT_MEASURE,
}: MeasureFilter = {}): NamedQuery<FigureRow> {
  return namedQuery('worldwideOverTime', figuresOverTimeSql, [WORLDWIDE, measure]);
}

const figuresOverTimeSql = `
  SELECT ${figureColumns}
  FROM estimate_facts
  WHERE country = $1
    AND region IS NULL
    AND measure = $2
    AND has_number
    AND year IS NOT NULL
  ORDER BY year, ${figureValue}, id`;

/**
 * Every host country's figures with a number, of any year or none, with per-country counts and the
 * country's largest number; ordered by that (largest country first), then country, value, year, id.
 */
export function hostCountryFigures({
  measure = DEFAULT_MEASURE,
}: MeasureFilter = {}): NamedQuery<HostCountryFigureRow> {
  return namedQuery(
    'hostCountryFigures',
    `
    WITH drawn AS (
      SELECT ${figureColumns}, greatest(low, high, point) AS figure_max
      FROM estimate_facts
      WHERE country <> $1
        AND measure = $2
        AND has_number
    ),
    by_country AS (
      SELECT
        country,
        count(DISTINCT source_id)::INTEGER AS n_sources,
        count(*)::INTEGER AS n_figures,
        max(figure_max) AS country_max
      FROM drawn
      GROUP BY country
    )
    SELECT drawn.* EXCLUDE (figure_max), n_sources, n_figures, country_max
    FROM drawn
    JOIN by_country USING (country)
    ORDER BY country_max DESC, country, ${figureValue}, year NULLS LAST, id`,
    [WORLDWIDE, measure],
  );
}
