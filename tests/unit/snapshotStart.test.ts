// Progressive start: the snapshot first, the query engine after it, and what a chart says meanwhile.
import { describe, expect, it, vi } from 'vitest';
import { chartStatus } from '../../src/lib/charts/chartStatus';
import type { LoadedDataset } from '../../src/lib/db/dataset';
import type { QueryEngine } from '../../src/lib/db/engine';
import type { Problem } from '../../src/lib/data/problem';
import type { Snapshot } from '../../src/lib/snapshot/snapshot';
import type { LoadProgress } from '../../src/lib/db/download';
import { Dataset, type DatasetStart } from '../../src/lib/state/dataset.svelte';

const problem: Problem = { file: 'estimates.csv', line: 3, column: 'low', message: 'bad' };
const snapshot: Snapshot = { problems: [problem], results: new Map() };
const engine: QueryEngine = { query: async () => [] };

/** A promise with its resolve and reject at hand. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('Dataset', () => {
  it('shows the snapshot and its problems first, and starts the engine only once it is on screen', async () => {
    const loaded = deferred<Snapshot>();
    const opened = deferred<LoadedDataset>();
    const open = vi.fn(() => opened.promise);
    let startEngine: (() => void) | undefined;
    const dataset = new Dataset({
      open,
      snapshot: () => loaded.promise,
      afterSnapshot: (start) => (startEngine = start),
    });
    expect(dataset.snapshot).toBeNull();

    loaded.resolve(snapshot);
    await settle();
    expect(dataset.snapshot).toBe(snapshot);
    expect(dataset.problems).toEqual([problem]);
    expect(dataset.engine).toBeNull();
    expect(open).not.toHaveBeenCalled();

    startEngine?.();
    expect(open).toHaveBeenCalledOnce();
    opened.resolve({ engine, problems: [], dropped: [] });
    await settle();
    expect(dataset.engine).toBe(engine);
    expect(dataset.queries?.engine).toBe(engine);
    // The engine's own validation replaces the build's.
    expect(dataset.problems).toEqual([]);
  });

  it('starts the engine at once when there is no snapshot to show', async () => {
    const open = vi.fn(() => new Promise<LoadedDataset>(() => undefined));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const dataset = new Dataset({
      open,
      snapshot: () => Promise.reject(new Error('HTTP 404')),
      afterSnapshot: () => undefined,
    });
    await settle();
    expect(open).toHaveBeenCalledOnce();
    expect(dataset.snapshot).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('HTTP 404'));
    warn.mockRestore();
  });

  it('says why when the engine cannot start, and starts it again on retry', async () => {
    const first = deferred<LoadedDataset>();
    const second = deferred<LoadedDataset>();
    const reports: ((progress: LoadProgress) => void)[] = [];
    const open = vi
      .fn<DatasetStart['open']>()
      .mockImplementationOnce((onProgress) => (reports.push(onProgress), first.promise))
      .mockImplementationOnce((onProgress) => (reports.push(onProgress), second.promise));
    const dataset = new Dataset({ open });
    reports[0]?.({ loaded: 3_100_000, total: 7_300_000, downloaded: false });
    expect(dataset.progress).toEqual({ loaded: 3_100_000, total: 7_300_000, downloaded: false });
    expect(dataset.engineMessage).toBe('Starting the query engine… 2.9 of 7.3 MB loaded.');
    first.reject(new Error('The download of the query engine failed: the connection was lost.'));
    await settle();
    expect(dataset.error).toBe('The download of the query engine failed: the connection was lost.');
    expect(dataset.engineMessage).toBeNull();

    dataset.retry();
    expect(open).toHaveBeenCalledTimes(2);
    expect(dataset.error).toBeNull();
    expect(dataset.progress).toEqual({ loaded: 0, total: null, downloaded: false });
    // The failed start's downloads no longer move the progress.
    reports[0]?.({ loaded: 7_300_000, total: 7_300_000, downloaded: true });
    expect(dataset.progress?.loaded).toBe(0);
    second.resolve({ engine, problems: [], dropped: [] });
    await settle();
    expect(dataset.engine).toBe(engine);
    expect(dataset.engineMessage).toBeNull();
    // Retry does nothing once the engine runs.
    dataset.retry();
    expect(open).toHaveBeenCalledTimes(2);
  });
});

describe('chartStatus while the engine starts', () => {
  const dataset = { error: null, fileError: null };
  const rows = [{ id: 'a' }];
  it.each([
    ['a query the snapshot answers', [{ rows, error: null, waiting: false }], { kind: 'ready' }],
    [
      'a query waiting for the engine, with no rows yet',
      [{ rows: null, error: null, waiting: true }],
      { kind: 'loading', message: 'Starting the query engine…' },
    ],
    [
      'a query waiting for the engine, with the rows of the previous filters',
      [{ rows, error: null, waiting: true }],
      {
        kind: 'ready',
        updating: 'Starting the query engine… The chart shows the previous filters until then.',
      },
    ],
    [
      'a waiting query whose previous filters matched nothing',
      [{ rows: [], error: null, waiting: true }],
      { kind: 'loading', message: 'Starting the query engine…' },
    ],
    [
      'its sources waiting while the marks are answered',
      [
        { rows, error: null, waiting: false },
        { rows, error: null, waiting: true },
      ],
      {
        kind: 'ready',
        updating: 'Starting the query engine… The chart shows the previous filters until then.',
      },
    ],
    [
      'a query the engine is computing, over the rows of the previous filters',
      [
        { rows, error: null, waiting: false, pending: false },
        { rows, error: null, waiting: false, pending: true },
      ],
      { kind: 'ready', pending: true },
    ],
    [
      'a query not answered yet, before the snapshot',
      [{ rows: null, error: null, waiting: false }],
      { kind: 'loading', message: 'Loading the figures…' },
    ],
  ])('%s', (_, results, expected) => {
    expect(chartStatus(dataset, ...results)).toEqual(expected);
  });
});

describe('chartStatus with the engine’s progress or failure', () => {
  const rows = [{ id: 'a' }];
  const loading = {
    error: null,
    fileError: null,
    engineMessage: 'Starting the query engine… 2.9 of 7.3 MB loaded.',
  };
  const failed = { error: 'The download of the query engine failed.', fileError: null };
  it.each([
    [
      'waiting, with the bytes loaded',
      loading,
      [{ rows: null, error: null, waiting: true }],
      { kind: 'loading', message: 'Starting the query engine… 2.9 of 7.3 MB loaded.' },
    ],
    [
      'no snapshot: every query waits for the engine',
      loading,
      [{ rows: null, error: null, waiting: false }],
      { kind: 'loading', message: 'Starting the query engine… 2.9 of 7.3 MB loaded.' },
    ],
    [
      'updating, with the bytes loaded',
      loading,
      [{ rows, error: null, waiting: true }],
      {
        kind: 'ready',
        updating:
          'Starting the query engine… 2.9 of 7.3 MB loaded. The chart shows the previous filters until then.',
      },
    ],
    [
      'the engine failed: a chart the snapshot answered keeps its marks',
      failed,
      [{ rows, error: null, waiting: false }],
      { kind: 'ready' },
    ],
    [
      'the engine failed: a chart waiting for it says why it cannot be drawn',
      failed,
      [{ rows, error: null, waiting: true }],
      { kind: 'error', message: 'The download of the query engine failed.' },
    ],
    [
      'the engine failed: a chart without rows says why',
      failed,
      [{ rows: null, error: null, waiting: false }],
      { kind: 'error', message: 'The download of the query engine failed.' },
    ],
    [
      'a broken data file wins over the snapshot’s rows',
      { error: null, fileError: 'The data could not be loaded: sources.csv' },
      [{ rows, error: null, waiting: false }],
      { kind: 'error', message: 'The data could not be loaded: sources.csv' },
    ],
  ])('%s', (_, dataset, results, expected) => {
    expect(chartStatus(dataset, ...results)).toEqual(expected);
  });
});
