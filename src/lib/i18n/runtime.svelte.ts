// The interface's language at run time. English messages are imported by the code that shows them, so
// each sits in the chunk of its view; the Korean ones are one chunk (ko/index.ts), loaded only when
// the page turns Korean, before it shows a Korean word.
import { DEFAULT_LOCALE, INTL_TAGS, type Locale } from './locale';
import type koreanCatalogues from './ko/index';

type Catalogues = typeof koreanCatalogues;
export type Area = keyof Catalogues;

let current = $state<Locale>(DEFAULT_LOCALE);
let korean = $state.raw<Catalogues | null>(null);

/** The interface's language now; reading it in a template or $derived re-runs on a switch. */
export function locale(): Locale {
  return current;
}

/** The `Intl` tag of the interface's language now. */
export function intlTag(): string {
  return INTL_TAGS[current];
}

/** Loads the messages of `next` (once), then switches the interface to it. */
export async function setLocale(next: Locale): Promise<void> {
  if (next === 'ko' && korean === null) korean = (await import('./ko/index')).default;
  current = next;
}

/**
 * The messages of one area in the interface's language: `const t = messages('sql', en)`, then
 * `t().run` in markup. The English catalogue is the type; the Korean one is checked against it.
 */
export function messages<Catalogue>(area: Area, en: Catalogue): () => Catalogue {
  return () => (current === 'ko' && korean ? (korean[area] as Catalogue) : en);
}
