// The embed page's script: shows the static figure of the preset the URL's view state names, in place
// of the worldwide figure the page was built with, and says so when it is only the closest one. It
// loads no query engine: the figures are the build's static pages (embeds/<preset>.html).
import { presetNames } from 'virtual:embed-preset-names';
import { WORLDWIDE_PRESET, presetForQuery, type PresetChoice } from '../lib/embed/presets';

const base = import.meta.env.BASE_URL;

/** The <figure> of a preset's static page, parsed from the same site's build output. */
async function fetchFigure(preset: string): Promise<Element> {
  const response = await fetch(`${base}embeds/${preset}.html`);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  const figure = page.querySelector(`[data-embed-figure="${preset}"]`);
  if (!figure) throw new Error(`no figure in embeds/${preset}.html`);
  return document.adoptNode(figure);
}

/** A note above the figure: why it is not exactly the view asked for, and the way to that view. */
function note(reason: string, fullView: string): HTMLElement {
  const paragraph = document.createElement('p');
  paragraph.className = 'embed-note';
  paragraph.setAttribute('role', 'note');
  const link = document.createElement('a');
  link.href = fullView;
  link.target = '_blank';
  link.rel = 'noopener';
  link.textContent = 'Open the full view with its filters ↗';
  paragraph.append(`${reason} `, link);
  return paragraph;
}

async function show(main: HTMLElement): Promise<void> {
  let choice: PresetChoice = presetForQuery(location.search, presetNames);
  const fullView = `${base}${location.search}`;
  if (choice.preset !== WORLDWIDE_PRESET) {
    try {
      main.replaceChildren(await fetchFigure(choice.preset));
    } catch {
      choice = {
        preset: WORLDWIDE_PRESET,
        exact: false,
        reason: 'The figure asked for could not be loaded: this is the worldwide one.',
      };
    }
  }
  const figure = main.querySelector('[data-embed-figure]');
  for (const link of figure?.querySelectorAll('a[data-full-view]') ?? [])
    link.setAttribute('href', fullView);
  const title = figure?.querySelector('h1')?.textContent;
  if (title) document.title = title;
  if (!choice.exact) main.prepend(note(choice.reason, fullView));
}

const main = document.querySelector('main');
if (main) void show(main);
