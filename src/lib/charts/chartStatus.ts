/** What a chart shows: its marks, or a message in their place. */
export type ChartStatus =
  | { kind: 'loading'; message: string }
  | { kind: 'error'; message: string }
  | { kind: 'empty'; message: string }
  | { kind: 'ready' };

interface DatasetLike {
  error: string | null;
  fileError: string | null;
}
interface ResultLike {
  rows: unknown[] | null;
  error: string | null;
}

/** A chart's state from its queries: the first query holds the marks; the others must be ready too. */
export function chartStatus(dataset: DatasetLike, ...results: ResultLike[]): ChartStatus {
  const broken = dataset.error ?? dataset.fileError;
  if (broken) return { kind: 'error', message: broken };
  const failed = results.find((result) => result.error);
  if (failed?.error) return { kind: 'error', message: failed.error };
  if (results.some((result) => result.rows === null)) {
    return { kind: 'loading', message: 'Loading the figures…' };
  }
  if (results[0]?.rows?.length === 0) {
    return { kind: 'empty', message: 'No figures match these filters.' };
  }
  return { kind: 'ready' };
}
