// The prerender step's work with the query engine: DuckDB-WASM opened once over data/, for the
// snapshots and the embeds' static figures. Loaded through Vite by prerender.ts.
import { openNodeDataset } from '../lib/db/node';
import { buildStaticFigures, type StaticFigures } from '../embed/build';
import type { StaticOptions } from '../embed/static';
import { buildSnapshots, type Snapshots } from './build-snapshot';
import { refusal } from './dataCheck';

export interface PrerenderedData {
  snapshots: Snapshots;
  figures: StaticFigures;
}

/** The snapshots and static figures of the data package in `dataDir`. Throws on invalid data. */
export async function prerenderData(
  dataDir: string,
  options: StaticOptions,
): Promise<PrerenderedData> {
  const { engine, problems } = await openNodeDataset(dataDir);
  try {
    if (problems.length > 0) throw new Error(refusal(dataDir, problems));
    return {
      snapshots: await buildSnapshots(engine, problems),
      figures: await buildStaticFigures(engine, options),
    };
  } finally {
    await engine.close();
  }
}
