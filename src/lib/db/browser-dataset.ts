import { AsyncDuckDB, VoidLogger } from '@duckdb/duckdb-wasm';
// Only the exception-handling bundle ships: every browser the app supports has wasm exceptions, and
// the wasm and worker are served from our origin (no CDN).
import wasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import workerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { dataPackage } from '../data/schema';
import { engineFromConnection } from './connection';
import type { LoadedDataset, PreparedDataset } from './dataset';
import { withTimeout, type DuckEngine } from './engine';
import { loadTableStreams } from './load-tables';
import { prepareInWorker } from './prepareInWorker';
import { applySessionSettings } from './session';

/** A .wasm served with the wrong MIME type makes instantiate() wait forever. */
const INSTANTIATE_TIMEOUT_MS = 30_000;

/** The data files as built assets, keyed by their path in data/. */
const dataFileUrls: Record<string, string> = import.meta.glob('../../../data/*.csv', {
  query: '?url',
  import: 'default',
  eager: true,
});

/**
 * Starts DuckDB-WASM in a Web Worker and loads data/ into it. The files are validated and turned into
 * Arrow IPC in another worker meanwhile: the page's thread only fetches bytes and passes them on.
 */
export async function startBrowserDataset(): Promise<LoadedDataset<DuckEngine>> {
  const [engine, { streams, ...report }] = await Promise.all([startDuckDB(), prepareDataFiles()]);
  await loadTableStreams(engine, streams);
  return { engine, ...report };
}

async function prepareDataFiles(): Promise<PreparedDataset> {
  const fetched = await fetchDataFiles();
  return prepareInWorker(fetched.files, fetched.readErrors);
}

async function startDuckDB(): Promise<DuckEngine> {
  const db = new AsyncDuckDB(new VoidLogger(), new Worker(workerUrl));
  try {
    await withTimeout(
      db.instantiate(wasmUrl),
      INSTANTIATE_TIMEOUT_MS,
      `DuckDB-WASM did not start within ${INSTANTIATE_TIMEOUT_MS / 1000} s; is ${wasmUrl} served as application/wasm?`,
    );
    await db.open({});
    const engine = engineFromConnection(await db.connect(), () => db.terminate());
    await applySessionSettings(engine);
    return engine;
  } catch (error) {
    await db.terminate();
    throw error;
  }
}

interface FetchedFiles {
  files: Record<string, ArrayBuffer | null>;
  readErrors: Record<string, string>;
}

/**
 * Fetches every resource of the data package in parallel. A file that cannot be fetched is null, with
 * the reason, for the validator to report: the page shows it rather than failing.
 */
async function fetchDataFiles(): Promise<FetchedFiles> {
  const fetched: FetchedFiles = { files: {}, readErrors: {} };
  const results = await Promise.all(
    dataPackage.resources.map(async ({ path }) => ({
      path,
      ...(await fetchBytes(dataFileUrls[`../../../data/${path}`])),
    })),
  );
  for (const { path, bytes, error } of results) {
    fetched.files[path] = bytes;
    if (error !== undefined) fetched.readErrors[path] = error;
  }
  return fetched;
}

async function fetchBytes(
  url: string | undefined,
): Promise<{ bytes: ArrayBuffer | null; error?: string }> {
  if (url === undefined) return { bytes: null, error: 'not part of the build' };
  try {
    const response = await fetch(url);
    if (!response.ok) return { bytes: null, error: `HTTP ${response.status} for ${url}` };
    return { bytes: await response.arrayBuffer() };
  } catch (error) {
    return { bytes: null, error: error instanceof Error ? error.message : String(error) };
  }
}
