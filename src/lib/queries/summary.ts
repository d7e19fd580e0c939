import { WORLDWIDE } from './filters';
import { namedQuery, type NamedQuery } from './named-query';
import type { DatasetSummaryRow } from './rows';

/** How many estimates, sources, events and host countries (WLD excluded) the dataset holds. */
export function datasetSummary(): NamedQuery<DatasetSummaryRow> {
  return namedQuery(
    'datasetSummary',
    `
    SELECT
      (SELECT count(*) FROM estimates)::INTEGER AS n_estimates,
      (SELECT count(*) FROM sources)::INTEGER AS n_sources,
      (SELECT count(*) FROM events)::INTEGER AS n_events,
      (SELECT count(DISTINCT country) FROM estimates WHERE country <> $1)::INTEGER AS n_countries`,
    [WORLDWIDE],
  );
}
