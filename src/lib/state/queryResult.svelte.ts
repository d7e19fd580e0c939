import type { QueryEngine } from '../db/engine';
import { run, type NamedQuery } from '../queries';

/** The rows of one named query, rerun whenever the engine or the query's parameters change. */
export class QueryResult<Row extends Record<string, unknown>> {
  rows = $state.raw<Row[] | null>(null);
  error = $state<string | null>(null);

  /** Must be created while a component initialises: the query lives as long as the component. */
  constructor(engine: () => QueryEngine | null, query: () => NamedQuery<Row>) {
    $effect(() => {
      const current = engine();
      const named = query();
      if (!current) return;
      let live = true;
      run(current, named).then(
        (rows) => {
          if (!live) return;
          this.rows = rows;
          this.error = null;
        },
        (error: unknown) => {
          if (live)
            this.error = `Query ${named.name} failed: ${error instanceof Error ? error.message : String(error)}`;
        },
      );
      return () => {
        live = false;
      };
    });
  }
}
