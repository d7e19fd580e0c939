// `npm run test:e2e [-- Playwright's arguments]`: the browser tests on the production build. Builds
// dist/ and, for subpath.spec, a second build under a sub-path in a temporary folder (the wasm's
// Brotli copy comes from the first build's cache), both outside Playwright's time limits, then runs
// Playwright and says how long each step took.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The base subpath.spec expects its build under. */
const SUBPATH_BASE = '/some/path/';

/**
 * Runs a step with the terminal's output; returns its exit status.
 * @param {string} name
 * @param {string} command
 * @param {string[]} args
 * @param {Record<string, string>} [env]
 * @returns {number}
 */
function step(name, command, args, env = {}) {
  const start = performance.now();
  const { status, signal, error } = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  console.log(`test:e2e: ${name} took ${((performance.now() - start) / 1000).toFixed(1)} s`);
  if (error) throw error;
  return signal ? 1 : (status ?? 1);
}

const bin = (/** @type {string} */ name) => join('node_modules', '.bin', name);
// The tests check that compressed copies are served, not how small they are: Brotli at quality 9
// compresses the 33 MB wasm in seconds, where the site's quality 11 takes minutes on a fresh machine.
process.env.NKWA_BROTLI_QUALITY ??= '9';
const subpathDir = mkdtempSync(join(tmpdir(), 'nkwa-subpath-'));
let status = 1;
try {
  status =
    step('finding Chromium', process.execPath, ['tests/e2e/ensure-chromium.js']) ||
    step('the build', bin('vite'), ['build', '--logLevel', 'warn']) ||
    step(`the build under ${SUBPATH_BASE}`, bin('vite'), [
      'build',
      '--logLevel',
      'warn',
      '--base',
      SUBPATH_BASE,
      '--outDir',
      subpathDir,
      '--emptyOutDir',
    ]) ||
    step('Playwright', bin('playwright'), ['test', ...process.argv.slice(2)], {
      TZ: 'UTC',
      E2E_SUBPATH_DIR: subpathDir,
      E2E_SUBPATH_BASE: SUBPATH_BASE,
    });
} finally {
  rmSync(subpathDir, { recursive: true, force: true });
}
process.exit(status);
