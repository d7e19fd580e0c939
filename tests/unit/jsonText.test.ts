import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonTextProblems } from '../../src/lib/data/jsonText';

const parses = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('jsonTextProblems', () => {
  it('finds a syntax error exactly where JSON.parse fails (random short texts)', () => {
    const token = fc.constantFrom(...'{}[]":,1-.eatrulnf0\\ \n'.split(''), '"a"', 'true', 'null');
    fc.assert(
      fc.property(fc.array(token, { maxLength: 12 }), (tokens) => {
        const text = tokens.join('');
        const syntax = jsonTextProblems(text).filter((p) => p.message.startsWith('not valid JSON'));
        expect(syntax.length === 0).toBe(parses(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('accepts any JSON value without a repeated key', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(undefined, 2), (value, indent) => {
        expect(jsonTextProblems(JSON.stringify(value, null, indent))).toEqual([]);
      }),
    );
  });

  it.each([
    // [text, line, character, JSON path, message]
    ['{"a": [1, 2,]}', 1, 13, 'a', 'not valid JSON: a comma after the last item'],
    ['{\n  "a": 1,\n}', 3, 1, '', 'not valid JSON: a comma after the last property'],
    ['{"a": {"b c": x}}', 1, 15, 'a["b c"]', 'not valid JSON: expected a value'],
    [
      '{"a": "é\n"}',
      1,
      9,
      'a',
      'not valid JSON: a control character (such as a line break) inside a string',
    ],
    ['{"a": "\\q"}', 1, 8, 'a', 'not valid JSON: an invalid escape in a string'],
    ['{"a": 1} {}', 1, 10, '', 'not valid JSON: unexpected text after the end of the JSON value'],
    ['{"a": [', 1, 8, 'a[0]', 'not valid JSON: the file ends too early: expected a value'],
    [
      '{"a": 1, "b": {"a": 2, "a": 3}}',
      1,
      24,
      'b.a',
      'the key "a" appears twice in one object (only the last would be read)',
    ],
    [
      '['.repeat(300),
      1,
      257,
      '[0]'.repeat(256),
      'not valid JSON: objects and arrays nested more than 256 deep',
    ],
  ])('%j: line %i, character %i, at %j', (text, line, character, path, message) => {
    expect(jsonTextProblems(text)).toEqual([{ line, character, path, message }]);
  });
});
