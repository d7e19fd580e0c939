import { namedQuery, type NamedQuery } from './named-query';
import type { DrawnSourceRow } from './rows';

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
