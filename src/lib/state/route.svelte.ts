import { createContext } from 'svelte';
import { DEFAULT_LOCALE, preferredLocale, type Locale } from '../i18n/locale';
import { parseViewState, serializeViewState, viewPage, type ViewState } from './viewState';

/**
 * The view state, kept in the URL: read from it at start and on back/forward, written to it on every
 * change, so that every view is a permalink.
 */
export class Route {
  /** The site's path, where links start; a view's own page (`/about/`) opens on that view. */
  readonly base = viewPage(location.pathname).base;
  #opened = parseLocation();
  state = $state.raw<ViewState>(this.#opened.state);
  /** What was wrong with the URL the page was opened with, in plain text. */
  notices = $state.raw<string[]>(this.#opened.notices);

  /** Must be created while a component initialises: it listens to the browser's history. */
  constructor() {
    $effect(() => {
      const onPopState = () => {
        const parsed = parseLocation();
        this.state = parsed.state;
        this.notices = parsed.notices;
      };
      addEventListener('popstate', onPopState);
      return () => removeEventListener('popstate', onPopState);
    });
  }

  /** The URL of a view state, for links that open in a new tab too. */
  href(state: ViewState): string {
    return `${this.base}${serializeViewState(state)}`;
  }

  /** Shows `next` and records it in the history (or replaces the current entry). */
  go(next: ViewState, { replace = false }: { replace?: boolean } = {}): void {
    const url = this.href(next);
    if (url !== `${location.pathname}${location.search}`) {
      if (replace) history.replaceState(null, '', url);
      else history.pushState(null, '', url);
    }
    this.state = next;
    this.notices = [];
  }

  /** Changes part of the state: `update({ view: 'map' })`. */
  update(change: Partial<ViewState>, options?: { replace?: boolean }): void {
    this.go({ ...this.state, ...change }, options);
  }

  /** Changes part of the filters. */
  updateFilters(change: Partial<ViewState['filters']>, options?: { replace?: boolean }): void {
    this.go({ ...this.state, filters: { ...this.state.filters, ...change } }, options);
  }
}

function parseLocation() {
  const page = viewPage(location.pathname);
  const parsed = parseViewState(location.search, { view: page.view ?? undefined, lang: page.lang });
  // A URL that names no language: the reader's browser chooses, once (links then carry it).
  // (The build's prerender has no navigator: its pages name their language in their folder.)
  const browser = preferredLocale(globalThis.navigator?.languages ?? []);
  if (parsed.state.lang === null && browser !== DEFAULT_LOCALE) parsed.state.lang = browser;
  return parsed;
}

/** The interface's language of the page as opened: main.ts loads its messages before drawing. */
export function openingLocale(): Locale {
  return parseLocation().state.lang ?? DEFAULT_LOCALE;
}

export const [getRoute, setRoute, hasRoute] = createContext<Route>();
