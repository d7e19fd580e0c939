import { dataPackage } from '../data/schema';
import { derivedTables } from '../db/views';

/** The tables the SQL console shows, in the order it lists them: loaded ones, then derived ones. */
export const consoleTableNames: readonly string[] = [
  ...dataPackage.resources.map((resource) => resource.name),
  ...derivedTables.map((table) => table.name),
];

/** What a console table holds: datapackage.json's description, or the derived table's own. */
export function tableDescription(table: string): string {
  const resource = dataPackage.resources.find((candidate) => candidate.name === table);
  if (resource) return resource.description ?? '';
  return derivedTables.find((derived) => derived.name === table)?.description ?? '';
}

/**
 * What a column of a console table holds: datapackage.json's field description, or for a derived
 * table its own, else that of the loaded table it copies the column from. Empty when unknown.
 */
export function columnDescription(table: string, column: string): string {
  const derived = derivedTables.find((candidate) => candidate.name === table);
  if (derived) {
    const own = derived.columns[column];
    if (own !== undefined) return own;
    for (const from of derived.columnsFrom) {
      const description = fieldDescription(from, column);
      if (description !== undefined) return description;
    }
    return '';
  }
  return fieldDescription(table, column) ?? '';
}

function fieldDescription(table: string, column: string): string | undefined {
  const resource = dataPackage.resources.find((candidate) => candidate.name === table);
  return resource?.schema.fields.find((field) => field.name === column)?.description;
}
