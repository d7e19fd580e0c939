import { namedQuery, type NamedQuery } from './named-query';
import { Params, filterConditions } from './filters';
import type { CountryOptions } from './figures';
import type { CountrySourceRow, DrawnSourceRow } from './rows';

/**
 * The distinct sources of the rows `query` returns, for a chart's source line: ordered by publisher,
 * publication date, id. It runs the same SQL and parameters as the chart, so the line names exactly
 * the sources drawn.
 */
export function sourcesDrawn<Row extends Record<string, unknown> & { source_id: string }>(
  query: NamedQuery<Row>,
): NamedQuery<DrawnSourceRow> {
  return namedQuery(
    `sourcesDrawn(${query.name})`,
    `
    SELECT s.id AS source_id, s.title, s.title_is_descriptive, s.publisher, s.url, s.published
    FROM sources AS s
    WHERE s.id IN (SELECT source_id FROM (${query.sql}) AS drawn)
    ORDER BY s.publisher, s.published NULLS LAST, s.id`,
    query.params,
  );
}

/**
 * The publications of one country's figures (or WLD's totals) that pass the filters, with or without a
 * number: newest first (undated last), then id. `primary` is true when any of those figures is the
 * publication's own estimate.
 */
export function countrySources({
  country,
  filters = {},
}: CountryOptions): NamedQuery<CountrySourceRow> {
  const p = new Params();
  const sql = `
    SELECT
      source_id AS id, title, title_is_descriptive, publisher, url, published,
      bool_or("primary") AS "primary",
      count(*)::INTEGER AS n_figures
    FROM estimate_facts
    WHERE ${filterConditions(filters, p, { acrossCountries: false })}
      AND country = ${p.bind(country)}
      AND region IS NULL
    GROUP BY source_id, title, title_is_descriptive, publisher, url, published, published_year
    ORDER BY published_year DESC NULLS LAST, source_id`;
  return namedQuery('countrySources', sql, p.values);
}
