import { createRequire } from 'node:module';
import { NODE_RUNTIME, VoidLogger, createDuckDB } from '@duckdb/duckdb-wasm/blocking';
import { readPackageDir } from '../data/packageDir';
import { engineFromConnection } from './connection';
import { loadDataset, type LoadedDataset } from './dataset';
import type { CsvReadingEngine, FileRegistry } from './csv-tables';
import { withTimeout } from './engine';
import { applySessionSettings } from './session';
import { formatProblem } from '../data/problem';
import type { SqlConsole } from '../sql/types';
import { openSqlConsole, type ConsoleDuckDB } from './sqlConsole';

export interface NodeEngineOptions {
  /** Path of the DuckDB .wasm module; the package's exception-handling build by default. */
  readonly wasmPath?: string;
  /** How long instantiation may take before it is abandoned with an error. */
  readonly instantiateTimeoutMs?: number;
}

/** The database under each engine createNodeEngine made, for openNodeConsole. */
const databases = new WeakMap<CsvReadingEngine, ConsoleDuckDB>();

const packageFile = (file: string) =>
  createRequire(import.meta.url).resolve(`@duckdb/duckdb-wasm/dist/${file}`);

/**
 * A fresh in-memory DuckDB on the blocking Node bindings of DuckDB-WASM, the same engine the browser runs:
 * for tests and build-time scripts.
 */
export async function createNodeEngine(options: NodeEngineOptions = {}): Promise<CsvReadingEngine> {
  const { wasmPath = packageFile('duckdb-eh.wasm'), instantiateTimeoutMs = 30_000 } = options;
  const bundle = { mainModule: wasmPath, mainWorker: packageFile('duckdb-node-eh.worker.cjs') };
  const start = async () => {
    const db = await createDuckDB({ mvp: bundle, eh: bundle }, new VoidLogger(), NODE_RUNTIME);
    await db.instantiate(() => undefined);
    db.open({});
    return db;
  };
  const db = await withTimeout(
    start(),
    instantiateTimeoutMs,
    `DuckDB-WASM did not start within ${instantiateTimeoutMs / 1000} s (module ${wasmPath})`,
  ).catch((error: unknown) => {
    throw new Error(`Could not start DuckDB-WASM from ${wasmPath}: ${errorMessage(error)}`, {
      cause: error,
    });
  });
  const engine: CsvReadingEngine = Object.assign(
    engineFromConnection(db.connect(), () => db.reset()),
    {
      registerFile: (name: string, bytes: Uint8Array) =>
        Promise.resolve(db.registerFileBuffer(name, bytes)),
      dropFile: (name: string) => Promise.resolve(db.dropFile(name)),
    } satisfies FileRegistry,
  );
  await applySessionSettings(engine);
  databases.set(engine, db);
  return engine;
}

/**
 * The SQL console over an engine of createNodeEngine, its tables loaded (see openSqlConsole: the
 * database refuses files and setting changes from then on). Queries are polled as in the browser,
 * with a turn of the event loop between polls, so a signal or the time limit stops them here too.
 */
export async function openNodeConsole(engine: CsvReadingEngine): Promise<SqlConsole> {
  const db = databases.get(engine);
  if (!db) throw new Error('openNodeConsole needs an engine made by createNodeEngine');
  return openSqlConsole(db, {
    yieldToEvents: () => new Promise((resolve) => setImmediate(resolve)),
  });
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A Node engine with the CSV files of `dataDir` validated and loaded, as the browser loads them. */
export async function openNodeDataset(
  dataDir: string,
  options: NodeEngineOptions = {},
): Promise<LoadedDataset<CsvReadingEngine>> {
  const { descriptor, problems, files, readErrors } = await readPackageDir(dataDir);
  if (!descriptor) {
    throw new Error(
      `${dataDir}/datapackage.json cannot be used: ${problems.map(formatProblem).join('; ')}`,
    );
  }
  const engine = await createNodeEngine(options);
  return { engine, ...(await loadDataset(engine, files, readErrors)) };
}
