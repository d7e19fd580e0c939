// data:diff and data:release end to end: the commands run as maintainers run them, on a fixture
// package committed in a git repository made for each test.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { git } from './testGit';

const TSX = 'node_modules/.bin/tsx';
const FIXTURE = 'tests/fixtures/valid';
const OWN_WORDS = '<!-- Say what changed and why, in your own words. -->';
const CHANGELOG = '# Changes to the data\n\nIntroduction.\n\n## Versions\n';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A git repository on branch main whose first commit holds the fixture package in data/. */
function repository(): { repo: string; data: string } {
  const repo = mkdtempSync(join(tmpdir(), 'nkwa-data-commands-'));
  made.push(repo);
  const data = join(repo, 'data');
  cpSync(FIXTURE, data, { recursive: true });
  writeFileSync(join(data, 'CHANGELOG.md'), CHANGELOG);
  git(repo, ['init', '-q', '-b', 'main']);
  git(repo, ['add', '.']);
  git(repo, ['commit', '-q', '-m', 'data']);
  return { repo, data };
}

function run(
  script: 'data-diff' | 'data-release',
  args: string[],
): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(TSX, [`src/cli/${script}.ts`, ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function edit(path: string, change: (text: string) => string): void {
  writeFileSync(path, change(readFileSync(path, 'utf8')));
}

const NEW_FIGURE =
  'e-pol-2018-range,example-report-2017,POL,,workers_present,,400,800,,range,2018,2018,2018,Example Institute,ngo_research,yes,A new figure.';

/** Adds a figure, changes the Liaoning point from 50000 to 55000, removes the Russian range. */
function editEstimates(data: string): void {
  edit(
    join(data, 'estimates.csv'),
    (text) =>
      `${text.replace(/^e-rus-2017-range,.*\n/m, '').replace(',50000,about,', ',55000,about,')}${NEW_FIGURE}\n`,
  );
}

function resaveWithBomAndCrlf(data: string): void {
  for (const file of ['datapackage.json', 'sources.csv', 'estimates.csv', 'events.csv']) {
    edit(join(data, file), (text) => `\uFEFF${text.replaceAll('\n', '\r\n')}`);
  }
}

describe('npm run data:diff', () => {
  it('lists the added figure with its country and numbers, the changed field and the removed row', () => {
    const { data } = repository();
    editEstimates(data);
    const { status, stdout } = run('data-diff', ['--dir', data]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^## Data changes: main \([0-9a-f]{7}\) → working tree$/m);
    expect(stdout).toContain('| Figures (`estimates.csv`) | 1 | 1 | 1 |');
    expect(stdout).toMatch(
      /### Figures added \(1\)\n\n\| id \| country \| measure \| low \| high \|.*\n.*\n\| `e-pol-2018-range` \| POL \| workers\\_present \| 400 \| 800 \|/,
    );
    expect(stdout).toContain(
      '- `e-chn-2017-point` (CHN, workers\\_present)\n  - `point`: 50000 → 55000',
    );
    expect(stdout).toMatch(/### Figures removed \(1\)\n[^#]*\| `e-rus-2017-range` \| RUS \|/);
    expect(stdout).toContain('| Sources (`sources.csv`) | 0 | 0 | 0 |');
  });

  it('gives the same as JSON for tools, with both versions', () => {
    const { data, repo } = repository();
    const base = git(repo, ['rev-parse', 'HEAD']);
    editEstimates(data);
    const { status, stdout } = run('data-diff', ['HEAD', '--json', '--dir', data]);
    expect(status).toBe(0);
    const result = JSON.parse(stdout) as {
      from: { commit: string; version: { hash: string } };
      to: { label: string; version: { hash: string } };
      tables: {
        resource: string;
        added: Record<string, string>[];
        removed: Record<string, string>[];
        changed: { key: string; changes: unknown[] }[];
      }[];
    };
    const estimates = result.tables.find((table) => table.resource === 'estimates')!;
    expect(estimates.added).toMatchObject([
      { id: 'e-pol-2018-range', country: 'POL', low: '400', high: '800' },
    ]);
    expect(estimates.removed.map((row) => row.id)).toEqual(['e-rus-2017-range']);
    expect(estimates.changed).toMatchObject([
      { key: 'e-chn-2017-point', changes: [{ field: 'point', before: '50000', after: '55000' }] },
    ]);
    expect(result.from.commit).toBe(base);
    expect(result.to.label).toBe('working tree');
    expect(result.from.version.hash).not.toBe(result.to.version.hash);
  });

  it('defaults to where HEAD left main, so a branch shows its own changes and not main’s since', () => {
    const { data, repo } = repository();
    git(repo, ['checkout', '-q', '-b', 'new-figure']);
    editEstimates(data);
    git(repo, ['commit', '-q', '-am', 'a figure']);
    git(repo, ['checkout', '-q', 'main']);
    edit(join(data, 'events.csv'), (text) => text.replace('Repatriation deadline', 'Deadline'));
    git(repo, ['commit', '-q', '-am', 'an event on main']);
    git(repo, ['checkout', '-q', 'new-figure']);

    const { stdout } = run('data-diff', ['--dir', data]);
    expect(stdout).toMatch(
      /^## Data changes: where HEAD left main \([0-9a-f]{7}\) → working tree$/m,
    );
    expect(stdout).toContain('`e-pol-2018-range`');
    expect(stdout).toContain('| Events (`events.csv`) | 0 | 0 | 0 |');
    expect(run('data-diff', ['main', '--dir', data]).stdout).toContain('`repatriation-deadline`');
    expect(run('data-diff', ['HEAD', '--dir', data]).stdout).toContain('No change to the data.');
  });

  it('finds no change, and the same version, in a re-save with a BOM and CRLF line ends', () => {
    const { data } = repository();
    resaveWithBomAndCrlf(data);
    const markdown = run('data-diff', ['--dir', data]).stdout;
    expect(markdown).toContain('No change to the data.');
    const json = JSON.parse(run('data-diff', ['--json', '--dir', data]).stdout) as {
      from: { version: { hash: string } };
      to: { version: { hash: string } };
    };
    expect(json.to.version.hash).toBe(json.from.version.hash);
  });

  it('refuses a ref git does not know', () => {
    const { data } = repository();
    const { status, stderr } = run('data-diff', ['no-such-branch', '--dir', data]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/^data:diff: /);
  });
});

describe('npm run data:release', () => {
  it('writes the first entry, then nothing on a second run', () => {
    const { data } = repository();
    const first = run('data-release', ['--dir', data]);
    expect(first.status).toBe(0);
    const changelog = readFileSync(join(data, 'CHANGELOG.md'), 'utf8');
    expect(changelog).toMatch(
      /## Versions\n\n### \d{4}-\d{2}-\d{2} · [0-9a-f]{8}\n\n<!-- Say what changed and why, in your own words. -->\n\nThe first version:\n\n- Sources: 3 added/,
    );

    const second = run('data-release', ['--dir', data]);
    expect(second.status).toBe(0);
    expect(second.stdout).toMatch(/already has an entry for \d{4}-\d{2}-\d{2} · [0-9a-f]{8}/);
    expect(readFileSync(join(data, 'CHANGELOG.md'), 'utf8')).toBe(changelog);
  });

  it('summarises the changes since the version of the newest entry, found by its hash in git', () => {
    const { data, repo } = repository();
    run('data-release', ['--dir', data]);
    git(repo, ['commit', '-q', '-am', 'changelog for the first version']);
    const firstEntry = /### (.+)\n/.exec(readFileSync(join(data, 'CHANGELOG.md'), 'utf8'))![1]!;
    const firstCommit = git(repo, ['rev-parse', '--short=7', 'HEAD~1']);

    editEstimates(data);
    edit(join(data, 'sources.csv'), (text) =>
      text.replace('Overseas labour report', 'Overseas labour report (revised)'),
    );
    git(repo, ['commit', '-q', '-am', 'new figure']);
    writeFileSync(join(data, 'README.md'), 'Docs only: the data stays as it is.\n');
    git(repo, ['add', '.']);
    git(repo, ['commit', '-q', '-m', 'docs']);

    const { status, stdout } = run('data-release', ['--dir', data]);
    expect(status).toBe(0);
    const changelog = readFileSync(join(data, 'CHANGELOG.md'), 'utf8');
    const newest = changelog.slice(changelog.indexOf('### '), changelog.lastIndexOf('### '));
    expect(newest).toContain(OWN_WORDS);
    expect(newest).toContain(`Compared with ${firstEntry} (commit ${firstCommit}):`);
    expect(newest).toContain(
      '- Figures: 1 added (`POL workers_present` 1), 1 removed (`RUS workers_present` 1), 1 changed (`CHN workers_present` 1; `point`).',
    );
    expect(newest).toContain('- Sources: 1 changed (`example-report-2017`; `title`).');
    expect(newest).toContain('- Events: no change.');
    expect(changelog.indexOf(firstEntry)).toBeGreaterThan(changelog.indexOf(newest));
    expect(stdout).toContain('added the entry for');
  });

  it('counts a BOM and CRLF re-save as the same version', () => {
    const { data, repo } = repository();
    run('data-release', ['--dir', data]);
    git(repo, ['commit', '-q', '-am', 'changelog']);
    resaveWithBomAndCrlf(data);
    const { status, stdout } = run('data-release', ['--dir', data]);
    expect(status).toBe(0);
    expect(stdout).toContain('already has an entry');
  });

  it('says how to go on when no commit has the newest entry’s version', () => {
    const { data } = repository();
    edit(join(data, 'CHANGELOG.md'), (text) => `${text}\n### 2020-01-01 · 00000000\n\nOld.\n`);
    const { status, stderr } = run('data-release', ['--dir', data]);
    expect(status).toBe(1);
    expect(stderr).toContain('--since REF');
  });
});
