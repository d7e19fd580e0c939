import { quote } from './problem';

const pairs: readonly RegExp[] = [
  /(?:^|[^\p{L}\p{N}])["“„]([^"“”„]+?)["”](?![\p{L}\p{N}])/gu,
  // An apostrophe inside a word (Korea's) cannot open a quotation, so an opening mark must follow
  // a space or punctuation.
  /(?:^|[\s([{:;,/=])['‘]([^'‘’]+?)['’](?![\p{L}\p{N}])/gu,
  /«([^»]+)»/gu,
  /「([^」]+)」/gu,
  /『([^』]+)』/gu,
];

/**
 * Passages between quotation marks that look copied from a source: more than three words, or
 * more than 20 characters (for scripts written without spaces), and not a title in title case.
 */
export function longQuotations(text: string): string[] {
  const found: string[] = [];
  for (const pattern of pairs) {
    for (const match of text.matchAll(pattern)) {
      const inner = (match[1] ?? '').trim();
      const long = inner.split(/\s+/).length > 3 || [...inner].length > 20;
      if (long && !isTitle(inner)) found.push(inner);
    }
  }
  return found;
}

const MINOR_WORDS = new Set(
  'a an the and but or nor for of on in at to by from with into as via per over upon than'.split(
    ' ',
  ),
);
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

// A report's title in quotation marks ("Slaves to the System") names it: a bibliographic fact, not a
// copied passage. Prose has lower-case words; scripts without case are never taken for titles.
function isTitle(passage: string): boolean {
  const words = passage.match(WORD) ?? [];
  return words.every((word) => MINOR_WORDS.has(word) || /^[\p{Lu}\p{N}]/u.test(word));
}

// Two marks of a pair with seven characters or more between them, the least a passage of four
// words takes: one scan without captures, so that text without a long quotation (nearly all of it)
// never reaches the pair patterns.
const CANDIDATE = /["“„][^"“”„]{7,}["”]|['‘][^'‘’]{7,}['’]|«[^»]{7,}»|「[^」]{7,}」|『[^』]{7,}』/;

/** The problem with free text that holds a passage that looks copied from a source; else null. */
export function quotationProblem(text: string): string | null {
  if (!CANDIDATE.test(text)) return null;
  const passage = longQuotations(text)[0];
  return passage === undefined
    ? null
    : `the passage in quotation marks ${quote(passage)} looks copied from the source; write it in your own words`;
}
