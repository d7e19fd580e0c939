import type { Problem } from '../data/problem';
import type { NamedQuery } from '../queries';
import { queryKey } from './queryKey';

/** Bumped when the file's shape changes; a page refuses a snapshot of another format. */
export const SNAPSHOT_FORMAT = 1;

/** The snapshot file as the build writes it (JSON). */
export interface SnapshotFile {
  format: typeof SNAPSHOT_FORMAT;
  /** What validation found in data/ at build time: the page shows it before the engine starts. */
  problems: Problem[];
  /** Each first-view query's rows, by queryKey. */
  results: Record<string, Record<string, unknown>[]>;
}

/** Rows computed at build time by the same queries over the same data, and the data's problems. */
export interface Snapshot {
  readonly problems: Problem[];
  readonly results: ReadonlyMap<string, readonly Record<string, unknown>[]>;
}

/** The rows the snapshot holds for exactly this query, or undefined when it has none. */
export function snapshotRows<Row extends Record<string, unknown>>(
  snapshot: Snapshot,
  query: NamedQuery<Row>,
): Row[] | undefined {
  // The rows were made by this very query (same name, same parameters), so they have its row type.
  return snapshot.results.get(queryKey(query)) as Row[] | undefined;
}

/** Reads a parsed snapshot file; throws when it is not one this page can use. */
export function parseSnapshot(json: unknown): Snapshot {
  if (!isRecord(json) || json.format !== SNAPSHOT_FORMAT) {
    throw new Error(`not a snapshot of format ${SNAPSHOT_FORMAT}`);
  }
  const { problems, results } = json;
  if (!Array.isArray(problems) || !problems.every(isProblem)) {
    throw new Error('the snapshot has no valid list of problems');
  }
  if (!isRecord(results)) throw new Error('the snapshot has no results');
  const rows = new Map<string, Record<string, unknown>[]>();
  for (const [key, value] of Object.entries(results)) {
    if (!Array.isArray(value) || !value.every(isRecord)) {
      throw new Error(`the snapshot's result ${key} is not a list of rows`);
    }
    rows.set(key, value);
  }
  return { problems, results: rows };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isProblem(value: unknown): value is Problem {
  return (
    isRecord(value) &&
    typeof value.file === 'string' &&
    typeof value.line === 'number' &&
    typeof value.column === 'string' &&
    typeof value.message === 'string'
  );
}
