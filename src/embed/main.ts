// The embed page's script: shows the static figure of the preset the URL's view state names, in the
// language it names (lang=ko), in place of the English worldwide figure the page was built with, and
// says so when it is only the closest one. It loads no query engine: the figures are the build's
// static pages (embeds/<preset>.html, embeds/ko/<preset>.html).
import { presetNames } from 'virtual:embed-preset-names';
import {
  WORLDWIDE_PRESET,
  localeFromQuery,
  presetFolder,
  presetForQuery,
  type PresetChoice,
} from '../lib/embed/presets';
import { DEFAULT_LOCALE, type Locale } from '../lib/i18n/locale';

const base = import.meta.env.BASE_URL;

/** The <figure> of a preset's static page in `lang`, parsed from the same site's build output. */
async function fetchFigure(preset: string, lang: Locale): Promise<Element> {
  const path = `embeds/${presetFolder(lang)}${preset}.html`;
  const response = await fetch(`${base}${path}`);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  const figure = page.querySelector(`[data-embed-figure="${preset}"]`);
  if (!figure) throw new Error(`no figure in ${path}`);
  return document.adoptNode(figure);
}

async function show(main: HTMLElement): Promise<void> {
  const lang = localeFromQuery(location.search);
  let choice: PresetChoice = presetForQuery(location.search, presetNames);
  const fullView = `${base}${location.search}`;
  // The page's own figure is the English worldwide one: any other preset or language is fetched.
  if (choice.preset !== WORLDWIDE_PRESET || lang !== DEFAULT_LOCALE) {
    try {
      main.replaceChildren(await fetchFigure(choice.preset, lang));
      document.documentElement.lang = lang;
    } catch {
      choice = { preset: WORLDWIDE_PRESET, exact: false, reason: { kind: 'not-loaded' } };
    }
  }
  const figure = main.querySelector('[data-embed-figure]');
  for (const link of figure?.querySelectorAll('a[data-full-view]') ?? [])
    link.setAttribute('href', fullView);
  const title = figure?.querySelector('h1')?.textContent;
  if (title) document.title = title;
  if (choice.reason) {
    // The words of the note load only when there is a note to show.
    const { embedNote } = await import('./note');
    main.prepend(await embedNote(choice.reason, fullView, lang));
  }
}

const main = document.querySelector('main');
if (main) void show(main);
