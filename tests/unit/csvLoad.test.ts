import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePackage } from '../../src/cli/generate-rows';
import { tableNames, type TableName } from '../../src/lib/data/rows.generated';
import { dataPackage } from '../../src/lib/data/schema';
import { validatePackage } from '../../src/lib/data/validate';
import type { CsvReadingEngine } from '../../src/lib/db/csv-tables';
import { loadDataset } from '../../src/lib/db/dataset';
import { loadTables } from '../../src/lib/db/load-tables';
import { createNodeEngine } from '../../src/lib/db/node';

const encoder = new TextEncoder();

// loadDataset lets DuckDB read each CSV file itself and leaves out the records the validator dropped;
// loadTables inserts the validator's own rows as Arrow (the path every file used to take). Both must
// give the same tables, value for value.

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CURRENT_YEAR = 2026;

let throughCsv: CsvReadingEngine;
let throughArrow: CsvReadingEngine;
/**
 * The tables the last load of throughCsv filled from DuckDB's own reading of their CSV file, and how:
 * `typed` when read straight into the table's types, `text` when read as text and cast after.
 */
let readByDuckDB: string[] = [];
let readHow: Record<string, 'typed' | 'text'> = {};

beforeAll(async () => {
  [throughCsv, throughArrow] = await Promise.all([createNodeEngine(), createNodeEngine()]);
  const query = throughCsv.query.bind(throughCsv);
  throughCsv.query = (sql, params) => {
    const typed = /^ALTER TABLE "load_(\w+)" RENAME/.exec(sql)?.[1];
    const text = /^INSERT INTO "(\w+)" SELECT .* FROM temp\./s.exec(sql)?.[1];
    for (const [table, how] of [
      [typed, 'typed'],
      [text, 'text'],
    ] as const) {
      if (table === undefined) continue;
      readByDuckDB.push(table);
      readHow[table] = how;
    }
    return query(sql, params);
  };
}, 60_000);

afterAll(async () => {
  await Promise.all([throughCsv.close(), throughArrow.close()]);
});

type Files = Record<string, string | null>;

async function readPackage(dir: string): Promise<Files> {
  const files: Files = {};
  for (const { path } of dataPackage.resources)
    files[path] = await readFile(join(dir, path), 'utf8').catch(() => null);
  return files;
}

const contents = async (engine: CsvReadingEngine, table: TableName) =>
  engine.queryTyped(`SELECT * FROM "${table}" ORDER BY id`);

/** A table's columns with their types, and its constraints. */
const schemaOf = async (engine: CsvReadingEngine, table: TableName) => ({
  columns: await engine.query(
    `SELECT column_name, data_type, is_nullable FROM duckdb_columns() WHERE table_name = '${table}' ORDER BY column_index`,
  ),
  constraints: await engine.query(
    `SELECT constraint_type, constraint_column_names FROM duckdb_constraints() WHERE table_name = '${table}' ORDER BY constraint_index`,
  ),
});

/** Loads `files` both ways; returns the tables DuckDB read itself, and the validator's result. */
async function loadBothWays(files: Files) {
  const validated = validatePackage(dataPackage, files);
  readByDuckDB = [];
  readHow = {};
  const bytes = Object.fromEntries(
    Object.entries(files).map(([path, text]) => [
      path,
      text === null ? null : encoder.encode(text),
    ]),
  );
  const report = await loadDataset(throughCsv, bytes);
  await loadTables(throughArrow, validated.tables);
  for (const table of tableNames) {
    expect(await contents(throughCsv, table), table).toEqual(await contents(throughArrow, table));
    expect(await schemaOf(throughCsv, table)).toEqual(await schemaOf(throughArrow, table));
  }
  expect(report.problems).toEqual(validated.problems);
  expect(report.dropped).toEqual(validated.dropped);
  return { readByDuckDB: [...readByDuckDB], readHow: { ...readHow }, validated };
}

/** data/ with estimates.csv's lines changed by `edit` (line 1 is the header, at index 0). */
async function editedEstimates(edit: (lines: string[]) => string[]): Promise<Files> {
  const files = await readPackage(join(ROOT, 'data'));
  const lines = files['estimates.csv']!.trimEnd().split('\n');
  return { ...files, 'estimates.csv': `${edit(lines).join('\n')}\n` };
}

describe('loading through DuckDB’s own CSV reader', () => {
  it('reads a clean package’s files itself, with the same rows as the validator', async () => {
    const { readByDuckDB, validated } = await loadBothWays(await readPackage(join(ROOT, 'data')));
    expect(readByDuckDB).toEqual([...tableNames]);
    expect(validated.tables.estimates.length).toBeGreaterThan(0);
  });

  it('gives the same tables as the validator’s rows for every fixture package', async () => {
    const invalid = (await readdir(join(FIXTURES, 'invalid'))).map((name) => `invalid/${name}`);
    // Most fixtures' sources.csv has the project's columns: DuckDB reads it, and its drops apply.
    const sourcesReadByDuckDB: string[] = [];
    for (const fixture of ['valid', ...invalid]) {
      const { readByDuckDB } = await loadBothWays(await readPackage(join(FIXTURES, fixture)));
      if (readByDuckDB.includes('sources')) sourcesReadByDuckDB.push(fixture);
    }
    expect(sourcesReadByDuckDB).toEqual(expect.arrayContaining(['valid', 'invalid/url-scheme']));
  }, 120_000);

  it('takes the validator’s rows for a file another reader would split differently', async () => {
    const broken = [
      (lines: string[]) => [lines[0]!, `${lines[1]!},extra`, ...lines.slice(2)],
      (lines: string[]) => [lines[0]!, lines[1]!.replace(/,[^,]*$/, ''), ...lines.slice(2)],
      (lines: string[]) => [lines[0]!, '', ...lines.slice(1)],
      (lines: string[]) => [
        lines[0]!,
        `${lines[1]!.replace(/,[^,]*$/, ',"unclosed')}`,
        ...lines.slice(2),
      ],
      (lines: string[]) => [
        lines[0]!,
        `${lines[1]!.replace(/,[^,]*$/, ',"quoted" then text')}`,
        ...lines.slice(2),
      ],
    ];
    for (const edit of broken) {
      const { readByDuckDB, validated } = await loadBothWays(await editedEstimates(edit));
      expect(readByDuckDB).not.toContain('estimates');
      expect(validated.tables.estimates.length).toBeGreaterThan(0);
    }
  });

  it('leaves out exactly the records the validator dropped', async () => {
    // Record 2 gets a country that is no code: the file still fits the table's types and keys.
    const badCountry = (lines: string[]) => {
      lines[2] = lines[2]!.replace(/^([^,]*,[^,]*,)[A-Z]{3},/, '$1XYZ,');
      return lines;
    };
    // Record 4 also repeats record 3's id: the primary key refuses the file, read as text then.
    const repeatedId = (lines: string[]) => {
      lines[4] = lines[4]!.replace(/^[^,]*,/, `${lines[3]!.split(',')[0]},`);
      return badCountry(lines);
    };
    for (const [edit, how, droppedLines] of [
      [badCountry, 'typed', ['estimates.csv:3']],
      [repeatedId, 'text', ['estimates.csv:3', 'estimates.csv:5']],
    ] as const) {
      const { readHow, validated } = await loadBothWays(await editedEstimates(edit));
      expect(readHow.estimates).toBe(how);
      expect(validated.dropped.map(({ file, line }) => `${file}:${line}`)).toEqual(droppedLines);
      const ids = await throughCsv.query<{ id: string }>('SELECT id FROM estimates ORDER BY id');
      expect(ids.map(({ id }) => id)).toEqual(
        validated.tables.estimates.map(({ id }) => id).sort(),
      );
    }
  });

  it('agrees with the validator on quoting, line ends, a byte-order mark and empty cells', async () => {
    const files = await readPackage(join(ROOT, 'data'));
    const [header, ...records] = files['estimates.csv']!.trimEnd().split('\n');
    const width = header!.split(',').length;
    const plain = records.find((line) => !line.includes('"') && line.split(',').length === width)!;
    const withNote = (id: string, note: string) =>
      [id, ...plain.split(',').slice(1, -1), note].join(',');
    const notes = [
      '"A note with ""quotes"", a comma\nand a line break"',
      '"Ünïcödé — 北朝鮮 😀"',
      '""',
      '"a\r\nCRLF inside quotes"',
      'it\'s, "quoted"'.replace(', ', ' '),
    ];
    for (const [index, note] of notes.entries()) {
      const text = [header, withNote(`variant-${index}`, note), ...records].join('\n');
      for (const estimates of [text, `\ufeff${text.replaceAll('\n', '\r\n')}\r\n`]) {
        const { readByDuckDB } = await loadBothWays({ ...files, 'estimates.csv': estimates });
        // A CRLF in an LF file is a file with mixed line ends: the validator's rows are loaded.
        const mixed = note.includes('\r');
        if (mixed) expect(readByDuckDB).not.toContain('estimates');
        else expect(readByDuckDB).toContain('estimates');
      }
    }
  });

  it('gives the same tables on a generated package', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'nkwa-csv-load-'));
    try {
      await generatePackage(dir, {
        rows: 3000,
        seed: 7,
        baseDir: join(ROOT, 'data'),
        currentYear: CURRENT_YEAR,
      });
      const { readByDuckDB } = await loadBothWays(await readPackage(dir));
      expect(readByDuckDB).toEqual([...tableNames]);
    } finally {
      await rm(dir, { recursive: true });
    }
  }, 60_000);
});
