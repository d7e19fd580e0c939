import type { QueryEngine, SqlParam } from '../db/engine';

declare const rowType: unique symbol;

/** A named SQL query with its parameters; `Row` is the shape of one result row. */
export interface NamedQuery<Row extends Record<string, unknown>> {
  readonly name: string;
  readonly sql: string;
  readonly params: readonly SqlParam[];
  /** Never set: it only carries the row type to `run`. */
  readonly [rowType]?: Row;
}

export function namedQuery<Row extends Record<string, unknown>>(
  name: string,
  sql: string,
  params: readonly SqlParam[] = [],
): NamedQuery<Row> {
  return { name, sql, params };
}

/** Runs a named query: the one way views get rows. */
export function run<Row extends Record<string, unknown>>(
  engine: QueryEngine,
  query: NamedQuery<Row>,
): Promise<Row[]> {
  return engine.query<Row>(query.sql, query.params);
}
