import { isRequired, primaryKey, sqlType, type Resource } from '../data/schema';

/** SQL identifiers are always quoted: the schema has a field named "primary", a reserved word. */
export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * CREATE TABLE for one resource of the data package: types, NOT NULL, UNIQUE and the primary key. Named
 * after the resource unless `name` says otherwise; without the primary key when `withPrimaryKey` is
 * false (see addPrimaryKeySql).
 */
export function createTableSql(
  resource: Resource,
  { name = resource.name, withPrimaryKey = true } = {},
): string {
  const { schema } = resource;
  const key = primaryKey(schema);
  const columns = schema.fields.map((field) => {
    const notNull = isRequired(field, schema) ? ' NOT NULL' : '';
    const unique =
      field.constraints?.unique && !(key.length === 1 && key[0] === field.name) ? ' UNIQUE' : '';
    return `  ${quoteIdentifier(field.name)} ${sqlType(field)}${notNull}${unique}`;
  });
  if (key.length > 0 && withPrimaryKey) columns.push(`  PRIMARY KEY (${keyColumns(key)})`);
  return `CREATE TABLE ${quoteIdentifier(name)} (\n${columns.join(',\n')}\n)`;
}

/**
 * Adds the resource's primary key, if it has one, to a table created without it: DuckDB builds the
 * index of rows already there in one go, faster than row by row as they are inserted.
 */
export function addPrimaryKeySql(resource: Resource, name: string): string | null {
  const key = primaryKey(resource.schema);
  if (key.length === 0) return null;
  return `ALTER TABLE ${quoteIdentifier(name)} ADD PRIMARY KEY (${keyColumns(key)})`;
}

function keyColumns(key: string[]): string {
  return key.map(quoteIdentifier).join(', ');
}
