import { hydrate, mount } from 'svelte';
import App from './App.svelte';
import { openBrowserDataset } from './lib/db/browser';
import { PRERENDERED_ATTRIBUTE } from './lib/snapshot/link';
import { readPageSnapshots } from './lib/snapshot/loadSnapshot';
import { serializeViewState, viewPage, type ViewState } from './lib/state/viewState';
import { openingLocale } from './lib/state/route.svelte';
import { setLocale } from './lib/i18n/runtime.svelte';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

const snapshots = readPageSnapshots();
const props = {
  start: (state: ViewState) => ({
    open: openBrowserDataset,
    // The page's inline snapshot: the first render draws what the build drew, and hydrates it.
    initial: snapshots?.first ?? null,
    snapshot: snapshots ? () => snapshots.forView(serializeViewState(state)) : undefined,
  }),
};

// The page's language is known before anything is drawn: its messages load first (Korean is a chunk
// of its own), so no English word flashes on a Korean page.
const lang = openingLocale();
await setLocale(lang);

// The build drew a plain visit's page (the Overview, in the language of its folder) into #app. Any
// other URL, or a reader whose browser asks for another language, draws its own view, so that page is
// replaced rather than hydrated into another.
const plainVisit =
  location.search === '' &&
  viewPage(location.pathname).view === null &&
  document.documentElement.lang === lang;
export default target.hasAttribute(PRERENDERED_ATTRIBUTE) && plainVisit
  ? hydrate(App, { target, props })
  : (target.replaceChildren(), mount(App, { target, props }));
