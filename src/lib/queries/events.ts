import { namedQuery, type NamedQuery } from './named-query';
import type { EventGroupRow, EventFactRow } from './rows';

/** Every event with its source, ordered by date then id. */
export function events(): NamedQuery<EventFactRow> {
  return namedQuery(
    'events',
    `
    SELECT
      id, date, year, title, major, note,
      source_id, source_title, title_is_descriptive, publisher, url, source_published
    FROM event_facts
    ORDER BY date, id`,
  );
}

/**
 * One row per (date, title), so a chart annotates each event once and names all its sources (ordered by
 * publication date, then id); ordered by date then title. `majorOnly` keeps the events charts draw.
 */
export function eventGroups({
  majorOnly = false,
}: { majorOnly?: boolean } = {}): NamedQuery<EventGroupRow> {
  return namedQuery(
    'eventGroups',
    `
    SELECT
      date,
      min(year) AS year,
      title,
      bool_or(major) AS major,
      list(id ORDER BY id) AS event_ids,
      list({
        'source_id': source_id,
        'title': source_title,
        'title_is_descriptive': title_is_descriptive,
        'publisher': publisher,
        'url': url,
        'published': source_published
      } ORDER BY source_published NULLS LAST, source_id) AS sources
    FROM event_facts
    WHERE major OR NOT $1
    GROUP BY date, title
    ORDER BY date, title`,
    [majorOnly],
  );
}
