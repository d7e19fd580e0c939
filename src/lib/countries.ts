import countries from 'i18n-iso-countries';

// Short English names from the browser's own CLDR data (Laos, not "Lao People's Democratic
// Republic"); i18n-iso-countries maps the data's alpha-3 codes to the alpha-2 codes CLDR uses.
const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

/** The English short name of an ISO 3166-1 alpha-3 code, or "Worldwide" for WLD. */
export function countryName(code: string): string {
  if (code === 'WLD') return 'Worldwide';
  const alpha2 = countries.alpha3ToAlpha2(code);
  return alpha2 ? (regionNames.of(alpha2) ?? code) : code;
}
