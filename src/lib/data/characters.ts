/**
 * Which characters a text cell may hold. Every text is one line of visible characters, without control
 * characters (C0, DEL, C1) and without the bidirectional overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069) that can show text in another order than it is stored, so that a title read on the
 * page is the title in the file. Our notes may also hold tabs and line breaks.
 *
 * The marks U+200E, U+200F and U+061C are allowed inside text: mixed right-to-left and left-to-right text
 * can need them, and unlike an override they cannot reverse a run of letters. Like the zero-width
 * characters (U+200B–U+200D, U+2060, U+FEFF…) they are invisible, so no cell may start or end with one
 * or hold nothing else.
 */

// Spaces and the characters Unicode says to draw as nothing (Default_Ignorable_Code_Point: zero-width
// characters, joiners, bidi marks and controls, variation selectors, Hangul fillers, tags), and the
// braille blank, which draws as a space.
const BLANK = /^[\s\p{Default_Ignorable_Code_Point}\u2800]$/u;
// What characterProblem looks at closely; most cells have none of it.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const SUSPECT = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const NAMES: Record<number, string> = {
  0x00: 'null',
  0x09: 'tab',
  0x0a: 'line feed',
  0x0b: 'vertical tab',
  0x0c: 'form feed',
  0x0d: 'carriage return',
  0x1b: 'escape',
  0x7f: 'delete',
  0x85: 'next line',
  0xa0: 'no-break space',
  0xad: 'soft hyphen',
  0x61c: 'Arabic letter mark',
  0x200b: 'zero-width space',
  0x200c: 'zero-width non-joiner',
  0x200d: 'zero-width joiner',
  0x200e: 'left-to-right mark',
  0x200f: 'right-to-left mark',
  0x2028: 'line separator',
  0x2029: 'paragraph separator',
  0x202a: 'left-to-right embedding',
  0x202b: 'right-to-left embedding',
  0x202c: 'pop directional formatting',
  0x202d: 'left-to-right override',
  0x202e: 'right-to-left override',
  0x2060: 'word joiner',
  0x2066: 'left-to-right isolate',
  0x2067: 'right-to-left isolate',
  0x2068: 'first strong isolate',
  0x2069: 'pop directional isolate',
  0x2800: 'braille pattern blank',
  0x3000: 'ideographic space',
  0x3164: 'Hangul filler',
  0xfeff: 'zero-width no-break space',
};

/** A character as a reader can look it up: `U+202E (right-to-left override)`, or `U+0001`. */
export function describeCharacter(codePoint: number): string {
  const hex = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = NAMES[codePoint];
  return name === undefined ? hex : `${hex} (${name})`;
}

/** Whether a character shows as nothing or as a space. */
export function isBlank(char: string): boolean {
  return BLANK.test(char);
}

/** Whether a cell starting or ending with this character would hide it: a space or invisible character. */
export function isBlankEnd(char: string, end: 'start' | 'end'): boolean {
  const code = char.charCodeAt(0);
  if (code > 0x20 && code < 0x7f) return false;
  // Other controls and the bidi overrides are refused wherever they are, by characterProblem.
  if (code === 0x0b || code === 0x0c || isBidiControl(code)) return false;
  return isBlank(char) && !(end === 'end' && endsASequence(char.codePointAt(0)!));
}

/** Variation selectors and tags end an emoji ("❤️", a subdivision flag): invisible, but not blank there. */
function endsASequence(code: number): boolean {
  return (
    (code >= 0xfe00 && code <= 0xfe0f) ||
    (code >= 0xe0020 && code <= 0xe007f) ||
    (code >= 0xe0100 && code <= 0xe01ef)
  );
}

/** The bidirectional embeddings, overrides and isolates: U+202A–U+202E and U+2066–U+2069. */
function isBidiControl(code: number): boolean {
  return (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
}

/** The first character of a text, whole (a character beyond U+FFFF is two UTF-16 code units). */
export function firstCharacter(text: string): string {
  const code = text.codePointAt(0);
  return code === undefined ? '' : String.fromCodePoint(code);
}

/** The last character of a text, whole. */
export function lastCharacter(text: string): string {
  const last = text.charCodeAt(text.length - 1);
  const isLowSurrogate = last >= 0xdc00 && last <= 0xdfff;
  return text.slice(isLowSurrogate && text.length > 1 ? -2 : -1);
}

/** The number of characters (code points) in a text: an emoji counts once. */
export function characterCount(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    // A high surrogate followed by a low one is one character.
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) index++;
    }
    count++;
  }
  return count;
}

/**
 * Why a text holds a character no cell may hold, naming it and its position (the first character is
 * 1); null when it holds none. `multiline` lets a note hold tabs and line breaks.
 */
export function characterProblem(text: string, multiline: boolean): string | null {
  if (!SUSPECT.test(text)) return null;
  let position = 0;
  for (const char of text) {
    position++;
    const code = char.codePointAt(0)!;
    const at = `${describeCharacter(code)} at character ${position}`;
    if (code === 0x09 || code === 0x0a || code === 0x0d) {
      if (multiline) continue;
      return code === 0x09
        ? `contains a tab, ${at}; only notes may hold tabs: write a space`
        : `contains a line break, ${at}; only notes may run over several lines: write it on one line`;
    }
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) {
      return `contains the control character ${at}; remove it`;
    }
    if (isBidiControl(code)) {
      return `contains ${at}, which can show the text around it in another order than it is written; remove it`;
    }
  }
  return null;
}
