import { countryName } from '../countries';

/**
 * The countries (ISO alpha-3 codes, WLD for worldwide) whose name or code matches what the reader typed,
 * best first: the code itself, then names that start with it, then names with a word that starts with it,
 * then names that merely contain it ("rus": Russia, then Belarus); the list's own order within each. An
 * empty query matches all.
 */
export function countryMatches(codes: readonly string[], query: string): string[] {
  const typed = fold(query.trim());
  if (!typed) return [...codes];
  const rank = (code: string): number => {
    const name = fold(countryName(code));
    if (code.toLowerCase() === typed) return 0;
    if (name.startsWith(typed)) return 1;
    if (name.split(/[\s-]+/).some((word) => word.startsWith(typed))) return 2;
    if (name.includes(typed)) return 3;
    return -1;
  };
  return codes
    .map((code, index) => ({ code, index, rank: rank(code) }))
    .filter((match) => match.rank >= 0)
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((match) => match.code);
}

/** Lower case without accents, so "cote" finds Côte d’Ivoire. */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}
