/** Bytes of one download so far. */
export interface DownloadProgress {
  loaded: number;
  /**
   * The bytes to expect, or null when unknown: no Content-Length, or a Content-Encoding, whose length
   * counts compressed bytes while the body is read decompressed.
   */
  total: number | null;
}

/** A download that failed on the way: the connection broke, or no byte came for too long. */
export class DownloadError extends Error {
  constructor(
    readonly reason: 'failed' | 'stalled',
    readonly url: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * A finished download: the response's status and type, and its body in the chunks it came in (none
 * when they went to `onChunk`).
 */
export interface Downloaded {
  ok: boolean;
  status: number;
  contentType: string | null;
  chunks: Uint8Array<ArrayBuffer>[];
}

export interface DownloadOptions {
  /** Aborts when no byte has arrived for this long (the response's headers count as a byte). */
  stallMs: number;
  onProgress?: (progress: DownloadProgress) => void;
  /** Takes each chunk as it comes, instead of the result keeping them all. */
  onChunk?: (chunk: Uint8Array<ArrayBuffer>) => void;
  fetch?: typeof globalThis.fetch;
}

/**
 * Fetches `url` and reads its body chunk by chunk, reporting the bytes read. A slow download goes on
 * as long as bytes keep coming; one that stops is aborted after `stallMs` and rejects with a
 * DownloadError, as does a broken connection. An HTTP error status resolves (`ok` false) with its body.
 */
export async function download(
  url: string,
  { stallMs, onProgress, onChunk, fetch = globalThis.fetch }: DownloadOptions,
): Promise<Downloaded> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stalled = false;
  const alive = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      stalled = true;
      controller.abort();
    }, stallMs);
  };
  alive();
  try {
    const response = await fetch(url, { signal: controller.signal });
    alive();
    const progress: DownloadProgress = { loaded: 0, total: expectedBytes(response.headers) };
    onProgress?.({ ...progress });
    const chunks: Uint8Array<ArrayBuffer>[] = [];
    const reader = response.body?.getReader();
    for (;;) {
      const next = await reader?.read();
      if (!next || next.done) break;
      alive();
      progress.loaded += next.value.byteLength;
      if (onChunk) onChunk(next.value);
      else chunks.push(next.value);
      onProgress?.({ ...progress });
    }
    return {
      ok: response.ok,
      status: response.status,
      contentType: response.headers.get('content-type'),
      chunks,
    };
  } catch (error) {
    if (stalled) {
      throw new DownloadError('stalled', url, `no data arrived for ${stallMs / 1000} s`);
    }
    throw new DownloadError('failed', url, error instanceof Error ? error.message : String(error));
  } finally {
    clearTimeout(timer);
  }
}

/** The body's length as the reader sees it, when the headers tell it. */
export function expectedBytes(headers: Headers): number | null {
  const encoding = headers.get('content-encoding');
  if (encoding !== null && encoding.trim().toLowerCase() !== 'identity') return null;
  const length = Number(headers.get('content-length') ?? NaN);
  return Number.isSafeInteger(length) && length >= 0 ? length : null;
}

/** The chunks as one buffer. */
export function joinChunks(chunks: readonly Uint8Array[]): ArrayBuffer {
  const joined = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0));
  let offset = 0;
  for (const chunk of chunks) {
    joined.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return joined.buffer;
}

/**
 * Several downloads as one: their bytes added up, with a total only when every one of the `expected`
 * downloads has said how many bytes it has.
 */
export function sumProgress(parts: Iterable<DownloadProgress>, expected: number): DownloadProgress {
  let loaded = 0;
  let total: number | null = 0;
  let count = 0;
  for (const part of parts) {
    count += 1;
    loaded += part.loaded;
    total = total === null || part.total === null ? null : total + part.total;
  }
  return { loaded, total: count === expected ? total : null };
}

/** Every download of a start together; `downloaded` once all have finished, failed or not. */
export interface LoadProgress extends DownloadProgress {
  downloaded: boolean;
}

/**
 * Adds up the progress of the downloads `urls` as they report it, and calls `onProgress` with the
 * sum on each report and each finished download.
 */
export function progressTracker(
  urls: readonly string[],
  onProgress: (progress: LoadProgress) => void,
) {
  const parts = new Map<string, DownloadProgress>();
  const finished = new Set<string>();
  const emit = () =>
    onProgress({
      ...sumProgress(parts.values(), urls.length),
      downloaded: urls.every((url) => finished.has(url)),
    });
  return {
    /** The progress callback of the download of `url`. */
    report: (url: string) => (progress: DownloadProgress) => {
      parts.set(url, progress);
      emit();
    },
    finished(url: string) {
      finished.add(url);
      emit();
    },
  };
}
