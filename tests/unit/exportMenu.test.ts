// The download menu's state: one download at a time, busy while it runs, the reason when it fails.
import { describe, expect, it } from 'vitest';
import { DownloadState } from '../../src/lib/export/DownloadMenu.state.svelte';
import type { ExportableQuery } from '../../src/lib/export/exportQuery';
import type { ExportFormat } from '../../src/lib/export/formats';

const query: ExportableQuery = { name: 'compareReports', sql: 'SELECT 1', params: [] };

function deferred() {
  let settle!: { resolve: () => void; reject: (error: Error) => void };
  const promise = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
  return { promise, ...settle };
}

describe('DownloadState', () => {
  it('is busy with one format at a time and hands the save the query and base name', async () => {
    const calls: [ExportableQuery, ExportFormat, string][] = [];
    const pending = deferred();
    const state = new DownloadState(
      () => query,
      () => 'compare-RUS-2017-2018',
      (...args) => {
        calls.push(args);
        return pending.promise;
      },
    );
    const first = state.download('csv');
    expect(state.busy).toBe('csv');
    await state.download('parquet');
    expect(calls).toEqual([[query, 'csv', 'compare-RUS-2017-2018']]);
    pending.resolve();
    await first;
    expect(state.busy).toBeNull();
    expect(state.error).toBeNull();
  });

  it('says why a download failed, and clears the message on the next try', async () => {
    let fail = true;
    const state = new DownloadState(
      () => query,
      () => 'view',
      async () => {
        if (fail) throw new Error('Query compareReports failed');
      },
    );
    await state.download('parquet');
    expect(state.busy).toBeNull();
    expect(state.error).toBe('The Parquet download failed: Query compareReports failed');
    fail = false;
    await state.download('json');
    expect(state.error).toBeNull();
  });
});
