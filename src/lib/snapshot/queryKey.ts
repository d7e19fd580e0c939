import type { NamedQuery } from '../queries';

/**
 * A query's identity: its name and the JSON of its parameters. The snapshot files rows under it, and the
 * page looks them up under it, so a snapshot row set only ever answers exactly the query that made it.
 */
export function queryKey(query: NamedQuery<Record<string, unknown>>): string {
  return `${query.name} ${JSON.stringify(query.params)}`;
}
