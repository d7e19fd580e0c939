import type { LoadedDataset } from './dataset';
import type { DuckEngine, QueryEngine, TypedQueryEngine } from './engine';

export type { LoadedDataset } from './dataset';

let opened: Promise<LoadedDataset<DuckEngine>> | undefined;

/**
 * Starts DuckDB-WASM in a Web Worker and loads data/ into it, once: later calls share the first
 * call's promise. After a failure the next call tries again.
 */
export function openBrowserDataset(): Promise<LoadedDataset> {
  return openDataset();
}

function openDataset(): Promise<LoadedDataset<DuckEngine>> {
  // DuckDB-WASM and Arrow load as a separate chunk (the validator in its own worker), so the first view
  // never waits for them.
  opened ??= import('./browser-dataset')
    .then(({ startBrowserDataset }) => startBrowserDataset())
    .catch((error: unknown) => {
      opened = undefined;
      throw error;
    });
  return opened;
}

/** The browser's query engine, with the dataset loaded (see openBrowserDataset). */
export async function getBrowserEngine(): Promise<QueryEngine> {
  return (await openBrowserDataset()).engine;
}

/** The browser's engine as exports use it (rows with column types), with the dataset loaded. */
export async function getBrowserExporter(): Promise<TypedQueryEngine> {
  return (await openDataset()).engine;
}
