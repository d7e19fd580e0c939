// The build's entry to the static figures, loaded through Vite (src/build/embeds.ts): reads data/ with
// DuckDB-WASM in Node, runs the presets' named queries and renders each static figure.
import { openNodeDataset } from '../lib/db/node';
import { presetFigures } from './figures';
import { renderStaticFigures, type StaticFigures, type StaticOptions } from './static';

export type { StaticFigurePage, StaticFigures } from './static';

/** Every preset's static page and SVG for the data package in `dataDir`. Throws on invalid data. */
export async function buildStaticFigures(
  dataDir: string,
  options: StaticOptions,
): Promise<StaticFigures> {
  const { engine, problems } = await openNodeDataset(dataDir);
  try {
    if (problems.length > 0) {
      throw new Error(
        `data/ has ${problems.length} problem(s); run npm run data:check. First: ${JSON.stringify(problems[0])}`,
      );
    }
    return renderStaticFigures(await presetFigures(engine, options.version), options);
  } finally {
    await engine.close();
  }
}
