/**
 * The dataset version: a short content hash of data/ and a date, computed at build time. Node scripts
 * call computeDatasetVersion; the app imports `virtual:dataset-version`, which datasetVersionPlugin serves
 * (in builds, the dev server and Vitest). `npx tsx src/build/datasetVersion.ts [DIR]` prints it.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { isAbsolute, join, posix, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import { versionLabel, type DatasetVersion } from '../lib/cite/version.ts';
import { readPackageFileSync } from '../lib/data/packageFile.ts';

export type { DatasetVersion };

const DESCRIPTOR_FILE = 'datapackage.json';
/** How many hex digits of the SHA-256 the version keeps. */
const HASH_LENGTH = 8;

/**
 * The version of the data package in `dataDir`. `hash`: see hashPackageFiles, over datapackage.json and
 * every file it lists. `date`: the date of the last commit that changed one of those files
 * (`git log -1 --format=%cs`), or, when git is unavailable, the files are not committed or have
 * uncommitted changes, the newest modification date among them (UTC). Throws when a file cannot be read.
 */
export function computeDatasetVersion(dataDir: string): DatasetVersion {
  const files = versionedFiles(dataDir);
  const hash = hashPackageFiles(files.map((file) => [file, packageFileBytes(dataDir, file)]));
  const date = committedDate(dataDir, files) ?? newestModified(dataDir, files);
  return { hash, date, label: versionLabel(date, hash) };
}

/**
 * The version hash of a package's files: the first 8 hex digits of a SHA-256 over the files taken in
 * sorted path order as, for each, its path, a NUL, its length in bytes, a NUL and its bytes, each file
 * read without a leading UTF-8 byte-order mark and with CRLF line ends as LF, so that a re-save by an
 * editor that adds either, or a Windows checkout, keeps the version.
 */
export function hashPackageFiles(
  files: Iterable<readonly [path: string, bytes: Uint8Array]>,
): string {
  const sha = createHash('sha256');
  const sorted = [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [path, raw] of sorted) {
    const bytes = normalisedText(raw);
    sha.update(`${path}\0${bytes.length}\0`);
    sha.update(bytes);
  }
  return sha.digest('hex').slice(0, HASH_LENGTH);
}

/**
 * The files a version covers, relative to `dataDir` and sorted: datapackage.json and each resource's
 * path(s). Throws on a descriptor that cannot be read or a path outside the directory.
 */
export function versionedFiles(dataDir: string): string[] {
  return descriptorFiles(new TextDecoder().decode(packageFileBytes(dataDir, DESCRIPTOR_FILE)));
}

/**
 * A package file's bytes, read as every reader of the package reads it (a regular file inside the
 * package, see readPackageFile); throws with the file's name and the reason otherwise.
 */
export function packageFileBytes(dataDir: string, file: string): Uint8Array {
  const bytes = readPackageFileSync(dataDir, file);
  if (bytes instanceof Uint8Array) return bytes;
  throw new Error(`cannot read ${join(dataDir, file)}: ${bytes.error}`);
}

/** versionedFiles for the text of a datapackage.json (read from git, say). */
export function descriptorFiles(descriptorText: string): string[] {
  const text = descriptorText.charCodeAt(0) === 0xfeff ? descriptorText.slice(1) : descriptorText;
  const descriptor = JSON.parse(text) as { resources?: { path?: unknown }[] };
  const files = new Set([DESCRIPTOR_FILE]);
  for (const resource of descriptor.resources ?? []) {
    const paths: unknown[] = Array.isArray(resource.path) ? resource.path : [resource.path];
    for (const path of paths) {
      if (typeof path !== 'string' || !isLocalPath(path)) {
        throw new Error(
          `${DESCRIPTOR_FILE}: resource path ${JSON.stringify(path)} is not a file inside the package`,
        );
      }
      files.add(posix.normalize(path));
    }
  }
  return [...files].sort();
}

function isLocalPath(path: string): boolean {
  const normal = posix.normalize(path);
  return (
    path !== '' &&
    !isAbsolute(path) &&
    !/^[a-z][a-z0-9+.-]*:/i.test(path) &&
    normal !== '..' &&
    !normal.startsWith('../')
  );
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function normalisedText(bytes: Uint8Array): Buffer {
  const hasBom = UTF8_BOM.every((byte, index) => bytes[index] === byte);
  const body = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).subarray(
    hasBom ? UTF8_BOM.length : 0,
  );
  // latin1 maps each byte to one character and back, so only the CR LF pairs change.
  return Buffer.from(body.toString('latin1').replaceAll('\r\n', '\n'), 'latin1');
}

/** The commit date of the files, or null when git cannot vouch that they are what was committed. */
function committedDate(dataDir: string, files: string[]): string | null {
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: dataDir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 10_000,
    }).trim();
  try {
    // --no-optional-locks: a build must not take the index lock from someone committing.
    const changed = git('--no-optional-locks', 'status', '--porcelain', '--', ...files);
    if (changed !== '') return null;
    const date = git('log', '-1', '--format=%cs', '--', ...files);
    return /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null;
  } catch {
    return null;
  }
}

function newestModified(dataDir: string, files: string[]): string {
  const newest = Math.max(...files.map((file) => statSync(join(dataDir, file)).mtimeMs));
  return new Date(newest).toISOString().slice(0, 10);
}

export const VIRTUAL_MODULE_ID = 'virtual:dataset-version';
const RESOLVED_ID = `\0${VIRTUAL_MODULE_ID}`;

/**
 * A Vite plugin serving `virtual:dataset-version`: `export const datasetVersion = { hash, date, label }`
 * for the package in `dataDir` (relative to the Vite root; `data` by default), recomputed when one of
 * its files changes.
 */
export function datasetVersionPlugin({ dataDir = 'data' }: { dataDir?: string } = {}): Plugin {
  let dir = resolve(dataDir);
  return {
    name: 'nk-workers-abroad:dataset-version',
    configResolved(config) {
      dir = resolve(config.root, dataDir);
    },
    resolveId(id) {
      return id === VIRTUAL_MODULE_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const version = computeDatasetVersion(dir);
      for (const file of versionedFiles(dir)) this.addWatchFile(join(dir, file));
      return `export const datasetVersion = Object.freeze(${JSON.stringify(version)});\n`;
    },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dirArgument = process.argv[2];
  const dir = dirArgument
    ? resolve(process.env.INIT_CWD ?? process.cwd(), dirArgument)
    : fileURLToPath(new URL('../../data/', import.meta.url));
  process.stdout.write(`${JSON.stringify(computeDatasetVersion(dir))}\n`);
}
