import { engineStarting } from '../state/engineMessage';
import { chartsText } from '../i18n/en/charts';

/** What a chart shows: its marks, or a message in their place. */
export type ChartStatus =
  | { kind: 'loading'; message: string }
  | { kind: 'error'; message: string }
  /** `pending`: the query engine is computing the answer to new filters meanwhile. */
  | { kind: 'empty'; message: string; pending?: boolean }
  /**
   * `updating`: the marks are of earlier filters until the query engine starts and answers the new ones.
   * `pending`: the engine is computing the new answer meanwhile.
   */
  | { kind: 'ready'; updating?: string; pending?: boolean };

interface DatasetLike {
  /** Why the query engine could not start. */
  error: string | null;
  /** Why the data cannot be used at all. */
  fileError: string | null;
  /** What a chart waiting for the engine says while it starts (see Dataset); none otherwise. */
  engineMessage?: string | null;
}
interface ResultLike {
  rows: unknown[] | null;
  error: string | null;
  /** The query waits for the query engine to start (see QueryResult). */
  waiting?: boolean;
  /** The query engine is computing the answer (see QueryResult). */
  pending?: boolean;
}

/**
 * A chart's state from its queries: the first query holds the marks; the others must be ready too.
 * A chart the snapshot answered keeps its marks when the engine fails to start; one waiting for the
 * engine says what it waits for, then why it cannot be drawn.
 */
export function chartStatus(dataset: DatasetLike, ...results: ResultLike[]): ChartStatus {
  if (dataset.fileError) return { kind: 'error', message: dataset.fileError };
  const failed = results.find((result) => result.error);
  if (failed?.error) return { kind: 'error', message: failed.error };
  const waiting = results.some((result) => result.waiting);
  const unanswered = results.some((result) => result.rows === null);
  if (dataset.error && (waiting || unanswered)) return { kind: 'error', message: dataset.error };
  const t = chartsText();
  const starting = dataset.engineMessage ?? engineStarting();
  if (waiting && (unanswered || results[0]?.rows?.length === 0)) {
    return { kind: 'loading', message: starting };
  }
  if (unanswered) {
    // Before the snapshot, or without one: the engine answers everything once it has started.
    return { kind: 'loading', message: dataset.engineMessage ?? t.loadingFigures };
  }
  const pending = results.some((result) => result.pending);
  if (results[0]?.rows?.length === 0) {
    const message = t.noFiguresMatch;
    return pending ? { kind: 'empty', message, pending } : { kind: 'empty', message };
  }
  if (waiting) {
    return { kind: 'ready', updating: t.previousFiltersMeanwhile(starting) };
  }
  return pending ? { kind: 'ready', pending } : { kind: 'ready' };
}
