import { createHash } from 'node:crypto';
import {
  cpSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { datasetVersion } from 'virtual:dataset-version';
import { computeDatasetVersion, versionedFiles } from '../../src/build/datasetVersion';
import { git } from './testGit';

const FIXTURE = 'tests/fixtures/valid';
const PACKAGE_FILES = ['datapackage.json', 'estimates.csv', 'events.csv', 'sources.csv'];

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the valid fixture in a fresh directory outside any git repository. */
function fixtureCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'nkwa-version-'));
  made.push(dir);
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

function setModified(dir: string, isoDate: string): void {
  const time = new Date(isoDate);
  for (const file of PACKAGE_FILES) utimesSync(join(dir, file), time, time);
}

/** The documented hash, computed independently: per file (sorted) path NUL length NUL bytes. */
function expectedHash(dir: string): string {
  const sha = createHash('sha256');
  for (const file of [...PACKAGE_FILES].sort()) {
    const bytes = readFileSync(join(dir, file));
    sha.update(`${file}\0${bytes.length}\0`).update(bytes);
  }
  return sha.digest('hex').slice(0, 8);
}

describe('computeDatasetVersion', () => {
  it('hashes datapackage.json and the files it lists as documented, dated by modification outside git', () => {
    const dir = fixtureCopy();
    setModified(dir, '2024-02-29T12:00:00Z');
    const version = computeDatasetVersion(dir);
    expect(version).toEqual({
      hash: expectedHash(dir),
      date: '2024-02-29',
      label: `2024-02-29 · ${expectedHash(dir)}`,
    });
    expect(version.hash).toMatch(/^[0-9a-f]{8}$/);
  });

  it('changes with any byte of a listed file, and only with those files', () => {
    const dir = fixtureCopy();
    const before = computeDatasetVersion(dir).hash;
    writeFileSync(join(dir, 'README.md'), 'not part of the version\n');
    expect(computeDatasetVersion(dir).hash).toBe(before);
    const sources = join(dir, 'sources.csv');
    writeFileSync(sources, readFileSync(sources, 'utf8').replace('a', 'b'));
    expect(computeDatasetVersion(dir).hash).not.toBe(before);
  });

  it.each([
    ['CRLF line ends (a Windows checkout)', (text: string) => text.replaceAll('\n', '\r\n')],
    ['a UTF-8 byte-order mark', (text: string) => `\uFEFF${text}`],
    ['both', (text: string) => `\uFEFF${text.replaceAll('\n', '\r\n')}`],
  ])('gives a re-save with %s the same version', (_name, resave) => {
    const dir = fixtureCopy();
    const before = computeDatasetVersion(dir).hash;
    for (const file of PACKAGE_FILES) {
      const path = join(dir, file);
      writeFileSync(path, resave(readFileSync(path, 'utf8')));
    }
    expect(readFileSync(join(dir, 'sources.csv'))).not.toEqual(
      readFileSync(join(FIXTURE, 'sources.csv')),
    );
    expect(computeDatasetVersion(dir).hash).toBe(before);
  });

  it('hashes the bytes after a byte-order mark, not the mark alone', () => {
    const dir = fixtureCopy();
    const before = computeDatasetVersion(dir).hash;
    writeFileSync(join(dir, 'events.csv'), '\uFEFF');
    expect(computeDatasetVersion(dir).hash).not.toBe(before);
  });

  it('lists the descriptor and every resource path, sorted', () => {
    expect(versionedFiles('data')).toEqual(PACKAGE_FILES);
  });

  it('refuses a resource path outside the package', () => {
    const dir = fixtureCopy();
    const descriptor = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8')) as {
      resources: { path: string }[];
    };
    for (const path of ['../secret.csv', '/etc/passwd', 'https://example.org/x.csv']) {
      descriptor.resources[0]!.path = path;
      writeFileSync(join(dir, 'datapackage.json'), JSON.stringify(descriptor));
      expect(() => computeDatasetVersion(dir)).toThrow(/not a file inside the package/);
    }
  });

  it('does not follow a resource symlinked out of the package', () => {
    const dir = fixtureCopy();
    const outside = fixtureCopy();
    rmSync(join(dir, 'events.csv'));
    symlinkSync(join(outside, 'events.csv'), join(dir, 'events.csv'));
    expect(() => computeDatasetVersion(dir)).toThrow(/events\.csv: .*outside the package/);
  });

  it('takes the date of the last commit of the files, unless they have uncommitted changes', () => {
    const dir = fixtureCopy();
    setModified(dir, '2020-01-02T00:00:00Z');
    const committed = '2023-05-06T10:00:00+00:00';
    git(dir, ['init', '-q']);
    git(dir, ['add', '.']);
    git(dir, ['commit', '-q', '-m', 'data'], {
      GIT_AUTHOR_DATE: committed,
      GIT_COMMITTER_DATE: committed,
    });
    expect(computeDatasetVersion(dir).date).toBe('2023-05-06');

    // A later commit that touches only an unversioned file does not move the date.
    writeFileSync(join(dir, 'README.md'), 'docs\n');
    git(dir, ['add', 'README.md']);
    git(dir, ['commit', '-q', '-m', 'docs'], {
      GIT_AUTHOR_DATE: '2025-01-01T00:00:00+00:00',
      GIT_COMMITTER_DATE: '2025-01-01T00:00:00+00:00',
    });
    expect(computeDatasetVersion(dir).date).toBe('2023-05-06');

    const events = join(dir, 'events.csv');
    writeFileSync(events, `${readFileSync(events, 'utf8')}\n`);
    setModified(dir, '2021-07-08T00:00:00Z');
    expect(computeDatasetVersion(dir).date).toBe('2021-07-08');
  });
});

describe('virtual:dataset-version', () => {
  it('is the version of data/', () => {
    expect(datasetVersion).toEqual(computeDatasetVersion('data'));
  });

  it('has an entry in data/CHANGELOG.md', () => {
    const changelog = readFileSync('data/CHANGELOG.md', 'utf8');
    expect(
      changelog.includes(`· ${datasetVersion.hash}`),
      `data/CHANGELOG.md has no entry for the data's current hash ${datasetVersion.hash}: run npm run data:release, then say in its entry what changed and why`,
    ).toBe(true);
  });
});
