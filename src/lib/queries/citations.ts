import { namedQuery, type NamedQuery } from './named-query';
import { Params } from './filters';
import { figureColumns } from './figures';
import type { DrawnSourceRow, FigureRow } from './rows';

/**
 * The figures with these ids (estimates.id), with their sources: what a SQL answer's `id` column cites.
 * Ids that are not figures' are left out; ordered by id.
 */
export function figuresByIds(ids: readonly string[]): NamedQuery<FigureRow> {
  const p = new Params();
  const sql = `
    SELECT ${figureColumns}
    FROM estimate_facts
    WHERE list_contains(string_split(${p.bindList(ids)}, ','), id)
    ORDER BY id`;
  return namedQuery('figuresByIds', sql, p.values);
}

/** The sources with these ids (sources.id): what a SQL answer's `source_id` column cites; by id. */
export function sourcesByIds(ids: readonly string[]): NamedQuery<DrawnSourceRow> {
  const p = new Params();
  const sql = `
    SELECT id AS source_id, title, title_is_descriptive, publisher, url, published
    FROM sources
    WHERE list_contains(string_split(${p.bindList(ids)}, ','), id)
    ORDER BY id`;
  return namedQuery('sourcesByIds', sql, p.values);
}
