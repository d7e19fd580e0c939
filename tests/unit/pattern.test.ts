// A descriptor's `pattern` runs on a linear-time engine: no pattern can hang data:check, the build
// or the page's validation worker.
import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { patternProblem, wholeValuePattern } from '../../src/lib/data/pattern';
import { writeCasePackage } from '../hostile/case';
import { descriptorCases } from '../hostile/descriptor';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX = join(ROOT, 'node_modules/.bin/tsx');
// Generous: the answer takes well under a second; a backtracking engine would take centuries.
const BOUND_MS = 90_000;

/** Runs a command with tsx, killed after BOUND_MS; its exit code (null when killed) and stdout. */
function runBounded(
  args: string[],
): Promise<{ code: number | null; killed: boolean; stdout: string }> {
  return new Promise((resolve) => {
    execFile(TSX, args, { cwd: ROOT, timeout: BOUND_MS }, (error, stdout) =>
      resolve({
        code: error ? (typeof error.code === 'number' ? error.code : null) : 0,
        killed: Boolean(error?.killed),
        stdout,
      }),
    );
  });
}

const made: string[] = [];
afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('wholeValuePattern', () => {
  it.each([
    // [pattern, value, whole value matches]
    ['[a-z0-9][a-z0-9-]*', 'un-2397', true],
    ['[a-z0-9][a-z0-9-]*', 'un-2397 ', false],
    ['[a-z0-9][a-z0-9-]*', 'x\nun-2397', false],
    ['\\d{4}(-\\d{2}(-\\d{2})?)?', '2019-12-22', true],
    ['\\d{4}(-\\d{2}(-\\d{2})?)?', '2019-12', true],
    ['\\d{4}(-\\d{2}(-\\d{2})?)?', '2019-1', false],
    ['\\d{4}(-\\d{2}(-\\d{2})?)?', '٢٠١٩', false],
    ['[A-Z]{3}', 'RUS', true],
    ['[A-Z]{3}', 'RUSS', false],
    ['[A-Z]{3}', 'rus', false],
    ['a|b', 'ab', false],
    ['a|b', 'b', true],
    ['.', '😀', true],
    ['..', '😀', false],
    ['(a+)+', 'aaaa', true],
  ])('%s on %j: %s', (pattern, value, matches) => {
    expect(wholeValuePattern(pattern).test(value)).toBe(matches);
    // The same answer as the JavaScript RegExp it replaces, on values where that one is quick.
    expect(new RegExp(`^(?:${pattern})$`, 'u').test(value)).toBe(matches);
  });

  it(
    'answers at once where a backtracking engine would not (in a child process, bounded)',
    async () => {
      const evil = ['(a+)+', '(a|a)*', '(a|aa)+', '(.*a){12}', '(\\w+\\s?)*', '([a-z0-9]+-?)+'];
      const script = `
      import { wholeValuePattern } from './src/lib/data/pattern.ts';
      const value = 'a'.repeat(5000) + '!';
      console.log(JSON.stringify(${JSON.stringify(evil)}.map((p) => wholeValuePattern(p).test(value))));
    `;
      const { killed, stdout } = await runBounded(['--eval', script]);
      expect(killed).toBe(false);
      expect(JSON.parse(stdout)).toEqual(evil.map(() => false));
    },
    BOUND_MS + 30_000,
  );
});

describe('patternProblem', () => {
  it.each([
    ['[a-z0-9][a-z0-9-]*', null],
    ['(a+)+$', null],
    ['(?i)abc', null],
    ['(', 'missing closing ): `(`'],
    ['([a-z])\\1', 'invalid escape sequence: `\\1`'],
    ['(?=a)a', 'invalid or unsupported Perl syntax: `(?=`'],
    ['(?<!a)b', 'invalid named capture: `(?<!a)b`'],
    ['a{1001}', 'invalid repeat count: `{1001}`'],
    ['(a{100}){100}', 'invalid repeat count: `{100}`'],
  ])('%s: %s', (pattern, reason) => {
    const problem = patternProblem(pattern);
    if (reason === null) return expect(problem).toBeNull();
    expect(problem).toBe(
      `the pattern ${JSON.stringify(pattern)} cannot be run: error parsing regexp: ${reason}; ` +
        'patterns use RE2 syntax, which matches in linear time (no backreferences, no lookahead or lookbehind)',
    );
  });

  it('refuses a pattern that is not a string', () => {
    expect(patternProblem(['a'])).toBe('expected a regular expression as a string, got ["a"]');
  });
});

describe('data:check with a backtracking pattern', () => {
  it(
    'prints its verdict instead of hanging (bounded)',
    async () => {
      const hostile = descriptorCases.find(
        (candidate) => candidate.name === 'pattern-backtracking',
      )!;
      const dir = await writeCasePackage(hostile);
      made.push(dir);
      const { code, killed, stdout } = await runBounded(['src/cli/check-data.ts', dir]);
      expect(killed).toBe(false);
      expect(code).toBe(1);
      const shown = `${dir}/`;
      expect(stdout.trimEnd().split('\n')).toEqual(
        hostile.verdict.map((line) => line.replace(/^pkg\//, shown)),
      );
    },
    BOUND_MS + 30_000,
  );
});
