/**
 * The HTTP headers a static host should send with the build, in one place: `npm start`
 * (src/cli/serve.ts) sends them, and the build writes them as `_headers` for Netlify and Cloudflare
 * Pages. The README's deploy section shows the same for nginx.
 */
import type { Plugin } from 'vite';

/** Vite fingerprints every file under assets/: a new build gives a changed file a new name. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (pages, embeds, downloads, previews) keeps its name: revalidated on each use. */
export const REVALIDATE = 'no-cache';

/** Cache-Control for a file of the build, by its path under the site's base ('assets/x-1a2b.js'). */
export function cacheControl(path: string): string {
  return path.startsWith('assets/') ? IMMUTABLE : REVALIDATE;
}

/**
 * The `_headers` file for a build under `base`. Only the fingerprinted files get a rule: both hosts
 * already revalidate the rest, and a second rule matching a file would join its values to the first.
 */
export function headersFile(base: string): string {
  return [
    '# Written by the build (src/build/hostHeaders.ts) for Netlify and Cloudflare Pages.',
    `${base}assets/*`,
    `  Cache-Control: ${IMMUTABLE}`,
    '',
  ].join('\n');
}

/** The Vite plugin: writes `_headers` into the build. */
export function hostHeadersPlugin(): Plugin {
  let base = '/';
  return {
    name: 'nk-workers-abroad:host-headers',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile(base) });
    },
  };
}
