// Node only: how every reader of a package directory opens one of its files.
import {
  closeSync,
  constants,
  fstatSync,
  openSync,
  readFileSync,
  realpathSync,
  type Stats,
} from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';

/** A file's bytes, or why they cannot be used (`no such file`, `it is a directory`…). */
export type PackageFileBytes = Uint8Array | { error: string };

// O_NOFOLLOW: the checked real path is opened, so a link put in its place afterwards is not
// followed. O_NONBLOCK: opening a named pipe would otherwise wait for a writer forever. (Neither
// exists on Windows, where 0 leaves the flags as they were.)
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/**
 * Reads the file at `path` (as datapackage.json writes it) in the package directory `dir`. Only a
 * regular file inside the package is read: not an absolute path or one through `..`, not a symbolic
 * link (or a linked folder) that leads outside the package, not a directory, pipe or device. A link
 * that stays inside the package is followed.
 */
export async function readPackageFile(dir: string, path: string): Promise<PackageFileBytes> {
  if (!isPackagePath(path)) return NOT_IN_PACKAGE;
  try {
    const target = insidePackage(await realpath(dir), await realpath(join(dir, path)));
    if (typeof target !== 'string') return target;
    const handle = await open(target, OPEN_FLAGS);
    try {
      return notRegularFile(await handle.stat()) ?? new Uint8Array(await handle.readFile());
    } finally {
      await handle.close();
    }
  } catch (error) {
    return { error: readErrorReason(error) };
  }
}

/** readPackageFile for synchronous readers (the build's dataset version). */
export function readPackageFileSync(dir: string, path: string): PackageFileBytes {
  if (!isPackagePath(path)) return NOT_IN_PACKAGE;
  try {
    const target = insidePackage(realpathSync(dir), realpathSync(join(dir, path)));
    if (typeof target !== 'string') return target;
    const fd = openSync(target, OPEN_FLAGS);
    try {
      return notRegularFile(fstatSync(fd)) ?? new Uint8Array(readFileSync(fd));
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    return { error: readErrorReason(error) };
  }
}

const NOT_IN_PACKAGE = { error: 'it is not a relative path inside the package' };

/** The real path to open, or why not: it must lie inside the package's real directory. */
function insidePackage(root: string, real: string): string | { error: string } {
  const fromRoot = relative(root, real);
  if (
    fromRoot === '' ||
    fromRoot === '..' ||
    fromRoot.startsWith(`..${sep}`) ||
    isAbsolute(fromRoot)
  ) {
    return {
      error: 'it is a symbolic link (or in a linked folder) that leads outside the package',
    };
  }
  return real;
}

/** A path as the descriptor check accepts it: relative, `/`-separated, without `..` or a scheme. */
function isPackagePath(path: unknown): boolean {
  return (
    typeof path === 'string' &&
    path !== '' &&
    !isAbsolute(path) &&
    !path.startsWith('/') &&
    !path.includes('\\') &&
    !path.includes(':') &&
    !path.split('/').includes('..')
  );
}

function notRegularFile(stats: Stats): { error: string } | null {
  if (stats.isFile()) return null;
  return { error: stats.isDirectory() ? 'it is a directory' : 'it is not a regular file' };
}

const READ_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  ENOTDIR: 'no such file',
  EACCES: 'permission denied',
  EISDIR: 'it is a directory',
  ELOOP: 'it is a symbolic link that loops',
};

function readErrorReason(error: unknown): string {
  const code = (error as { code?: string }).code;
  return (code && READ_ERRORS[code]) ?? (error instanceof Error ? error.message : String(error));
}
