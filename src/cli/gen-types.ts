/**
 * Writes src/lib/data/rows.generated.ts, the row types of data/datapackage.json.
 * Usage: tsx src/cli/gen-types.ts [--check]   (--check: exit 1 if the file is stale, write nothing)
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { readDescriptor } from '../lib/data/descriptor';
import { formatProblem } from '../lib/data/problem';
import {
  categoryValues,
  dataPackage,
  fieldTypes,
  isRequired,
  type DataPackage,
  type Field,
  type Resource,
} from '../lib/data/schema';

const OUTPUT = fileURLToPath(new URL('../lib/data/rows.generated.ts', import.meta.url));

const HEADER = `// Generated from data/datapackage.json by src/cli/gen-types.ts: do not edit by hand.
// Regenerate with \`npm run data:types\`; \`npm run data:types -- --check\` fails when this file is stale.`;

/** The row types module for a package, formatted as the repository's Prettier config wants it. */
export async function rowTypesFile(pkg: DataPackage): Promise<string> {
  const options = (await resolveConfig(OUTPUT)) ?? {};
  return format(rowTypesSource(pkg), { ...options, filepath: OUTPUT });
}

/** The row types module for a package, unformatted. */
export function rowTypesSource(pkg: DataPackage): string {
  const unions = categoryUnions(pkg);
  const unionTypes = [...unions.definitions].map(
    ([typeName, field]) =>
      `${docComment(field.description)}export type ${typeName} = ${categoryValues(field).map(literal).join(' | ')};`,
  );
  const interfaces = pkg.resources.map((resource) => rowInterface(resource, unions));
  const tables = pkg.resources.map((resource) => `  ${resource.name}: ${rowTypeName(resource)}[];`);
  return [
    HEADER,
    ...unionTypes,
    ...interfaces,
    `${docComment('Every table of the data package, as the validator returns its rows.')}export interface Tables {\n${tables.join('\n')}\n}`,
    'export type TableName = keyof Tables;',
    `${docComment('The table names, in the order of the descriptor.')}export const tableNames: readonly TableName[] = [${pkg.resources.map((resource) => literal(resource.name)).join(', ')}];`,
  ].join('\n\n');
}

/** `SourceRow` for the resource `sources`. */
export function rowTypeName(resource: Resource): string {
  return `${pascalCase(singular(resource.name))}Row`;
}

interface Unions {
  /** The union type of each field with categories. */
  typeOf: Map<Field, string>;
  /** Each union type with the field that defines it. */
  definitions: Map<string, Field>;
}

/**
 * A union type per field with categories, named after the field (`EstimatorType`), or after the
 * resource and the field where fields of one name in two resources have different categories.
 */
function categoryUnions(pkg: DataPackage): Unions {
  const withCategories = pkg.resources.flatMap((resource) =>
    resource.schema.fields
      .filter((field) => categoryValues(field).length > 0)
      .map((field) => ({ resource, field })),
  );
  const variantsByName = new Map<string, Set<string>>();
  for (const { field } of withCategories) {
    const variants = variantsByName.get(field.name) ?? new Set<string>();
    variantsByName.set(field.name, variants.add(categoryValues(field).join('\n')));
  }
  const unions: Unions = { typeOf: new Map(), definitions: new Map() };
  for (const { resource, field } of withCategories) {
    const shared = variantsByName.get(field.name)!.size === 1;
    const typeName = pascalCase(shared ? field.name : `${singular(resource.name)}_${field.name}`);
    unions.typeOf.set(field, typeName);
    if (!unions.definitions.has(typeName)) unions.definitions.set(typeName, field);
  }
  return unions;
}

function rowInterface(resource: Resource, unions: Unions): string {
  const members = resource.schema.fields.map((field) => {
    const valueType = unions.typeOf.get(field) ?? fieldTypes[field.type].ts;
    const nullable = isRequired(field, resource.schema) ? '' : ' | null';
    return `${docComment(field.description, '  ')}  ${field.name}: ${valueType}${nullable};`;
  });
  return `${docComment(resource.description)}export interface ${rowTypeName(resource)} {\n${members.join('\n')}\n}`;
}

function docComment(text: string | undefined, indent = ''): string {
  return text ? `${indent}/** ${text.replaceAll('*/', '*\\/')} */\n` : '';
}

function literal(value: string): string {
  return `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
}

function pascalCase(name: string): string {
  return name
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join('');
}

function singular(name: string): string {
  if (name.endsWith('ies')) return `${name.slice(0, -3)}y`;
  if (/(ss|x|ch|sh)es$/.test(name)) return name.slice(0, -2);
  return name.endsWith('s') && !name.endsWith('ss') ? name.slice(0, -1) : name;
}

async function main(args: string[]): Promise<number> {
  const read = readDescriptor(dataPackage);
  if (!read.descriptor) {
    for (const problem of read.problems) console.error(formatProblem(problem));
    console.error('data/datapackage.json has problems; no types written');
    return 1;
  }
  const expected = await rowTypesFile(read.descriptor);
  const current = await readFile(OUTPUT, 'utf8').catch(() => null);
  if (args.includes('--check')) {
    if (current === expected) return 0;
    console.error(
      'src/lib/data/rows.generated.ts is stale: run `npm run data:types` and commit the result',
    );
    return 1;
  }
  if (current !== expected) await writeFile(OUTPUT, expected);
  console.log(
    current === expected
      ? 'rows.generated.ts is up to date'
      : 'wrote src/lib/data/rows.generated.ts',
  );
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 2;
    },
  );
}
