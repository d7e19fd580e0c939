// Node only: the one way data:check, the build and the Node engine read and check a package directory.
import { parseDescriptor } from './descriptor';
import { readDescriptorText } from './descriptorFile';
import { readPackageFile } from './packageFile';
import type { Problem } from './problem';
import type { DataPackage } from './schema';
import { validatePackage, type ValidateOptions } from './validate';

/** A package directory as read: its descriptor, and each listed file's bytes for validatePackage. */
export interface PackageDir {
  /** Null when datapackage.json cannot be read or used (see `problems`). */
  descriptor: DataPackage | null;
  /** What was wrong with datapackage.json. */
  problems: Problem[];
  /** Each resource's bytes by its path in the descriptor; null = could not be read. */
  files: Record<string, Uint8Array | null>;
  /** Why a file is null, by resource path. */
  readErrors: Record<string, string>;
}

/** Reads `dir`'s datapackage.json and then every file it lists (none when the descriptor is unusable). */
export async function readPackageDir(dir: string): Promise<PackageDir> {
  const descriptorText = await readDescriptorText(dir);
  if (descriptorText.text === null) {
    return { descriptor: null, problems: descriptorText.problems, files: {}, readErrors: {} };
  }
  const { descriptor, problems } = parseDescriptor(descriptorText.text);
  const files: Record<string, Uint8Array | null> = {};
  const readErrors: Record<string, string> = {};
  for (const { path } of descriptor?.resources ?? []) {
    const bytes = await readPackageFile(dir, path);
    files[path] = bytes instanceof Uint8Array ? bytes : null;
    if (!(bytes instanceof Uint8Array)) readErrors[path] = bytes.error;
  }
  return { descriptor, problems, files, readErrors };
}

export interface PackageCheck {
  problems: Problem[];
  /** Resource files the descriptor lists. */
  fileCount: number;
  /** Data rows read (kept and dropped). */
  rowCount: number;
  droppedCount: number;
}

/** Reads and validates the package in `dir`: its datapackage.json and every file it lists. */
export async function checkPackageDir(
  dir: string,
  options: Omit<ValidateOptions, 'readErrors'> = {},
): Promise<PackageCheck> {
  const { descriptor, problems, files, readErrors } = await readPackageDir(dir);
  if (!descriptor) return { problems, fileCount: 0, rowCount: 0, droppedCount: 0 };
  const result = validatePackage(descriptor, files, { ...options, readErrors });
  const keptCount = Object.values(result.tables).reduce(
    (sum, rows: unknown[]) => sum + rows.length,
    0,
  );
  return {
    problems: result.problems,
    fileCount: descriptor.resources.length,
    rowCount: keptCount + result.dropped.length,
    droppedCount: result.dropped.length,
  };
}
