/**
 * What changed in data/ since a git ref, as Markdown for a pull request's description or as JSON.
 *
 * Usage: npm run data:diff [-- REF] [--json] [--dir DIR]
 *
 * Compares the files on disk (uncommitted edits included) with the package at REF, row by row on each
 * table's primary key. REF defaults to where HEAD meets main (`git merge-base HEAD main`, or origin/main
 * when there is no local main): on main that is HEAD, so the diff shows uncommitted edits; on a branch
 * it shows everything the branch would bring to main. Exits 0 (changes or none), 2 on an error.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { versionLabel } from '../lib/cite/version.ts';
import {
  diffPackages,
  isEmptyDiff,
  type CellChange,
  type PackageDiff,
  type PackageTexts,
  type TableDiff,
  type TextRow,
} from '../lib/data/diff.ts';
import {
  computeDatasetVersion,
  descriptorFiles,
  hashPackageFiles,
  type DatasetVersion,
} from '../build/datasetVersion.ts';

export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));
const DESCRIPTOR_FILE = 'datapackage.json';

/** Runs git in `dir` and returns its standard output as bytes; throws with git's message on failure. */
export function gitBytes(dir: string, args: string[]): Buffer {
  try {
    return execFileSync('git', args, {
      cwd: dir,
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
    throw new Error(stderr || (error instanceof Error ? error.message : String(error)));
  }
}

/** gitBytes as trimmed text. */
export function git(dir: string, args: string[]): string {
  return gitBytes(dir, args).toString('utf8').trim();
}

/** A version of the package: its files' text, where it was read from, and its version. */
export interface PackageSide {
  /** What the reader is told: `working tree`, or the ref and its short commit. */
  label: string;
  /** The full commit, for a side read from git. */
  commit?: string;
  texts: PackageTexts;
  /** null when that version has no datapackage.json. */
  version: DatasetVersion | null;
}

/** The package as it is on disk in `dir`. */
export function workingSide(dir: string): PackageSide {
  const descriptor = readFileSync(join(dir, DESCRIPTOR_FILE));
  const files: Record<string, string | null> = {};
  for (const path of resourcePaths(decode(descriptor))) {
    try {
      files[path] = decode(readFileSync(join(dir, path)));
    } catch {
      files[path] = null;
    }
  }
  return {
    label: 'working tree',
    texts: { descriptor: decode(descriptor), files },
    version: computeDatasetVersion(dir),
  };
}

/**
 * The package in `dir` as committed at `ref`, labelled `name (abc1234)` (`ref` by default). Throws
 * when git does not know the ref.
 */
export function sideAtRef(dir: string, ref: string, name = ref): PackageSide {
  let commit: string;
  try {
    commit = git(dir, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  } catch {
    throw new Error(`git knows no commit ${JSON.stringify(ref)}`);
  }
  const show = (path: string): Buffer | null => {
    try {
      // `./` makes the path relative to `dir`, wherever it sits in the repository.
      return gitBytes(dir, ['show', `${commit}:./${path}`]);
    } catch {
      return null;
    }
  };
  const short = commit.slice(0, 7);
  const label = name === commit || name === short ? short : `${name} (${short})`;
  const descriptorBytes = show(DESCRIPTOR_FILE);
  if (descriptorBytes === null) {
    return { label, commit, texts: { descriptor: null, files: {} }, version: null };
  }
  const descriptor = decode(descriptorBytes);
  const files: Record<string, string | null> = {};
  for (const path of resourcePaths(descriptor)) {
    const file = show(path);
    files[path] = file === null ? null : decode(file);
  }
  // Hashed as computeDatasetVersion hashes the files on disk; a missing file is left out there too.
  const versioned = descriptorFiles(descriptor);
  const hash = hashPackageFiles(
    versioned.flatMap((path) => {
      const bytes = path === DESCRIPTOR_FILE ? descriptorBytes : show(path);
      return bytes === null ? [] : [[path, bytes] as const];
    }),
  );
  const date = git(dir, ['log', '-1', '--format=%cs', commit, '--', ...versioned]);
  return {
    label,
    commit,
    texts: { descriptor, files },
    version: { hash, date, label: versionLabel(date, hash) },
  };
}

/** The default ref to compare with, and what to call it: where HEAD meets main, else HEAD. */
export function defaultBase(dir: string): { ref: string; name: string } {
  for (const branch of ['main', 'origin/main']) {
    try {
      const ref = git(dir, ['merge-base', 'HEAD', branch]);
      const tip = git(dir, ['rev-parse', branch]);
      return { ref, name: ref === tip ? branch : `where HEAD left ${branch}` };
    } catch {
      // No such branch here: try the next.
    }
  }
  return { ref: 'HEAD', name: 'HEAD' };
}

/** The resources' paths as the descriptor writes them, once each is known to be inside the package. */
function resourcePaths(descriptorText: string): string[] {
  descriptorFiles(descriptorText);
  const parsed = JSON.parse(descriptorText) as { resources?: { path?: unknown }[] };
  return (parsed.resources ?? [])
    .map((resource) => resource.path)
    .filter((path): path is string => typeof path === 'string');
}

function decode(bytes: Uint8Array): string {
  // TextDecoder drops a leading byte-order mark.
  return new TextDecoder('utf-8').decode(bytes);
}

/** What each table is called for a reader, and the columns that identify one of its rows at a glance. */
const TABLE_VIEWS: Record<string, { title: string; columns: string[] }> = {
  estimates: {
    title: 'Figures',
    columns: [
      'id',
      'country',
      'region',
      'measure',
      'low',
      'high',
      'point',
      'qualifier',
      'ref_period',
      'estimator',
      'source_id',
    ],
  },
  sources: { title: 'Sources', columns: ['id', 'publisher', 'title', 'published', 'url'] },
  events: { title: 'Events', columns: ['id', 'date', 'title', 'major', 'source_id'] },
};

/** A table's title for a reader: `Figures`, or the resource's own name. */
export function tableTitle(table: Pick<TableDiff, 'resource'>): string {
  return TABLE_VIEWS[table.resource]?.title ?? table.resource;
}

/** The diff as Markdown for a pull request: counts, then every added, changed and removed row. */
export function renderDiffMarkdown(diff: PackageDiff, from: PackageSide, to: PackageSide): string {
  const lines = [
    `## Data changes: ${inline(from.label)} → ${inline(to.label)}`,
    '',
    `Version ${inline(from.version?.label ?? 'none')} → ${inline(to.version?.label ?? 'none')}`,
    '',
  ];
  if (isEmptyDiff(diff)) {
    lines.push('No change to the data.');
    return `${lines.join('\n')}\n`;
  }
  lines.push('| | added | removed | changed |', '|---|---:|---:|---:|');
  for (const table of diff.tables) {
    lines.push(
      `| ${tableTitle(table)} (${code(table.path)}) | ${table.added.length} | ${table.removed.length} | ${table.changed.length} |`,
    );
  }
  for (const table of diff.tables) lines.push(...tableSection(table));
  if (diff.schema.length > 0) {
    lines.push('', '### Schema (`datapackage.json`)', '');
    for (const change of diff.schema) {
      const where = code(
        change.path.replace(/^resources\./, '').replace('.schema.', '.') || '(whole descriptor)',
      );
      const detail =
        change.change === 'changed'
          ? `: ${json(change.before)} → ${json(change.after)}`
          : change.change === 'added'
            ? ` added: ${json(change.after)}`
            : ` removed`;
      lines.push(`- ${where}${detail}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function tableSection(table: TableDiff): string[] {
  const title = tableTitle(table);
  const lines: string[] = [];
  const view = TABLE_VIEWS[table.resource];
  const columnsOf = (rows: TextRow[]) => {
    const present = Object.keys(rows[0] ?? {});
    const wanted = view?.columns.filter((column) => present.includes(column)) ?? present;
    return wanted.filter(
      (column) => rows.some((row) => row[column]) || table.keyFields.includes(column),
    );
  };
  const rowTable = (heading: string, rows: TextRow[]) => {
    if (rows.length === 0) return;
    const columns = columnsOf(rows);
    lines.push(
      '',
      `### ${heading}`,
      '',
      `| ${columns.join(' | ')} |`,
      `|${columns.map(() => '---').join('|')}|`,
    );
    for (const row of rows) {
      lines.push(
        `| ${columns.map((column) => cell(row[column] ?? '', table.keyFields.includes(column))).join(' | ')} |`,
      );
    }
  };
  rowTable(`${title} added (${table.added.length})`, table.added);
  if (table.changed.length > 0) {
    lines.push('', `### ${title} changed (${table.changed.length})`, '');
    for (const row of table.changed) {
      const context = ['country', 'measure']
        .map((column) => row.after[column])
        .filter((value): value is string => Boolean(value));
      lines.push(
        `- ${code(row.key)}${context.length > 0 ? ` (${inline(context.join(', '))})` : ''}`,
      );
      for (const change of row.changes) lines.push(`  - ${fieldChange(change)}`);
    }
  }
  rowTable(`${title} removed (${table.removed.length})`, table.removed);
  if (table.columnsAdded.length > 0) {
    lines.push(
      '',
      `Columns added to ${code(table.path)}: ${table.columnsAdded.map(code).join(', ')}.`,
    );
  }
  if (table.columnsRemoved.length > 0) {
    lines.push(
      '',
      `Columns removed from ${code(table.path)}: ${table.columnsRemoved.map(code).join(', ')}.`,
    );
  }
  for (const note of table.notes) lines.push('', `Note: ${inline(note)}.`);
  return lines;
}

function fieldChange(change: CellChange): string {
  return `${code(change.field)}: ${value(change.before)} → ${value(change.after)}`;
}

function value(text: string | null): string {
  if (text === null) return '*(no column)*';
  return text === '' ? '*(empty)*' : inline(text);
}

function cell(text: string, isKey: boolean): string {
  return isKey && text !== '' ? code(text) : inline(text);
}

/** Text from the data as inert Markdown: one line, no markup, no HTML. */
export function inline(text: string): string {
  return text
    .replace(/\r?\n|\r/g, ' ')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replace(/[\\`*_[\]|~#!]/g, '\\$&');
}

/** A code span for ids and names; anything with a backtick or a line break is shown as plain text. */
export function code(text: string): string {
  return /^[^`\r\n|]+$/.test(text) ? `\`${text}\`` : inline(text);
}

function json(data: unknown): string {
  const text = JSON.stringify(data) ?? 'undefined';
  return code(text.length > 200 ? `${text.slice(0, 197)}…` : text);
}

/** The data:diff result for `dir` against `ref` (the default base when omitted). */
export function dataDiff(
  dir: string,
  ref?: string,
): { diff: PackageDiff; from: PackageSide; to: PackageSide } {
  const base = ref === undefined ? defaultBase(dir) : { ref, name: ref };
  const from = sideAtRef(dir, base.ref, base.name);
  const to = workingSide(dir);
  return { diff: diffPackages(from.texts, to.texts), from, to };
}

function main(args: string[]): number {
  const json = args.includes('--json');
  const dirAt = args.indexOf('--dir');
  const dirArgument = dirAt >= 0 ? args[dirAt + 1] : undefined;
  const positional = args.filter(
    (arg, index) => !arg.startsWith('--') && (dirAt < 0 || index !== dirAt + 1),
  );
  if (positional.length > 1 || (dirAt >= 0 && !dirArgument)) {
    process.stderr.write('Usage: npm run data:diff [-- REF] [--json] [--dir DIR]\n');
    return 2;
  }
  // npm runs scripts from the package root; INIT_CWD is where the command was typed.
  const dir = dirArgument
    ? resolve(process.env.INIT_CWD ?? process.cwd(), dirArgument)
    : DEFAULT_DATA_DIR;
  const { diff, from, to } = dataDiff(dir, positional[0]);
  if (json) {
    const side = ({ label, commit, version }: PackageSide) => ({ label, commit, version });
    process.stdout.write(
      `${JSON.stringify({ from: side(from), to: side(to), ...diff }, null, 2)}\n`,
    );
  } else {
    process.stdout.write(renderDiffMarkdown(diff, from, to));
  }
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // `npm run data:diff | head` closes the pipe early, which is no error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`data:diff: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  }
}
