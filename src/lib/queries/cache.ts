import type { QueryEngine } from '../db/engine';
import { queryKey } from '../snapshot/queryKey';
import { run, type NamedQuery } from './named-query';

type Rows = readonly Record<string, unknown>[];

/**
 * How many rows the cache holds at most, over all its answers: a few hundred filter states of the real
 * data, a few of a 200,000-row package, whose answers are the ones worth keeping least.
 */
const CACHE_ROWS = 100_000;

/**
 * The answers of named queries by query key (Mosaic-style): a filter toggled back, Back and Forward are
 * answered from memory without the engine. The same query asked again while its answer is on its way
 * shares it. The data is loaded once per engine, so an answer never goes stale; failures are not kept.
 */
export class QueryCache {
  readonly #answers = new Map<string, Rows>();
  readonly #pending = new Map<string, Promise<Rows>>();
  #rows = 0;

  constructor(
    readonly engine: QueryEngine,
    private readonly capacityRows = CACHE_ROWS,
  ) {}

  /** The query's answer if it is at hand, without waiting. */
  answered<Row extends Record<string, unknown>>(query: NamedQuery<Row>): Row[] | undefined {
    const key = queryKey(query);
    const rows = this.#answers.get(key);
    if (rows) this.#touch(key, rows);
    return rows as Row[] | undefined;
  }

  /** The query's answer: from memory, from the same query in flight, or from the engine. */
  run<Row extends Record<string, unknown>>(query: NamedQuery<Row>): Promise<Row[]> {
    const known = this.answered(query);
    if (known) return Promise.resolve(known);
    const key = queryKey(query);
    let pending = this.#pending.get(key);
    if (!pending) {
      const start = performance.now();
      pending = run(this.engine, query).finally(() => {
        this.#pending.delete(key);
        // For the benchmark: each round trip to the engine, by query (read by src/cli/bench.ts).
        performance.measure(`query ${query.name}`, { start });
      });
      this.#pending.set(key, pending);
      pending.then((rows) => this.#keep(key, rows)).catch(() => undefined);
    }
    return pending as Promise<Row[]>;
  }

  #touch(key: string, rows: Rows): void {
    // Most recently used last: a Map iterates in insertion order.
    this.#answers.delete(key);
    this.#answers.set(key, rows);
  }

  #keep(key: string, rows: Rows): void {
    if (rows.length > this.capacityRows) return;
    this.#touch(key, rows);
    this.#rows += rows.length;
    for (const [oldKey, oldRows] of this.#answers) {
      if (this.#rows <= this.capacityRows) break;
      this.#answers.delete(oldKey);
      this.#rows -= oldRows.length;
    }
  }
}

/**
 * One reader's latest question: when the filters change again before an answer arrives, the older
 * answer is dropped, so a slow query can never overwrite the chart of a newer filter state.
 */
export class LatestAnswer<Row extends Record<string, unknown>> {
  #asked = 0;

  /**
   * Asks `query` of `cache`, superseding any earlier question. An answer at hand is given at once
   * (returns true); otherwise `onRows` or `onError` is called later, unless a newer question or
   * `drop()` came first.
   */
  ask(
    cache: QueryCache,
    query: NamedQuery<Row>,
    onRows: (rows: Row[]) => void,
    onError: (error: unknown) => void,
  ): boolean {
    const asked = ++this.#asked;
    const known = cache.answered(query);
    if (known) {
      onRows(known);
      return true;
    }
    cache.run(query).then(
      (rows) => asked === this.#asked && onRows(rows),
      (error: unknown) => asked === this.#asked && onError(error),
    );
    return false;
  }

  /** Drops the answer of the question in flight, if any. */
  drop(): void {
    this.#asked++;
  }
}
