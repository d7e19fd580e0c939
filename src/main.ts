import { hydrate, mount } from 'svelte';
import App from './App.svelte';
import { openBrowserDataset } from './lib/db/browser';
import { PRERENDERED_ATTRIBUTE } from './lib/snapshot/link';
import { readPageSnapshots } from './lib/snapshot/loadSnapshot';
import { serializeViewState, viewPage, type ViewState } from './lib/state/viewState';
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

// The build drew a plain visit's page (the Overview) into #app. Any other URL draws its own view, so
// that page is replaced rather than hydrated into another.
const plainVisit = location.search === '' && viewPage(location.pathname).view === null;
export default target.hasAttribute(PRERENDERED_ATTRIBUTE) && plainVisit
  ? hydrate(App, { target, props })
  : (target.replaceChildren(), mount(App, { target, props }));
