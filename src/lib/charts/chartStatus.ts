/** What a chart shows: its marks, or a message in their place. */
export type ChartStatus =
  | { kind: 'loading'; message: string }
  | { kind: 'error'; message: string }
  | { kind: 'empty'; message: string }
  /** `updating`: the marks are of earlier filters until the query engine answers the new ones. */
  | { kind: 'ready'; updating?: string };

interface DatasetLike {
  error: string | null;
  fileError: string | null;
}
interface ResultLike {
  rows: unknown[] | null;
  error: string | null;
  /** The query waits for the query engine to start (see QueryResult). */
  waiting?: boolean;
}

const ENGINE_STARTING = 'Starting the query engine…';

/** A chart's state from its queries: the first query holds the marks; the others must be ready too. */
export function chartStatus(dataset: DatasetLike, ...results: ResultLike[]): ChartStatus {
  const broken = dataset.error ?? dataset.fileError;
  if (broken) return { kind: 'error', message: broken };
  const failed = results.find((result) => result.error);
  if (failed?.error) return { kind: 'error', message: failed.error };
  const waiting = results.some((result) => result.waiting);
  if (
    results.some((result) => result.rows === null) ||
    (waiting && results[0]?.rows?.length === 0)
  ) {
    return { kind: 'loading', message: waiting ? ENGINE_STARTING : 'Loading the figures…' };
  }
  if (results[0]?.rows?.length === 0) {
    return { kind: 'empty', message: 'No figures match these filters.' };
  }
  return waiting
    ? {
        kind: 'ready',
        updating: `${ENGINE_STARTING} The chart shows the previous filters until then.`,
      }
    : { kind: 'ready' };
}
