import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { cjkFontsPlugin } from './src/build/cjkFonts.ts';
import { dataCheckPlugin } from './src/build/dataCheck.ts';
import { datasetVersionPlugin } from './src/build/datasetVersion.ts';
import { downloadsPlugin } from './src/build/build-downloads.ts';
import { hostHeadersPlugin } from './src/build/hostHeaders.ts';
import { precompressPlugin } from './src/build/precompress.ts';
import { prerenderPlugins } from './src/build/prerender.ts';
import { strictPagesPlugin } from './src/build/strictPages.ts';
import { viewPagesPlugin } from './src/build/viewPages.ts';

export default defineConfig({
  plugins: [
    svelte(),
    dataCheckPlugin(),
    datasetVersionPlugin(),
    downloadsPlugin(),
    prerenderPlugins(),
    viewPagesPlugin(),
    strictPagesPlugin(),
    // After the plugins that write pages: links the CJK fonts' stylesheet from every one.
    cjkFontsPlugin(),
    hostHeadersPlugin(),
    precompressPlugin(),
  ],
  resolve: {
    alias: {
      // The minified build breaks papaparse's `worker: true` in production bundles.
      papaparse: fileURLToPath(new URL('./node_modules/papaparse/papaparse.js', import.meta.url)),
    },
  },
  // Data files are served and bundled from data/ itself, the one place maintainers edit.
  publicDir: 'public',
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    // The embed page (src/embed/main.ts) is a page of its own: the static figure, no query engine.
    rolldownOptions: { input: { index: 'index.html', embed: 'embed.html' } },
  },
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.ts'],
    environment: 'node',
    // Vitest empties CSS imports; app.css's text is read (?raw) for the light theme of images.
    css: { include: [/app\.css/] },
    testTimeout: 60_000,
    // Every core: Vitest's default leaves one idle, which on CI's two is half the machine (174 s → 114 s).
    maxWorkers: '100%',
    // Files start DuckDB-WASM in beforeAll (one engine per file: Vitest isolates files); on a loaded
    // machine a start takes tens of seconds, far past the 10 s default.
    hookTimeout: 120_000,
  },
});
