import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { appendRecord, editDescriptor, type DescriptorJson, type HostileCase } from './case';

/** The descriptor's events resource (the last one in the base package). */
const events = (descriptor: DescriptorJson) =>
  descriptor.resources.find((resource) => resource.name === 'events')!;

/** Sets a constraint of a field of the events resource. */
const eventsConstraint = (field: string, key: string, value: unknown) =>
  editDescriptor((descriptor) => {
    const target = events(descriptor).schema.fields.find((candidate) => candidate.name === field)!;
    target.constraints = { ...target.constraints, [key]: value };
  });

const setEventsPath = (path: unknown) =>
  editDescriptor((descriptor) => {
    events(descriptor).path = path;
  });

/**
 * A file outside the package (in a directory of its own, removed with the system's temporary files)
 * whose first line would show in a verdict if it were read.
 */
async function outsideFile(): Promise<string> {
  const outside = await mkdtemp(join(tmpdir(), 'hostile-outside-'));
  const file = join(outside, 'events.csv');
  await writeFile(file, 'SECRET-FIRST-LINE,never,to,be,printed\n');
  return file;
}

const TAIL = 'pkg/: 3 files, 9 rows, 1 problem (0 rows dropped)';

export const descriptorCases: HostileCase[] = [
  {
    name: 'pattern-backtracking',
    tries:
      'a slug pattern that backtracks exponentially, (…+-?)+, and an id it fails on after 2^60 tries',
    patch: {
      'datapackage.json': eventsConstraint('id', 'pattern', '([a-z0-9]+-?)+'),
      'events.csv': appendRecord([
        `${'a'.repeat(60)}_`,
        '2018-01-01',
        'An event whose id the pattern refuses',
        'example-un-panel',
        '',
      ]),
    },
    verdict: [
      `pkg/events.csv:4:id: "${'a'.repeat(57)}…" does not match the pattern ([a-z0-9]+-?)+`,
      'pkg/: 3 files, 12 rows, 1 problem (1 row dropped)',
    ],
  },
  {
    name: 'pattern-backreference',
    tries: 'a pattern with a backreference, which only a backtracking engine can run',
    patch: { 'datapackage.json': eventsConstraint('id', 'pattern', '([a-z])\\1[a-z0-9-]*') },
    verdict: [
      'pkg/datapackage.json:0:resources[2].schema.fields[0].constraints.pattern: the pattern "([a-z])\\\\1[a-z0-9-]*" cannot be run: error parsing regexp: invalid escape sequence: `\\1`; patterns use RE2 syntax, which matches in linear time (no backreferences, no lookahead or lookbehind)',
      'pkg/: 0 files, 0 rows, 1 problem (0 rows dropped)',
    ],
  },
  {
    name: 'pattern-lookahead',
    tries: 'a pattern with a negative lookahead',
    patch: { 'datapackage.json': eventsConstraint('id', 'pattern', '(?!x)[a-z0-9-]+') },
    verdict: [
      'pkg/datapackage.json:0:resources[2].schema.fields[0].constraints.pattern: the pattern "(?!x)[a-z0-9-]+" cannot be run: error parsing regexp: invalid or unsupported Perl syntax: `(?!`; patterns use RE2 syntax, which matches in linear time (no backreferences, no lookahead or lookbehind)',
      'pkg/: 0 files, 0 rows, 1 problem (0 rows dropped)',
    ],
  },
  {
    name: 'pattern-not-a-string',
    tries: 'a pattern given as a number',
    patch: { 'datapackage.json': eventsConstraint('id', 'pattern', 42) },
    verdict: [
      'pkg/datapackage.json:0:resources[2].schema.fields[0].constraints.pattern: expected a regular expression as a string, got 42',
      'pkg/: 0 files, 0 rows, 1 problem (0 rows dropped)',
    ],
  },
  {
    name: 'constraint-unknown',
    tries:
      'a Frictionless constraint we do not check (enum), which must not pass for a checked one',
    patch: { 'datapackage.json': eventsConstraint('title', 'enum', ['Anything']) },
    verdict: [
      'pkg/datapackage.json:0:resources[2].schema.fields[2].constraints.enum: unsupported constraint "enum"; supported: required, unique, pattern, minimum, maximum, minLength, maxLength (closed lists are categories)',
      'pkg/: 0 files, 0 rows, 1 problem (0 rows dropped)',
    ],
  },
  {
    name: 'path-parent',
    tries: 'a resource path that climbs out of the package with ..',
    patch: { 'datapackage.json': setEventsPath('../events.csv') },
    verdict: [
      'pkg/datapackage.json:0:resources[2].path: expected a relative file path inside the package directory (no URL, no "..")',
      'pkg/: 0 files, 0 rows, 1 problem (0 rows dropped)',
    ],
  },
  {
    name: 'path-absolute',
    tries: 'an absolute resource path to a system file',
    patch: { 'datapackage.json': setEventsPath('/etc/passwd') },
    verdict: [
      'pkg/datapackage.json:0:resources[2].path: expected a relative file path inside the package directory (no URL, no "..")',
      'pkg/: 0 files, 0 rows, 1 problem (0 rows dropped)',
    ],
  },
  {
    name: 'path-url',
    tries: 'a remote resource, which Frictionless allows and we do not fetch',
    patch: { 'datapackage.json': setEventsPath('https://example.org/events.csv') },
    verdict: [
      'pkg/datapackage.json:0:resources[2].path: expected a relative file path inside the package directory (no URL, no "..")',
      'pkg/: 0 files, 0 rows, 1 problem (0 rows dropped)',
    ],
  },
  {
    name: 'path-array',
    tries: 'a resource split over several files, which Frictionless allows and we do not',
    patch: { 'datapackage.json': setEventsPath(['events.csv', 'events-more.csv']) },
    verdict: [
      'pkg/datapackage.json:0:resources[2].path: expected a relative file path inside the package directory (no URL, no "..")',
      'pkg/: 0 files, 0 rows, 1 problem (0 rows dropped)',
    ],
  },
  {
    name: 'resource-symlink-out',
    tries: 'a resource that is a symbolic link to a file outside the package',
    patch: {},
    setup: async (dir) => {
      await rm(join(dir, 'events.csv'));
      await symlink(await outsideFile(), join(dir, 'events.csv'));
    },
    verdict: [
      'pkg/events.csv:0:-: cannot read file: it is a symbolic link (or in a linked folder) that leads outside the package',
      TAIL,
    ],
  },
  {
    name: 'resource-in-linked-folder',
    tries: 'a resource in a folder that is a symbolic link to a folder outside the package',
    patch: { 'datapackage.json': setEventsPath('linked/events.csv') },
    setup: async (dir) => {
      await symlink(join(await outsideFile(), '..'), join(dir, 'linked'));
    },
    verdict: [
      'pkg/linked/events.csv:0:-: cannot read file: it is a symbolic link (or in a linked folder) that leads outside the package',
      TAIL,
    ],
  },
  {
    name: 'resource-symlink-inside',
    tries: 'a resource that is a symbolic link to a file inside the package (followed)',
    patch: {},
    setup: async (dir) => {
      await mkdir(join(dir, 'files'));
      await rename(join(dir, 'events.csv'), join(dir, 'files', 'events.csv'));
      await symlink(join('files', 'events.csv'), join(dir, 'events.csv'));
    },
    verdict: ['pkg/: 3 files, 11 rows, no problems'],
  },
  {
    name: 'resource-directory',
    tries: 'a resource path that names a directory',
    patch: {},
    setup: async (dir) => {
      await rm(join(dir, 'events.csv'));
      await mkdir(join(dir, 'events.csv'));
    },
    verdict: ['pkg/events.csv:0:-: cannot read file: it is a directory', TAIL],
  },
  {
    name: 'resource-named-pipe',
    tries: 'a resource that is a named pipe, which a plain read waits on forever',
    patch: {},
    setup: async (dir) => {
      await rm(join(dir, 'events.csv'));
      await promisify(execFile)('mkfifo', [join(dir, 'events.csv')]);
    },
    verdict: ['pkg/events.csv:0:-: cannot read file: it is not a regular file', TAIL],
  },
  {
    name: 'descriptor-symlink-out',
    tries: 'a datapackage.json that is a symbolic link to a descriptor outside the package',
    patch: {},
    setup: async (dir) => {
      const outside = await mkdtemp(join(tmpdir(), 'hostile-outside-'));
      await rename(join(dir, 'datapackage.json'), join(outside, 'datapackage.json'));
      await symlink(join(outside, 'datapackage.json'), join(dir, 'datapackage.json'));
    },
    verdict: [
      'pkg/datapackage.json:0:-: cannot read file: it is a symbolic link (or in a linked folder) that leads outside the package',
      'pkg/: 0 files, 0 rows, 1 problem (0 rows dropped)',
    ],
  },
  {
    name: 'descriptor-trailing-comma',
    tries: 'broken JSON: a comma after the last field, as a careless edit leaves it',
    patch: {
      'datapackage.json': (text) => {
        // After the last field of the last resource: the last "}" that ends a line before "],".
        const at = [...text.matchAll(/\}(?=\n\s*\],)/g)].at(-1)!.index;
        return `${text.slice(0, at + 1)},${text.slice(at + 1)}`;
      },
    },
    verdict: [
      'pkg/datapackage.json:85:resources[2].schema.fields: line 85, character 9: not valid JSON: a comma after the last item',
      'pkg/: 0 files, 0 rows, 1 problem (0 rows dropped)',
    ],
  },
  {
    name: 'descriptor-cut-off',
    tries: 'broken JSON: the file ends in the middle of a resource',
    patch: { 'datapackage.json': (text) => text.slice(0, text.indexOf('"primaryKey": ["id"]')) },
    verdict: [
      'pkg/datapackage.json:25:resources[0].schema: line 25, character 9: not valid JSON: the file ends too early: expected a property name in double quotes',
      'pkg/: 0 files, 0 rows, 1 problem (0 rows dropped)',
    ],
  },
  {
    name: 'descriptor-not-an-object',
    tries: 'a descriptor that is JSON but a list of resources, not an object',
    patch: { 'datapackage.json': (text) => JSON.stringify(JSON.parse(text).resources) },
    verdict: [
      'pkg/datapackage.json:0:-: the descriptor must be a JSON object',
      'pkg/: 0 files, 0 rows, 1 problem (0 rows dropped)',
    ],
  },
  {
    name: 'descriptor-duplicate-key',
    tries:
      'a second "constraints" key, which JSON.parse would keep instead of the first in silence',
    patch: {
      'datapackage.json': (text) =>
        text.replace(
          '"description": "A short title in our own words.",',
          '$& "constraints": { "maxLength": 1 },',
        ),
    },
    verdict: [
      'pkg/datapackage.json:82:resources[2].schema.fields[2].constraints: line 82, character 133: the key "constraints" appears twice in one object (only the last would be read)',
      'pkg/: 0 files, 0 rows, 1 problem (0 rows dropped)',
    ],
  },
];
