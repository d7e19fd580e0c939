/**
 * Validates a data package directory: `npm run data:check [-- DIR]` (DIR defaults to data/).
 * Prints every problem on stdout as `FILE:LINE:COLUMN: message` (FILE relative to the repository
 * root, as `data/estimates.csv`; LINE 0 for a problem with a whole file), then one summary line;
 * exits 1 if there is any problem, else 0.
 */
import { readFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseDescriptor } from '../lib/data/descriptor';
import { DESCRIPTOR_FILE, formatProblem, unreadableFile, type Problem } from '../lib/data/problem';
import { validatePackage, type ValidateOptions } from '../lib/data/validate';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DEFAULT_DIR = join(ROOT, 'data');

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
  const descriptorText = await readText(join(dir, DESCRIPTOR_FILE));
  if (typeof descriptorText !== 'string') {
    return {
      problems: [unreadableFile(DESCRIPTOR_FILE, descriptorText.error)],
      fileCount: 0,
      rowCount: 0,
      droppedCount: 0,
    };
  }
  const { descriptor, problems } = parseDescriptor(descriptorText);
  if (!descriptor) return { problems, fileCount: 0, rowCount: 0, droppedCount: 0 };
  const files: Record<string, string | null> = {};
  const readErrors: Record<string, string> = {};
  for (const { path } of descriptor.resources) {
    const text = await readText(join(dir, path));
    files[path] = typeof text === 'string' ? text : null;
    if (typeof text !== 'string') readErrors[path] = text.error;
  }
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

/** The file's text, or why it cannot be used as text. */
async function readText(path: string): Promise<string | { error: string }> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return { error: readErrorReason(error) };
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { error: 'it is not UTF-8 text; save it as comma-separated CSV (UTF-8)' };
  }
}

const READ_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EISDIR: 'it is a directory',
};

function readErrorReason(error: unknown): string {
  const code = (error as { code?: string }).code;
  return (code && READ_ERRORS[code]) ?? (error instanceof Error ? error.message : String(error));
}

/** What data:check prints: a line per problem, its file shown under `shownDir`, then the summary. */
export function checkReport(check: PackageCheck, shownDir: string): string[] {
  const lines = check.problems.map((problem) =>
    formatProblem({ ...problem, file: `${shownDir}${problem.file}` }),
  );
  lines.push(summary(shownDir, check));
  return lines;
}

function summary(label: string, check: PackageCheck): string {
  const counts = `${plural(check.fileCount, 'file')}, ${plural(check.rowCount, 'row')}`;
  if (check.problems.length === 0) return `${label}: ${counts}, no problems`;
  return `${label}: ${counts}, ${plural(check.problems.length, 'problem')} (${plural(check.droppedCount, 'row')} dropped)`;
}

function plural(count: number, noun: string): string {
  return `${count.toLocaleString('en-US')} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * How to show a directory: relative to the repository root (`tests/fixtures/x/`) so that editors
 * and CI logs open its files, or absolute when it lies outside the repository.
 */
export function displayDir(dir: string, root = ROOT): string {
  const fromRoot = relative(root, dir);
  const outside = fromRoot === '..' || fromRoot.startsWith(`..${sep}`) || isAbsolute(fromRoot);
  const shown = (outside ? resolve(dir) : fromRoot).split(sep).join('/');
  return shown === '' ? './' : `${shown.replace(/\/$/, '')}/`;
}

async function main(args: string[]): Promise<number> {
  const dirArgument = args.find((arg) => !arg.startsWith('-'));
  // npm runs scripts from the package root; INIT_CWD is where the command was typed.
  const dir = dirArgument
    ? resolve(process.env.INIT_CWD ?? process.cwd(), dirArgument)
    : DEFAULT_DIR;
  const check = await checkPackageDir(dir);
  process.stdout.write(`${checkReport(check, displayDir(dir)).join('\n')}\n`);
  return check.problems.length > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 2;
    },
  );
}
