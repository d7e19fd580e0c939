// The build's gate: the package is validated as data:check validates it, before anything is bundled.
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';
import { readDescriptorText } from '../lib/data/descriptorFile.ts';
import { formatProblem, type Problem } from '../lib/data/problem.ts';

type PackageDirModule = typeof import('../lib/data/packageDir.ts');
// Through a module runner: the validator's modules are written for Vite, not for Node's loader.
const PACKAGE_DIR_MODULE = fileURLToPath(new URL('../lib/data/packageDir.ts', import.meta.url));

export interface DataCheckOptions {
  /** The data package, relative to the Vite root; `data` by default. */
  dataDir?: string;
}

/**
 * Stops a build whose data package has any problem, with the validator's first problems, before
 * the bundler writes anything: no half-built or stale site is left looking like a good one.
 */
export function dataCheckPlugin({ dataDir = 'data' }: DataCheckOptions = {}): Plugin {
  let dir = dataDir;
  return {
    name: 'nk-workers-abroad:data-check',
    apply: 'build',
    enforce: 'pre',
    configResolved(config) {
      dir = resolve(config.root, dataDir);
    },
    async buildStart() {
      // First on its own: the validator imports data/datapackage.json, and a broken one would stop
      // the import with the bundler's JSON error, which names neither the file nor the place.
      const descriptor = await readDescriptorText(dir);
      if (descriptor.problems.length > 0) this.error(refusal(dir, descriptor.problems));
      const { module } = await runnerImport<PackageDirModule>(PACKAGE_DIR_MODULE, {
        configFile: false,
        logLevel: 'warn',
      });
      const { problems } = await module.checkPackageDir(dir);
      if (problems.length > 0) this.error(refusal(dir, problems));
    },
  };
}

const SHOWN_PROBLEMS = 10;

/** Why a package with problems is not built: the validator's first problems, as data:check prints them. */
export function refusal(dataDir: string, problems: Problem[]): string {
  const shownDir = `${relative(process.cwd(), dataDir) || '.'}/`;
  const lines = problems
    .slice(0, SHOWN_PROBLEMS)
    .map((problem) => `  ${formatProblem({ ...problem, file: `${shownDir}${problem.file}` })}`);
  const more = problems.length - SHOWN_PROBLEMS;
  if (more > 0) lines.push(`  … and ${more} more`);
  const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
  return [
    `${shownDir} has ${count}, so the site was not built:`,
    ...lines,
    'Run npm run data:check to see them all; the build needs a package with none.',
  ].join('\n');
}
