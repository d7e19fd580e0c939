// The static figures of the embeds, from the query engine the build's prerender step opened
// (src/build/prerender.ts, which loads this through Vite so that the components compile for the server).
import type { QueryEngine, TypedQueryEngine } from '../lib/db/engine';
import { LOCALES } from '../lib/i18n/locale';
import { locale, setLocale } from '../lib/i18n/runtime.svelte';
import { presetFigures } from './figures';
import {
  renderStaticFigures,
  withTranslations,
  type StaticFigures,
  type StaticOptions,
} from './static';

export type { StaticFigurePage, StaticFigures } from './static';

/**
 * Every preset's static page and SVG in every language of the interface, from the data loaded into
 * `engine`: the interface is switched to each language in turn (the figure specs' words follow it) and
 * back to the one it was in.
 */
export async function buildStaticFigures(
  engine: QueryEngine & TypedQueryEngine,
  options: StaticOptions,
): Promise<StaticFigures> {
  const before = locale();
  try {
    const rendered = [];
    for (const lang of LOCALES) {
      await setLocale(lang);
      const presets = await presetFigures(engine, options.version, lang);
      rendered.push(renderStaticFigures(presets, { ...options, lang }));
    }
    return withTranslations(rendered);
  } finally {
    await setLocale(before);
  }
}
