// A package with problems stops the build before anything is written: no stale output dressed as new.
import { cp, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { dataCheckPlugin } from '../../src/build/dataCheck';
import { precompressPlugin } from '../../src/build/precompress';

const made: string[] = [];
afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A site root holding a page, a data package copied from `fixture`, and a dist/ from an earlier build. */
async function site(fixture: string): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'nkwa-data-check-'));
  made.push(root);
  await cp(`tests/fixtures/${fixture}`, join(root, 'data'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>t</title><p>page</p>\n');
  await cp('tests/fixtures/valid', join(root, 'dist'), { recursive: true });
  return root;
}

/** Builds the site; what it printed, and why it failed (null when it did not). */
async function buildSite(root: string): Promise<{ printed: string; error: Error | null }> {
  const written: string[] = [];
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    written.push(String(chunk));
    return true;
  });
  let error: Error | null = null;
  try {
    await build({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [dataCheckPlugin(), precompressPlugin()],
      build: { outDir: 'dist', emptyOutDir: true },
    });
  } catch (caught) {
    error = caught as Error;
  } finally {
    stdout.mockRestore();
  }
  return { printed: written.join(''), error };
}

describe('the build checks the data package first', () => {
  it('stops on a problem, naming it as data:check does, and leaves dist/ as it was', async () => {
    const root = await site('invalid/encoding');
    const before = (await readdir(join(root, 'dist'))).sort();
    const { printed, error } = await buildSite(root);
    expect(error?.message).toContain('data/ has 1 problem, so the site was not built');
    expect(error?.message).toContain(
      'data/events.csv:2:note: byte 0xE9 at line 2, character 129 is not UTF-8',
    );
    expect((await readdir(join(root, 'dist'))).sort()).toEqual(before);
    expect(printed).not.toContain('precompressed');
  });

  it('stops on broken descriptor JSON, naming its line and JSON path', async () => {
    const root = await site('invalid/descriptor-invalid-json');
    const { error } = await buildSite(root);
    expect(error?.message).toContain(
      'data/datapackage.json:6:licenses[0].path: line 6, character 47: not valid JSON: a string is not closed',
    );
  });

  it('builds a valid package and then precompresses', async () => {
    const root = await site('valid');
    const { printed, error } = await buildSite(root);
    expect(error).toBeNull();
    expect(await readdir(join(root, 'dist'))).toContain('index.html');
    expect(printed).toContain('precompressed');
  });
});
