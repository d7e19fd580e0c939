import countries from 'i18n-iso-countries';
import { WORLDWIDE } from './constants';
import { figuresText } from './i18n/en/figures';
import { intlTag } from './i18n/runtime.svelte';
import { localeFormatter } from './numbers';

// Country names come from the browser's own CLDR data in the interface's language (Laos, not "Lao
// People's Democratic Republic"; 러시아, 중국); i18n-iso-countries maps the data's alpha-3 codes to the
// alpha-2 codes CLDR uses. Where CLDR's name carries a disambiguator no newsroom writes ("Congo -
// Kinshasa", "Myanmar (Burma)", 홍콩(중국 특별행정구)), the catalogue's readerCountryNames give the
// names readers know instead.

// Per language, names already looked up: charts and tables name a country once per figure, and
// Intl.DisplayNames is slow enough to matter over thousands of figures.
const namesByLanguage = new Map<string, Map<string, string>>();

/** The short name of an ISO 3166-1 alpha-3 code in the interface's language, or Worldwide for WLD. */
export function countryName(code: string): string {
  const tag = intlTag();
  let names = namesByLanguage.get(tag);
  if (names === undefined) {
    names = new Map();
    namesByLanguage.set(tag, names);
  }
  let name = names.get(code);
  if (name === undefined) {
    name = nameOf(code, tag);
    names.set(code, name);
  }
  return name;
}

// The English name whatever the interface's language: a Korean page's searches find countries by it too.
export { englishCountryName } from './englishCountryName';

function nameOf(code: string, tag: string): string {
  const t = figuresText();
  if (code === WORLDWIDE) return t.worldwideName;
  const readerName = (t.readerCountryNames as Record<string, string>)[code];
  if (readerName) return readerName;
  const alpha2 = countries.alpha3ToAlpha2(code);
  if (!alpha2) return code;
  const regions = localeFormatter(
    'region',
    (each) => new Intl.DisplayNames([each], { type: 'region', fallback: 'code' }),
    tag,
  );
  return regions.of(alpha2) ?? code;
}

/**
 * Orders codes as a reader looks for them: Worldwide first, then countries by their name in the
 * interface's language (A–Z; 가나다 in Korean).
 */
export function byCountryName(a: string, b: string): number {
  if (a === WORLDWIDE || b === WORLDWIDE) return a === b ? 0 : a === WORLDWIDE ? -1 : 1;
  const collator = localeFormatter('collation', (tag) => new Intl.Collator(tag));
  return collator.compare(countryName(a), countryName(b));
}
