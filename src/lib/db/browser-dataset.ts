import { AsyncDuckDB, VoidLogger } from '@duckdb/duckdb-wasm';
// Only the exception-handling bundle ships: every browser the app supports has wasm exceptions, and
// the wasm and worker are served from our origin (no CDN).
import wasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import workerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { datasetVersion } from 'virtual:dataset-version';
import { dataPackage } from '../data/schema';
import { appText } from '../i18n/en/app';
import { engineFromConnection } from './connection';
import type { CsvReadingEngine } from './csv-tables';
import type { LoadedDataset } from './dataset';
import { loadPackage } from './load-package';
import { download, DownloadError, progressTracker, type LoadProgress } from './download';
import { withTimeout, type DuckEngine } from './engine';
import { startValidationWorker, validationDay } from './prepareInWorker';
import { applySessionSettings } from './session';

/** A download that receives nothing for this long has stalled: the reader gets Retry. */
const STALL_MS = 20_000;
/**
 * DuckDB's worker drops a failed WebAssembly instantiation without answering, so its instantiate()
 * would wait forever. The wasm is already downloaded by then: this only bounds compiling it.
 */
const COMPILE_LIMIT_MS = 60_000;
/**
 * How long each poll of a SQL console query runs in the worker before it returns (DuckDB-WASM's default
 * is 100 ms): the page's own queries wait behind one poll at most, and Cancel acts after one.
 */
const QUERY_POLL_MS = 25;

/** The data files as built assets, keyed by their path in data/. */
const dataFileUrls: Record<string, string | undefined> = import.meta.glob('../../../data/*.csv', {
  query: '?url',
  import: 'default',
  eager: true,
});

/** The DuckDB instance under each engine startDuckDB made: the SQL console opens its own connection. */
const databases = new WeakMap<DuckEngine, AsyncDuckDB>();

/** The DuckDB instance of an engine startBrowserDataset returned. */
export function pageDuckDB(engine: DuckEngine): AsyncDuckDB {
  const db = databases.get(engine);
  if (!db) throw new Error('This engine was not started by startBrowserDataset');
  return db;
}

/** A start that failed; its message is for readers, the console has the details. */
export class EngineStartError extends Error {}

/**
 * Starts DuckDB-WASM in a Web Worker and loads data/ into it, reporting the bytes downloaded. DuckDB
 * reads the files itself while another worker validates them (loadPackage): the page's thread only
 * fetches bytes and passes them on. Rejects with an EngineStartError.
 */
export async function startBrowserDataset(
  onProgress: (progress: LoadProgress) => void = () => undefined,
): Promise<LoadedDataset<DuckEngine>> {
  const files = dataPackage.resources.map(({ path }) => ({
    path,
    url: dataFileUrls[`../../../data/${path}`],
  }));
  const tracker = progressTracker(
    [wasmUrl, ...files.flatMap(({ url }) => (url === undefined ? [] : [url]))],
    onProgress,
  );
  const duck = startDuckDB(tracker);
  const validation = startValidationWorker();
  try {
    const fetched = fetchDataFiles(files, tracker).then(async ({ chunks, readErrors }) => {
      // The worker joins the chunks (no copy of the files on the page's thread) and hands them back.
      const today = validationDay(new Date(), datasetVersion.date);
      const { joined, prepared } = validation.prepare(chunks, readErrors, today);
      // Awaited by loadPackage; a failure before then is not unhandled.
      prepared.catch(() => undefined);
      return { bytes: await joined, prepared };
    });
    const [engine, { bytes, prepared }] = await Promise.all([duck, fetched]);
    return { engine, ...(await loadPackage(engine, bytes, prepared)) };
  } catch (error) {
    // A start that failed half-way leaves no worker running.
    duck.then((engine) => engine.close()).catch(() => undefined);
    throw readable(error);
  } finally {
    validation.close();
  }
}

type Tracker = ReturnType<typeof progressTracker>;

async function startDuckDB(tracker: Tracker): Promise<CsvReadingEngine> {
  const start = performance.now();
  const wasm = new URL(wasmUrl, location.href).href;
  const worker = wasmFedWorker(new URL(workerUrl, location.href).href, wasm);
  const workerFailed = new Promise<never>((_, reject) => {
    worker.addEventListener('error', (event) => {
      console.error(`DuckDB's worker (${workerUrl}) failed: ${event.message || 'it did not load'}`);
      reject(new EngineStartError(appText().engineWorkerFailed));
    });
  });
  workerFailed.catch(() => undefined);
  const db = new AsyncDuckDB(new VoidLogger(), worker);
  try {
    // The worker compiles the wasm as its bytes arrive (streaming compilation).
    const instantiated = db.instantiate(wasm);
    await Promise.race([downloadWasm(tracker, worker), workerFailed]);
    await withTimeout(
      Promise.race([instantiated, workerFailed]),
      COMPILE_LIMIT_MS,
      appText().engineNotInBrowser,
    );
    await db.open({ query: { queryPollingInterval: QUERY_POLL_MS } });
    const engine: CsvReadingEngine = Object.assign(
      engineFromConnection(await db.connect(), () => db.terminate()),
      {
        registerFile: (name: string, bytes: Uint8Array) => db.registerFileBuffer(name, bytes),
        dropFile: async (name: string) => void (await db.dropFile(name)),
      },
    );
    await applySessionSettings(engine);
    databases.set(engine, db);
    performance.measure('load: engine start', { start });
    return engine;
  } catch (error) {
    await db.terminate();
    throw error;
  }
}

/** What the page sends the worker of wasmFedWorker, after its start. */
type WasmMessage = { wasmChunk: ArrayBuffer } | { wasmEnd: true } | { wasmError: string };

/**
 * DuckDB's worker, whose fetch of the wasm is answered by the bytes the page downloads and posts to it
 * (WasmMessage). The page's own download reports progress, notices a stall and fails with a reason;
 * DuckDB's would wait forever on a failure, and the worker still compiles while the bytes arrive.
 */
function wasmFedWorker(duckdbWorker: string, wasm: string): Worker {
  const worker = new Worker(new URL('./wasmFed.worker.ts', import.meta.url));
  // First, before DuckDB's own messages: what to load and which fetch to answer.
  worker.postMessage({ duckdbWorker, wasm });
  return worker;
}

async function downloadWasm(tracker: Tracker, worker: Worker): Promise<void> {
  const post = (message: WasmMessage, transfer: Transferable[] = []) =>
    worker.postMessage(message, transfer);
  try {
    const wasm = await download(wasmUrl, {
      stallMs: STALL_MS,
      onProgress: tracker.report(wasmUrl),
      onChunk: (chunk) => {
        // Transferred, not copied: a chunk sharing its buffer with others is copied out first.
        const own = chunk.byteLength === chunk.buffer.byteLength ? chunk : chunk.slice();
        post({ wasmChunk: own.buffer }, [own.buffer]);
      },
    });
    tracker.finished(wasmUrl);
    if (!wasm.ok) {
      console.error(`HTTP ${wasm.status} for ${wasmUrl}`);
      throw new EngineStartError(appText().engineHttpStatus(wasm.status));
    }
    if (wasm.contentType?.split(';')[0]?.trim() !== 'application/wasm') {
      console.warn(
        `${wasmUrl} is served as ${wasm.contentType ?? 'no type'}: serve .wasm files as application/wasm (see the README's deploy section).`,
      );
    }
    post({ wasmEnd: true });
  } catch (error) {
    post({ wasmError: error instanceof Error ? error.message : String(error) });
    throw error;
  }
}

/**
 * Each data file's chunks as downloaded, by resource path (null = could not be fetched, for the
 * reason in readErrors).
 */
async function fetchDataFiles(
  files: { path: string; url: string | undefined }[],
  tracker: Tracker,
): Promise<{ chunks: Record<string, Uint8Array[] | null>; readErrors: Record<string, string> }> {
  const start = performance.now();
  const fetched: Record<string, Uint8Array[] | null> = {};
  const readErrors: Record<string, string> = {};
  await Promise.all(
    files.map(async ({ path, url }) => {
      fetched[path] = null;
      if (url === undefined) {
        readErrors[path] = 'not part of the build';
        return;
      }
      const file = await download(url, { stallMs: STALL_MS, onProgress: tracker.report(url) });
      tracker.finished(url);
      // A file the server does not have is the validator's to report: the page shows it rather than
      // failing. A broken connection rejects, for the reader to retry.
      if (file.ok) fetched[path] = file.chunks;
      else readErrors[path] = `HTTP ${file.status} for ${url}`;
    }),
  );
  performance.measure('load: fetch', { start });
  return { chunks: fetched, readErrors };
}

/**
 * The error a reader sees, in the interface's language when it failed; what went wrong in detail goes
 * to the console.
 */
function readable(error: unknown): EngineStartError {
  if (error instanceof EngineStartError) return error;
  const t = appText();
  if (error instanceof DownloadError) {
    console.error(`Download of ${error.url} ${error.reason}: ${error.message}`);
    const what = error.url === wasmUrl ? t.downloadOfEngine : t.downloadOfData;
    return new EngineStartError(
      error.reason === 'stalled' ? t.downloadStalled(what, STALL_MS / 1000) : t.downloadLost(what),
    );
  }
  console.error(error);
  return new EngineStartError(
    t.engineStartFailed(error instanceof Error ? error.message : String(error)),
  );
}
