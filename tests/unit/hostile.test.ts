// The hostile corpus (tests/hostile): every case through data:check, with its exact verdict.
import { rm } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { checkReport } from '../../src/cli/check-data';
import { checkPackageDir } from '../../src/lib/data/packageDir';
import { writeCasePackage } from '../hostile/case';
import { hostileCases } from '../hostile/index';

const made: string[] = [];
afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('hostile corpus', () => {
  it('names each case once', () => {
    const names = hostileCases.map((hostile) => hostile.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(hostileCases.map((hostile) => [hostile.name, hostile] as const))(
    '%s: data:check prints its verdict',
    async (_name, hostile) => {
      const dir = await writeCasePackage(hostile);
      made.push(dir);
      const check = await checkPackageDir(dir, { today: '2026-12-04' });
      expect(checkReport(check, 'pkg/')).toEqual(hostile.verdict);
    },
  );
});
