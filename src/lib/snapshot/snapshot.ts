import type { Problem } from '../data/problem';
import type { NamedQuery } from '../queries';
import { queryKey } from './queryKey';

/** Bumped when the file's shape changes; a page refuses a snapshot of another format. */
export const SNAPSHOT_FORMAT = 2;

/** A snapshot file as the build writes it (JSON). */
export interface SnapshotFile {
  format: typeof SNAPSHOT_FORMAT;
  /** What validation found in data/ at build time: the page shows it before the engine starts. */
  problems: Problem[];
  /** Each query's rows, by queryKey. */
  results: Record<string, Record<string, unknown>[]>;
}

/**
 * The first view's snapshot as index.html carries it, with where the snapshot of each preset view is:
 * by the view's query string (serializeViewState), the file's URL.
 */
export interface PageSnapshotFile extends SnapshotFile {
  views: Record<string, string>;
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

/**
 * `first` with the rows of `more` added: the first view's row arrays stay the same objects, so what
 * was drawn from them is not drawn again.
 */
export function withResults(first: Snapshot, more: Snapshot): Snapshot {
  return { problems: first.problems, results: new Map([...more.results, ...first.results]) };
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

/** The preset views' snapshot files named in a page's snapshot; throws when they are not a map of URLs. */
export function parseViewFiles(json: unknown): ReadonlyMap<string, string> {
  const views = isRecord(json) ? json.views : undefined;
  if (!isRecord(views) || !Object.values(views).every((url) => typeof url === 'string')) {
    throw new Error('the snapshot names no files of preset views');
  }
  return new Map(Object.entries(views as Record<string, string>));
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
