// The catalogue check of `npm run check` (src/cli/messages.ts): proven on fixture catalogues, each a
// copy of a complete one (tests/fixtures/messages) with one thing wrong, and run on the real ones.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { checkCatalogues } from '../../src/lib/i18n/catalogueCheck';

const FIXTURE = 'tests/fixtures/messages';
const folders: string[] = [];

/** A copy of the fixture with `change` applied to one of its files. */
function fixtureWith(file: string, change: (text: string) => string): string {
  const folder = mkdtempSync(join(tmpdir(), 'messages-'));
  folders.push(folder);
  cpSync(FIXTURE, folder, { recursive: true });
  const path = join(folder, file);
  const text = readFileSync(path, 'utf8');
  const changed = change(text);
  expect(changed, `the change to ${file} applies`).not.toBe(text);
  writeFileSync(path, changed);
  return folder;
}

const check = (folder: string) =>
  checkCatalogues({
    catalogues: join(folder, 'catalogues'),
    sources: join(folder, 'src'),
    languages: ['ko'],
  }).problems.map((problem) => problem.replace(`${folder}/`, ''));

/** `tsx src/cli/messages.ts` on a fixture, as `npm run check` runs it on src/. */
function cli(folder: string) {
  const run = spawnSync(
    'node_modules/.bin/tsx',
    [
      'src/cli/messages.ts',
      '--catalogues',
      join(folder, 'catalogues'),
      '--sources',
      join(folder, 'src'),
    ],
    { encoding: 'utf8' },
  );
  return { status: run.status, output: run.stdout + run.stderr };
}

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('the catalogue check', () => {
  it('passes a complete, used catalogue', () => {
    expect(check(FIXTURE)).toEqual([]);
  });

  it('fails npm run check on a missing Korean message, naming it', () => {
    const folder = fixtureWith('catalogues/ko/shop.ts', (text) =>
      text.replace("  openShop: '열기',\n", ''),
    );
    expect(check(folder)).toEqual([
      expect.stringMatching(
        /^catalogues\/ko\/shop\.ts: missing message "openShop" \(English in .*catalogues\/en\/shop\.ts:3\)\.$/,
      ),
    ]);
    const run = cli(folder);
    expect(run.status).toBe(1);
    expect(run.output).toContain('missing message "openShop"');
  }, 60_000);

  it('finds a missing entry of a nested record', () => {
    const folder = fixtureWith('catalogues/ko/shop.ts', (text) => text.replace(", rice: '쌀'", ''));
    expect(check(folder)).toEqual([expect.stringContaining('missing message "measureNames.rice"')]);
  });

  it('finds a key only the translation has', () => {
    const folder = fixtureWith('catalogues/ko/shop.ts', (text) =>
      text.replace("  openShop: '열기',", "  openShop: '열기',\n  closeShop: '닫기',"),
    );
    expect(check(folder)).toEqual([
      expect.stringContaining('"closeShop" is not an English message'),
    ]);
  });

  it('finds a message of another kind: a text for a function, other parameters', () => {
    const text = fixtureWith('catalogues/ko/shop.ts', (source) =>
      source.replace('itemCount: (count: number) => `${count}개`', "itemCount: '개'"),
    );
    expect(check(text)).toEqual([
      expect.stringContaining('"itemCount" is a text, but in English a function of 1 value'),
    ]);
    const parameters = fixtureWith('catalogues/ko/shop.ts', (source) =>
      source
        .replace('(count: number) =>', '(count: number, unit: string) =>')
        .replace('개`', '${unit}`'),
    );
    expect(check(parameters)).toEqual([
      expect.stringContaining('a function of 2 values, but in English a function of 1 value'),
    ]);
  });

  it('fails on a key no code uses', () => {
    const folder = fixtureWith('src/shop.ts', (text) =>
      text.replace('  shopText().openShop,\n', ''),
    );
    expect(check(folder)).toEqual([expect.stringContaining('key "openShop" is used nowhere')]);
    // A longer name that contains the key is not a use of it.
    const longer = fixtureWith('src/shop.ts', (text) => text.replace('.openShop', '.openShopNow'));
    expect(check(longer)).toEqual([expect.stringContaining('key "openShop" is used nowhere')]);
  });

  it('fails on an area with no Korean catalogue', () => {
    const folder = fixtureWith('catalogues/en/shop.ts', (text) => `${text}// changed\n`);
    rmSync(join(folder, 'catalogues/ko/shop.ts'));
    expect(check(folder)).toEqual([expect.stringMatching(/ko\/shop\.ts: missing/)]);
  });
});

describe('the real catalogues', () => {
  it('have every English key in Korean, and use every key', () => {
    const report = checkCatalogues({
      catalogues: 'src/lib/i18n',
      sources: 'src',
      languages: ['ko'],
    });
    expect(report.problems).toEqual([]);
    expect(report.areas).toBeGreaterThan(0);
  });
});
