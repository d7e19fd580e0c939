/**
 * Builds the snapshot of the first view: the rows of every query the page runs on a plain visit
 * (src/lib/snapshot/firstView.ts), answered by the same named queries in the same engine the browser runs
 * (DuckDB-WASM, on its Node bindings) over data/, with the data's validation problems. snapshotPlugin
 * (src/build/snapshot.ts) emits it with the site. `npx tsx src/build/build-snapshot.ts [DATA_DIR]` prints what
 * it holds and its size; with `--json`, the file itself.
 */
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { openNodeDataset } from '../lib/db/node';
import { run } from '../lib/queries';
import { firstViewQueries } from '../lib/figures/firstView';
import { queryKey } from '../lib/snapshot/queryKey';
import { SNAPSHOT_FORMAT, type SnapshotFile } from '../lib/snapshot/snapshot';
import { snapshotAsset } from './snapshot';

/** Runs the first view's queries over the package in `dataDir`, as the page would run them. */
export async function buildSnapshot(dataDir: string): Promise<SnapshotFile> {
  const { engine, problems } = await openNodeDataset(dataDir);
  try {
    const results: SnapshotFile['results'] = {};
    for (const query of firstViewQueries()) results[queryKey(query)] = await run(engine, query);
    return { format: SNAPSHOT_FORMAT, problems, results };
  } finally {
    await engine.close();
  }
}

async function main(args: string[]): Promise<void> {
  const json = args.includes('--json');
  const dirArgument = args.find((arg) => !arg.startsWith('--'));
  const dir = dirArgument
    ? resolve(process.env.INIT_CWD ?? process.cwd(), dirArgument)
    : fileURLToPath(new URL('../../data/', import.meta.url));
  const snapshot = await buildSnapshot(dir);
  const asset = snapshotAsset(JSON.stringify(snapshot));
  if (json) {
    process.stdout.write(asset.json);
    return;
  }
  for (const [key, rows] of Object.entries(snapshot.results)) {
    process.stdout.write(`${String(rows.length).padStart(5)} rows  ${key}\n`);
  }
  const bytes = Buffer.byteLength(asset.json);
  const gzip = gzipSync(asset.json, { level: 9 }).length;
  process.stdout.write(
    `${snapshot.problems.length} problems; ${asset.fileName}: ${bytes.toLocaleString('en-US')} bytes, ${gzip.toLocaleString('en-US')} gzip\n`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
