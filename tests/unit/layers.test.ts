// The layers import one way: src/lib (the app's library) never reaches into the page's views, the
// embed page, build-time code or commands; the embed page and the build never into commands.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|svelte)$/.test(entry.name))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

/** The repository paths a file imports by relative path (static and dynamic imports, `import type`). */
function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map(
    (match) => match[1]!,
  );
  return specifiers.map((specifier) =>
    relative(root, resolve(dirname(join(root, file)), specifier)),
  );
}

const forbidden: Record<string, string[]> = {
  'src/lib': ['src/views', 'src/embed', 'src/build', 'src/cli', 'src/App.svelte', 'src/main.ts'],
  'src/embed': ['src/cli', 'src/views', 'src/App.svelte'],
  'src/build': ['src/cli'],
};

describe('import layers', () => {
  it.each(Object.entries(forbidden))('%s imports none of %j', (layer, targets) => {
    const crossings = sourceFiles(layer).flatMap((file) =>
      importsOf(file)
        .filter((target) => targets.some((t) => target === t || target.startsWith(`${t}/`)))
        .map((target) => `${file} → ${target}`),
    );
    expect(crossings).toEqual([]);
  });

  it('finds the imports it checks (a file of src/lib that imports another)', () => {
    expect(importsOf('src/lib/figures/firstView.ts')).toContain('src/lib/figures/specs');
  });
});
