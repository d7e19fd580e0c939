import { parseCsv } from './csv';
import { asList, type DataPackage } from './schema';

/**
 * What changed between two versions of a data package, compared row by row on each table's primary
 * key (never line by line) and on the descriptor's structure, so a re-save with another line ending,
 * a byte-order mark or reordered columns is no change. Pure: the callers read the files.
 */

/** A package's files as text: datapackage.json and the files it lists, keyed by path (null: missing). */
export interface PackageTexts {
  descriptor: string | null;
  files: Record<string, string | null>;
}

/** A row as its cells' text, keyed by column name. */
export type TextRow = Record<string, string>;

export interface CellChange {
  field: string;
  /** null: the column is not in that version of the file. */
  before: string | null;
  after: string | null;
}

export interface ChangedRow {
  /** The primary key's values, joined with ", ". */
  key: string;
  before: TextRow;
  after: TextRow;
  changes: CellChange[];
}

export interface TableDiff {
  /** The resource name (`estimates`). */
  resource: string;
  /** The file in the newer version, or the older one for a resource that went away. */
  path: string;
  keyFields: string[];
  added: TextRow[];
  removed: TextRow[];
  changed: ChangedRow[];
  columnsAdded: string[];
  columnsRemoved: string[];
  /** Why some rows could not be compared by key (a missing file, a repeated key). */
  notes: string[];
}

/** One difference between the descriptors, at a path such as `resources.estimates.schema.fields.region`. */
export interface SchemaChange {
  path: string;
  change: 'added' | 'removed' | 'changed';
  before?: unknown;
  after?: unknown;
}

export interface PackageDiff {
  tables: TableDiff[];
  schema: SchemaChange[];
}

/** Whether a diff holds no change at all. */
export function isEmptyDiff(diff: PackageDiff): boolean {
  return (
    diff.schema.length === 0 &&
    diff.tables.every(
      (table) =>
        table.added.length + table.removed.length + table.changed.length === 0 &&
        table.columnsAdded.length + table.columnsRemoved.length + table.notes.length === 0,
    )
  );
}

/**
 * Compares two versions of a package. Tables are matched by resource name and rows by primary key
 * (by their whole content when a table has none). A descriptor that is not JSON throws: there is no
 * structure to compare.
 */
export function diffPackages(before: PackageTexts, after: PackageTexts): PackageDiff {
  const oldPackage = readPackage(before.descriptor);
  const newPackage = readPackage(after.descriptor);
  const names = unionInOrder(
    newPackage.resources.map((resource) => resource.name),
    oldPackage.resources.map((resource) => resource.name),
  );
  const tables = names.map((name) => {
    const oldResource = oldPackage.resources.find((resource) => resource.name === name);
    const newResource = newPackage.resources.find((resource) => resource.name === name);
    const keyFields = asList((newResource ?? oldResource)?.schema?.primaryKey);
    return diffTables(
      name,
      (newResource ?? oldResource)!.path,
      keyFields,
      oldResource ? before.files[oldResource.path] : undefined,
      newResource ? after.files[newResource.path] : undefined,
    );
  });
  const schema: SchemaChange[] = [];
  diffJson(oldPackage, newPackage, [], schema);
  return { tables, schema };
}

/**
 * Compares two texts of one table. `undefined`: the version has no such resource; `null`: it lists
 * the file but the file is missing.
 */
export function diffTables(
  resource: string,
  path: string,
  keyFields: string[],
  before: string | null | undefined,
  after: string | null | undefined,
): TableDiff {
  const notes: string[] = [];
  if (before === null) notes.push(`${path} is missing in the older version`);
  if (after === null) notes.push(`${path} is missing in the newer version`);
  const oldTable = readTable(before ?? '', keyFields, path, notes);
  const newTable = readTable(after ?? '', keyFields, path, notes);
  const added: TextRow[] = [];
  const changed: ChangedRow[] = [];
  for (const [key, row] of newTable.rows) {
    const old = oldTable.rows.get(key);
    if (!old) {
      added.push(row);
      continue;
    }
    const changes = cellChanges(old, row, oldTable.columns, newTable.columns);
    if (changes.length > 0) {
      changed.push({ key: keyLabel(key), before: old, after: row, changes });
    }
  }
  const removed = [...oldTable.rows]
    .filter(([key]) => !newTable.rows.has(key))
    .map(([, row]) => row);
  // A table that is not there has no columns to add or remove.
  const hasColumns =
    before !== undefined && after !== undefined && before !== null && after !== null;
  return {
    resource,
    path,
    keyFields,
    added,
    removed,
    changed,
    columnsAdded: hasColumns ? newTable.columns.filter((c) => !oldTable.columns.includes(c)) : [],
    columnsRemoved: hasColumns ? oldTable.columns.filter((c) => !newTable.columns.includes(c)) : [],
    notes,
  };
}

const KEY_SEPARATOR = '\u001f';

function keyLabel(key: string): string {
  return key.split(KEY_SEPARATOR).join(', ');
}

interface KeyedTable {
  columns: string[];
  rows: Map<string, TextRow>;
}

function readTable(text: string, keyFields: string[], path: string, notes: string[]): KeyedTable {
  const csv = parseCsv(text);
  const columns = (csv.header?.cells ?? []).map(lineEndsAsLf);
  const rows = new Map<string, TextRow>();
  const keyed = keyFields.length > 0 && keyFields.every((field) => columns.includes(field));
  for (const record of csv.records) {
    const row: TextRow = {};
    columns.forEach((column, index) => (row[column] = lineEndsAsLf(record.cells[index] ?? '')));
    const key = keyed
      ? keyFields.map((field) => row[field]).join(KEY_SEPARATOR)
      : columns.map((column) => row[column]).join(KEY_SEPARATOR);
    let unique = key;
    for (let copy = 2; rows.has(unique); copy++) unique = `${key}${KEY_SEPARATOR}#${copy}`;
    if (unique !== key && keyed) {
      notes.push(`${path}: ${keyLabel(key)} appears more than once (line ${record.line})`);
    }
    rows.set(unique, row);
  }
  return { columns, rows };
}

function lineEndsAsLf(text: string): string {
  return text.replaceAll('\r\n', '\n');
}

/** A column that one version lacks and the other leaves empty is no change. */
function cellChanges(
  before: TextRow,
  after: TextRow,
  oldColumns: string[],
  newColumns: string[],
): CellChange[] {
  const changes: CellChange[] = [];
  for (const field of unionInOrder(newColumns, oldColumns)) {
    const old = field in before ? before[field]! : null;
    const now = field in after ? after[field]! : null;
    if ((old ?? '') !== (now ?? '')) changes.push({ field, before: old, after: now });
  }
  return changes;
}

function readPackage(text: string | null): DataPackage {
  if (text === null) return { resources: [] };
  const parsed = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown;
  const resources = isObject(parsed) && Array.isArray(parsed.resources) ? parsed.resources : [];
  const usable = resources.filter(
    (resource): resource is DataPackage['resources'][number] =>
      isObject(resource) && typeof resource.name === 'string' && typeof resource.path === 'string',
  );
  return { ...(isObject(parsed) ? parsed : {}), resources: usable };
}

/**
 * Structural differences, with arrays whose items all have a distinct name (fields, resources),
 * value (categories) or are distinct strings (enums, primary keys) compared item by item.
 */
function diffJson(before: unknown, after: unknown, path: string[], out: SchemaChange[]): void {
  if (sameJson(before, after)) return;
  const oldItems = keyedItems(before);
  const newItems = keyedItems(after);
  if ((isObject(before) && isObject(after)) || (oldItems && newItems)) {
    const found = out.length;
    const oldMap = oldItems ?? new Map(Object.entries(before as Record<string, unknown>));
    const newMap = newItems ?? new Map(Object.entries(after as Record<string, unknown>));
    for (const key of unionInOrder([...newMap.keys()], [...oldMap.keys()])) {
      const at = [...path, key];
      if (!oldMap.has(key))
        out.push({ path: at.join('.'), change: 'added', after: newMap.get(key) });
      else if (!newMap.has(key))
        out.push({ path: at.join('.'), change: 'removed', before: oldMap.get(key) });
      else diffJson(oldMap.get(key), newMap.get(key), at, out);
    }
    if (oldItems && newItems && out.length === found) {
      // The same items in another order.
      out.push({
        path: path.join('.'),
        change: 'changed',
        before: [...oldItems.keys()],
        after: [...newItems.keys()],
      });
    }
    return;
  }
  out.push({ path: path.join('.'), change: 'changed', before, after });
}

function keyedItems(value: unknown): Map<string, unknown> | null {
  if (!Array.isArray(value)) return null;
  const items = new Map<string, unknown>();
  for (const item of value as unknown[]) {
    const key =
      typeof item === 'string'
        ? item
        : isObject(item) && typeof item.name === 'string'
          ? item.name
          : isObject(item) && typeof item.value === 'string'
            ? item.value
            : null;
    if (key === null || items.has(key)) return null;
    items.set(key, item);
  }
  return items;
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function unionInOrder(first: string[], second: string[]): string[] {
  return [...new Set([...first, ...second])];
}
