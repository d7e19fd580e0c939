import countries from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json';
import { englishCountryName as countryName } from '../englishCountryName';

/** Abbreviations that sources and maintainers use but neither name list has. */
const ALIASES: Record<string, string> = { PRC: 'CHN', DPRK: 'PRK', ROK: 'KOR', Burma: 'MMR' };

let names: { byLowerName: Map<string, string>; abbreviations: Map<string, string> } | null = null;

/**
 * English country names → alpha-3, from i18n-iso-countries (official and common names) and the
 * names the site shows (countryName: Laos, Syria, DR Congo). Built on first use: only refused cells
 * and a few notes ever need it. Abbreviations (UAE, US) are kept apart, matched in their own case only, so that
 * "us" in a sentence is not the United States.
 */
function nameTables() {
  if (names) return names;
  countries.registerLocale(english);
  const byLowerName = new Map<string, string>();
  const abbreviations = new Map<string, string>();
  const add = (name: string, alpha3: string) => {
    if (/^[A-Z.]+$/.test(name)) abbreviations.set(name.replace(/\./g, ''), alpha3);
    else byLowerName.set(name.toLowerCase(), alpha3);
  };
  for (const [alpha2, given] of Object.entries(countries.getNames('en', { select: 'all' }))) {
    const alpha3 = countries.alpha2ToAlpha3(alpha2);
    if (!alpha3) continue;
    for (const name of given) add(name, alpha3);
    // The name the site shows (Laos, DR Congo) is one a maintainer may type.
    add(countryName(alpha3), alpha3);
  }
  for (const [name, alpha3] of Object.entries(ALIASES)) add(name, alpha3);
  names = { byLowerName, abbreviations };
  return names;
}

/** The alpha-3 code of a country name or abbreviation in any case ("russia", "UAE"), or null. */
export function countryCodeOfName(name: string): string | null {
  const { byLowerName, abbreviations } = nameTables();
  const key = name.trim().replace(/\s+/g, ' ');
  return (
    byLowerName.get(key.toLowerCase()) ??
    abbreviations.get(key.toUpperCase().replace(/\./g, '')) ??
    byLowerName.get(key.toLowerCase().replace(/^the /, '')) ??
    null
  );
}

const WORD = /[\p{L}’'.]+/gu;
const LONGEST_NAME_WORDS = 4;

/**
 * The distinct countries a text names, as alpha-3 codes: runs of up to four capitalised words
 * ("South Africa", "United Arab Emirates") or an abbreviation in capitals (PRC, UAE).
 */
export function countriesNamedIn(text: string): string[] {
  const { byLowerName, abbreviations } = nameTables();
  const words = [...text.matchAll(WORD)].map((match) => match[0].replace(/[.’']+$/, ''));
  const found = new Set<string>();
  for (let start = 0; start < words.length; start++) {
    const first = words[start]!;
    if (!/^\p{Lu}/u.test(first)) continue;
    const abbreviation = abbreviations.get(first);
    if (abbreviation) {
      found.add(abbreviation);
      continue;
    }
    for (let length = Math.min(LONGEST_NAME_WORDS, words.length - start); length > 0; length--) {
      const code = byLowerName.get(
        words
          .slice(start, start + length)
          .join(' ')
          .toLowerCase(),
      );
      if (code) {
        found.add(code);
        start += length - 1;
        break;
      }
    }
  }
  return [...found];
}
