// Which static figure an embed shows for a view state. Pure and without runtime imports, so that the
// embed page's script stays small: it reads the same query parameters as the main page.
import type { ViewState } from '../state/viewState';
import { WORLDWIDE } from '../constants';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../i18n/locale';

/** The measure every preset draws (the main page's default). */
const PRESET_MEASURE = 'workers_present';

/** What the app and the embed page know of each preset (`virtual:embed-presets`). */
export interface EmbedPresetInfo {
  name: string;
  /** Its title in each language of the interface. */
  titles: Record<Locale, string>;
  /** A first height in px for the snippet's iframe, before the embed reports its own. */
  height: number;
}

/** The static figures built with the site, by name: their files are embeds/<name>.html and .svg. */
export const WORLDWIDE_PRESET = 'worldwide';
export const BY_COUNTRY_PRESET = 'by-country';

/** What the static figure of a preset draws: a chart over time, the countries side by side, or a comparison. */
export type PresetKind = 'worldwide' | 'by-country' | 'country' | 'compare';

export interface PresetRef {
  kind: PresetKind;
  /** ISO 3166-1 alpha-3 code or WLD. */
  country: string;
}

/** The name of a preset: worldwide, by-country, country-RUS, compare-RUS. */
export function presetName({ kind, country }: PresetRef): string {
  if (kind === 'worldwide' || kind === 'by-country') return kind;
  return `${kind}-${country}`;
}

/**
 * The view state (as query parameters) whose chart a preset draws: its full view on the main page, in
 * `lang` (lang=ko last, as the main page writes it; English names no language).
 */
export function presetQuery({ kind, country }: PresetRef, lang: Locale = DEFAULT_LOCALE): string {
  const view =
    kind === 'compare'
      ? country === WORLDWIDE
        ? 'view=compare'
        : `view=compare&country=${country}`
      : kind === 'country'
        ? `view=country&country=${country}`
        : '';
  const parameters = [view, lang === DEFAULT_LOCALE ? '' : `lang=${lang}`].filter(Boolean);
  return parameters.length === 0 ? '' : `?${parameters.join('&')}`;
}

/** The folder of a language's static figures under embeds/: '' for English, `ko/` for Korean. */
export function presetFolder(lang: Locale): string {
  return lang === DEFAULT_LOCALE ? '' : `${lang}/`;
}

/** The parts of a view state that decide the preset. */
export interface EmbedRequest {
  view: string;
  country: string;
  /** 'described' or 'published'. */
  axis: string;
  /** Whether a filter that every chart applies is set: a measure other than workers present, a year span… */
  filtered: boolean;
  /** Whether the host-country filter is set: only the by-country chart applies it. */
  countriesFiltered: boolean;
}

/**
 * Why an embed shows only the closest static figure: the embed's visible note says it in the
 * interface's language (embedReasonText in reasonText.ts, which this module does not import so that
 * the embed page's script stays small).
 */
export type EmbedReason =
  | { kind: 'filters' }
  | { kind: 'no-country-figure'; country: string }
  | { kind: 'described-year-only' }
  | { kind: 'no-comparison'; country: string }
  | { kind: 'no-view-figure'; view: string }
  | { kind: 'not-loaded' };

/** The preset an embed shows; `exact` false when it is only the closest one, with the reason. */
export interface PresetChoice {
  preset: string;
  exact: boolean;
  /** Why it is not exact; null when it is. */
  reason: EmbedReason | null;
}

const FILTERS_NOT_APPLIED: EmbedReason = { kind: 'filters' };

/**
 * The preset for a view: overview → worldwide; country → country-XXX (worldwide for WLD); compare →
 * compare-XXX. Anything else, or a country without a static figure, gets the closest preset that exists
 * (`available` lists them), marked inexact; so does a view with filters, a year span or the
 * publication-year axis, which presets do not draw.
 */
export function choosePreset(request: EmbedRequest, available: readonly string[]): PresetChoice {
  const has = (name: string) => available.includes(name);
  const exact = (preset: string): PresetChoice =>
    request.filtered
      ? { preset, exact: false, reason: FILTERS_NOT_APPLIED }
      : { preset, exact: true, reason: null };
  const closest = (preset: string, reason: EmbedReason): PresetChoice => ({
    preset,
    exact: false,
    reason,
  });
  const { view, country } = request;

  if (view === 'overview') return exact(WORLDWIDE_PRESET);
  if (view === 'country') {
    const wanted =
      country === WORLDWIDE ? WORLDWIDE_PRESET : presetName({ kind: 'country', country });
    if (!has(wanted)) {
      return closest(WORLDWIDE_PRESET, { kind: 'no-country-figure', country });
    }
    if (request.axis !== 'described') {
      return closest(wanted, { kind: 'described-year-only' });
    }
    return exact(wanted);
  }
  if (view === 'compare') {
    const wanted = presetName({ kind: 'compare', country });
    if (has(wanted)) return exact(wanted);
    const fallback = has(presetName({ kind: 'compare', country: WORLDWIDE }))
      ? presetName({ kind: 'compare', country: WORLDWIDE })
      : WORLDWIDE_PRESET;
    return closest(fallback, { kind: 'no-comparison', country });
  }
  return closest(WORLDWIDE_PRESET, { kind: 'no-view-figure', view });
}

/** The parameters of the filters every chart applies (viewState.ts). */
const FILTER_PARAMETERS = ['measure', 'types', 'primary', 'from', 'to'];
const VIEWS = ['overview', 'country', 'compare', 'map', 'sources'];

/**
 * The embed request a query string (`location.search`) describes, read the way the main page reads it:
 * a parameter given twice, empty or invalid is ignored (the main page ignores it with a notice). Only
 * whether a filter is set matters here, not its value: any filter makes the preset inexact.
 */
export function requestFromQuery(search: string): EmbedRequest {
  const read = queryReader(search);
  const view = read('view');
  const country = read('country');
  const filtered = FILTER_PARAMETERS.some((name) => {
    const value = read(name);
    if (value === null) return false;
    if (name === 'measure') return value !== PRESET_MEASURE;
    if (name === 'primary') return value !== 'no';
    return true;
  });
  return {
    view: view !== null && VIEWS.includes(view) ? view : 'overview',
    country: country !== null && /^[A-Za-z]{3}$/.test(country) ? country.toUpperCase() : WORLDWIDE,
    axis: read('axis') === 'published' ? 'published' : 'described',
    filtered,
    countriesFiltered: read('countries') !== null,
  };
}

/**
 * The language a query string names (lang=ko), read as requestFromQuery reads the rest; English when it
 * names none or one the interface does not speak.
 */
export function localeFromQuery(search: string): Locale {
  const lang = queryReader(search)('lang');
  return lang !== null && isLocale(lang) ? lang : DEFAULT_LOCALE;
}

/** A query string's parameters: each one's trimmed value, null when absent, empty or repeated. */
function queryReader(search: string): (name: string) => string | null {
  const values = new Map<string, string | null>();
  for (const segment of search.replace(/^\?/, '').split('&')) {
    if (segment === '') continue;
    const equals = segment.indexOf('=');
    let name: string;
    let value: string;
    try {
      name = decodeURIComponent(
        (equals === -1 ? segment : segment.slice(0, equals)).replaceAll('+', ' '),
      );
      value =
        equals === -1 ? '' : decodeURIComponent(segment.slice(equals + 1).replaceAll('+', ' '));
    } catch {
      continue;
    }
    // A repeated parameter is ignored whole, as the main page does.
    values.set(name, values.has(name) ? null : value.trim());
  }
  return (name) => values.get(name) || null;
}

/** The embed request of the main page's view state. */
export function requestFromState(state: ViewState): EmbedRequest {
  const { filters } = state;
  return {
    view: state.view,
    country: state.country,
    axis: state.axis,
    filtered:
      filters.measure !== PRESET_MEASURE ||
      filters.estimatorTypes.length > 0 ||
      filters.primaryOnly ||
      filters.yearFrom !== null ||
      filters.yearTo !== null,
    countriesFiltered: filters.countries.length > 0,
  };
}

/**
 * The preset of one chart of the main page (its figure id) in a view state: the by-country chart of the
 * overview has its own; every other chart is its view's.
 */
export function presetForChart(
  figureId: string,
  state: ViewState,
  available: readonly string[],
): PresetChoice {
  const request = requestFromState(state);
  if (figureId === BY_COUNTRY_PRESET && available.includes(BY_COUNTRY_PRESET)) {
    return request.filtered || request.countriesFiltered
      ? { preset: BY_COUNTRY_PRESET, exact: false, reason: FILTERS_NOT_APPLIED }
      : { preset: BY_COUNTRY_PRESET, exact: true, reason: null };
  }
  return choosePreset(request, available);
}

/** The preset of a query string: choosePreset(requestFromQuery(search)). */
export function presetForQuery(search: string, available: readonly string[]): PresetChoice {
  return choosePreset(requestFromQuery(search), available);
}
