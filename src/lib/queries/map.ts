import { namedQuery, type NamedQuery } from './named-query';
import { Params, WORLDWIDE, filterConditions, type Filters } from './filters';
import { figureColumns, type FilterOptions } from './figures';
import type { MapFigureRow } from './rows';

/**
 * A country's most recent figure for the whole country first (one for a city, a province or one trade,
 * which carries an area note, only where the country has no other): latest year described, then latest
 * publication, then id. Otherwise a 2025 count for one border city would shade all of China.
 */
const recency = `
        row_number() OVER (
          PARTITION BY country
          ORDER BY area_note IS NULL DESC, ref_year_end DESC NULLS LAST, published_year DESC NULLS LAST, id
        )`;

/**
 * One row per host country (never WLD) for the map, with a `status`:
 * - 'figure': the country's most recent figure of the filters' measure with a number (for the whole
 *   country where there is one, see `recency`); `value` is where
 *   the map shades it (the middle of a range, else the point, else the lone bound); `n_figures` counts
 *   the country's figures of the measure that pass the filters.
 * - 'presence': the country has no such figure, but a source reports workers there without a number
 *   (measure presence_reported, under the same filters otherwise); the row is the most recent such report,
 *   `value` is null and `n_figures` counts the country's presence reports.
 * Countries with neither have no row. Ordered by country.
 */
export function mapFigures(filters: FilterOptions = {}): NamedQuery<MapFigureRow> {
  const p = new Params();
  const presenceFilters: Partial<Filters> = { ...filters, measure: 'presence_reported' };
  const sql = `
    WITH figures AS (
      SELECT
        *,
        ${recency} AS recency,
        count(*) OVER (PARTITION BY country) AS n_figures
      FROM estimate_facts
      WHERE ${filterConditions(filters, p, { acrossCountries: true })}
        AND country <> ${p.bind(WORLDWIDE)}
        AND has_number
    ),
    presence AS (
      SELECT
        *,
        ${recency} AS recency,
        count(*) OVER (PARTITION BY country) AS n_figures
      FROM estimate_facts
      WHERE ${filterConditions(presenceFilters, p, { acrossCountries: true })}
        AND country <> ${p.bind(WORLDWIDE)}
        AND country NOT IN (SELECT country FROM figures)
    )
    SELECT
      'figure' AS status,
      ${figureColumns},
      CASE WHEN low IS NOT NULL AND high IS NOT NULL THEN (low + high) / 2 ELSE coalesce(point, low, high) END::DOUBLE AS value,
      n_figures::INTEGER AS n_figures
    FROM figures
    WHERE recency = 1
    UNION ALL
    SELECT 'presence' AS status, ${figureColumns}, NULL AS value, n_figures::INTEGER AS n_figures
    FROM presence
    WHERE recency = 1
    ORDER BY country`;
  return namedQuery('mapFigures', sql, p.values);
}
