import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { rowTypesFile, rowTypesSource } from '../../src/cli/gen-types';
import { parseDescriptor, readDescriptor } from '../../src/lib/data/descriptor';
import { formatProblem } from '../../src/lib/data/problem';
import {
  categories,
  categoryValues,
  dataPackage,
  field,
  foreignKeys,
  resource,
  sqlType,
  type DataPackage,
  type Field,
} from '../../src/lib/data/schema';

describe('schema helpers', () => {
  it.each([
    ['string', 'VARCHAR'],
    ['integer', 'BIGINT'],
    ['number', 'DOUBLE'],
    ['boolean', 'BOOLEAN'],
    ['date', 'DATE'],
  ] as const)('sqlType(%s) is %s', (type, sql) => {
    expect(sqlType({ name: 'x', type })).toBe(sql);
  });

  const labelled: Field = {
    name: 'kind',
    type: 'string',
    categories: [{ value: 'a', label: 'A', description: 'The first.' }, { value: 'b' }],
  };
  const bare: Field = { name: 'kind', type: 'string', categories: ['x', 'y'] };

  it.each([
    [labelled, ['a', 'b']],
    [bare, ['x', 'y']],
    [{ name: 'free', type: 'string' } as Field, []],
  ])('categoryValues reads both forms of categories (%#)', (of, values) => {
    expect(categoryValues(of)).toEqual(values);
  });

  it('categories gives every value a label', () => {
    expect(categories(labelled)).toEqual([
      { value: 'a', label: 'A', description: 'The first.' },
      { value: 'b', label: 'b', description: undefined },
    ]);
    expect(categories(bare).map((category) => category.label)).toEqual(['x', 'y']);
  });

  it('resource and field find by name, and throw on a name that is not there', () => {
    expect(field(resource('estimates'), 'low').type).toBe('integer');
    expect(() => resource('nope')).toThrow('no resource "nope"');
    expect(() => field(resource('sources'), 'nope')).toThrow('no field "nope"');
  });

  it('foreignKeys resolves a self-reference to the resource itself', () => {
    const self: DataPackage = {
      resources: [
        {
          name: 'people',
          path: 'people.csv',
          schema: {
            fields: [
              { name: 'id', type: 'string' },
              { name: 'parent', type: 'string' },
            ],
            foreignKeys: [{ fields: 'parent', reference: { resource: '', fields: 'id' } }],
          },
        },
      ],
    };
    expect(foreignKeys(self.resources[0]!)).toEqual([
      { fields: ['parent'], resource: 'people', referencedFields: ['id'] },
    ]);
  });
});

describe('descriptor check', () => {
  it('accepts data/datapackage.json', () => {
    expect(readDescriptor(dataPackage).problems.map(formatProblem)).toEqual([]);
  });

  const withField = (extra: Record<string, unknown>) => ({
    resources: [
      { name: 'r', path: 'r.csv', schema: { fields: [{ name: 'a', type: 'string', ...extra }] } },
    ],
  });

  it.each([
    ['not an object', [], ['datapackage.json:0:-: the descriptor must be a JSON object']],
    ['no resources', {}, ['datapackage.json:0:resources: expected a non-empty array of resources']],
    [
      'an unknown type',
      withField({ type: 'datetime' }),
      ['resources[0].schema.fields[0].type: unsupported field type "datetime"'],
    ],
    [
      'an unknown constraint',
      withField({ constraints: { enum: ['x'] } }),
      ['resources[0].schema.fields[0].constraints.enum: unsupported constraint "enum"'],
    ],
    [
      'a pattern that does not compile',
      withField({ constraints: { pattern: '(' } }),
      [
        'constraints.pattern: the pattern "(" cannot be run: error parsing regexp: missing closing )',
      ],
    ],
    [
      'a pattern with a backreference (RE2 syntax only: linear-time matching)',
      withField({ constraints: { pattern: '(a)\\1' } }),
      ['constraints.pattern: the pattern "(a)\\\\1" cannot be run'],
    ],
    [
      'a minimum on a string',
      withField({ constraints: { minimum: 1 } }),
      ['constraints.minimum: constraint "minimum" does not apply to a string field'],
    ],
    [
      'an unknown format',
      withField({ format: 'email' }),
      ['fields[0].format: unsupported format "email"'],
    ],
    [
      'duplicate categories',
      withField({ categories: ['x', 'x'] }),
      ['fields[0].categories[1]: duplicate category "x"'],
    ],
    [
      'trueValues on a string',
      withField({ trueValues: ['yes'] }),
      ['fields[0].trueValues: trueValues only applies to a boolean field'],
    ],
    [
      'a path out of the package',
      {
        resources: [
          { name: 'r', path: '/etc/passwd', schema: { fields: [{ name: 'a', type: 'string' }] } },
        ],
      },
      ['resources[0].path: expected a relative file path inside the package directory'],
    ],
    [
      'a primary key on no field',
      {
        resources: [
          {
            name: 'r',
            path: 'r.csv',
            schema: { fields: [{ name: 'a', type: 'string' }], primaryKey: ['b'] },
          },
        ],
      },
      ['resources[0].schema.primaryKey: no field named "b" in this schema'],
    ],
    [
      'a foreign key to no resource',
      {
        resources: [
          {
            name: 'r',
            path: 'r.csv',
            schema: {
              fields: [{ name: 'a', type: 'string' }],
              foreignKeys: [{ fields: 'a', reference: { resource: 's', fields: 'id' } }],
            },
          },
        ],
      },
      ['resources[0].schema.foreignKeys[0].reference.resource: no resource named "s"'],
    ],
  ])('refuses %s', (_name, descriptor, expected) => {
    const lines = readDescriptor(descriptor).problems.map(formatProblem);
    expect(lines).toHaveLength(expected.length);
    lines.forEach((line, index) => expect(line).toContain(expected[index]));
  });

  it('reports JSON syntax errors at their line and JSON path, and accepts a byte-order mark', () => {
    expect(
      parseDescriptor('{"resources": [\n  {"name": "r",}').problems.map(formatProblem),
    ).toEqual([
      'datapackage.json:2:resources[0]: line 2, character 16: not valid JSON: a comma after the last property',
    ]);
    expect(parseDescriptor(`\ufeff${JSON.stringify(dataPackage)}`).problems).toEqual([]);
  });
});

describe('generated row types', () => {
  it('rows.generated.ts is current (else run npm run data:types)', async () => {
    const onDisk = await readFile(
      new URL('../../src/lib/data/rows.generated.ts', import.meta.url),
      'utf8',
    );
    expect(onDisk).toBe(await rowTypesFile(dataPackage));
  });

  it('types cells by field type, nullable unless required, with a union per category list', () => {
    const source = rowTypesSource({
      resources: [
        {
          name: 'entries',
          path: 'entries.csv',
          schema: {
            primaryKey: 'id',
            fields: [
              { name: 'id', type: 'string' },
              { name: 'count', type: 'integer', constraints: { required: true } },
              { name: 'shown', type: 'boolean' },
              {
                name: 'kind',
                type: 'string',
                description: 'Which kind.',
                categories: ['a', "it's"],
              },
            ],
          },
        },
      ],
    });
    expect(source).toContain("/** Which kind. */\nexport type Kind = 'a' | 'it\\'s';");
    expect(source).toContain('export interface EntryRow {');
    expect(source).toContain('  id: string;\n  count: number;\n  shown: boolean | null;\n');
    expect(source).toContain('  kind: Kind | null;');
    expect(source).toContain('export interface Tables {\n  entries: EntryRow[];\n}');
  });

  it('names a union after its resource when two fields of one name have different categories', () => {
    const withKind = (name: string, values: string[]) => ({
      name,
      path: `${name}.csv`,
      schema: { fields: [{ name: 'kind', type: 'string' as const, categories: values }] },
    });
    const source = rowTypesSource({
      resources: [withKind('cats', ['a']), withKind('dogs', ['b'])],
    });
    expect(source).toContain("export type CatKind = 'a';");
    expect(source).toContain("export type DogKind = 'b';");
  });
});
