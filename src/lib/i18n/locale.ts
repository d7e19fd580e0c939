// The interface's languages, and how a page picks one. Data notes and publication titles keep their own
// language; only the interface is translated.

export const LOCALES = ['en', 'ko'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** What a language switch shows for each language: its own name, in its own language. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', ko: '한국어' };

/** The BCP 47 tag `Intl` formats with: grouping, dates, plural rules and country names. */
export const INTL_TAGS: Record<Locale, string> = { en: 'en-US', ko: 'ko-KR' };

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/**
 * The first of the reader's languages (`navigator.languages`) that the interface speaks: 'ko-KR' and
 * 'ko' are Korean, any English is English, and so on down the list; English when none is spoken.
 */
export function preferredLocale(languages: readonly string[]): Locale {
  for (const language of languages) {
    const primary = language.toLowerCase().split('-')[0] ?? '';
    if (isLocale(primary)) return primary;
  }
  return DEFAULT_LOCALE;
}

const HANGUL = /[\p{Script=Hangul}]/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HAN = /[\p{Script=Han}]/u;

/**
 * The language a text's script tells, for its `lang` attribute: Hangul is Korean, kana is Japanese
 * (Japanese mixes kana with Han), Han alone is Chinese; undefined when the script says nothing (Latin,
 * Cyrillic: the page's language is no worse a guess than any).
 */
export function scriptLanguage(text: string): 'ko' | 'ja' | 'zh' | undefined {
  if (HANGUL.test(text)) return 'ko';
  if (KANA.test(text)) return 'ja';
  if (HAN.test(text)) return 'zh';
  return undefined;
}
