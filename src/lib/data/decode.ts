/** A run of bytes that is not UTF-8, where an editor shows it. */
export interface InvalidBytes {
  /** Physical line, from 1. */
  line: number;
  /** Character on that line, from 1. */
  column: number;
  /** The bytes, as `0xE9` or `0xE2 0x80`. */
  bytes: string;
}

/** A file's text, with each invalid byte sequence replaced by U+FFFD and listed in `invalid`. */
export interface DecodedText {
  text: string;
  invalid: InvalidBytes[];
  /** Set when the file is in an encoding that is not UTF-8 at all (text is then empty). */
  otherEncoding?: 'UTF-16';
}

const strict = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

/**
 * The one way every reader of the data package (data:check, the build, the page's worker) turns a
 * file's bytes into text: UTF-8, with a leading byte-order mark dropped. Bytes that are not UTF-8 do
 * not fail the file: they are listed with their line and column, so that only their rows are refused.
 */
export function decodeUtf8(bytes: Uint8Array): DecodedText {
  if (isUtf16(bytes)) return { text: '', invalid: [], otherEncoding: 'UTF-16' };
  try {
    return { text: strict.decode(bytes), invalid: [] };
  } catch {
    return { text: lenient.decode(bytes), invalid: findInvalidUtf8(bytes) };
  }
}

/** `byte 0xE9 at line 2, character 129 is not UTF-8`, for a problem's message. */
export function notUtf8At({ line, column, bytes }: InvalidBytes): string {
  const what = bytes.includes(' ') ? 'bytes' : 'byte';
  return `${what} ${bytes} at line ${line}, character ${column} ${what === 'bytes' ? 'are' : 'is'} not UTF-8`;
}

/**
 * A UTF-16 byte-order mark, or the zero bytes UTF-16 puts beside each ASCII character (what Excel's
 * "Unicode text" writes): read as UTF-8, such a file would be an invalid byte or a NUL at every step.
 */
function isUtf16(bytes: Uint8Array): boolean {
  const [first, second] = bytes;
  if ((first === 0xff && second === 0xfe) || (first === 0xfe && second === 0xff)) return true;
  const sample = bytes.subarray(0, 64);
  let zeros = 0;
  for (const byte of sample) if (byte === 0) zeros += 1;
  return sample.length >= 4 && zeros * 3 >= sample.length;
}

const hex = (byte: number) => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;

/**
 * Each maximal run of bytes a UTF-8 decoder replaces by one U+FFFD (the WHATWG Encoding standard's
 * "maximal subpart"), with its line and column counted in characters.
 */
export function findInvalidUtf8(bytes: Uint8Array): InvalidBytes[] {
  const invalid: InvalidBytes[] = [];
  let line = 1;
  let column = 1;
  let at = 0;
  while (at < bytes.length) {
    const lead = bytes[at]!;
    if (lead < 0x80) {
      at += 1;
      if (lead === 0x0a) {
        line += 1;
        column = 1;
      } else column += 1;
      continue;
    }
    const { run, valid } = sequenceAt(bytes, at);
    if (!valid)
      invalid.push({
        line,
        column,
        bytes: Array.from(bytes.subarray(at, at + run), hex).join(' '),
      });
    at += run;
    column += 1;
  }
  return invalid;
}

/** The bounds a lead byte sets on the byte after it (Unicode's table 3-7), or null for a bad lead. */
function secondByteRange(lead: number): [number, number, number] | null {
  if (lead >= 0xc2 && lead <= 0xdf) return [0x80, 0xbf, 2];
  if (lead === 0xe0) return [0xa0, 0xbf, 3];
  if ((lead >= 0xe1 && lead <= 0xec) || lead === 0xee || lead === 0xef) return [0x80, 0xbf, 3];
  if (lead === 0xed) return [0x80, 0x9f, 3];
  if (lead === 0xf0) return [0x90, 0xbf, 4];
  if (lead >= 0xf1 && lead <= 0xf3) return [0x80, 0xbf, 4];
  if (lead === 0xf4) return [0x80, 0x8f, 4];
  return null;
}

const isContinuation = (byte: number | undefined) =>
  byte !== undefined && byte >= 0x80 && byte <= 0xbf;

/**
 * The sequence starting at `at`: the bytes a decoder takes as one character or as one ill-formed
 * run (at least 1), and whether they are a well-formed character.
 */
function sequenceAt(bytes: Uint8Array, at: number): { run: number; valid: boolean } {
  const range = secondByteRange(bytes[at]!);
  if (!range) return { run: 1, valid: false };
  const [low, high, length] = range;
  const second = bytes[at + 1];
  if (second === undefined || second < low || second > high) return { run: 1, valid: false };
  let run = 2;
  while (run < length && isContinuation(bytes[at + run])) run += 1;
  return { run, valid: run === length };
}
