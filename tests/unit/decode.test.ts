import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUtf8, findInvalidUtf8 } from '../../src/lib/data/decode';

const bytes = (...values: (number | string)[]) =>
  new Uint8Array(
    values.flatMap((value) =>
      typeof value === 'string' ? [...new TextEncoder().encode(value)] : [value],
    ),
  );

describe('decodeUtf8', () => {
  it('decodes UTF-8 whole, without a byte-order mark, and finds nothing wrong', () => {
    expect(decodeUtf8(bytes(0xef, 0xbb, 0xbf, 'id\n북한 😀'))).toEqual({
      text: 'id\n북한 😀',
      invalid: [],
    });
  });

  it.each([
    ['a Windows-1252 é', bytes('ab', 0xe9, 'c'), [{ line: 1, column: 3, bytes: '0xE9' }]],
    ['a lone continuation byte', bytes(0x80), [{ line: 1, column: 1, bytes: '0x80' }]],
    ['a sequence cut short', bytes('x', 0xe2, 0x82), [{ line: 1, column: 2, bytes: '0xE2 0x82' }]],
    [
      'an overlong encoding: each byte is its own run',
      bytes(0xc0, 0xaf),
      [
        { line: 1, column: 1, bytes: '0xC0' },
        { line: 1, column: 2, bytes: '0xAF' },
      ],
    ],
    [
      'a surrogate (ED A0 80)',
      bytes(0xed, 0xa0, 0x80),
      [
        { line: 1, column: 1, bytes: '0xED' },
        { line: 1, column: 2, bytes: '0xA0' },
        { line: 1, column: 3, bytes: '0x80' },
      ],
    ],
    [
      'lines and characters counted, a four-byte character as one',
      bytes('a\n😀b', 0xff, '\nc'),
      [{ line: 2, column: 3, bytes: '0xFF' }],
    ],
  ])('%s', (_what, input, invalid) => {
    const decoded = decodeUtf8(input);
    expect(decoded.invalid).toEqual(invalid);
    expect(decoded.text.split('\ufffd')).toHaveLength(invalid.length + 1);
  });

  it('finds one run for each replacement character a decoder puts in', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (input) => {
        const replaced = (new TextDecoder().decode(input).match(/\ufffd/g) ?? []).length;
        // Bytes that spell U+FFFD (EF BF BD) decode to it without being invalid.
        expect(findInvalidUtf8(input).length).toBe(replaced - countSpelledReplacement(input));
      }),
    );
  });
});

function countSpelledReplacement(input: Uint8Array): number {
  let count = 0;
  for (let at = 0; at + 2 < input.length; at++) {
    if (input[at] === 0xef && input[at + 1] === 0xbf && input[at + 2] === 0xbd) count += 1;
  }
  return count;
}
