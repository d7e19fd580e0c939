import descriptorJson from '../../../data/datapackage.json';

/**
 * The field types we support, each with the SQL and TypeScript types it becomes. One table, so the
 * validator, the generated row types and the database cannot disagree about a type.
 */
export const fieldTypes = {
  string: { sql: 'VARCHAR', ts: 'string' },
  integer: { sql: 'BIGINT', ts: 'number' },
  number: { sql: 'DOUBLE', ts: 'number' },
  boolean: { sql: 'BOOLEAN', ts: 'boolean' },
  // A date stays its ISO text (YYYY-MM-DD) in rows: a Date object would shift with the time zone.
  date: { sql: 'DATE', ts: 'string' },
} as const;

export type FieldType = keyof typeof fieldTypes;
export type SqlType = (typeof fieldTypes)[FieldType]['sql'];

/** A closed value of a field: a bare value, or a value with a label and a definition. */
export type Category = string | { value: string; label?: string; description?: string };

/** The constraints we check; the descriptor check refuses any other, so none is silently ignored. */
export interface FieldConstraints {
  required?: boolean;
  unique?: boolean;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
}

/** A Table Schema field, in the subset of Frictionless this project uses. */
export interface Field {
  name: string;
  type: FieldType;
  /** `uri` (an http or https URL) or `default`. */
  format?: string;
  title?: string;
  description?: string;
  constraints?: FieldConstraints;
  categories?: Category[];
  trueValues?: string[];
  falseValues?: string[];
}

export interface ForeignKey {
  fields: string | string[];
  /** `resource` is another resource's name, or empty (or absent) for the same resource. */
  reference: { resource?: string; fields: string | string[] };
}

export interface TableSchema {
  fields: Field[];
  primaryKey?: string | string[];
  foreignKeys?: ForeignKey[];
  /** Cell texts that mean "no value"; Frictionless's default is the empty string. */
  missingValues?: string[];
}

export interface Resource {
  name: string;
  /** A path relative to the package directory. */
  path: string;
  title?: string;
  description?: string;
  format?: string;
  mediatype?: string;
  encoding?: string;
  schema: TableSchema;
}

export interface DataPackage {
  name?: string;
  title?: string;
  description?: string;
  version?: string;
  /** The data's licences: `name` an SPDX identifier, `path` the licence's text. */
  licenses?: { name: string; path?: string; title?: string }[];
  resources: Resource[];
}

/** A typed cell: empty cells are null. */
export type CellValue = string | number | boolean | null;
/** A typed row, keyed by field name. */
export type Row = Record<string, CellValue>;

/** The project's data package, data/datapackage.json (checked by `npm run data:check`). */
export const dataPackage = descriptorJson as DataPackage;

const DEFAULT_TRUE_VALUES = ['true', 'True', 'TRUE', '1'];
const DEFAULT_FALSE_VALUES = ['false', 'False', 'FALSE', '0'];
const DEFAULT_MISSING_VALUES = [''];

/** The resource called `name`; throws if the package has none (a programming error). */
export function resource(name: string, pkg: DataPackage = dataPackage): Resource {
  const found = pkg.resources.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`The data package has no resource "${name}"`);
  return found;
}

/** The fields of a resource, in column order. */
export function fields(of: Resource): Field[] {
  return of.schema.fields;
}

/** The field called `name` of a resource; throws if it has none (a programming error). */
export function field(of: Resource, name: string): Field {
  const found = of.schema.fields.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`Resource "${of.name}" has no field "${name}"`);
  return found;
}

/** A field's categories with value, label and description, whichever form the descriptor uses. */
export function categories(of: Field): { value: string; label: string; description?: string }[] {
  return (of.categories ?? []).map((category) =>
    typeof category === 'string'
      ? { value: category, label: category }
      : {
          value: category.value,
          label: category.label ?? category.value,
          description: category.description,
        },
  );
}

/** A field's closed list of values, or an empty list when the field has no categories. */
export function categoryValues(of: Field): string[] {
  return (of.categories ?? []).map((category) =>
    typeof category === 'string' ? category : category.value,
  );
}

/** The DuckDB column type of a field. */
export function sqlType(of: Field): SqlType {
  return fieldTypes[of.type].sql;
}

/** Whether a cell of this field must have a value: required, or part of the primary key. */
export function isRequired(of: Field, schema: TableSchema): boolean {
  return of.constraints?.required === true || primaryKey(schema).includes(of.name);
}

/** The primary key's field names (empty when the schema has none). */
export function primaryKey(schema: TableSchema): string[] {
  return asList(schema.primaryKey);
}

/** The texts that mean "no value" in this schema's cells. */
export function missingValues(schema: TableSchema): string[] {
  return schema.missingValues ?? DEFAULT_MISSING_VALUES;
}

/** The texts read as true and as false in a boolean field. */
export function booleanValues(of: Field): { trueValues: string[]; falseValues: string[] } {
  return {
    trueValues: of.trueValues ?? DEFAULT_TRUE_VALUES,
    falseValues: of.falseValues ?? DEFAULT_FALSE_VALUES,
  };
}

/** A foreign key with its lists normalised and its target resource named. */
export interface ResolvedForeignKey {
  fields: string[];
  resource: string;
  referencedFields: string[];
}

/** The foreign keys of a resource, with self-references resolved to the resource's own name. */
export function foreignKeys(of: Resource): ResolvedForeignKey[] {
  return (of.schema.foreignKeys ?? []).map((key) => ({
    fields: asList(key.fields),
    resource: key.reference.resource || of.name,
    referencedFields: asList(key.reference.fields),
  }));
}

/** Frictionless lets a list of one field name be written as the bare name. */
export function asList(names: string | string[] | undefined): string[] {
  if (names === undefined) return [];
  return typeof names === 'string' ? [names] : names;
}
