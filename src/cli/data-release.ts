/**
 * Writes the data/CHANGELOG.md entry for the current data version: its label, a line for the
 * maintainer's own words, and a summary of what changed since the previous version.
 *
 * Usage: npm run data:release [-- --since REF] [--dir DIR]
 *
 * The previous version is the newest entry already in the changelog. Its data is found in git by
 * content, not by commit message: the newest commit whose files hash to that entry's version hash
 * (so it does not matter in which commit the entry itself was written, or whether history was
 * squashed). `--since REF` compares with REF instead. With no entry yet, everything is new. When the
 * current hash already has an entry, it says so and changes nothing. Exits 0, or 1 when the previous
 * version cannot be found, 2 on an error.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { diffPackages, type PackageDiff, type TableDiff, type TextRow } from '../lib/data/diff.ts';
import {
  code,
  DEFAULT_DATA_DIR,
  git,
  inline,
  sideAtRef,
  tableTitle,
  workingSide,
  type PackageSide,
} from './data-diff.ts';
import { computeDatasetVersion } from '../build/datasetVersion.ts';

const CHANGELOG_FILE = 'CHANGELOG.md';
const VERSIONS_HEADING = '## Versions';
/** The line the maintainer replaces with their own words. */
export const OWN_WORDS = '<!-- Say what changed and why, in your own words. -->';
const ENTRY_HEADING = /^### (\d{4}-\d{2}-\d{2}) · ([0-9a-f]{8})\s*$/m;
/** How many ids a summary names before it only counts. */
const IDS_NAMED = 10;

/** The hash of the newest entry in a changelog's version list, or null when it has none. */
export function newestEntryHash(changelog: string): string | null {
  const versions = changelog.indexOf(`\n${VERSIONS_HEADING}\n`);
  if (versions < 0) return null;
  return ENTRY_HEADING.exec(changelog.slice(versions))?.[2] ?? null;
}

/**
 * The commit that made the package in `dir` have the version `hash` most recently: of the newest run
 * of commits with that data, the oldest. Null when no commit has it.
 */
export function findVersionCommit(dir: string, hash: string): string | null {
  const commits = git(dir, ['log', '--format=%H', '--', '.']).split('\n').filter(Boolean);
  let found: string | null = null;
  for (const commit of commits) {
    // Commits that changed only the docs next to the data have the same hash as their parent.
    if (sideAtRef(dir, commit).version?.hash === hash) found = commit;
    else if (found !== null) break;
  }
  return found;
}

/** The changelog with `entry` put at the top of its version list. Throws when there is no such list. */
export function withEntry(changelog: string, entry: string): string {
  const at = changelog.indexOf(`\n${VERSIONS_HEADING}\n`);
  if (at < 0) throw new Error(`${CHANGELOG_FILE} has no "${VERSIONS_HEADING}" heading`);
  const afterHeading = at + VERSIONS_HEADING.length + 2;
  const rest = changelog.slice(afterHeading).replace(/^\n+/, '');
  return `${changelog.slice(0, afterHeading)}\n${entry}${rest === '' ? '' : `\n${rest}`}`;
}

/** The entry for version `label`: heading, the maintainer's line, and the generated summary. */
export function renderEntry(
  label: string,
  diff: PackageDiff,
  previous: PackageSide | null,
): string {
  const compared = previous
    ? `Compared with ${inline(previous.version?.label ?? 'no data')} (commit ${previous.commit?.slice(0, 7) ?? '?'}):`
    : 'The first version:';
  const lines = [`### ${label}`, '', OWN_WORDS, '', compared, ''];
  for (const table of diff.tables) lines.push(`- ${tableTitle(table)}: ${tableSummary(table)}.`);
  if (diff.schema.length > 0) {
    const changes = diff.schema.map(
      (change) =>
        `${code(change.path.replace(/^resources\./, '').replace('.schema.', '.'))} ${change.change}`,
    );
    lines.push(`- Schema: ${changes.join('; ')}.`);
  }
  return `${lines.join('\n')}\n`;
}

function tableSummary(table: TableDiff): string {
  const parts: string[] = [];
  const describe = table.resource === 'estimates' ? byCountryAndMeasure : byId(table.keyFields);
  if (table.added.length > 0) parts.push(`${table.added.length} added (${describe(table.added)})`);
  if (table.removed.length > 0)
    parts.push(`${table.removed.length} removed (${describe(table.removed)})`);
  if (table.changed.length > 0) {
    const fields = [
      ...new Set(table.changed.flatMap((row) => row.changes.map((change) => change.field))),
    ];
    parts.push(
      `${table.changed.length} changed (${describe(table.changed.map((row) => row.after))}; ${fields.map(code).join(', ')})`,
    );
  }
  if (table.columnsAdded.length > 0)
    parts.push(`columns added: ${table.columnsAdded.map(code).join(', ')}`);
  if (table.columnsRemoved.length > 0)
    parts.push(`columns removed: ${table.columnsRemoved.map(code).join(', ')}`);
  return parts.length > 0 ? parts.join(', ') : 'no change';
}

/** `RUS workers_present 2, CHN revenue_usd_per_year 1`, most rows first. */
function byCountryAndMeasure(rows: TextRow[]): string {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const group = [row.country, row.region, row.measure].filter(Boolean).join(' ');
    counts.set(group, (counts.get(group) ?? 0) + 1);
  }
  return [...counts]
    .sort(([a, m], [b, n]) => n - m || (a < b ? -1 : 1))
    .map(([group, count]) => `${code(group)} ${count}`)
    .join(', ');
}

function byId(keyFields: string[]): (rows: TextRow[]) => string {
  return (rows) => {
    const ids = rows.map((row) => code(keyFields.map((field) => row[field] ?? '').join(', ')));
    const more = ids.length - IDS_NAMED;
    return more > 0 ? `${ids.slice(0, IDS_NAMED).join(', ')} and ${more} more` : ids.join(', ');
  };
}

export type ReleaseResult =
  | { status: 'written'; label: string; entry: string }
  | { status: 'exists'; label: string }
  | { status: 'no-previous'; label: string; hash: string };

/** Writes the entry for the package in `dir` into its CHANGELOG.md, unless there is one already. */
export function release(dir: string, since?: string): ReleaseResult {
  const version = computeDatasetVersion(dir);
  const path = join(dir, CHANGELOG_FILE);
  const changelog = readFileSync(path, 'utf8');
  if (changelog.includes(`· ${version.hash}`)) return { status: 'exists', label: version.label };
  let previous: PackageSide | null = null;
  if (since !== undefined) {
    previous = sideAtRef(dir, since);
  } else {
    const hash = newestEntryHash(changelog);
    if (hash !== null) {
      const commit = findVersionCommit(dir, hash);
      if (commit === null) return { status: 'no-previous', label: version.label, hash };
      previous = sideAtRef(dir, commit);
    }
  }
  const current = workingSide(dir);
  const diff = diffPackages(previous?.texts ?? { descriptor: null, files: {} }, current.texts);
  const entry = renderEntry(version.label, diff, previous);
  writeFileSync(path, withEntry(changelog, entry));
  return { status: 'written', label: version.label, entry };
}

function main(args: string[]): number {
  const option = (name: string) => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const dirArgument = option('--dir');
  const dir = dirArgument
    ? resolve(process.env.INIT_CWD ?? process.cwd(), dirArgument)
    : DEFAULT_DATA_DIR;
  const result = release(dir, option('--since'));
  const changelog = `${dirArgument ?? 'data'}/${CHANGELOG_FILE}`.replace('//', '/');
  switch (result.status) {
    case 'exists':
      process.stdout.write(
        `${changelog} already has an entry for ${result.label}: nothing to do.\n`,
      );
      return 0;
    case 'no-previous':
      process.stderr.write(
        `data:release: no commit of ${dirArgument ?? 'data/'} has the newest entry's version ${result.hash}; ` +
          'if that entry is for data you have changed since, delete it and run this again; ' +
          'or compare with a ref: npm run data:release -- --since REF\n',
      );
      return 1;
    case 'written':
      process.stdout.write(
        `${changelog}: added the entry for ${result.label}. Replace the line "${OWN_WORDS}" with what changed and why.\n\n${result.entry}`,
      );
      return 0;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(
      `data:release: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 2;
  }
}
