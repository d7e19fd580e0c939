import type { ColumnKind, SqlValue } from '../db/engine';

/** A column of a console answer: its name, DuckDB's type as text (`INTEGER`, `VARCHAR[]`) and how exports write it. */
export interface ConsoleColumn {
  name: string;
  type: string;
  kind: ColumnKind;
}

/** What a console query gave: the rows kept (at most the cap) and how many there were in all. */
export interface ConsoleAnswer {
  columns: ConsoleColumn[];
  rows: Record<string, SqlValue>[];
  /** Every row the query produced, kept or not (null when it was stopped before its end). */
  total: number | null;
  /** Why fewer rows were kept than the query produced: null when all were kept. */
  cut: 'rows' | 'bytes' | null;
  /** Milliseconds from sending the query to its last row. */
  ms: number;
}

/** A query the sandbox will not run (it writes, attaches, loads, copies, reads URLs, changes settings…). */
export class ConsoleRefusal extends Error {
  override name = 'ConsoleRefusal';
  /** Why, in the interface's language when called: the page shows it again after a switch. */
  readonly describe: () => string;
  constructor(describe: string | (() => string)) {
    const text = typeof describe === 'string' ? () => describe : describe;
    super(text());
    this.describe = text;
  }
}

/** DuckDB's own error for a query, with where in the query it points, when it says. */
export class ConsoleQueryError extends Error {
  override name = 'ConsoleQueryError';
  constructor(
    message: string,
    /** Offset (in UTF-16 code units of the query text) DuckDB points at, or null. */
    readonly position: number | null,
  ) {
    super(message);
  }
}

/** A query stopped by Cancel or by the time limit. */
export class ConsoleStopped extends Error {
  override name = 'ConsoleStopped';
  constructor(readonly reason: 'cancelled' | 'time limit') {
    super(
      reason === 'cancelled' ? 'The query was cancelled.' : 'The query ran past the time limit.',
    );
  }
}

/** A table or view the console can read, as the schema panel and completion show it. */
export interface ConsoleTable {
  name: string;
  description: string;
  rows: number;
  columns: { name: string; type: string; description: string }[];
}

export interface RunOptions {
  /** Aborting it interrupts the query (Cancel); it then rejects with ConsoleStopped('cancelled'). */
  signal?: AbortSignal;
  /** After this long the query is interrupted and rejects with ConsoleStopped('time limit'). */
  timeLimitMs: number;
  /** At most this many rows are kept; the rest are counted. */
  maxRows: number;
  /** At most about this many bytes of rows are kept; the rest are counted. */
  maxBytes: number;
}

/** The SQL console's engine: its own connection, over read-only views of the tables. */
export interface SqlConsole {
  tables(): Promise<ConsoleTable[]>;
  /** Rejects with ConsoleRefusal, ConsoleQueryError or ConsoleStopped. */
  run(sql: string, options: RunOptions): Promise<ConsoleAnswer>;
}
