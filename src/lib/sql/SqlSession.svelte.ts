import {
  ConsoleQueryError,
  ConsoleRefusal,
  ConsoleStopped,
  type ConsoleAnswer,
  type ConsoleTable,
  type RunOptions,
  type SqlConsole,
} from './types';

/** How long a query may run before the console interrupts it; the page says so before each run. */
export const TIME_LIMIT_MS = 30_000;
/** The most rows an answer keeps (the rest are counted); the table draws only what is in sight. */
export const MAX_ROWS = 50_000;
/** About the most bytes of rows an answer keeps. */
export const MAX_BYTES = 16 * 1024 * 1024;

export const limits: Omit<RunOptions, 'signal'> = {
  timeLimitMs: TIME_LIMIT_MS,
  maxRows: MAX_ROWS,
  maxBytes: MAX_BYTES,
};

/** What the console shows for the last query run (each kind a state the reader sees). */
export type RunState =
  | { kind: 'none' }
  | { kind: 'running'; sql: string }
  | { kind: 'answer'; sql: string; answer: ConsoleAnswer }
  | { kind: 'error'; sql: string; message: string; position: number | null }
  | { kind: 'refused'; sql: string; message: () => string }
  | { kind: 'stopped'; sql: string; reason: ConsoleStopped['reason']; message: string };

/**
 * The console's session: its engine once started, the schema, and the last run (one at a time: a run
 * started while another runs stops the first).
 */
export class SqlSession {
  console = $state.raw<SqlConsole | null>(null);
  /** Why the console could not start, in words for readers. */
  startError = $state<string | null>(null);
  tables = $state.raw<ConsoleTable[]>([]);
  run = $state.raw<RunState>({ kind: 'none' });
  /** Whether the running query has gone to the engine (a run waits while the engine starts). */
  sent = $state(false);
  /** Milliseconds since the running query was sent, updated while it runs. */
  elapsed = $state(0);
  readonly #open: () => Promise<SqlConsole>;
  #opened!: Promise<SqlConsole>;
  #controller: AbortController | null = null;
  #timer: ReturnType<typeof setInterval> | undefined;

  /** Starts the console with `open`; the session is usable (a run waits for the start) at once. */
  constructor(open: () => Promise<SqlConsole>) {
    this.#open = open;
    this.#start();
  }

  #start(): void {
    this.startError = null;
    const opened = this.#open();
    this.#opened = opened;
    opened
      .then(async (console) => {
        this.console = console;
        this.tables = await console.tables();
      })
      .catch((error: unknown) => {
        if (this.#opened === opened) this.startError = errorMessage(error);
      });
  }

  /** Runs `sql` once the console has started (again, if it failed), stopping any query running. */
  async execute(sql: string): Promise<void> {
    if (this.startError !== null) this.#start();
    this.#controller?.abort();
    const controller = new AbortController();
    this.#controller = controller;
    this.run = { kind: 'running', sql };
    this.sent = false;
    this.elapsed = 0;
    clearInterval(this.#timer);
    const current = () => this.#controller === controller;
    try {
      const opened = await this.#opened;
      if (!current()) return;
      // The time limit counts from here, not from the engine's start: the clock does too.
      const sent = performance.now();
      this.sent = true;
      this.#timer = setInterval(() => (this.elapsed = performance.now() - sent), 100);
      const answer = await opened.run(sql, { ...limits, signal: controller.signal });
      if (current()) this.run = { kind: 'answer', sql, answer };
    } catch (error) {
      if (current()) this.run = failure(sql, error);
    } finally {
      if (current()) {
        clearInterval(this.#timer);
        this.#controller = null;
      }
    }
  }

  /** Interrupts the running query; it ends as stopped. */
  cancel(): void {
    this.#controller?.abort();
  }

  /** Stops the clock and any running query: the view is closing. */
  dispose(): void {
    this.#controller?.abort();
    this.#controller = null;
    clearInterval(this.#timer);
  }
}

function failure(sql: string, error: unknown): RunState {
  if (error instanceof ConsoleRefusal) return { kind: 'refused', sql, message: error.describe };
  if (error instanceof ConsoleStopped)
    return { kind: 'stopped', sql, reason: error.reason, message: error.message };
  if (error instanceof ConsoleQueryError)
    return { kind: 'error', sql, message: error.message, position: error.position };
  return { kind: 'error', sql, message: errorMessage(error), position: null };
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
