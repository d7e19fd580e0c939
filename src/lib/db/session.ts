import type { QueryEngine } from './engine';

/**
 * Settings for every engine, browser and Node alike. DuckDB autoloads extensions it lacks from
 * extensions.duckdb.org; the app must make no request to another origin, so a query that needs one fails
 * instead.
 */
export async function applySessionSettings(engine: QueryEngine): Promise<void> {
  await engine.query('SET autoinstall_known_extensions = false');
  await engine.query('SET autoload_known_extensions = false');
}
