import { countryName } from '../countries';

/**
 * The countries (ISO alpha-3 codes, WLD for worldwide) whose code or one of whose names matches what the
 * reader typed, best first: the code itself, then names that start with it, then names with a word that
 * starts with it, then names that merely contain it ("rus": Russia, then Belarus); the list's own order
 * within each. An empty query matches all. `names` gives each code's names (in Korean, its Korean and
 * its English name, so that 러시아, russia and rus all find Russia).
 */
export function countryMatches(
  codes: readonly string[],
  query: string,
  names: (code: string) => readonly string[] = (code) => [countryName(code)],
): string[] {
  const typed = fold(query.trim()).text;
  if (!typed) return [...codes];
  const rankOf = (name: string): number => {
    const { text, starts } = fold(name);
    let best = -1;
    for (const at of starts) {
      if (!text.startsWith(typed, at)) continue;
      const rank = at === 0 ? 1 : /[\s-]/.test(text[at - 1] ?? '') ? 2 : 3;
      if (best === -1 || rank < best) best = rank;
    }
    return best;
  };
  const rank = (code: string): number => {
    if (code.toLowerCase() === typed) return 0;
    const ranks = names(code)
      .map(rankOf)
      .filter((found) => found >= 0);
    return ranks.length > 0 ? Math.min(...ranks) : -1;
  };
  return codes
    .map((code, index) => ({ code, index, rank: rank(code) }))
    .filter((match) => match.rank >= 0)
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((match) => match.code);
}

/**
 * Lower case without accents, so "cote" finds Côte d’Ivoire; Hangul as its letters (jamo), so that a
 * syllable still being typed finds the name it begins: 럿 (ㄹㅓㅅ) on the way to 러시 finds 러시아.
 * `starts` are where each character of `text` begins in the folded text: a match inside a name starts
 * there (a Hangul syllable's initial, not its final consonant: ㄹ finds 러시아, not 몽골).
 */
function fold(text: string): { text: string; starts: number[] } {
  let folded = '';
  const starts: number[] = [];
  for (const character of text) {
    starts.push(folded.length);
    folded += hangulLetters(character)
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .toLowerCase();
  }
  return { text: folded, starts };
}

// Hangul syllables are composed arithmetically of an initial consonant, a vowel and an optional final
// consonant (Unicode §3.12); a keyboard types the double vowels and final consonant clusters as two
// letters, so they are written as two here.
const SYLLABLES = 0xac00;
const INITIALS = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';
const VOWELS = 'ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ';
const FINALS = ' ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ';
const CLUSTERS: Record<string, string> = {
  ㅘ: 'ㅗㅏ',
  ㅙ: 'ㅗㅐ',
  ㅚ: 'ㅗㅣ',
  ㅝ: 'ㅜㅓ',
  ㅞ: 'ㅜㅔ',
  ㅟ: 'ㅜㅣ',
  ㅢ: 'ㅡㅣ',
  ㄳ: 'ㄱㅅ',
  ㄵ: 'ㄴㅈ',
  ㄶ: 'ㄴㅎ',
  ㄺ: 'ㄹㄱ',
  ㄻ: 'ㄹㅁ',
  ㄼ: 'ㄹㅂ',
  ㄽ: 'ㄹㅅ',
  ㄾ: 'ㄹㅌ',
  ㄿ: 'ㄹㅍ',
  ㅀ: 'ㄹㅎ',
  ㅄ: 'ㅂㅅ',
};

/** Hangul syllables written out as their letters (compatibility jamo), clusters split; other text as is. */
function hangulLetters(text: string): string {
  return text.replace(/[\uac00-\ud7a3\u3131-\u318e]/g, (character) => {
    const index = character.charCodeAt(0) - SYLLABLES;
    const letters =
      index >= 0
        ? `${INITIALS[Math.floor(index / 588)]}${VOWELS[Math.floor(index / 28) % 21]}${FINALS[index % 28]}`.trim()
        : character;
    return [...letters].map((letter) => CLUSTERS[letter] ?? letter).join('');
  });
}
