/**
 * The HTTP headers a static host should send with the build, in one place: `npm start`
 * (src/cli/serve.ts) sends them, and the build writes them as `_headers` for Netlify and Cloudflare
 * Pages. The README's deploy section shows the same for nginx.
 */
import type { Plugin } from 'vite';
import { contentSecurityPolicy, policyKindOf, servedFile } from './contentSecurityPolicy.ts';

/** Vite fingerprints every file under assets/: a new build gives a changed file a new name. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (pages, embeds, downloads, previews) keeps its name: revalidated on each use. */
export const REVALIDATE = 'no-cache';

/** Cache-Control for a file of the build, by its path under the site's base ('assets/x-1a2b.js'). */
export function cacheControl(path: string): string {
  return path.startsWith('assets/') ? IMMUTABLE : REVALIDATE;
}

/**
 * The headers for a request path under the site's base ('', 'about/', 'embeds/worldwide.html'):
 * Cache-Control, and the Content-Security-Policy of the file it is answered with, if it has one.
 */
export function headersFor(path: string): Record<string, string> {
  const kind = policyKindOf(servedFile(path));
  return {
    'Cache-Control': cacheControl(path),
    ...(kind && { 'Content-Security-Policy': contentSecurityPolicy(kind) }),
  };
}

/**
 * The URL paths (under the base) a page of the build is reached by: a folder's index.html by the
 * folder too, and a page by its name without .html, as Cloudflare Pages redirects it.
 */
function pagePaths(file: string): string[] {
  if (file === 'index.html' || file.endsWith('/index.html')) {
    return [file.slice(0, -'index.html'.length), file];
  }
  return [file, file.slice(0, -'.html'.length)];
}

/**
 * The `_headers` file for a build under `base` whose pages (files ending in .html) are `pages`.
 * Rules never overlap: both hosts join the values of every rule that matches a path, and two
 * policies would both apply (an embed would take the app's frame-ancestors). So the policy goes on
 * each page by name and on assets/* (which workers take theirs from), not on a catch-all; the other
 * files (data, downloads, images, the embeds' standalone SVGs) get none, and hosts revalidate them.
 */
export function headersFile(base: string, pages: readonly string[]): string {
  const rule = (path: string, headers: Record<string, string>) => [
    `${base}${path}`,
    ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`),
  ];
  const lines = [
    '# Written by the build (src/build/hostHeaders.ts) for Netlify and Cloudflare Pages.',
    ...rule('assets/*', headersFor('assets/')),
  ];
  for (const page of [...pages].sort()) {
    const kind = policyKindOf(page);
    if (!kind) continue;
    for (const path of pagePaths(page)) {
      lines.push(...rule(path, { 'Content-Security-Policy': contentSecurityPolicy(kind) }));
    }
  }
  return [...lines, ''].join('\n');
}

/** The Vite plugin: writes `_headers` into the build, after every page is in it. */
export function hostHeadersPlugin(): Plugin {
  let base = '/';
  return {
    name: 'nk-workers-abroad:host-headers',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      base = config.base;
    },
    generateBundle(_options, bundle) {
      const pages = Object.keys(bundle).filter((file) => file.endsWith('.html'));
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile(base, pages) });
    },
  };
}
