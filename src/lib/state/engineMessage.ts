import type { LoadProgress } from '../db/download';
import { appText } from '../i18n/en/app';

const MB = 1_000_000;
/** Unknown totals move in steps of this many bytes; known ones in tenths. */
const UNKNOWN_STEP = 2 * MB;

/** What a chart waiting for the query engine says before its start has reported anything. */
export function engineStarting(): string {
  return appText().engineStarting;
}

// A decimal point in both languages: a tenth of a megabyte, not a count to group.
const megabytes = (bytes: number) => (bytes / MB).toFixed(1);

/** The bytes downloaded: "3.1 of 7.3 MB", or "3.1 MB" when the total is unknown. */
export function loadedText({ loaded, total }: Pick<LoadProgress, 'loaded' | 'total'>): string {
  return total === null
    ? `${megabytes(loaded)} MB`
    : appText().megabytesOf(megabytes(Math.min(loaded, total)), megabytes(total));
}

/**
 * What a chart says while it waits for the query engine. Charts say it in a live region, so the bytes
 * move in steps (tenths of the total, or 2 MB) rather than with every chunk.
 */
export function engineWaitMessage(progress: LoadProgress | null): string {
  if (progress === null || progress.downloaded) return engineStarting();
  const step = progress.total === null ? UNKNOWN_STEP : progress.total / 10;
  const loaded = step > 0 ? Math.floor(progress.loaded / step) * step : progress.loaded;
  return appText().engineWaiting(loadedText({ loaded, total: progress.total }));
}
