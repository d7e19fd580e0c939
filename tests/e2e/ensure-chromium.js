// Finds a Chromium for the browser tests, installing Debian's package when we may.
// Order: $CHROMIUM_PATH, an installed chromium, `apt-get install chromium` as root on Debian,
// else Playwright's own download (only where the network allows it).
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
].filter((path) => typeof path === 'string');

function found() {
  return candidates.find((path) => existsSync(path));
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const isDebian = existsSync('/etc/debian_version');

if (found()) {
  console.log(`chromium: ${found()}`);
} else if (isRoot && isDebian) {
  console.log('chromium: not found, installing Debian package chromium');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
    stdio: 'inherit',
  });
  if (!found()) throw new Error('apt-get installed chromium but /usr/bin/chromium is missing');
  console.log(`chromium: ${found()}`);
} else {
  console.log('chromium: not found and not root on Debian; trying Playwright download');
  execSync('node node_modules/@playwright/test/cli.js install chromium', { stdio: 'inherit' });
}
