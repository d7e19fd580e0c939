import countries from 'i18n-iso-countries';
import { WORLDWIDE } from './constants';

// Short English names from the browser's own CLDR data (Laos, not "Lao People's Democratic
// Republic"); i18n-iso-countries maps the data's alpha-3 codes to the alpha-2 codes CLDR uses.
const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

// CLDR's English names that carry a disambiguator no newsroom writes ("Congo - Kinshasa",
// "Myanmar (Burma)", "Hong Kong SAR China"): the names readers know instead.
const readerNames: Record<string, string> = {
  COD: 'DR Congo',
  COG: 'Republic of the Congo',
  MMR: 'Myanmar',
  HKG: 'Hong Kong',
  MAC: 'Macao',
  PSE: 'Palestine',
  BIH: 'Bosnia and Herzegovina',
};

// Names already looked up: charts and tables name a country once per figure, and Intl.DisplayNames is
// slow enough to matter over thousands of figures.
const namesByCode = new Map<string, string>();

/** The English short name of an ISO 3166-1 alpha-3 code, or "Worldwide" for WLD. */
export function countryName(code: string): string {
  let name = namesByCode.get(code);
  if (name === undefined) {
    name = nameOf(code);
    namesByCode.set(code, name);
  }
  return name;
}

function nameOf(code: string): string {
  if (code === WORLDWIDE) return 'Worldwide';
  const readerName = readerNames[code];
  if (readerName) return readerName;
  const alpha2 = countries.alpha3ToAlpha2(code);
  return alpha2 ? (regionNames.of(alpha2) ?? code) : code;
}

const collator = new Intl.Collator('en');

/** Orders codes as a reader looks for them: Worldwide first, then countries by their name (A–Z). */
export function byCountryName(a: string, b: string): number {
  if (a === WORLDWIDE || b === WORLDWIDE) return a === b ? 0 : a === WORLDWIDE ? -1 : 1;
  return collator.compare(countryName(a), countryName(b));
}
