// The static figures of the embeds, from the query engine the build's prerender step opened
// (src/build/prerender.ts, which loads this through Vite so that the components compile for the server).
import type { QueryEngine, TypedQueryEngine } from '../lib/db/engine';
import { presetFigures } from './figures';
import { renderStaticFigures, type StaticFigures, type StaticOptions } from './static';

export type { StaticFigurePage, StaticFigures } from './static';

/** Every preset's static page and SVG, from the data loaded into `engine`. */
export async function buildStaticFigures(
  engine: QueryEngine & TypedQueryEngine,
  options: StaticOptions,
): Promise<StaticFigures> {
  return renderStaticFigures(await presetFigures(engine, options.version), options);
}
