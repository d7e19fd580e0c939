import { namedQuery, type NamedQuery } from './named-query';
import { WORLDWIDE } from './filters';
import type { CountryListRow, CountryMeasureRow } from './rows';

/**
 * The measures of one country's figures (WLD's regional subtotals included, as its chart draws them), for
 * the measure switcher: ordered by number of figures (most first), then measure.
 */
export function countryMeasures(country: string): NamedQuery<CountryMeasureRow> {
  return namedQuery(
    'countryMeasures',
    `
    SELECT
      measure,
      count(*)::INTEGER AS n_figures,
      count(*) FILTER (WHERE has_number)::INTEGER AS n_with_number
    FROM estimate_facts
    WHERE country = $1
    GROUP BY measure
    ORDER BY n_figures DESC, measure`,
    [country],
  );
}

/**
 * Every country with at least one figure of any measure, worldwide (WLD, its regional subtotals included,
 * as countryMeasures counts them) first, then by code: for navigation and selectors. `has_number` is
 * false where every figure lacks a number (the countries where workers are only reported present).
 */
export function countryList(): NamedQuery<CountryListRow> {
  return namedQuery(
    'countryList',
    `
    SELECT
      country,
      count(*)::INTEGER AS n_figures,
      count(DISTINCT source_id)::INTEGER AS n_sources,
      bool_or(has_number) AS has_number
    FROM estimate_facts
    GROUP BY country
    ORDER BY country <> $1, country`,
    [WORLDWIDE],
  );
}
