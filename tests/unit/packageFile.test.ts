import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPackageFile, readPackageFileSync } from '../../src/lib/data/packageFile';

let base: string;
let pkg: string;

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'package-file-'));
  pkg = join(base, 'pkg');
  await mkdir(join(pkg, 'sub'), { recursive: true });
  await mkdir(join(base, 'outside'));
  await writeFile(join(base, 'outside', 'secret.csv'), 'secret\n');
  await writeFile(join(base, 'sibling.csv'), 'sibling\n');
  await writeFile(join(pkg, 'a.csv'), 'a\n');
  await writeFile(join(pkg, 'sub', 'b.csv'), 'b\n');
  await symlink(join(base, 'outside', 'secret.csv'), join(pkg, 'out.csv'));
  await symlink('../sibling.csv', join(pkg, 'relative-out.csv'));
  await symlink(join(base, 'outside'), join(pkg, 'linked'));
  await symlink('sub/b.csv', join(pkg, 'in.csv'));
  await symlink('loop.csv', join(pkg, 'loop.csv'));
  execFileSync('mkfifo', [join(pkg, 'pipe.csv')]);
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

const OUTSIDE = 'it is a symbolic link (or in a linked folder) that leads outside the package';
const NOT_IN_PACKAGE = 'it is not a relative path inside the package';

describe('readPackageFile and readPackageFileSync', () => {
  it.each([
    // [path in the package, its text or the error]
    ['a.csv', 'a\n'],
    ['sub/b.csv', 'b\n'],
    ['in.csv', 'b\n'],
    ['./a.csv', 'a\n'],
    ['out.csv', { error: OUTSIDE }],
    ['relative-out.csv', { error: OUTSIDE }],
    ['linked/secret.csv', { error: OUTSIDE }],
    ['../sibling.csv', { error: NOT_IN_PACKAGE }],
    ['sub/../../sibling.csv', { error: NOT_IN_PACKAGE }],
    [join('/', 'etc', 'passwd'), { error: NOT_IN_PACKAGE }],
    ['C:\\data\\a.csv', { error: NOT_IN_PACKAGE }],
    ['', { error: NOT_IN_PACKAGE }],
    ['missing.csv', { error: 'no such file' }],
    ['a.csv/b.csv', { error: 'no such file' }],
    ['sub', { error: 'it is a directory' }],
    ['pipe.csv', { error: 'it is not a regular file' }],
    ['loop.csv', { error: 'it is a symbolic link that loops' }],
  ])('%s', async (path, expected) => {
    const shown = (read: Uint8Array | { error: string }) =>
      read instanceof Uint8Array ? new TextDecoder().decode(read) : read;
    expect(shown(await readPackageFile(pkg, path))).toEqual(expected);
    expect(shown(readPackageFileSync(pkg, path))).toEqual(expected);
  });

  it('reads a package whose own directory is reached through a link', async () => {
    const linkedPackage = join(base, 'linked-pkg');
    await symlink(pkg, linkedPackage);
    const read = await readPackageFile(linkedPackage, 'a.csv');
    expect(read instanceof Uint8Array && new TextDecoder().decode(read)).toBe('a\n');
  });
});
