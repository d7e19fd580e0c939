import { cellParser, CellError, type CellParser, type Explain, type ValueCheck } from './cells';
import { parseCsv, type CsvRecord } from './csv';
import { decodeUtf8, notUtf8At, type DecodedText, type InvalidBytes } from './decode';
import { readDescriptor } from './descriptor';
import { cellRules, rowRules, type RuleContext } from './packageRules';
import { NO_COLUMN, quote, sortProblems, unreadableFile, type Problem } from './problem';
import { tableNames, type Tables } from './rows.generated';
import {
  foreignKeys,
  isRequired,
  primaryKey,
  type DataPackage,
  type Resource,
  type Row,
} from './schema';

export { formatProblem, type Problem } from './problem';

/** A row left out of `tables`, and why (each reason `column: message`). */
export interface DroppedRow {
  file: string;
  line: number;
  reasons: string[];
}

export interface ValidationResult {
  /** Only rows without any problem, whose foreign keys lead to rows that are kept too. */
  tables: Tables;
  /** Every problem found, sorted by file, then line. */
  problems: Problem[];
  dropped: DroppedRow[];
  /** By resource name, how each file that has a usable header was read (see RecordLayout). */
  layouts: Record<string, RecordLayout>;
}

/** How a file's records were read: enough for a loader that reads the file again itself to keep the same rows. */
export interface RecordLayout {
  /** How many records follow the header. */
  records: number;
  /** The position of each record left out of `tables` (0 = the first after the header), ascending. */
  droppedRecords: number[];
  /**
   * Whether any CSV reader splits the file alike: the header is the schema's fields in order and every
   * record has that many cells, with no broken quote and no blank line.
   */
  plain: boolean;
}

/**
 * A resource file as validatePackage takes it: its bytes, decoded here; or text decoded already by
 * decodeUtf8 (a worker that hands the bytes on first), or plain text (tests); null = could not be read.
 */
export type PackageFile = Uint8Array | DecodedText | string | null;

export interface ValidateOptions {
  /** The last year a figure may describe; defaults to the year of `today`. */
  currentYear?: number;
  /** The last date (YYYY-MM-DD) a date may be; defaults to the current UTC date. */
  today?: string;
  /** Why a file given as null could not be read, by resource path (shown in its problem). */
  readErrors?: Record<string, string>;
}

/**
 * Validates a data package: the descriptor (any parsed JSON, checked here) and each resource file
 * (see PackageFile) keyed by its path in the descriptor (null or absent = could not be read). Never
 * throws on bad input: everything wrong becomes a Problem, and rows with a problem are dropped.
 * `tables` is typed after data/datapackage.json; another descriptor yields rows of its own shape.
 */
export function validatePackage(
  descriptor: unknown,
  files: Record<string, PackageFile>,
  options: ValidateOptions = {},
): ValidationResult {
  const read = readDescriptor(descriptor);
  if (!read.descriptor) {
    return { tables: emptyTables(), problems: read.problems, dropped: [], layouts: {} };
  }
  const pkg = read.descriptor;
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error(`today must be YYYY-MM-DD, not ${today}`);
  const context: RuleContext = {
    currentYear: options.currentYear ?? Number(today.slice(0, 4)),
    today,
  };
  const problems: Problem[] = [];
  const checked = new Map<string, CheckedTable>();
  for (const resource of pkg.resources) {
    const content = files[resource.path] ?? null;
    const decoded =
      content instanceof Uint8Array
        ? decodeUtf8(content)
        : typeof content === 'string'
          ? { text: content, invalid: [] }
          : content;
    const table =
      decoded === null
        ? unreadableTable(resource, options.readErrors?.[resource.path], problems)
        : decoded.otherEncoding
          ? unreadableTable(
              resource,
              `it is ${decoded.otherEncoding}, not UTF-8; save it as CSV UTF-8`,
              problems,
            )
          : checkTable(resource, decoded.text, decoded.invalid, context, problems);
    checked.set(resource.name, table);
  }
  checkForeignKeys(pkg, checked, problems);
  dropRowsReferringToDroppedRows(pkg, checked, problems);
  return {
    tables: keptTables(checked),
    problems: sortProblems(problems),
    dropped: droppedRows(checked),
    layouts: recordLayouts(checked),
  };
}

interface CheckedRecord {
  line: number;
  row: Row;
  /** Null while the row has no problem. */
  reasons: string[] | null;
}

interface CheckedTable {
  resource: Resource;
  /** Why the rows cannot be used at all (unreadable, no header, a key column missing); else null. */
  unusable: string | null;
  records: CheckedRecord[];
  /** See RecordLayout.plain. */
  plain: boolean;
}

/** A column as the row loop reads it: where its cells are, and how to type them. */
interface Column {
  name: string;
  /** Position in the header, or -1 when the header lacks the column. */
  headerIndex: number;
  parse: CellParser;
}

function unreadableTable(
  resource: Resource,
  reason: string | undefined,
  problems: Problem[],
): CheckedTable {
  problems.push(unreadableFile(resource.path, reason));
  return { resource, unusable: 'could not be read', records: [], plain: false };
}

function checkTable(
  resource: Resource,
  text: string,
  invalidBytes: InvalidBytes[],
  context: RuleContext,
  problems: Problem[],
): CheckedTable {
  const file = resource.path;
  const fieldNames = resource.schema.fields.map((field) => field.name);
  const parseStart = performance.now();
  const csv = parseCsv(text);
  performance.measure(`load: parse ${file}`, { start: parseStart });
  for (const line of csv.blankLines) {
    problems.push({ file, line, column: NO_COLUMN, message: 'blank line; remove it' });
  }
  if (!csv.header) {
    const message = `the file has no header row; expected: ${fieldNames.join(',')}`;
    problems.push({ file, line: 1, column: NO_COLUMN, message });
    return { resource, unusable: 'has no header row', records: [], plain: false };
  }
  const separator = otherSeparator(csv.header);
  if (separator !== null) {
    // One problem for the file: every row would otherwise be "1 cell; the header has 17".
    const message = `the file is separated by ${separator}; save it as comma-separated CSV (UTF-8)`;
    problems.push({ file, line: csv.header.line, column: NO_COLUMN, message });
    return { resource, unusable: `is separated by ${separator}`, records: [], plain: false };
  }
  const invalidAt = invalidBytesByRecord(invalidBytes, csv.header, csv.records);
  for (const invalid of invalidAt.get(csv.header) ?? []) {
    problems.push({ file, line: invalid.line, column: NO_COLUMN, message: notUtf8(invalid) });
  }
  const problemsBeforeHeader = problems.length;
  const header = checkHeader(resource, csv.header, problems);
  // DuckDB would read invalid bytes or mixed line ends its own way: the page takes the validator's rows.
  let plain =
    csv.blankLines.length === 0 &&
    !csv.mixedLineEnds &&
    invalidBytes.length === 0 &&
    problems.length === problemsBeforeHeader;
  const columns = compileColumns(resource, header.indexOfField, context);
  const rules = applicableRowRules(resource, header.indexOfField);
  const uniqueness = uniquenessChecks(resource);
  const headerWidth = csv.header.cells.length;
  const headerCells = csv.header.cells;
  const failed = new Uint8Array(columns.length);
  const records: CheckedRecord[] = [];
  const missingRequired = header.missingRequired.map(
    (name) => `${name}: the file has no column "${name}"`,
  );

  const current = new CurrentRow(file, problems);
  const report = current.report;
  for (const csvRecord of csv.records) {
    const record: CheckedRecord = { line: csvRecord.line, row: {}, reasons: null };
    records.push(record);
    current.record = record;
    if (missingRequired.length > 0) record.reasons = [...missingRequired];
    const invalid = invalidAt.get(csvRecord);
    if (invalid) {
      const cellIndex = csvRecord.cells.findIndex((cell) => cell.includes(REPLACEMENT));
      report(headerCells[cellIndex] || NO_COLUMN, notUtf8(invalid[0]!, invalid.length));
      continue;
    }
    if (csvRecord.quoteProblem) {
      const { cellIndex, message } = csvRecord.quoteProblem;
      report(headerCells[cellIndex] || NO_COLUMN, message);
      plain = false;
      continue;
    }
    const cells = csvRecord.cells;
    if (cells.length !== headerWidth) {
      reportRagged(cells.length, headerCells, report);
      plain = false;
    }
    typeCells(cells, columns, record.row, failed, report);
    for (const rule of rules) {
      if (!anyFailed(rule.fieldIndexes, failed)) rule.check(record.row, report);
    }
    for (const check of uniqueness) check(record.row, csvRecord, failed, report);
  }
  const unusable =
    header.missingRequired.length > 0 ? `lacks column ${header.missingRequired.join(', ')}` : null;
  return { resource, unusable, records, plain: plain && unusable === null };
}

const REPLACEMENT = '\ufffd';

/** Which record (or the header) each run of invalid bytes falls in: the last to start on or before its line. */
function invalidBytesByRecord(
  invalidBytes: InvalidBytes[],
  header: CsvRecord,
  records: CsvRecord[],
): Map<CsvRecord, InvalidBytes[]> {
  const found = new Map<CsvRecord, InvalidBytes[]>();
  const all = [header, ...records];
  let index = 0;
  for (const invalid of invalidBytes) {
    while (index + 1 < all.length && all[index + 1]!.line <= invalid.line) index += 1;
    const record = all[index]!;
    found.set(record, [...(found.get(record) ?? []), invalid]);
  }
  return found;
}

function notUtf8(first: InvalidBytes, count = 1): string {
  const more = count > 1 ? ` (and ${count - 1} more in this row)` : '';
  return `${notUtf8At(first)}${more}; save the file as UTF-8`;
}

const SEPARATORS: [string, string][] = [
  [';', 'semicolons'],
  ['\t', 'tabs'],
];

/** The separator a header uses instead of commas (a spreadsheet's locale may choose it), or null. */
function otherSeparator(header: CsvRecord): string | null {
  const text = header.cells.join(',');
  for (const [separator, name] of SEPARATORS) {
    if (text.split(separator).length > header.cells.length) return name;
  }
  return null;
}

/** Reports on the row being checked: one reporter per table, so the row loop makes no closures. */
class CurrentRow {
  record: CheckedRecord | null = null;
  constructor(
    private readonly file: string,
    private readonly problems: Problem[],
  ) {}
  readonly report: Report = (column, message) =>
    reportOn(this.record!, this.file, column, message, this.problems);
}

function anyFailed(fieldIndexes: number[], failed: Uint8Array): boolean {
  for (const index of fieldIndexes) if (failed[index] === 1) return true;
  return false;
}

function reportOn(
  record: CheckedRecord,
  file: string,
  column: string,
  message: string,
  problems: Problem[],
): void {
  problems.push({ file, line: record.line, column, message });
  (record.reasons ??= []).push(`${column}: ${message}`);
}

type Report = (column: string, message: string) => void;

/** Fills `row` with the typed cells, marking in `failed` each column whose cell is unusable. */
function typeCells(
  cells: string[],
  columns: Column[],
  row: Row,
  failed: Uint8Array,
  report: Report,
): void {
  for (let index = 0; index < columns.length; index++) {
    const column = columns[index]!;
    const cellIndex = column.headerIndex;
    // A column missing from the header or a short row is reported once, not once per cell.
    if (cellIndex < 0 || cellIndex >= cells.length) {
      row[column.name] = null;
      failed[index] = 1;
      continue;
    }
    const value = column.parse(cells[cellIndex]!);
    if (value instanceof CellError) {
      row[column.name] = null;
      failed[index] = 1;
      report(column.name, value.message);
    } else {
      row[column.name] = value;
      failed[index] = 0;
    }
  }
}

function reportRagged(cellCount: number, headerCells: string[], report: Report): void {
  const expected = `the header has ${headerCells.length}`;
  if (cellCount < headerCells.length) {
    const firstMissing = headerCells[cellCount] || NO_COLUMN;
    report(
      firstMissing,
      `row has ${cellCount} cells; ${expected} (cells from ${quote(firstMissing)} on are missing)`,
    );
  } else {
    report(NO_COLUMN, `row has ${cellCount} cells; ${expected} (is a comma outside quotes?)`);
  }
}

interface HeaderLayout {
  /** For each schema field, its position in the header, or -1. */
  indexOfField: Int32Array;
  /** Required fields the header lacks: without them no row can be used. */
  missingRequired: string[];
}

/** Checks the header against the schema: every field once, nothing else, in the schema's order. */
function checkHeader(resource: Resource, header: CsvRecord, problems: Problem[]): HeaderLayout {
  const file = resource.path;
  const fields = resource.schema.fields;
  const fieldNames = fields.map((field) => field.name);
  const positionOf = new Map(fieldNames.map((name, index) => [name, index]));
  const indexOfField = new Int32Array(fields.length).fill(-1);
  const problemCount = problems.length;
  const fail = (column: string, message: string) =>
    problems.push({ file, line: header.line, column, message });

  if (header.quoteProblem) fail(NO_COLUMN, header.quoteProblem.message);
  header.cells.forEach((name, cellIndex) => {
    const position = positionOf.get(name);
    if (name === '') {
      fail(NO_COLUMN, `column ${cellIndex + 1} of the header has no name`);
    } else if (position === undefined) {
      fail(name, `unknown column ${quote(name)}; expected the columns ${fieldNames.join(',')}`);
    } else if (indexOfField[position] !== -1) {
      fail(name, `duplicate column ${quote(name)} (also column ${indexOfField[position]! + 1})`);
    } else {
      indexOfField[position] = cellIndex;
    }
  });
  const missingRequired: string[] = [];
  fields.forEach((field, position) => {
    if (indexOfField[position] !== -1) return;
    const where = position === 0 ? 'first' : `after ${quote(fieldNames[position - 1]!)}`;
    fail(field.name, `missing column ${quote(field.name)} (the schema puts it ${where})`);
    if (isRequired(field, resource.schema)) missingRequired.push(field.name);
  });
  if (problems.length === problemCount) {
    const misplaced = header.cells.findIndex((name, cellIndex) => name !== fieldNames[cellIndex]);
    if (misplaced !== -1) {
      const name = header.cells[misplaced]!;
      fail(
        name,
        `column ${quote(name)} is out of order; expected the columns ${fieldNames.join(',')}`,
      );
    }
  }
  return { indexOfField, missingRequired };
}

function compileColumns(
  resource: Resource,
  indexOfField: Int32Array,
  context: RuleContext,
): Column[] {
  return resource.schema.fields.map((field, position) => {
    const rules = cellRules.filter((rule) => rule.appliesTo(resource, field));
    const extraChecks: ValueCheck[] = rules.flatMap(({ check }) =>
      check ? [(value: NonNullable<Row[string]>) => check(value, context)] : [],
    );
    const explainers: Explain[] = rules.flatMap(({ explain }) => (explain ? [explain] : []));
    return {
      name: field.name,
      headerIndex: indexOfField[position]!,
      parse: cellParser(field, resource.schema, extraChecks, explainers),
    };
  });
}

interface ApplicableRule {
  check(row: Row, report: Report): void;
  fieldIndexes: number[];
}

/** The package's row rules for this resource whose columns its schema and header both have. */
function applicableRowRules(resource: Resource, indexOfField: Int32Array): ApplicableRule[] {
  const positionOf = new Map(resource.schema.fields.map((field, index) => [field.name, index]));
  return rowRules.flatMap((rule) => {
    if (rule.resource !== resource.name) return [];
    const fieldIndexes = rule.columns.map((name) => positionOf.get(name) ?? -1);
    if (fieldIndexes.some((index) => index === -1 || indexOfField[index] === -1)) return [];
    const check = (row: Row, report: Report) => rule.check(row, report, resource);
    return [{ check, fieldIndexes }];
  });
}

type UniquenessCheck = (row: Row, record: CsvRecord, failed: Uint8Array, report: Report) => void;

/** One check per unique field, plus the primary key when no unique field already covers it. */
function uniquenessChecks(resource: Resource): UniquenessCheck[] {
  const fields = resource.schema.fields;
  const checks = fields.flatMap((field, index) =>
    field.constraints?.unique
      ? [uniquenessCheck([field.name], [index], field.name, `duplicate ${field.name}`)]
      : [],
  );
  const key = primaryKey(resource.schema);
  const coveredByUnique =
    key.length === 1 && fields.some((field) => field.name === key[0] && field.constraints?.unique);
  if (key.length > 0 && !coveredByUnique) {
    const indexes = key.map((name) => fields.findIndex((field) => field.name === name));
    checks.push(
      uniquenessCheck(key, indexes, key.join('+'), `duplicate primary key ${key.join('+')}`),
    );
  }
  return checks;
}

function uniquenessCheck(
  names: string[],
  indexes: number[],
  column: string,
  what: string,
): UniquenessCheck {
  const firstLineOf = new Map<string, number>();
  return (row, record, failed, report) => {
    if (anyFailed(indexes, failed)) return;
    const key = keyOf(row, names);
    if (key === null) return;
    const firstLine = firstLineOf.get(key);
    if (firstLine === undefined) firstLineOf.set(key, record.line);
    else report(column, `${what} ${showKey(row, names)} (first on line ${firstLine})`);
  };
}

/** A row's value for a list of fields as one string, or null when any of them is empty. */
function keyOf(row: Row, names: string[]): string | null {
  if (names.length === 1) {
    const value = row[names[0]!];
    return value === null || value === undefined ? null : String(value);
  }
  const parts: string[] = [];
  for (const name of names) {
    const value = row[name];
    if (value === null || value === undefined) return null;
    parts.push(String(value));
  }
  return parts.join('\u001f');
}

function showKey(row: Row, names: string[]): string {
  return names.map((name) => quote(String(row[name]))).join(', ');
}

/** Every foreign key value must be a key of some row of the target file (dropped or not). */
function checkForeignKeys(
  pkg: DataPackage,
  checked: Map<string, CheckedTable>,
  problems: Problem[],
): void {
  for (const resource of pkg.resources) {
    const table = checked.get(resource.name)!;
    for (const key of foreignKeys(resource)) {
      const target = checked.get(key.resource)!;
      // An unusable target is reported already; its referring rows are dropped below.
      if (target.unusable !== null || table.unusable !== null) continue;
      const keys = keySet(target.records, key.referencedFields, () => true);
      const column = key.fields.join('+');
      for (const record of table.records) {
        const value = keyOf(record.row, key.fields);
        if (value === null || keys.has(value)) continue;
        const message = `${showKey(record.row, key.fields)} matches no ${key.referencedFields.join('+')} in ${target.resource.path}`;
        reportOn(record, resource.path, column, message, problems);
      }
    }
  }
}

/**
 * A row whose foreign key leads to a dropped row is dropped too, so that every figure in the tables
 * keeps its source, and says which row to fix. A row of an unusable file was reported with its
 * file, once: its referring rows are dropped without a problem each.
 */
function dropRowsReferringToDroppedRows(
  pkg: DataPackage,
  checked: Map<string, CheckedTable>,
  problems: Problem[],
): void {
  let changed = true;
  while (changed) {
    changed = false;
    for (const resource of pkg.resources) {
      const table = checked.get(resource.name)!;
      for (const key of foreignKeys(resource)) {
        const target = checked.get(key.resource)!;
        const kept = keySet(
          target.records,
          key.referencedFields,
          (record) => record.reasons === null,
        );
        const droppedLine = droppedLines(target.records, key.referencedFields);
        const column = key.fields.join('+');
        const path = target.resource.path;
        for (const record of table.records) {
          if (record.reasons !== null) continue;
          const value = keyOf(record.row, key.fields);
          if (value === null || kept.has(value)) continue;
          const shown = showKey(record.row, key.fields);
          const line = droppedLine.get(value);
          if (target.unusable !== null) {
            record.reasons = [
              `${column}: refers to ${shown} in ${path}, a file that ${target.unusable}`,
            ];
          } else if (line !== undefined) {
            const message = `${shown} refers to ${path} line ${line}, which has a problem; fix that row`;
            reportOn(record, resource.path, column, message, problems);
          } else {
            continue;
          }
          changed = true;
        }
      }
    }
  }
}

/** The first line of each key among the dropped records. */
function droppedLines(records: CheckedRecord[], names: string[]): Map<string, number> {
  const lines = new Map<string, number>();
  for (const record of records) {
    if (record.reasons === null) continue;
    const key = keyOf(record.row, names);
    if (key !== null && !lines.has(key)) lines.set(key, record.line);
  }
  return lines;
}

function keySet(
  records: CheckedRecord[],
  names: string[],
  include: (record: CheckedRecord) => boolean,
): Set<string> {
  const keys = new Set<string>();
  for (const record of records) {
    if (!include(record)) continue;
    const key = keyOf(record.row, names);
    if (key !== null) keys.add(key);
  }
  return keys;
}

function emptyTables(): Tables {
  return Object.fromEntries(tableNames.map((name) => [name, []])) as unknown as Tables;
}

function keptTables(checked: Map<string, CheckedTable>): Tables {
  const tables = emptyTables() as unknown as Record<string, Row[]>;
  for (const [name, table] of checked) {
    if (!(name in tables)) continue;
    tables[name] = table.records
      .filter((record) => record.reasons === null)
      .map((record) => record.row);
  }
  return tables as unknown as Tables;
}

function recordLayouts(checked: Map<string, CheckedTable>): Record<string, RecordLayout> {
  const layouts: Record<string, RecordLayout> = {};
  for (const [name, table] of checked) {
    if (table.unusable !== null && table.records.length === 0) continue;
    const droppedRecords: number[] = [];
    table.records.forEach((record, index) => {
      if (record.reasons !== null) droppedRecords.push(index);
    });
    layouts[name] = { records: table.records.length, droppedRecords, plain: table.plain };
  }
  return layouts;
}

function droppedRows(checked: Map<string, CheckedTable>): DroppedRow[] {
  const dropped: DroppedRow[] = [];
  for (const table of checked.values()) {
    for (const record of table.records) {
      if (record.reasons !== null) {
        dropped.push({ file: table.resource.path, line: record.line, reasons: record.reasons });
      }
    }
  }
  return dropped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
}
