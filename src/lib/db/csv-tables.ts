import {
  booleanValues,
  missingValues,
  sqlType,
  type Field,
  type Resource,
  type TableSchema,
} from '../data/schema';
import type { DuckEngine } from './engine';
import { addPrimaryKeySql, createTableSql, quoteIdentifier } from './table-schema';

/** Where DuckDB can read bytes as a file (DuckDB-WASM's registerFileBuffer and dropFile). */
export interface FileRegistry {
  registerFile(name: string, bytes: Uint8Array): Promise<void>;
  dropFile(name: string): Promise<void>;
}

/** An engine that can also read a CSV file's bytes itself: what loadPackage loads through. */
export type CsvReadingEngine = DuckEngine & FileRegistry;

/**
 * A resource's file as DuckDB read it, one row per record in file order (rowid = the record's position
 * after the header): `typed` into loadedTable (the resource's own columns and constraints, ready to be
 * renamed), or, when a record broke a constraint or a cast, `text` into stagingTable.
 */
export type StagedCsv = { table: 'typed' | 'text'; records: number } | { error: string };

/** The table a resource's file is read into, typed, before it replaces the resource's table. */
export function loadedTable(resource: Resource): string {
  return `load_${resource.name}`;
}

/** The temporary table holding a resource's file with every cell as text. */
function stagingTable(resource: Resource): string {
  return `temp.${quoteIdentifier(`csv_${resource.name}`)}`;
}

/**
 * Reads a resource's CSV bytes: typed into loadedTable when every record fits the table (the records
 * the validator drops are deleted later), else as text into the staging table, else says why DuckDB
 * could not read the file (the loader then sends the validator's rows instead).
 */
export async function stageCsv(
  engine: CsvReadingEngine,
  resource: Resource,
  bytes: Uint8Array,
): Promise<StagedCsv> {
  const file = `load/${resource.path}`;
  const source = `read_csv(${sqlString(file)}, ${csvOptions(resource.schema)})`;
  const loaded = quoteIdentifier(loadedTable(resource));
  await engine.registerFile(file, bytes);
  try {
    try {
      const name = loadedTable(resource);
      await engine.query(createTableSql(resource, { name, withPrimaryKey: false }));
      const [inserted] = await engine.query<{ Count: number }>(
        `INSERT INTO ${loaded} ${typedSelect(resource, source, 'TRY_CAST')}`,
      );
      const addPrimaryKey = addPrimaryKeySql(resource, name);
      if (addPrimaryKey) await engine.query(addPrimaryKey);
      return { table: 'typed', records: Number(inserted?.Count) };
    } catch {
      await engine.query(`DROP TABLE IF EXISTS ${loaded}`);
    }
    const [created] = await engine.query<{ Count: number }>(
      `CREATE OR REPLACE TEMP TABLE ${stagingTable(resource)} AS SELECT * FROM ${source}`,
    );
    return { table: 'text', records: Number(created?.Count) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  } finally {
    await engine.dropFile(file);
  }
}

/** Removes what stageCsv left of a resource's file, if anything. */
export async function dropStaged(engine: DuckEngine, resource: Resource): Promise<void> {
  await engine.query(`DROP TABLE IF EXISTS ${quoteIdentifier(loadedTable(resource))}`);
  await engine.query(`DROP TABLE IF EXISTS ${stagingTable(resource)}`);
}

/** SELECT of the staging table's records (see stageCsv) as the resource's columns. */
export function stagedSelect(resource: Resource, where: string): string {
  return `${typedSelect(resource, stagingTable(resource), 'CAST')}${where}`;
}

/**
 * Nothing sniffed: the header is skipped (the validator checked it is the schema's fields in order),
 * every cell stays text and strict mode refuses what a plain CSV reader would split differently.
 */
function csvOptions(schema: TableSchema): string {
  const columns = schema.fields.map((field) => `${sqlString(field.name)}: 'VARCHAR'`).join(', ');
  return [
    'header = true',
    "delim = ','",
    `quote = '"'`,
    `escape = '"'`,
    'auto_detect = false',
    'strict_mode = true',
    'null_padding = false',
    `columns = {${columns}}`,
  ].join(', ');
}

/**
 * SELECT of CSV records (every cell text) as the table's columns, typed as the validator types them:
 * a missing value (an empty cell by default) is NULL, booleans by the field's true and false texts,
 * other types by DuckDB's cast of the text. The validator keeps only texts that cast exactly; TRY_CAST
 * gives NULL for the others, whose records it drops.
 */
function typedSelect(resource: Resource, from: string, cast: 'CAST' | 'TRY_CAST'): string {
  const columns = resource.schema.fields.map((field) => typedCell(field, resource.schema, cast));
  return `SELECT ${columns.join(', ')} FROM ${from}`;
}

function typedCell(field: Field, schema: TableSchema, cast: 'CAST' | 'TRY_CAST'): string {
  // DuckDB reads an empty cell as NULL; the validator sees its text, ''.
  const text = `coalesce(${quoteIdentifier(field.name)}, '')`;
  const missing = missingValues(schema).map(sqlString).join(', ');
  return `CASE WHEN ${text} IN (${missing}) THEN NULL ELSE ${typedText(field, text, cast)} END`;
}

function typedText(field: Field, text: string, cast: 'CAST' | 'TRY_CAST'): string {
  const type = sqlType(field);
  switch (type) {
    case 'VARCHAR':
      return text;
    case 'BOOLEAN': {
      const { trueValues, falseValues } = booleanValues(field);
      return `CASE WHEN ${text} IN (${trueValues.map(sqlString).join(', ')}) THEN true WHEN ${text} IN (${falseValues.map(sqlString).join(', ')}) THEN false END`;
    }
    default:
      return `${cast}(${text} AS ${type})`;
  }
}

function sqlString(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}
