import { isRequired, primaryKey, sqlType, type Resource } from '../data/schema';

/** SQL identifiers are always quoted: the schema has a field named "primary", a reserved word. */
export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * CREATE TABLE for one resource of the data package: types, NOT NULL, UNIQUE and the primary key. Named
 * after the resource unless `name` says otherwise.
 */
export function createTableSql(resource: Resource, name = resource.name): string {
  const { schema } = resource;
  const key = primaryKey(schema);
  const columns = schema.fields.map((field) => {
    const notNull = isRequired(field, schema) ? ' NOT NULL' : '';
    const unique =
      field.constraints?.unique && !(key.length === 1 && key[0] === field.name) ? ' UNIQUE' : '';
    return `  ${quoteIdentifier(field.name)} ${sqlType(field)}${notNull}${unique}`;
  });
  if (key.length > 0) columns.push(`  PRIMARY KEY (${key.map(quoteIdentifier).join(', ')})`);
  return `CREATE TABLE ${quoteIdentifier(name)} (\n${columns.join(',\n')}\n)`;
}
