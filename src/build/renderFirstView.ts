// The page of a plain visit (the Overview), rendered by the page's own App with svelte/server from the
// first view's snapshot: index.html carries it (ko/index.html in Korean), and main.ts hydrates it.
// Loaded through Vite by the prerender step (prerender.ts).
import { render } from 'svelte/server';
import App from '../App.svelte';
import { DEFAULT_LOCALE, type Locale } from '../lib/i18n/locale';
import { setLocale } from '../lib/i18n/runtime.svelte';
import { viewPageFolder } from '../lib/state/viewState';
import { parseSnapshot, type Snapshot, type SnapshotFile } from '../lib/snapshot/snapshot';

/**
 * Calls `draw` as if the page were at `url` (a path and query string): the page reads its URL from
 * `location` as it starts (Route, the links that cite the page).
 */
export function atLocation<T>(url: string, draw: () => T): T {
  const global = globalThis as { location?: unknown };
  const saved = global.location;
  global.location = new URL(url, 'http://localhost');
  try {
    return draw();
  } finally {
    global.location = saved;
  }
}

/** A start that never settles: at build time there is no query engine, and the snapshot is `first`. */
const never = () => new Promise<never>(() => undefined);

/** The markup of #app at `url`, drawn from `first` alone: no query engine at build time. */
export function renderApp(first: Snapshot, url: string): string {
  return atLocation(
    url,
    () =>
      render(App, {
        props: { start: () => ({ open: never, initial: first, snapshot: never }) },
      }).body,
  );
}

/**
 * The markup of #app on a plain visit to the site at `base` in `lang` (its page is the language's
 * folder, `ko/`), drawn from the first view's snapshot. The interface turns to `lang` for the render
 * (its messages load first) and back to English after.
 */
export async function renderFirstView(
  snapshot: SnapshotFile,
  base: string,
  lang: Locale = DEFAULT_LOCALE,
): Promise<string> {
  await setLocale(lang);
  try {
    return renderApp(parseSnapshot(snapshot), `${base}${viewPageFolder('overview', lang)}`);
  } finally {
    await setLocale(DEFAULT_LOCALE);
  }
}
