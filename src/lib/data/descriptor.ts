import { descriptorSyntaxProblems } from './jsonText';
import { patternProblem } from './pattern';
import { DESCRIPTOR_FILE, NO_COLUMN, WHOLE_FILE, type Problem } from './problem';
import { fieldTypes, foreignKeys, type DataPackage } from './schema';

/** The descriptor, once it is known to fit the subset of Frictionless we read; else its problems. */
export type DescriptorResult =
  { descriptor: DataPackage; problems: [] } | { descriptor: null; problems: Problem[] };

/**
 * Reads the text of a datapackage.json: JSON syntax first (a mistake at its line, character and JSON
 * path; a key repeated in one object, which JSON.parse would drop in silence), then the shape
 * `readDescriptor` checks.
 */
export function parseDescriptor(text: string): DescriptorResult {
  const textProblems = descriptorSyntaxProblems(text);
  if (textProblems.length > 0) return { descriptor: null, problems: textProblems };
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    // jsonTextProblems accepts only what JSON.parse does; this is a safety net, not a path.
    const reason = error instanceof Error ? error.message : String(error);
    return {
      descriptor: null,
      problems: [descriptorProblem(NO_COLUMN, `not valid JSON: ${reason}`)],
    };
  }
  return readDescriptor(value);
}

/**
 * Checks that a parsed descriptor has the shape the validator relies on, reporting each problem at
 * its JSON path (`resources[1].schema.fields[2].type`). Anything we would not check is refused
 * rather than ignored: an unsupported constraint or type must not pass for a checked one.
 */
export function readDescriptor(value: unknown): DescriptorResult {
  const problems: Problem[] = [];
  const fail: Fail = (path, message) =>
    problems.push(descriptorProblem(path || NO_COLUMN, message));
  checkPackage(value, fail);
  return problems.length === 0
    ? { descriptor: value as DataPackage, problems: [] }
    : { descriptor: null, problems };
}

export { wholeValuePattern } from './pattern';

type Fail = (path: string, message: string) => void;
type JsonObject = Record<string, unknown>;

const SUPPORTED_TYPES = Object.keys(fieldTypes);
const SUPPORTED_FORMATS = ['default', 'uri'];
const RESOURCE_NAME = /^[a-z0-9._-]+$/;

function descriptorProblem(column: string, message: string): Problem {
  return { file: DESCRIPTOR_FILE, line: WHOLE_FILE, column, message };
}

function checkPackage(value: unknown, fail: Fail): void {
  if (!isObject(value)) return fail('', 'the descriptor must be a JSON object');
  const resources = value.resources;
  if (!Array.isArray(resources) || resources.length === 0) {
    return fail('resources', 'expected a non-empty array of resources');
  }
  let shapeProblems = 0;
  const failShape: Fail = (path, message) => {
    shapeProblems += 1;
    fail(path, message);
  };
  const names = new Set<string>();
  const paths = new Set<string>();
  Array.from(resources).forEach((resource, index) =>
    checkResource(resource, `resources[${index}]`, names, paths, failShape),
  );
  // Foreign keys can only be followed once every resource is known to be well formed.
  if (shapeProblems === 0) checkForeignKeyTargets(value as unknown as DataPackage, fail);
}

function checkResource(
  resource: unknown,
  path: string,
  names: Set<string>,
  paths: Set<string>,
  fail: Fail,
): void {
  if (!isObject(resource)) return fail(path, 'a resource must be a JSON object');
  const { name, path: filePath, schema } = resource;
  if (typeof name !== 'string' || !RESOURCE_NAME.test(name)) {
    fail(`${path}.name`, 'expected a name of lower-case letters, digits, ".", "_" or "-"');
  } else if (names.has(name)) {
    fail(`${path}.name`, `duplicate resource name "${name}"`);
  } else {
    names.add(name);
  }
  if (typeof filePath !== 'string' || !isPackageRelativePath(filePath)) {
    fail(
      `${path}.path`,
      'expected a relative file path inside the package directory (no URL, no "..")',
    );
  } else if (paths.has(filePath)) {
    fail(`${path}.path`, `duplicate resource path "${filePath}"`);
  } else {
    paths.add(filePath);
  }
  if (!isObject(schema)) return fail(`${path}.schema`, 'expected an inline Table Schema object');
  checkSchema(schema, `${path}.schema`, fail);
}

function isPackageRelativePath(path: string): boolean {
  return (
    path.length > 0 &&
    !path.startsWith('/') &&
    !path.includes('\\') &&
    !path.includes(':') &&
    !path.split('/').includes('..')
  );
}

function checkSchema(schema: JsonObject, path: string, fail: Fail): void {
  const fields = schema.fields;
  if (!Array.isArray(fields) || fields.length === 0) {
    return fail(`${path}.fields`, 'expected a non-empty array of fields');
  }
  const fieldNames = new Set<string>();
  Array.from(fields).forEach((field, index) => {
    const name = checkField(field, `${path}.fields[${index}]`, fail);
    if (name === null) return;
    if (fieldNames.has(name)) {
      fail(`${path}.fields[${index}].name`, `duplicate field name "${name}"`);
    }
    fieldNames.add(name);
  });
  if (schema.missingValues !== undefined && !isStringArray(schema.missingValues)) {
    fail(`${path}.missingValues`, 'expected an array of strings');
  }
  if (schema.primaryKey !== undefined) {
    checkFieldList(schema.primaryKey, `${path}.primaryKey`, fieldNames, fail);
  }
  if (schema.foreignKeys !== undefined) {
    checkForeignKeys(schema.foreignKeys, `${path}.foreignKeys`, fieldNames, fail);
  }
}

/** Checks one field; returns its name when it has one. */
function checkField(field: unknown, path: string, fail: Fail): string | null {
  if (!isObject(field)) {
    fail(path, 'a field must be a JSON object');
    return null;
  }
  const name = typeof field.name === 'string' && field.name !== '' ? field.name : null;
  if (name === null) fail(`${path}.name`, 'expected a non-empty field name');
  const type = field.type;
  if (typeof type !== 'string' || !SUPPORTED_TYPES.includes(type)) {
    fail(
      `${path}.type`,
      `unsupported field type ${JSON.stringify(type)}; expected one of ${SUPPORTED_TYPES.join(', ')}`,
    );
    return name;
  }
  if (
    field.format !== undefined &&
    (!SUPPORTED_FORMATS.includes(field.format as string) ||
      (field.format === 'uri' && type !== 'string'))
  ) {
    fail(
      `${path}.format`,
      `unsupported format ${JSON.stringify(field.format)}; expected "default", or "uri" on a string field`,
    );
  }
  if (field.constraints !== undefined) {
    checkConstraints(field.constraints, type, `${path}.constraints`, fail);
  }
  if (field.categories !== undefined) {
    checkCategories(field.categories, type, `${path}.categories`, fail);
  }
  for (const key of ['trueValues', 'falseValues'] as const) {
    if (field[key] === undefined) continue;
    if (type !== 'boolean') fail(`${path}.${key}`, `${key} only applies to a boolean field`);
    else if (!isStringArray(field[key]) || field[key].length === 0)
      fail(`${path}.${key}`, 'expected a non-empty array of strings');
  }
  return name;
}

/** Which field types each constraint applies to, and what its value must be. */
const CONSTRAINTS: Record<
  string,
  {
    types: readonly string[];
    valid: (value: unknown) => boolean;
    expected: string;
    /** What is wrong with the value, when `expected` cannot say it. */
    problem?: (value: unknown) => string | null;
  }
> = {
  required: {
    types: SUPPORTED_TYPES,
    valid: (value) => typeof value === 'boolean',
    expected: 'true or false',
  },
  unique: {
    types: SUPPORTED_TYPES,
    valid: (value) => typeof value === 'boolean',
    expected: 'true or false',
  },
  pattern: {
    types: ['string'],
    valid: (value) => patternProblem(value) === null,
    expected: 'a regular expression in RE2 syntax',
    problem: patternProblem,
  },
  minimum: { types: ['integer', 'number'], valid: Number.isFinite, expected: 'a number' },
  maximum: { types: ['integer', 'number'], valid: Number.isFinite, expected: 'a number' },
  minLength: { types: ['string'], valid: isCount, expected: 'a whole number ≥ 0' },
  maxLength: { types: ['string'], valid: isCount, expected: 'a whole number ≥ 0' },
};

function checkConstraints(constraints: unknown, type: string, path: string, fail: Fail): void {
  if (!isObject(constraints)) return fail(path, 'expected an object of constraints');
  for (const [key, value] of Object.entries(constraints)) {
    const rule = CONSTRAINTS[key];
    if (!rule) {
      fail(
        `${path}.${key}`,
        `unsupported constraint "${key}"; supported: ${Object.keys(CONSTRAINTS).join(', ')} (closed lists are categories)`,
      );
    } else if (!rule.types.includes(type)) {
      fail(`${path}.${key}`, `constraint "${key}" does not apply to a ${type} field`);
    } else if (!rule.valid(value)) {
      const problem = rule.problem?.(value);
      fail(`${path}.${key}`, problem ?? `expected ${rule.expected}, got ${JSON.stringify(value)}`);
    }
  }
}

function checkCategories(categories: unknown, type: string, path: string, fail: Fail): void {
  if (type !== 'string') return fail(path, 'categories are supported on string fields only');
  if (!Array.isArray(categories) || categories.length === 0) {
    return fail(path, 'expected a non-empty array');
  }
  const seen = new Set<string>();
  Array.from(categories).forEach((category, index) => {
    const value =
      typeof category === 'string' ? category : isObject(category) ? category.value : undefined;
    const wellFormed =
      typeof value === 'string' &&
      (typeof category === 'string' ||
        (isObject(category) &&
          isOptionalString(category.label) &&
          isOptionalString(category.description)));
    if (!wellFormed) {
      fail(
        `${path}[${index}]`,
        'expected a string or {"value": string, "label"?: string, "description"?: string}',
      );
    } else if (seen.has(value)) {
      fail(`${path}[${index}]`, `duplicate category "${value}"`);
    } else {
      seen.add(value);
    }
  });
}

function checkFieldList(list: unknown, path: string, fieldNames: Set<string>, fail: Fail): void {
  const names = typeof list === 'string' ? [list] : list;
  if (!isStringArray(names) || names.length === 0) {
    return fail(path, 'expected a field name or an array of field names');
  }
  for (const name of names)
    if (!fieldNames.has(name)) fail(path, `no field named "${name}" in this schema`);
}

function checkForeignKeys(keys: unknown, path: string, fieldNames: Set<string>, fail: Fail): void {
  if (!Array.isArray(keys)) return fail(path, 'expected an array of foreign keys');
  Array.from(keys).forEach((key, index) => {
    const keyPath = `${path}[${index}]`;
    if (!isObject(key) || !isObject(key.reference)) {
      return fail(keyPath, 'expected {"fields": …, "reference": {"resource": …, "fields": …}}');
    }
    checkFieldList(key.fields, `${keyPath}.fields`, fieldNames, fail);
    const { resource, fields } = key.reference;
    if (resource !== undefined && typeof resource !== 'string') {
      fail(`${keyPath}.reference.resource`, 'expected a resource name');
    }
    if (typeof fields !== 'string' && (!isStringArray(fields) || fields.length === 0)) {
      fail(`${keyPath}.reference.fields`, 'expected a field name or an array of field names');
    }
  });
}

function checkForeignKeyTargets(pkg: DataPackage, fail: Fail): void {
  pkg.resources.forEach((resource, resourceIndex) => {
    foreignKeys(resource).forEach((key, keyIndex) => {
      const path = `resources[${resourceIndex}].schema.foreignKeys[${keyIndex}].reference`;
      const target = pkg.resources.find((candidate) => candidate.name === key.resource);
      if (!target) return fail(`${path}.resource`, `no resource named "${key.resource}"`);
      if (key.referencedFields.length !== key.fields.length) {
        return fail(
          `${path}.fields`,
          `expected ${key.fields.length} field(s), as many as the key has`,
        );
      }
      for (const name of key.referencedFields) {
        if (!target.schema.fields.some((field) => field.name === name)) {
          fail(`${path}.fields`, `resource "${target.name}" has no field named "${name}"`);
        }
      }
    });
  });
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringArray(value: unknown): value is string[] {
  // Array.from turns holes (possible in a descriptor built in code) into undefined, which fails.
  return Array.isArray(value) && Array.from(value).every((item) => typeof item === 'string');
}

function isOptionalString(value: unknown): boolean {
  return value === undefined || typeof value === 'string';
}

function isCount(value: unknown): boolean {
  return Number.isInteger(value) && (value as number) >= 0;
}
