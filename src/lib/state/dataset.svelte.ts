import { createContext } from 'svelte';
import type { QueryEngine } from '../db/engine';
import type { LoadedDataset } from '../db/dataset';
import { WHOLE_FILE, formatProblem, type Problem } from '../data/problem';
import type { Snapshot } from '../snapshot/snapshot';
import type { QuerySource } from './queryResult.svelte';

/** How the page gets its data: a snapshot to show at once, then the query engine. */
export interface DatasetStart {
  /** Starts the query engine and loads the data into it. */
  open: () => Promise<LoadedDataset>;
  /** The build-time snapshot of the first view; without one, the engine starts at once. */
  snapshot?: () => Promise<Snapshot>;
  /** Calls `start` once the snapshot is on screen; after the next paint by default. */
  afterSnapshot?: (start: () => void) => void;
}

/**
 * The dataset as the page sees it: first a snapshot that answers the first view's queries, then the
 * query engine with the data loaded (or the reason it failed).
 */
export class Dataset implements QuerySource {
  engine = $state.raw<QueryEngine | null>(null);
  snapshot = $state.raw<Snapshot | null>(null);
  problems = $state.raw<Problem[]>([]);
  error = $state<string | null>(null);
  /** Why the data cannot be trusted as a whole: a file that could not be read or parsed. */
  readonly fileError = $derived.by(() => {
    const broken = this.problems.filter((problem) => problem.line === WHOLE_FILE);
    if (broken.length === 0) return null;
    return `The data could not be loaded: ${broken.map(formatProblem).join('; ')}`;
  });

  constructor({ open, snapshot, afterSnapshot = afterNextPaint }: DatasetStart) {
    const start = () => {
      open().then(
        (opened) => {
          performance.mark('dataset-ready');
          this.problems = opened.problems;
          this.engine = opened.engine;
        },
        (error: unknown) => {
          this.error = `The data could not be loaded: ${errorMessage(error)}`;
        },
      );
    };
    if (!snapshot) {
      start();
      return;
    }
    snapshot().then(
      (loaded) => {
        this.snapshot = loaded;
        this.problems = loaded.problems;
        performance.mark('snapshot-ready');
        afterSnapshot(start);
      },
      (error: unknown) => {
        // Without a snapshot the page only starts slower: the engine answers everything.
        console.warn(`No snapshot of the first view: ${errorMessage(error)}`);
        start();
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
