// Country names in English, without the interface's language: for the data layer (the validator reads
// the names a maintainer may type, in a worker and in Node), which must not load the interface's
// runtime. The interface names countries through countries.ts, in its language.
import countries from 'i18n-iso-countries';
import { WORLDWIDE } from './constants';

// CLDR's English names that carry a disambiguator no newsroom writes ("Congo - Kinshasa",
// "Myanmar (Burma)", "Hong Kong SAR China"): the names readers know instead.
export const englishReaderNames = {
  COD: 'DR Congo',
  COG: 'Republic of the Congo',
  MMR: 'Myanmar',
  HKG: 'Hong Kong',
  MAC: 'Macao',
  PSE: 'Palestine',
  BIH: 'Bosnia and Herzegovina',
};

let regionNames: Intl.DisplayNames | undefined;

/** The English short name of an ISO 3166-1 alpha-3 code (Laos, DR Congo), or "Worldwide" for WLD. */
export function englishCountryName(code: string): string {
  if (code === WORLDWIDE) return 'Worldwide';
  const readerName = (englishReaderNames as Record<string, string>)[code];
  if (readerName) return readerName;
  const alpha2 = countries.alpha3ToAlpha2(code);
  regionNames ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
  return alpha2 ? (regionNames.of(alpha2) ?? code) : code;
}
