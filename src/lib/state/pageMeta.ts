import { countryName } from '../countries';
import { appText } from '../i18n/en/app';
import { WORLDWIDE } from '../queries/filters';
import type { ViewName, ViewState } from './viewState';

/** The site's name in the interface's language, which ends every title but the main page's. */
export function siteName(): string {
  return appText().siteTitle;
}

/** A page's title and description, as the browser tab, search engines and link previews show them. */
export interface PageMeta {
  title: string;
  description: string;
  /** The title without the site's name: the preview image's heading. */
  heading: string;
}

type Messages = ReturnType<typeof appText>;

const place = (t: Messages, country: string) =>
  country === WORLDWIDE ? t.metaPlaceWorldwide : t.metaPlaceIn(countryName(country));

/** What each view's title and description say; the country and compare views name their country. */
const views: Record<
  ViewName,
  (t: Messages, state: ViewState) => { heading: string; description: string }
> = {
  overview: (t) => ({
    heading: t.metaOverviewHeading,
    description: t.metaOverviewDescription,
  }),
  country: (t, { country }) => ({
    heading: t.metaCountryHeading(countryName(country)),
    description: t.metaCountryDescription(place(t, country)),
  }),
  compare: (t, { country }) => ({
    heading: t.metaCompareHeading(countryName(country)),
    description: t.metaCompareDescription(place(t, country)),
  }),
  map: (t) => ({ heading: t.metaMapHeading, description: t.metaMapDescription }),
  sources: (t) => ({ heading: t.metaSourcesHeading, description: t.metaSourcesDescription }),
  sql: (t) => ({ heading: t.metaSqlHeading, description: t.metaSqlDescription }),
  about: (t) => ({ heading: t.metaAboutHeading, description: t.metaAboutDescription }),
};

/** The title and description of the page showing `state`, in the interface's language. */
export function pageMeta(state: ViewState): PageMeta {
  const t = appText();
  const { heading, description } = views[state.view](t, state);
  const title =
    state.view === 'overview'
      ? `${t.siteTitle}: ${heading.toLowerCase()}`
      : `${heading} — ${t.siteTitle}`;
  return { title, description, heading };
}
