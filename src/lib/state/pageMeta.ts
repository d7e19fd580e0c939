import { countryName } from '../countries';
import { WORLDWIDE } from '../queries/filters';
import type { ViewName, ViewState } from './viewState';

/** The site's name, which ends every title but the main page's. */
export const SITE_NAME = 'North Koreans working abroad';

/** A page's title and description, as the browser tab, search engines and link previews show them. */
export interface PageMeta {
  title: string;
  description: string;
  /** The title without the site's name: the preview image's heading. */
  heading: string;
}

const place = (country: string) =>
  country === WORLDWIDE ? 'worldwide' : `in ${countryName(country)}`;

/** What each view's title and description say; the country and compare views name their country. */
const views: Record<ViewName, (state: ViewState) => { heading: string; description: string }> = {
  overview: () => ({
    heading: 'Every published estimate, with its source',
    description:
      'Every published estimate of North Koreans working abroad, by host country, year and source, with a citation on every number.',
  }),
  country: ({ country }) => ({
    heading: `${countryName(country)}: every published figure`,
    description: `Every published figure on North Koreans working ${place(country)}, by year, measure and source, each with the publication it was read in.`,
  }),
  compare: ({ country }) => ({
    heading: `${countryName(country)}: the sources compared`,
    description: `Each source’s figure for North Koreans working ${place(country)}, side by side for the years chosen, with who estimated it and who reported it.`,
  }),
  map: () => ({
    heading: 'Map of the host countries',
    description:
      'Where North Koreans are reported working abroad: the latest published figure for each host country, and the countries where their presence is reported without a number.',
  }),
  sources: () => ({
    heading: 'Sources: every publication',
    description:
      'The bibliography: every publication a figure on North Koreans working abroad was read in, searchable, each with its figures and a citation.',
  }),
  sql: () => ({
    heading: 'SQL console: query the data in the page',
    description:
      'Ask the dataset of North Koreans working abroad any question in SQL, in the browser: every table with its sources, each chart’s own query to start from, and a link that keeps the query.',
  }),
  about: () => ({
    heading: 'About the data',
    description:
      'What counts as a figure, what each measure means, how figures are chosen and corrected, how to cite the dataset, and the licences of its code and data.',
  }),
};

/** The title and description of the page showing `state`. */
export function pageMeta(state: ViewState): PageMeta {
  const { heading, description } = views[state.view](state);
  const title =
    state.view === 'overview'
      ? `${SITE_NAME}: ${heading.toLowerCase()}`
      : `${heading} — ${SITE_NAME}`;
  return { title, description, heading };
}
