import { RE2JS } from 're2js';

/** A descriptor's `pattern`, compiled: whether a whole value matches it. */
export interface WholeValuePattern {
  test(value: string): boolean;
}

const compiled = new Map<string, WholeValuePattern>();

/**
 * A `pattern` constraint as the validator runs it: matching the whole value, as in Table Schema, on
 * RE2JS, a linear-time engine (RE2's automata, in plain JavaScript), not on the JavaScript RegExp.
 * V8's RegExp backtracks, so a pattern such as `(a+)+$` takes exponential time on a long value that
 * does not match, and neither data:check, the build nor the page's validation worker could be
 * stopped; no check of a pattern's shape makes a backtracking engine linear, so the engine is what
 * changed. RE2 syntax has no backreferences or lookaround: `patternProblem` refuses such a pattern
 * when the descriptor is read. Throws on a pattern `patternProblem` refuses.
 */
export function wholeValuePattern(pattern: string): WholeValuePattern {
  let regExp = compiled.get(pattern);
  if (!regExp) {
    const re2 = RE2JS.compile(pattern);
    regExp = { test: (value) => re2.matches(value) };
    compiled.set(pattern, regExp);
  }
  return regExp;
}

/** Why a `pattern` constraint cannot be used, or null when it compiles in RE2 syntax. */
export function patternProblem(pattern: unknown): string | null {
  if (typeof pattern !== 'string') {
    return `expected a regular expression as a string, got ${JSON.stringify(pattern)}`;
  }
  try {
    wholeValuePattern(pattern);
    return null;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return (
      `the pattern ${JSON.stringify(pattern)} cannot be run: ${reason}; patterns use RE2 syntax, ` +
      'which matches in linear time (no backreferences, no lookahead or lookbehind)'
    );
  }
}
