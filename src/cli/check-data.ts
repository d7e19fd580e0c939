/**
 * Validates a data package directory: `npm run data:check [-- DIR]` (DIR defaults to data/).
 * Prints every problem on stdout as `FILE:LINE:COLUMN: message` (FILE relative to the repository
 * root, as `data/estimates.csv`; LINE 0 for a problem with a whole file), then one summary line;
 * exits 1 if there is any problem, else 0.
 */
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { checkPackageDir, type PackageCheck } from '../lib/data/packageDir';
import { formatProblem } from '../lib/data/problem';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DEFAULT_DIR = join(ROOT, 'data');

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
