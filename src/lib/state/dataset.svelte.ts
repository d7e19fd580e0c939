import { createContext } from 'svelte';
import type { QueryEngine } from '../db/engine';
import { QueryCache } from '../queries/cache';
import type { LoadedDataset } from '../db/dataset';
import type { LoadProgress } from '../db/download';
import { WHOLE_FILE, formatProblem, type Problem } from '../data/problem';
import type { Snapshot } from '../snapshot/snapshot';
import type { QuerySource } from './queryResult.svelte';
import { engineWaitMessage } from './engineMessage';
import { appText } from '../i18n/en/app';

/** How the page gets its data: a snapshot to show at once, then the query engine. */
export interface DatasetStart {
  /** Starts the query engine and loads the data into it, reporting the bytes downloaded. */
  open: (onProgress: (progress: LoadProgress) => void) => Promise<LoadedDataset>;
  /**
   * A snapshot the page already holds (inline in the prerendered HTML): the first render draws from it,
   * as the build did, so hydration keeps the build's markup.
   */
  initial?: Snapshot | null;
  /** The build-time snapshot of the first view; without one, the engine starts at once. */
  snapshot?: () => Promise<Snapshot>;
  /** Calls `start` once the snapshot is on screen; after the next paint by default. */
  afterSnapshot?: (start: () => void) => void;
}

/**
 * The dataset as the page sees it: first a snapshot that answers the first view's queries, then the
 * query engine with the data loaded (or the reason it failed, with a retry).
 */
export class Dataset implements QuerySource {
  engine = $state.raw<QueryEngine | null>(null);
  /** The engine's answers, kept by query: what views ask. Null until the engine is ready. */
  queries = $state.raw<QueryCache | null>(null);
  snapshot = $state.raw<Snapshot | null>(null);
  problems = $state.raw<Problem[]>([]);
  /** Why the query engine could not start, in words for readers. */
  error = $state<string | null>(null);
  /** The bytes the engine's start has downloaded; null before it starts. */
  progress = $state.raw<LoadProgress | null>(null);
  /** What a chart waiting for the engine says while it starts; null before and after. */
  readonly engineMessage = $derived(
    this.progress && !this.engine && !this.error ? engineWaitMessage(this.progress) : null,
  );
  /** Why the data cannot be trusted as a whole: a file that could not be read or parsed. */
  readonly fileError = $derived.by(() => {
    const broken = this.problems.filter((problem) => problem.line === WHOLE_FILE);
    if (broken.length === 0) return null;
    return appText().dataNotLoaded(broken.map(formatProblem).join('; '));
  });
  readonly #open: DatasetStart['open'];
  #attempts = 0;

  constructor({ open, initial, snapshot, afterSnapshot = afterNextPaint }: DatasetStart) {
    this.#open = open;
    if (initial) {
      this.snapshot = initial;
      this.problems = initial.problems;
    }
    if (!snapshot) {
      this.#start();
      return;
    }
    snapshot().then(
      (loaded) => {
        this.snapshot = loaded;
        this.problems = loaded.problems;
        performance.mark('snapshot-ready');
        afterSnapshot(() => this.#start());
      },
      (error: unknown) => {
        // Without a snapshot the page only starts slower: the engine answers everything.
        console.warn(`No snapshot of the first view: ${errorMessage(error)}`);
        this.#start();
      },
    );
  }

  /** Starts the engine again after it failed. */
  retry(): void {
    if (this.error === null) return;
    this.error = null;
    this.#start();
  }

  #start(): void {
    const attempt = ++this.#attempts;
    this.progress = { loaded: 0, total: null, downloaded: false };
    // A failed start's downloads may still report: only the latest start's bytes count.
    this.#open((progress) => {
      if (attempt !== this.#attempts) return;
      if (progress.downloaded && !this.progress?.downloaded) performance.mark('engine-downloaded');
      this.progress = progress;
    }).then(
      (opened) => {
        performance.mark('dataset-ready');
        this.problems = opened.problems;
        this.engine = opened.engine;
        this.queries = new QueryCache(opened.engine);
      },
      (error: unknown) => {
        this.error = errorMessage(error);
      },
    );
  }
}

/**
 * Calls `callback` once, after the next frame is painted: the engine's chunk and wasm must not delay the
 * paint of the snapshot's charts. Pages in the background get no frames, so a timer calls it at the latest.
 */
export function afterNextPaint(callback: () => void, latestMs = 200): void {
  let called = false;
  const once = () => {
    if (called) return;
    called = true;
    clearTimeout(timer);
    callback();
  };
  const timer = setTimeout(once, latestMs);
  requestAnimationFrame(() => setTimeout(once, 0));
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export const [getDataset, setDataset] = createContext<Dataset>();
