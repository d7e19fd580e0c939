import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';

/** The package every case changes: tests/fixtures/valid (0 problems). */
export const BASE_PACKAGE = new URL('../fixtures/valid/', import.meta.url);

/** A change to one file of the base package: its new bytes or text, or a function of its old text. */
export type FileChange = string | Uint8Array | ((text: string) => string | Uint8Array);

/** One attempt, as an attacker or a careless editor would make it, and what must come of it. */
export interface HostileCase {
  /** Unique, kebab-case. */
  name: string;
  /** What the case tries, in one line. */
  tries: string;
  /** File path in the package → its change. */
  patch: Record<string, FileChange>;
  /** What a file map cannot express (a symlink, a directory), done in the package's directory. */
  setup?: (dir: string) => Promise<void>;
  /**
   * Exactly what `npm run data:check` prints for the package, its directory shown as `pkg/`: one
   * `FILE:LINE:COLUMN: message` line per problem, then the summary line.
   */
  verdict: string[];
  /** Accepted as data but odd (long, unusual text): the browser test renders it. */
  render?: boolean;
}

/** Writes the base package with the case's changes into a new temporary directory and returns its path. */
export async function writeCasePackage(hostile: HostileCase): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `hostile-${hostile.name}-`));
  await cp(BASE_PACKAGE, dir, { recursive: true });
  for (const [file, change] of Object.entries(hostile.patch)) {
    const path = join(dir, file);
    const next =
      typeof change === 'function' ? change(await readFile(path, 'utf8').catch(() => '')) : change;
    await writeFile(path, next);
  }
  await hostile.setup?.(dir);
  return dir;
}

/** A patch that appends one CSV record (cells quoted as needed) to a file. */
export function appendRecord(cells: string[]): (text: string) => string {
  return (text) => `${text.replace(/\r?\n$/, '')}\n${Papa.unparse([cells], { newline: '\n' })}\n`;
}

/**
 * A patch that sets one cell of the record whose first cell is `id`, writing the file back with LF line
 * ends and cells quoted only where CSV needs it.
 */
export function setCell(id: string, column: string, value: string): (text: string) => string {
  return (text) => {
    const rows = Papa.parse<string[]>(text.trimEnd(), { delimiter: ',' }).data;
    const columnIndex = rows[0]!.indexOf(column);
    const row = rows.find((cells) => cells[0] === id);
    if (columnIndex < 0 || !row) throw new Error(`no cell ${id}/${column} in the base package`);
    row[columnIndex] = value;
    return `${Papa.unparse(rows, { newline: '\n' })}\n`;
  };
}

/** datapackage.json as parsed, loosely typed: a case may make it anything. */
export interface DescriptorJson {
  [key: string]: unknown;
  resources: {
    [key: string]: unknown;
    name: string;
    path: unknown;
    schema: { fields: { name: string; constraints?: Record<string, unknown> }[] };
  }[];
}

/** A patch that changes the parsed datapackage.json. */
export function editDescriptor(
  edit: (descriptor: DescriptorJson) => void,
): (text: string) => string {
  return (text) => {
    const descriptor = JSON.parse(text) as DescriptorJson;
    edit(descriptor);
    return `${JSON.stringify(descriptor, null, 2)}\n`;
  };
}
