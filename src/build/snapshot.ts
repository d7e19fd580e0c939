/**
 * The snapshot of the first view, built with the site (see build-snapshot.ts): `snapshotPlugin()` in
 * vite.config.ts emits it as dist/assets/snapshot-<hash>.json and names it in index.html with a
 * `<link rel="preload" as="fetch" data-snapshot>`, which starts its download with the page's scripts and
 * tells the page where it is (src/lib/snapshot/loadSnapshot.ts). The dev server builds it on request.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { SNAPSHOT_LINK_ATTRIBUTE } from '../lib/snapshot/link.ts';
import { versionedFiles } from './datasetVersion.ts';

/** How many hex digits of the content's SHA-256 the file name keeps. */
const HASH_LENGTH = 8;

/** The snapshot as the file the build emits: its JSON text and its fingerprinted path. */
export interface SnapshotAsset {
  /** e.g. assets/snapshot-1a2b3c4d.json: the name changes whenever the content does. */
  fileName: string;
  json: string;
}

export function snapshotAsset(json: string): SnapshotAsset {
  const hash = createHash('sha256').update(json).digest('hex').slice(0, HASH_LENGTH);
  return { fileName: `assets/snapshot-${hash}.json`, json };
}

/**
 * Builds the snapshot of the package in `dataDir` in a child process (build-snapshot.ts --json, through
 * tsx). The builder imports the app's query and database modules, which Vite's config loader cannot
 * take (extensionless imports, JSON without attributes); and in its own process, starting DuckDB runs
 * beside the bundler instead of holding up its plugins.
 */
export function buildSnapshotAsset(dataDir: string): Promise<SnapshotAsset> {
  const require = createRequire(import.meta.url);
  const builder = fileURLToPath(new URL('./build-snapshot.ts', import.meta.url));
  const args = ['--import', require.resolve('tsx'), builder, dataDir, '--json'];
  return new Promise((resolvePromise, reject) => {
    execFile(
      process.execPath,
      args,
      { maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' },
      (error, stdout, stderr) => {
        if (error)
          reject(new Error(`Could not build the snapshot: ${stderr.trim() || error.message}`));
        // Parsed and written again: anything but one JSON document on stdout fails here, not in the page.
        else resolvePromise(snapshotAsset(JSON.stringify(JSON.parse(stdout))));
      },
    );
  });
}

/** Where the dev server answers with a snapshot of data/ as it is now. */
const DEV_PATH = '@snapshot/first-view.json';

/** A Vite plugin that builds the snapshot of the package in `dataDir` (relative to the Vite root). */
export function snapshotPlugin({ dataDir = 'data' }: { dataDir?: string } = {}): Plugin {
  let dir = resolve(dataDir);
  let base = '/';
  let serving = false;
  let built: Promise<SnapshotAsset> | undefined;
  const build = () => (built ??= buildSnapshotAsset(dir));
  return {
    name: 'nk-workers-abroad:snapshot',
    configResolved(config) {
      dir = resolve(config.root, dataDir);
      base = config.base;
      serving = config.command === 'serve';
      // Started now, it runs while the bundler works; generateBundle waits for it.
      if (!serving) build().catch(() => undefined);
    },
    buildStart() {
      for (const file of versionedFiles(dir)) this.addWatchFile(join(dir, file));
    },
    watchChange(id) {
      if (resolve(id).startsWith(dir)) built = undefined;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(_html, context) {
        // Only the dashboard starts from the snapshot; other pages (embeds) must not fetch it.
        if (context.path !== '/index.html') return undefined;
        const path = serving ? DEV_PATH : (await build()).fileName;
        return [
          {
            tag: 'link',
            attrs: {
              rel: 'preload',
              as: 'fetch',
              type: 'application/json',
              crossorigin: '',
              href: `${base}${path}`,
              [SNAPSHOT_LINK_ATTRIBUTE]: '',
            },
            injectTo: 'head',
          },
        ];
      },
    },
    async generateBundle() {
      const asset = await build();
      this.emitFile({ type: 'asset', fileName: asset.fileName, source: asset.json });
    },
    configureServer(server) {
      server.watcher.on('all', (_event, file) => {
        if (resolve(file).startsWith(dir)) built = undefined;
      });
      server.middlewares.use((request, response, next) => {
        if (request.url !== `${base}${DEV_PATH}`) return next();
        build().then(
          (asset) => {
            response.setHeader('Content-Type', 'application/json');
            response.end(asset.json);
          },
          (error: unknown) => {
            built = undefined;
            next(error);
          },
        );
      });
    },
  };
}
