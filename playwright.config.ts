import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './tests/e2e/chromium.js';

// Two copies of the suite (two clones, CI shards) can run side by side on different ports.
const port = Number(process.env.E2E_PORT ?? 4399);
if (!Number.isInteger(port) || port <= 0 || port > 65535)
  throw new Error(`E2E_PORT must be a TCP port, not "${process.env.E2E_PORT}"`);

export default defineConfig({
  testDir: 'tests/e2e',
  // Generous: on a loaded machine DuckDB-WASM alone can take tens of seconds to start in a page.
  timeout: 120_000,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'en-US',
    timezoneId: 'UTC',
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
  },
  webServer: {
    // The production build, as readers get it and as `npm start` serves it: the precompressed files
    // (`vite preview` compresses the 33 MiB wasm again on every load) and the host's headers. One
    // spec (csp) serves the build with no headers of its own. `npm run test:e2e` builds dist/ first,
    // outside this start limit: a build on a loaded machine can take longer than any limit a server
    // start deserves.
    command: `node_modules/.bin/tsx src/cli/serve.ts dist --port ${port} --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}/`,
    // Generous: on a loaded machine DuckDB-WASM alone can take tens of seconds to start in a page.
    timeout: 120_000,
    reuseExistingServer: false,
  },
});
