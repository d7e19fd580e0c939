/**
 * Writes a valid, generated data package for benchmarks: the base package's datapackage.json and
 * sources.csv, plus N generated estimates citing those sources and a few generated events.
 * Usage: tsx src/cli/generate-rows.ts OUT_DIR [ROWS=200000] [--seed 1] [--from data/]
 * The same arguments always write the same bytes.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import countries from 'i18n-iso-countries';
import Papa from 'papaparse';
import { parseDescriptor } from '../lib/data/descriptor';
import { FIRST_YEAR, WORLDWIDE } from '../lib/constants';
import { PRESENCE_REPORTED } from '../lib/data/packageRules';
import { formatProblem } from '../lib/data/problem';
import {
  booleanValues,
  categoryValues,
  isRequired,
  resource,
  type DataPackage,
  type Field,
  type Resource,
} from '../lib/data/schema';
import { validatePackage } from '../lib/data/validate';

const DEFAULT_BASE = fileURLToPath(new URL('../../data/', import.meta.url));

export interface GenerateOptions {
  rows: number;
  seed: number;
  /** The package whose descriptor and sources the generated one reuses. */
  baseDir: string;
  /** The last year generated figures may describe. */
  currentYear?: number;
}

/** Writes the generated package into `outDir`; throws when the base package cannot be used. */
export async function generatePackage(outDir: string, options: GenerateOptions): Promise<void> {
  const descriptorText = await readFile(join(options.baseDir, 'datapackage.json'), 'utf8');
  const { descriptor, problems } = parseDescriptor(descriptorText);
  if (!descriptor) {
    throw new Error(
      `the base datapackage.json has problems:\n${problems.map(formatProblem).join('\n')}`,
    );
  }
  const sources = resource('sources', descriptor);
  const sourcesText = await readFile(join(options.baseDir, sources.path), 'utf8');
  const sourceIds = validSourceIds(descriptor, sources, sourcesText);
  const random = mulberry32(options.seed);
  const currentYear = options.currentYear ?? new Date().getUTCFullYear();
  const estimates = resource('estimates', descriptor);
  const events = resource('events', descriptor);
  await mkdir(outDir, { recursive: true });
  await writeFile(join(outDir, 'datapackage.json'), descriptorText);
  await writeFile(join(outDir, sources.path), sourcesText);
  const estimateRows = Array.from({ length: options.rows }, (_, index) =>
    estimateRow(estimates, index, sourceIds, random, currentYear),
  );
  await writeFile(join(outDir, estimates.path), toCsv(estimates, estimateRows));
  const eventRows = Array.from({ length: 12 }, (_, index) =>
    eventRow(events, index, sourceIds, random, currentYear),
  );
  await writeFile(join(outDir, events.path), toCsv(events, eventRows));
}

/** The ids of the base's sources; a base whose sources.csv has problems would spoil the benchmark. */
function validSourceIds(descriptor: DataPackage, sources: Resource, text: string): string[] {
  const files: Record<string, string> = {};
  for (const { path, schema } of descriptor.resources)
    files[path] = schema.fields.map((field) => field.name).join(',');
  files[sources.path] = text;
  const result = validatePackage(descriptor, files);
  if (result.problems.length > 0) {
    throw new Error(
      `the base ${sources.path} has problems:\n${result.problems.map(formatProblem).join('\n')}`,
    );
  }
  return result.tables.sources.map((source) => source.id);
}

type Random = () => number;
type Cells = Record<string, string>;

/** A small, fast, seedable generator (mulberry32): the output must not depend on Math.random. */
function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function between(random: Random, low: number, high: number): number {
  return low + Math.floor(random() * (high - low + 1));
}

const COUNTRY_CODES = [...Object.keys(countries.getAlpha3Codes()).sort(), WORLDWIDE];
const RANGE_QUALIFIERS = ['range', 'about'];
const POINT_QUALIFIERS = ['about', 'exactly', 'more than', 'at least', 'up to'];
const VAGUE_QUALIFIERS = ['hundreds', 'thousands', 'tens of thousands'];

/** One estimate: a point, a range, a qualifier alone, or (when the codebook has it) a bare presence. */
function estimateRow(
  schema: Resource,
  index: number,
  sourceIds: string[],
  random: Random,
  currentYear: number,
): Cells {
  const measures = categoryValues(fieldOf(schema, 'measure'));
  const qualifiers = categoryValues(fieldOf(schema, 'qualifier'));
  const kind = pick(
    random,
    measures.includes(PRESENCE_REPORTED)
      ? ['point', 'range', 'vague', 'presence']
      : ['point', 'range', 'vague'],
  );
  const start = between(random, 1990, currentYear);
  const end = Math.min(currentYear, start + between(random, 0, 2));
  const low = between(random, 100, 50_000);
  const cells: Cells = {
    id: `gen-${index}`,
    source_id: pick(random, sourceIds),
    country: pick(random, COUNTRY_CODES),
    // Regions name parts of the world for WLD rows only; generated rows are whole countries.
    region: '',
    measure:
      kind === 'presence'
        ? PRESENCE_REPORTED
        : pick(
            random,
            measures.filter((measure) => measure !== PRESENCE_REPORTED),
          ),
    low: kind === 'range' ? String(low) : '',
    high: kind === 'range' ? String(low + between(random, 0, 50_000)) : '',
    point: kind === 'point' ? String(between(random, 10, 100_000)) : '',
    qualifier: qualifierFor(kind, qualifiers, random),
    ref_period: start === end ? String(start) : `${start}–${end}`,
    ref_year_start: String(start),
    ref_year_end: String(end),
    estimator: `Generated estimator ${index % 97}`,
    // A comma and quotes in some notes keep papaparse on its slower, quote-aware path, as real notes do.
    note: index % 3 === 0 ? `Generated for the benchmark, row ${index}; "quoted" words.` : '',
  };
  return withDefaults(schema, cells, random);
}

function qualifierFor(kind: string, qualifiers: string[], random: Random): string {
  const candidates =
    { point: POINT_QUALIFIERS, range: RANGE_QUALIFIERS, vague: VAGUE_QUALIFIERS, presence: [] }[
      kind
    ] ?? [];
  const usable = candidates.filter((qualifier) => qualifiers.includes(qualifier));
  if (kind === 'vague' && usable.length === 0) return pick(random, qualifiers);
  return usable.length > 0 && (kind === 'vague' || random() < 0.5) ? pick(random, usable) : '';
}

function eventRow(
  schema: Resource,
  index: number,
  sourceIds: string[],
  random: Random,
  currentYear: number,
): Cells {
  // Up to last year: a random day of this year may still be to come, and dates cannot be in the future.
  const year = between(random, FIRST_YEAR + 50, currentYear - 1);
  const date = `${year}-${String(between(random, 1, 12)).padStart(2, '0')}-${String(between(random, 1, 28)).padStart(2, '0')}`;
  const cells: Cells = {
    id: `gen-event-${index}`,
    date,
    title: `Generated event ${index}`,
    source_id: pick(random, sourceIds),
  };
  return withDefaults(schema, cells, random);
}

/** Fills the fields the generator does not know by name from their schema, so new fields still validate. */
function withDefaults(schema: Resource, cells: Cells, random: Random): Cells {
  for (const field of schema.schema.fields) {
    if (field.name in cells) continue;
    cells[field.name] = defaultCell(field, isRequired(field, schema.schema), random);
  }
  return cells;
}

function defaultCell(field: Field, required: boolean, random: Random): string {
  const categories = categoryValues(field);
  if (categories.length > 0) return pick(random, categories);
  if (field.type === 'boolean') {
    const { trueValues, falseValues } = booleanValues(field);
    return random() < 0.5 ? trueValues[0]! : falseValues[0]!;
  }
  if (!required) return '';
  return field.type === 'string'
    ? `Generated ${field.name}`
    : String(field.constraints?.minimum ?? 0);
}

function fieldOf(schema: Resource, name: string): Field {
  return schema.schema.fields.find((field) => field.name === name) ?? { name, type: 'string' };
}

function toCsv(schema: Resource, rows: Cells[]): string {
  const columns = schema.schema.fields.map((field) => field.name);
  return `${Papa.unparse({ fields: columns, data: rows.map((row) => columns.map((column) => row[column] ?? '')) }, { newline: '\n' })}\n`;
}

/** Splits `OUT_DIR --rows 10 --seed 2` into positional arguments and `--name value` options. */
function parseArguments(args: string[]): { positional: string[]; options: Map<string, string> } {
  const positional: string[] = [];
  const options = new Map<string, string>();
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (arg.startsWith('--')) options.set(arg.slice(2), args[++index] ?? '');
    else positional.push(arg);
  }
  return { positional, options };
}

async function main(args: string[]): Promise<number> {
  const { positional, options } = parseArguments(args);
  const rows = Number(options.get('rows') ?? positional[1] ?? 200_000);
  const seed = Number(options.get('seed') ?? 1);
  if (
    positional.length < 1 ||
    positional.length > 2 ||
    !Number.isSafeInteger(rows) ||
    rows < 0 ||
    !Number.isSafeInteger(seed)
  ) {
    console.error(
      'usage: tsx src/cli/generate-rows.ts OUT_DIR [ROWS=200000] [--seed 1] [--from data/]',
    );
    return 2;
  }
  // npm runs scripts from the package root; INIT_CWD is where the command was typed.
  const cwd = process.env.INIT_CWD ?? process.cwd();
  const outDir = resolve(cwd, positional[0]!);
  const from = options.get('from');
  await generatePackage(outDir, { rows, seed, baseDir: from ? resolve(cwd, from) : DEFAULT_BASE });
  console.log(`wrote ${outDir}: ${rows.toLocaleString('en-US')} estimates`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
