import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffPackages, diffTables, isEmptyDiff, type PackageTexts } from '../../src/lib/data/diff';

const BASE = 'id,name,count\na,Alpha,1\nb,Beta,2\n';

describe('diffTables', () => {
  it.each([
    ['the same text', BASE],
    ['CRLF line ends', BASE.replaceAll('\n', '\r\n')],
    ['a byte-order mark', `\uFEFF${BASE}`],
    ['no final line break', BASE.trimEnd()],
    ['rows in another order', 'id,name,count\nb,Beta,2\na,Alpha,1\n'],
    ['columns in another order', 'count,id,name\n1,a,Alpha\n2,b,Beta\n'],
    ['quotes where none are needed', 'id,name,count\n"a","Alpha",1\nb,Beta,"2"\n'],
    ['an added column left empty', 'id,name,count,extra\na,Alpha,1,\nb,Beta,2,\n'],
  ])('finds no row change for %s', (_name, after) => {
    const diff = diffTables('t', 't.csv', ['id'], BASE, after);
    expect({ added: diff.added, removed: diff.removed, changed: diff.changed }).toEqual({
      added: [],
      removed: [],
      changed: [],
    });
  });

  it.each([
    {
      name: 'a row added',
      after: `${BASE}c,Gamma,3\n`,
      added: [{ id: 'c', name: 'Gamma', count: '3' }],
      removed: [],
      changed: [],
    },
    {
      name: 'a row removed',
      after: 'id,name,count\nb,Beta,2\n',
      added: [],
      removed: [{ id: 'a', name: 'Alpha', count: '1' }],
      changed: [],
    },
    {
      name: 'a cell changed',
      after: 'id,name,count\na,Alpha,10\nb,Beta,2\n',
      added: [],
      removed: [],
      changed: [{ key: 'a', changes: [{ field: 'count', before: '1', after: '10' }] }],
    },
    {
      name: 'a cell emptied',
      after: 'id,name,count\na,,1\nb,Beta,2\n',
      added: [],
      removed: [],
      changed: [{ key: 'a', changes: [{ field: 'name', before: 'Alpha', after: '' }] }],
    },
    {
      name: 'a row whose key changed',
      after: 'id,name,count\na2,Alpha,1\nb,Beta,2\n',
      added: [{ id: 'a2', name: 'Alpha', count: '1' }],
      removed: [{ id: 'a', name: 'Alpha', count: '1' }],
      changed: [],
    },
    {
      name: 'a column added with a value',
      after: 'id,name,count,extra\na,Alpha,1,x\nb,Beta,2,\n',
      added: [],
      removed: [],
      changed: [{ key: 'a', changes: [{ field: 'extra', before: null, after: 'x' }] }],
    },
    {
      name: 'a column removed that held a value',
      after: 'id,name\na,Alpha\nb,Beta\n',
      added: [],
      removed: [],
      changed: [
        { key: 'a', changes: [{ field: 'count', before: '1', after: null }] },
        { key: 'b', changes: [{ field: 'count', before: '2', after: null }] },
      ],
    },
  ])('reports $name', ({ after, added, removed, changed }) => {
    const diff = diffTables('t', 't.csv', ['id'], BASE, after);
    expect(diff.added).toEqual(added);
    expect(diff.removed).toEqual(removed);
    expect(diff.changed.map(({ key, changes }) => ({ key, changes }))).toEqual(changed);
  });

  it('keeps both versions of a changed row', () => {
    const diff = diffTables('t', 't.csv', ['id'], BASE, 'id,name,count\na,Alpha,10\nb,Beta,2\n');
    expect(diff.changed[0]).toMatchObject({
      before: { id: 'a', count: '1' },
      after: { id: 'a', count: '10' },
    });
  });

  it('reads a multi-line cell re-saved with CRLF as the same cell', () => {
    const before = 'id,note\na,"two\nlines"\n';
    const diff = diffTables('t', 't.csv', ['id'], before, before.replaceAll('\n', '\r\n'));
    expect(diff.changed).toEqual([]);
  });

  it.each([
    ['added', BASE, 'id,name,count,extra\na,Alpha,1,\nb,Beta,2,\n', ['extra'], []],
    ['removed', BASE, 'id,name\na,Alpha\nb,Beta\n', [], ['count']],
  ])('lists a column %s', (_name, before, after, columnsAdded, columnsRemoved) => {
    const diff = diffTables('t', 't.csv', ['id'], before, after);
    expect([diff.columnsAdded, diff.columnsRemoved]).toEqual([columnsAdded, columnsRemoved]);
  });

  it('keys on every field of a composite key', () => {
    const before = 'year,country,n\n2017,RUS,1\n2017,CHN,2\n';
    const after = 'year,country,n\n2017,RUS,1\n2017,CHN,3\n';
    const diff = diffTables('t', 't.csv', ['year', 'country'], before, after);
    expect(diff.changed.map((row) => row.key)).toEqual(['2017, CHN']);
  });

  it('compares whole rows when the table has no primary key', () => {
    const diff = diffTables('t', 't.csv', [], BASE, 'id,name,count\na,Alpha,10\nb,Beta,2\n');
    expect([diff.added.length, diff.removed.length, diff.changed.length]).toEqual([1, 1, 0]);
  });

  it('keeps every row of a repeated key and says so', () => {
    const diff = diffTables('t', 't.csv', ['id'], BASE, `${BASE}a,Alpha again,5\n`);
    expect(diff.added).toEqual([{ id: 'a', name: 'Alpha again', count: '5' }]);
    expect(diff.notes).toEqual(['t.csv: a appears more than once (line 4)']);
  });

  it.each([
    ['missing in the newer version', BASE, null, 0, 2, 't.csv is missing in the newer version'],
    ['missing in the older version', null, BASE, 2, 0, 't.csv is missing in the older version'],
  ])('treats a file %s as empty, with a note', (_name, before, after, added, removed, note) => {
    const diff = diffTables('t', 't.csv', ['id'], before, after);
    expect([diff.added.length, diff.removed.length, diff.notes]).toEqual([added, removed, [note]]);
  });
});

const FIXTURE = 'tests/fixtures/valid';
const fixtureText = (file: string) => readFileSync(`${FIXTURE}/${file}`, 'utf8');

function fixturePackage(): PackageTexts {
  return {
    descriptor: fixtureText('datapackage.json'),
    files: Object.fromEntries(
      ['sources.csv', 'estimates.csv', 'events.csv'].map((file) => [file, fixtureText(file)]),
    ),
  };
}

type Descriptor = {
  resources: {
    name: string;
    path: string;
    schema: { fields: { name: string; description?: string; categories?: unknown[] }[] };
  }[];
};

function withDescriptor(edit: (descriptor: Descriptor) => void): PackageTexts {
  const pkg = fixturePackage();
  const descriptor = JSON.parse(pkg.descriptor!) as Descriptor;
  edit(descriptor);
  return { ...pkg, descriptor: JSON.stringify(descriptor, null, 4) };
}

const estimatesOf = (descriptor: Descriptor) =>
  descriptor.resources.find((resource) => resource.name === 'estimates')!.schema;

describe('diffPackages', () => {
  it('finds nothing between a package and its re-save with a BOM, CRLF and other JSON layout', () => {
    const pkg = fixturePackage();
    const resaved: PackageTexts = {
      descriptor: `\uFEFF${JSON.stringify(JSON.parse(pkg.descriptor!))}`,
      files: Object.fromEntries(
        Object.entries(pkg.files).map(([path, text]) => [
          path,
          `\uFEFF${text!.replaceAll('\n', '\r\n')}`,
        ]),
      ),
    };
    expect(isEmptyDiff(diffPackages(pkg, resaved))).toBe(true);
  });

  it.each([
    {
      name: 'a field added',
      edit: (d: Descriptor) => estimatesOf(d).fields.push({ name: 'region' }),
      expected: [
        {
          path: 'resources.estimates.schema.fields.region',
          change: 'added',
          after: { name: 'region' },
        },
      ],
    },
    {
      name: 'a field removed',
      edit: (d: Descriptor) => {
        estimatesOf(d).fields = estimatesOf(d).fields.filter((f) => f.name !== 'note');
      },
      expected: [{ path: 'resources.estimates.schema.fields.note', change: 'removed' }],
    },
    {
      name: 'a category added',
      edit: (d: Descriptor) =>
        estimatesOf(d)
          .fields.find((f) => f.name === 'estimator_type')!
          .categories!.push('think_tank'),
      expected: [
        {
          path: 'resources.estimates.schema.fields.estimator_type.categories.think_tank',
          change: 'added',
          after: 'think_tank',
        },
      ],
    },
    {
      name: 'a description changed',
      edit: (d: Descriptor) => {
        estimatesOf(d).fields[0]!.description = 'New words.';
      },
      expected: [
        {
          path: 'resources.estimates.schema.fields.id.description',
          change: 'changed',
          after: 'New words.',
        },
      ],
    },
    {
      name: 'fields reordered',
      edit: (d: Descriptor) => {
        const fields = estimatesOf(d).fields;
        [fields[0], fields[1]] = [fields[1]!, fields[0]!];
      },
      expected: [
        {
          path: 'resources.estimates.schema.fields',
          change: 'changed',
          before: expect.arrayContaining(['id', 'source_id']) as unknown,
        },
      ],
    },
  ])('describes $name in the schema', ({ edit, expected }) => {
    const diff = diffPackages(fixturePackage(), withDescriptor(edit));
    expect(diff.schema).toMatchObject(expected);
    expect(diff.schema).toHaveLength(expected.length);
  });

  it('reports every row of a new resource as added and of a dropped one as removed', () => {
    const withNotes = withDescriptor((d) => {
      d.resources.push({
        name: 'notes',
        path: 'notes.csv',
        schema: { fields: [{ name: 'id' }] },
      });
    });
    withNotes.files['notes.csv'] = 'id\nn1\nn2\n';
    const added = diffPackages(fixturePackage(), withNotes);
    const removed = diffPackages(withNotes, fixturePackage());
    expect(added.tables.find((t) => t.resource === 'notes')?.added).toEqual([
      { id: 'n1' },
      { id: 'n2' },
    ]);
    expect(removed.tables.find((t) => t.resource === 'notes')?.removed).toHaveLength(2);
  });

  it('finds every row added when the older version has no package', () => {
    const diff = diffPackages({ descriptor: null, files: {} }, fixturePackage());
    const estimates = diff.tables.find((table) => table.resource === 'estimates')!;
    expect(estimates.added.map((row) => row.id)).toContain('e-rus-2017-range');
    expect(estimates.keyFields).toEqual(['id']);
  });

  it('refuses a descriptor that is not JSON', () => {
    expect(() => diffPackages({ descriptor: '{', files: {} }, fixturePackage())).toThrow();
  });
});
