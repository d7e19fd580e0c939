import { SNAPSHOT_SCRIPT_ID } from './link';
import { parseSnapshot, parseViewFiles, withResults, type Snapshot } from './snapshot';

/** The snapshots a page carries: the first view's inline, and a file for each preset view. */
export interface PageSnapshots {
  /** The first view's rows, there before any script runs: what the prerendered page was drawn from. */
  readonly first: Snapshot;
  /**
   * The snapshot for the view of `query` (a query string as serializeViewState writes it): the first
   * view's, with the rows of that view's file when the build made one. Throws when the file cannot be
   * fetched or read.
   */
  forView(query: string): Promise<Snapshot>;
}

/**
 * Reads the snapshot index.html carries inline; null when the page has none (the dev server's pages
 * before a build, a page of another site). Throws when it is there but unreadable.
 */
export function readPageSnapshots(page: Document = document): PageSnapshots | null {
  const script = page.getElementById(SNAPSHOT_SCRIPT_ID);
  if (!script?.textContent) return null;
  const json: unknown = JSON.parse(script.textContent);
  const first = parseSnapshot(json);
  const files = parseViewFiles(json);
  return {
    first,
    async forView(query) {
      const url = files.get(query);
      if (url === undefined) return first;
      const response = await fetch(url);
      if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
      return withResults(first, parseSnapshot(await response.json()));
    },
  };
}
