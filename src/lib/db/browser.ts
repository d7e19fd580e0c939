import type { LoadedDataset } from './dataset';
import type { LoadProgress } from './download';
import type { DuckEngine, QueryEngine, TypedQueryEngine } from './engine';
import type { SqlConsole } from '../sql/types';
import { appText } from '../i18n/en/app';

export type { LoadedDataset } from './dataset';
export type { LoadProgress } from './download';

interface Start {
  promise: Promise<LoadedDataset<DuckEngine>>;
  listeners: Set<(progress: LoadProgress) => void>;
}

let opened: Start | undefined;

/**
 * Starts DuckDB-WASM in a Web Worker and loads data/ into it, once: later calls share the first
 * call's promise, and each caller's `onProgress` hears the bytes downloaded from then on. After a
 * failure the next call starts again.
 */
export function openBrowserDataset(
  onProgress?: (progress: LoadProgress) => void,
): Promise<LoadedDataset> {
  return openDataset(onProgress);
}

function openDataset(
  onProgress?: (progress: LoadProgress) => void,
): Promise<LoadedDataset<DuckEngine>> {
  if (!opened) {
    const listeners = new Set<(progress: LoadProgress) => void>();
    // DuckDB-WASM and Arrow load as a separate chunk (the validator in its own worker), so the first
    // view never waits for them.
    const promise: Promise<LoadedDataset<DuckEngine>> = import('./browser-dataset')
      .catch((error: unknown) => {
        console.error(error);
        const t = appText();
        throw new Error(t.downloadLost(t.downloadOfEngine));
      })
      .then(({ startBrowserDataset }) =>
        startBrowserDataset((progress) => listeners.forEach((listener) => listener(progress))),
      )
      .catch((error: unknown) => {
        if (opened?.promise === promise) opened = undefined;
        throw error;
      });
    opened = { promise, listeners };
  }
  if (onProgress) opened.listeners.add(onProgress);
  return opened.promise;
}

/** The browser's query engine, with the dataset loaded (see openBrowserDataset). */
export async function getBrowserEngine(): Promise<QueryEngine> {
  return (await openBrowserDataset()).engine;
}

/** The browser's engine as exports use it (rows with column types), with the dataset loaded. */
export async function getBrowserExporter(): Promise<TypedQueryEngine> {
  return (await openDataset()).engine;
}

let consoleOpened: Promise<SqlConsole> | undefined;

/**
 * The SQL console over the page's DuckDB, once the data is loaded; opened on the first call and shared
 * by later ones (it locks the engine's settings, which happens once per page). Its code and the
 * dataset's load are separate chunks, so neither weighs on the first view.
 */
export function openBrowserConsole(): Promise<SqlConsole> {
  if (!consoleOpened) {
    const opening = (async () => {
      const [{ engine }, { pageDuckDB }, { openSqlConsole }] = await Promise.all([
        openDataset(),
        import('./browser-dataset'),
        import('./sqlConsole'),
      ]);
      return openSqlConsole(pageDuckDB(engine));
    })();
    opening.catch(() => {
      if (consoleOpened === opening) consoleOpened = undefined;
    });
    consoleOpened = opening;
  }
  return consoleOpened;
}
