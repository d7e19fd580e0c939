import type { SearchTerm } from '../lib/queries/sources';
import { countryMatches } from '../lib/ui/countryMatches';

// Hangul syllables and the letters (compatibility jamo) an input method shows before a syllable is whole.
const HANGUL = /[\uac00-\ud7a3\u3131-\u318e]/;

/** The countries a search can name: their codes, and each code's names (Korean and English). */
export interface SearchCountries {
  codes: readonly string[];
  names: (code: string) => readonly string[];
}

/**
 * The bibliography's search terms from what the reader typed: each word narrows the list. A four-digit
 * word is a year; any other is looked for in titles, publishers and estimators, and also names the
 * countries whose names contain it (names live in the browser, not in the data). A word of Latin letters
 * names countries from its third letter ("ru" would find too many); a Hangul word from its second
 * syllable (중국, 몽골, 태국 are two).
 *
 * While an input method composes (`composing`), the last syllable typed is unfinished — 럿 on the way
 * to 러시아 — so titles are searched without it and country names letter by letter with it: the list
 * narrows as the reader types instead of emptying at each half-made syllable.
 */
export function searchTerms(
  search: string,
  countries: SearchCountries,
  composing = false,
): SearchTerm[] {
  const words = search.normalize('NFC').toLowerCase().split(/\s+/).filter(Boolean);
  return words.map((word, index) => {
    const year = /^\d{4}$/.test(word) ? Number(word) : null;
    const unfinished = composing && index === words.length - 1 && HANGUL.test(word.slice(-1));
    const text = unfinished ? word.slice(0, -1) : word;
    const namesCountries = word.length >= (HANGUL.test(word) ? 2 : 3);
    return {
      text: year === null ? text : '',
      countries: namesCountries ? countryMatches(countries.codes, word, countries.names) : [],
      year,
    };
  });
}
