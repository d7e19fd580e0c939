// The query engine's start as a reader follows it: downloads with progress, stalls, and the words.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  download,
  DownloadError,
  expectedBytes,
  joinChunks,
  progressTracker,
  sumProgress,
  type DownloadProgress,
  type LoadProgress,
} from '../../src/lib/db/download';
import { engineWaitMessage, loadedText } from '../../src/lib/state/engineMessage';

/** A fetch whose response sends `chunks` as its body, with `headers`; `hang` keeps it open after. */
function fakeFetch(chunks: Uint8Array[], headers: Record<string, string>, { hang = false } = {}) {
  return vi.fn(async (_url: string | URL | Request, init?: RequestInit) => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(chunk);
        if (!hang) controller.close();
        init?.signal?.addEventListener('abort', () => controller.error(new Error('aborted')));
      },
    });
    return new Response(body, { headers });
  });
}

afterEach(() => vi.useRealTimers());

describe('download', () => {
  it('reports the bytes as they come and returns them', async () => {
    const seen: DownloadProgress[] = [];
    const fetch = fakeFetch([new Uint8Array([1, 2]), new Uint8Array([3])], {
      'content-length': '3',
      'content-type': 'application/wasm',
    });
    const got = await download('/a.wasm', {
      stallMs: 1000,
      fetch,
      onProgress: (progress) => seen.push(progress),
    });
    expect(seen).toEqual([
      { loaded: 0, total: 3 },
      { loaded: 2, total: 3 },
      { loaded: 3, total: 3 },
    ]);
    expect(got.ok).toBe(true);
    expect(got.contentType).toBe('application/wasm');
    expect([...new Uint8Array(joinChunks(got.chunks))]).toEqual([1, 2, 3]);
  });

  it('hands each chunk to onChunk as it comes, keeping none', async () => {
    const fetch = fakeFetch([new Uint8Array([1, 2]), new Uint8Array([3])], {});
    const handed: number[][] = [];
    const got = await download('/a.wasm', {
      stallMs: 1000,
      fetch,
      onChunk: (chunk) => handed.push([...chunk]),
    });
    expect(handed).toEqual([[1, 2], [3]]);
    expect(got.chunks).toEqual([]);
  });

  it('aborts a download that stops sending, and says it stalled', async () => {
    vi.useFakeTimers();
    const fetch = fakeFetch([new Uint8Array([1])], {}, { hang: true });
    const started = download('/a.wasm', { stallMs: 20_000, fetch });
    const outcome = started.catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(19_999);
    await vi.advanceTimersByTimeAsync(1);
    const error = await outcome;
    expect(error).toBeInstanceOf(DownloadError);
    expect(error).toMatchObject({ reason: 'stalled', url: '/a.wasm' });
  });

  it('lets a slow download go on while bytes keep coming', async () => {
    vi.useFakeTimers();
    const fetch = vi.fn(async () => {
      let sent = 0;
      const body = new ReadableStream<Uint8Array>({
        async pull(controller) {
          await new Promise((resolve) => setTimeout(resolve, 15_000));
          if (sent++ < 4) controller.enqueue(new Uint8Array([sent]));
          else controller.close();
        },
      });
      return new Response(body);
    });
    const started = download('/slow.csv', { stallMs: 20_000, fetch });
    await vi.advanceTimersByTimeAsync(80_000);
    expect((await started).chunks).toHaveLength(4);
  });

  it('rejects with a DownloadError when the connection breaks', async () => {
    const fetch = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(download('/a.wasm', { stallMs: 1000, fetch })).rejects.toMatchObject({
      reason: 'failed',
      message: 'Failed to fetch',
    });
  });

  it('resolves an HTTP error with its status, for the caller to report', async () => {
    const fetch = vi.fn(async () => new Response('gone', { status: 404 }));
    expect(await download('/a.csv', { stallMs: 1000, fetch })).toMatchObject({
      ok: false,
      status: 404,
    });
  });
});

describe('expectedBytes', () => {
  it.each([
    [{ 'content-length': '7300000' }, 7_300_000],
    [{}, null],
    // The length of a compressed body counts compressed bytes; the reader gets them decompressed.
    [{ 'content-length': '7300000', 'content-encoding': 'br' }, null],
    [{ 'content-length': '7300000', 'content-encoding': 'identity' }, 7_300_000],
    [{ 'content-length': 'many' }, null],
  ])('%j → %s', (headers, expected) => {
    expect(expectedBytes(new Headers(headers))).toBe(expected);
  });
});

describe('sumProgress and progressTracker', () => {
  it.each([
    [
      [
        { loaded: 1, total: 10 },
        { loaded: 2, total: 5 },
      ],
      2,
      { loaded: 3, total: 15 },
    ],
    [
      [
        { loaded: 1, total: 10 },
        { loaded: 2, total: null },
      ],
      2,
      { loaded: 3, total: null },
    ],
    // A download that has not answered yet leaves the total unknown.
    [[{ loaded: 1, total: 10 }], 2, { loaded: 1, total: null }],
  ])('%j of %i downloads → %j', (parts, expected, sum) => {
    expect(sumProgress(parts, expected)).toEqual(sum);
  });

  it('says downloaded once every download has finished', () => {
    const seen: LoadProgress[] = [];
    const tracker = progressTracker(['a', 'b'], (progress) => seen.push(progress));
    tracker.report('a')({ loaded: 4, total: 4 });
    tracker.finished('a');
    tracker.report('b')({ loaded: 1, total: 2 });
    tracker.finished('b');
    expect(seen.map((progress) => progress.downloaded)).toEqual([false, false, false, true]);
    expect(seen.at(-1)).toEqual({ loaded: 5, total: 6, downloaded: true });
  });
});

describe('what the reader reads', () => {
  it.each([
    [{ loaded: 3_140_000, total: 7_300_000 }, '3.1 of 7.3 MB'],
    [{ loaded: 3_140_000, total: null }, '3.1 MB'],
    [{ loaded: 8_000_000, total: 7_300_000 }, '7.3 of 7.3 MB'],
  ])('loadedText(%j) is %s', (progress, text) => {
    expect(loadedText(progress)).toBe(text);
  });

  it.each([
    [null, 'Starting the query engine…'],
    [{ loaded: 0, total: null, downloaded: false }, 'Starting the query engine… 0.0 MB loaded.'],
    // A chart's live region moves in tenths of the total, or 2 MB steps when it is unknown.
    [
      { loaded: 3_140_000, total: 7_300_000, downloaded: false },
      'Starting the query engine… 2.9 of 7.3 MB loaded.',
    ],
    [
      { loaded: 5_900_000, total: null, downloaded: false },
      'Starting the query engine… 4.0 MB loaded.',
    ],
    [{ loaded: 7_300_000, total: 7_300_000, downloaded: true }, 'Starting the query engine…'],
  ])('engineWaitMessage(%j) is %s', (progress, text) => {
    expect(engineWaitMessage(progress)).toBe(text);
  });
});
