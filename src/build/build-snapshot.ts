/**
 * Builds the snapshots: the rows of every query the page runs on a plain visit (firstViewQueries), and
 * for each preset view (presetViews.ts) the rows of its figure's queries that the first view's do not
 * hold, answered by the same named queries in the same engine the browser runs (DuckDB-WASM, on its
 * Node bindings) over data/, with the data's validation problems. The prerender step
 * (src/build/prerender.ts) puts the first into index.html and emits the others as files.
 * `npx tsx src/build/build-snapshot.ts [DATA_DIR]` prints what they hold and their sizes.
 */
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Problem } from '../lib/data/problem';
import type { QueryEngine } from '../lib/db/engine';
import { openNodeDataset } from '../lib/db/node';
import { countryList, run, type NamedQuery } from '../lib/queries';
import { firstViewQueries } from '../lib/figures/firstView';
import { queryKey } from '../lib/snapshot/queryKey';
import { SNAPSHOT_FORMAT, type SnapshotFile } from '../lib/snapshot/snapshot';
import { presetViews } from './presetViews';

/** A preset view's snapshot: the query string the page looks it up by, and the file. */
export interface ViewSnapshot {
  query: string;
  file: SnapshotFile;
}

export interface Snapshots {
  first: SnapshotFile;
  views: ViewSnapshot[];
}

/** Answers `queries` in `engine`, leaving out the keys in `known`. */
async function answer(
  engine: QueryEngine,
  queries: NamedQuery<Record<string, unknown>>[],
  known: Record<string, unknown> = {},
): Promise<SnapshotFile['results']> {
  const results: SnapshotFile['results'] = {};
  for (const query of queries) {
    const key = queryKey(query);
    if (!(key in known) && !(key in results)) results[key] = await run(engine, query);
  }
  return results;
}

/** Every snapshot of the data loaded into `engine`, which validation found `problems` in. */
export async function buildSnapshots(engine: QueryEngine, problems: Problem[]): Promise<Snapshots> {
  const first = await answer(engine, firstViewQueries());
  const countries = (await run(engine, countryList())).map((row) => row.country);
  const views: ViewSnapshot[] = [];
  for (const view of presetViews(countries)) {
    const results = await answer(engine, view.queries, first);
    views.push({ query: view.query, file: { format: SNAPSHOT_FORMAT, problems, results } });
  }
  return { first: { format: SNAPSHOT_FORMAT, problems, results: first }, views };
}

async function main(args: string[]): Promise<void> {
  const dirArgument = args.find((arg) => !arg.startsWith('--'));
  const dir = dirArgument
    ? resolve(process.env.INIT_CWD ?? process.cwd(), dirArgument)
    : fileURLToPath(new URL('../../data/', import.meta.url));
  const { engine, problems } = await openNodeDataset(dir);
  try {
    const { first, views } = await buildSnapshots(engine, problems);
    const size = (file: SnapshotFile) => {
      const json = JSON.stringify(file);
      const gzip = gzipSync(json, { level: 9 }).length;
      return `${Buffer.byteLength(json).toLocaleString('en-US')} bytes, ${gzip.toLocaleString('en-US')} gzip`;
    };
    for (const [key, rows] of Object.entries(first.results)) {
      process.stdout.write(`${String(rows.length).padStart(5)} rows  ${key}\n`);
    }
    process.stdout.write(`${problems.length} problems; first view: ${size(first)}\n`);
    for (const view of views) process.stdout.write(`${view.query}: ${size(view.file)}\n`);
  } finally {
    await engine.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
