import { untrack } from 'svelte';
import type { NamedQuery } from '../queries';
import { LatestAnswer, type QueryCache } from '../queries/cache';
import { queryKey } from '../snapshot/queryKey';
import { snapshotRows, type Snapshot } from '../snapshot/snapshot';

/** Where query results come from: the build-time snapshot at first, then the query engine. */
export interface QuerySource {
  /** The query engine with the data loaded, behind its answers' cache; null until it is ready. */
  readonly queries: QueryCache | null;
  /** The first view's rows computed at build time; null until loaded, or when there is none. */
  readonly snapshot: Snapshot | null;
}

/**
 * The rows of one named query, rerun whenever the engine or the query's parameters change. Until the
 * engine is ready, the snapshot answers the queries it holds; other queries wait for the engine. Rows
 * are replaced only when the next ones arrive, so a chart never blanks while its query reruns; an
 * answer to parameters that changed again meanwhile is dropped (LatestAnswer).
 */
export class QueryResult<Row extends Record<string, unknown>> {
  #answer = $state.raw<{ key: string; rows: Row[] } | null>(null);
  /** The query's rows; until they arrive, the rows of the query before it; null before any. */
  readonly rows = $derived(this.#answer?.rows ?? null);
  error = $state<string | null>(null);
  /**
   * The query waits for the engine to start: the snapshot does not hold it. Any `rows` meanwhile are
   * those of an earlier query.
   */
  readonly waiting: boolean;
  /** The engine is computing the answer: any `rows` meanwhile are those of an earlier query. */
  readonly pending: boolean;

  /** Must be created while a component initialises: the query lives as long as the component. */
  constructor(source: QuerySource, query: () => NamedQuery<Row>) {
    const key = $derived(queryKey(query()));
    // The snapshot's rows from the first render on, not from the first effect: hydrating a prerendered
    // page must draw what the server drew, and the server runs no effects.
    this.#answer = untrack(() => {
      const rows = source.snapshot && snapshotRows(source.snapshot, query());
      return rows ? { key, rows } : null;
    });
    this.waiting = $derived(
      source.queries === null && source.snapshot !== null && this.#answer?.key !== key,
    );
    this.pending = $derived(
      source.queries !== null && this.#answer?.key !== key && this.error === null,
    );
    const latest = new LatestAnswer<Row>();
    $effect(() => {
      const named = query();
      const namedKey = key;
      const queries = source.queries;
      if (!queries) {
        // The snapshot's rows were made by this same query over the same data: they are its answer.
        const rows = source.snapshot ? snapshotRows(source.snapshot, named) : undefined;
        if (rows) this.#answer = { key: namedKey, rows };
        return;
      }
      untrack(() =>
        latest.ask(
          queries,
          named,
          (rows) => {
            this.error = null;
            // The engine's rerun of a query the snapshot answered gives the same rows: keeping the
            // snapshot's array spares every chart a redraw when the engine takes over.
            if (this.#answer?.key === namedKey && sameRows(this.#answer.rows, rows)) return;
            this.#answer = { key: namedKey, rows };
          },
          (error) => {
            this.error = `Query ${named.name} failed: ${error instanceof Error ? error.message : String(error)}`;
          },
        ),
      );
      return () => latest.drop();
    });
  }
}

/** Whether two results hold the same rows, cell for cell (rows are plain JSON values). */
function sameRows(a: readonly object[], b: readonly object[]): boolean {
  return a.length === b.length && JSON.stringify(a) === JSON.stringify(b);
}
