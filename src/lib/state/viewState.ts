import countries from 'i18n-iso-countries';
import { categoryValues, field, resource } from '../data/schema';
import type { EstimatorType, Measure } from '../data/rows.generated';
import { FIRST_YEAR, WORLDWIDE } from '../constants';
import { defaultFilters, type Filters } from '../queries/filters';
import type { YearAxis } from '../queries/figures';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../i18n/locale';
import { appText } from '../i18n/en/app';

export type { Filters, YearAxis };

/** The explorer's views. */
export type ViewName = 'overview' | 'country' | 'compare' | 'map' | 'sources' | 'sql' | 'about';

/**
 * The SQL console's query as its URL carries it: the text itself, or (when long) its UTF-8 bytes
 * deflated (raw) in base64url. Only src/lib/sql/sqlInUrl.ts turns one into the other: it is loaded by
 * the console and by "Open in SQL", so the first view's JS has no compressor for a parameter most
 * links never have (it uses the browser's own CompressionStream, asynchronously).
 */
export type SqlInUrl = { readonly text: string } | { readonly deflated: string };

/** Everything a view shows, all of it kept in the URL. */
export interface ViewState {
  view: ViewName;
  /** ISO 3166-1 alpha-3 code or WLD: the country of the country and compare views. */
  country: string;
  /** The year axis of the country view. */
  axis: YearAxis;
  /** The Sources view's search text ('' for none). */
  search: string;
  /** The SQL view's query ({ text: '' } for none); other views neither read nor write it. */
  sql: SqlInUrl;
  filters: Filters;
  /**
   * The interface's language as the URL names it; null when it names none, and the reader's browser
   * chooses (see Route). Links and embeds made from the page carry the language it shows.
   */
  lang: Locale | null;
}

export const viewNames: readonly ViewName[] = [
  'overview',
  'country',
  'compare',
  'map',
  'sources',
  'sql',
  'about',
];
export const yearAxes: readonly YearAxis[] = ['described', 'published'];

const estimates = resource('estimates');
/** The codebook's measures and estimator types, from data/datapackage.json. */
export const measures = categoryValues(field(estimates, 'measure')) as Measure[];
export const estimatorTypes = categoryValues(field(estimates, 'estimator_type')) as EstimatorType[];
/** The earliest year a figure can describe, from the schema. */
export const firstYear = field(estimates, 'ref_year_start').constraints?.minimum ?? FIRST_YEAR;

export const defaultViewState: Readonly<ViewState> = {
  view: 'overview',
  country: WORLDWIDE,
  axis: 'described',
  search: '',
  sql: { text: '' },
  filters: defaultFilters,
  lang: null,
};

/** The URL parameters, in the order serializeViewState writes them. */
export const parameterNames = [
  'view',
  'country',
  'axis',
  'measure',
  'types',
  'primary',
  'from',
  'to',
  'countries',
  'q',
  'sql',
  'sqlz',
  'lang',
] as const;
type ParameterName = (typeof parameterNames)[number];

/**
 * The longest sql or sqlz value, as written in the URL: 5.6 KB deflated, some 20,000 characters of
 * varied SQL (the site's own queries deflate 3.2 to 1 in base64url), while a link stays near the 8 KB
 * request line that nginx and many servers take by default.
 */
export const MAX_SQL_PARAM_LENGTH = 7680;
/** Beyond these, a query string or a value is not something the app wrote: ignored unread. */
const MAX_SEARCH_LENGTH = 4096 + MAX_SQL_PARAM_LENGTH;
// Every host country in `countries` takes 4 × 249 - 1 = 995 characters.
const MAX_VALUE_LENGTH = 1024;
const maxValueLength = (name: ParameterName) =>
  name === 'sql' || name === 'sqlz' ? MAX_SQL_PARAM_LENGTH : MAX_VALUE_LENGTH;
/** Notices beyond this many are summed up in one, so a junk URL cannot flood the page. */
const MAX_NOTICES = 10;
/** The longest search text kept: enough for any title or publisher. */
export const MAX_SEARCH_TEXT = 200;
/** How much of an offending value a notice shows. */
const SHOWN_LENGTH = 40;

export interface ParseOptions {
  /** The last year a year parameter may name; this year by default. */
  currentYear?: number;
  /** The view when the query names none: that of the view's own page (see viewPage); the overview by default. */
  view?: ViewName;
  /** The language when the query names none: that of the page's folder (see viewPage); none by default. */
  lang?: Locale | null;
}

/**
 * The view state a query string (`location.search`, with or without its `?`) describes. What is missing
 * takes its default; what is unknown, repeated, empty, too long, undecodable or invalid is ignored, each
 * with a plain-text notice naming the parameter and showing the offending text cut short. Never throws.
 */
export function parseViewState(
  search: string,
  {
    currentYear = new Date().getFullYear(),
    view = defaultViewState.view,
    lang = defaultViewState.lang,
  }: ParseOptions = {},
): { state: ViewState; notices: string[] } {
  const t = appText();
  const notices: string[] = [];
  const query = search.startsWith('?') ? search.slice(1) : search;
  const tooLong = query.length > MAX_SEARCH_LENGTH;
  if (tooLong) notices.push(t.queryTooLong(query.length));
  const values = tooLong ? new Map<ParameterName, string>() : readParameters(query, notices);

  const filters: Filters = { ...defaultFilters, estimatorTypes: [], countries: [] };
  const state: ViewState = { ...defaultViewState, view, filters };
  const read = <T>(name: ParameterName, parse: (value: string) => T | undefined, what: string) => {
    const value = values.get(name);
    if (value === undefined) return undefined;
    const parsed = parse(value);
    if (parsed === undefined) notices.push(t.ignoredValue(name, shown(value), what));
    return parsed;
  };
  const readList = <T extends string>(
    name: ParameterName,
    parse: (item: string) => T | undefined,
    what: string,
  ): T[] => {
    const items: T[] = [];
    for (const item of values.get(name)?.split(',') ?? []) {
      if (item.trim() === '') continue;
      const parsed = parse(item.trim());
      if (parsed === undefined) notices.push(t.ignoredValue(name, shown(item), what));
      else items.push(parsed);
    }
    return sortedUnique(items);
  };

  state.view = read('view', oneOf(viewNames), t.expectedOneOf(viewNames.join(', '))) ?? state.view;
  state.country = read('country', parseCountry, t.expectedCountryOrWorld) ?? state.country;
  state.axis = read('axis', oneOf(yearAxes), t.expectedOneOf(yearAxes.join(', '))) ?? state.axis;
  filters.measure = read('measure', oneOf(measures), t.expectedMeasure) ?? filters.measure;
  filters.estimatorTypes = readList('types', oneOf(estimatorTypes), t.expectedEstimatorType);
  filters.primaryOnly = read('primary', parseYesNo, t.expectedYesNo) ?? false;
  const years = t.expectedYear(firstYear, currentYear);
  filters.yearFrom = read('from', (value) => parseYear(value, currentYear), years) ?? null;
  filters.yearTo = read('to', (value) => parseYear(value, currentYear), years) ?? null;
  if (filters.yearFrom !== null && filters.yearTo !== null && filters.yearFrom > filters.yearTo) {
    notices.push(t.yearsReversed(filters.yearFrom, filters.yearTo));
    filters.yearFrom = null;
    filters.yearTo = null;
  }
  filters.countries = readList('countries', parseHostCountry, t.expectedHostCountry);
  state.search = read('q', parseSearch, t.expectedSearch(MAX_SEARCH_TEXT)) ?? '';
  state.sql = readSql(values, state.view, notices);
  state.lang = read('lang', oneOf(LOCALES), t.expectedOneOf(LOCALES.join(', '))) ?? lang;

  return { state, notices: capped(notices) };
}

/**
 * The query string of a view state: '' for the default state, else '?' and its parameters in a fixed
 * order, defaults left out and lists sorted without duplicates, so equal states give equal URLs.
 */
export function serializeViewState(state: ViewState): string {
  const canonical = canonicalViewState(state);
  const { filters } = canonical;
  const parts: [ParameterName, string | null][] = [
    ['view', canonical.view === defaultViewState.view ? null : canonical.view],
    ['country', canonical.country === defaultViewState.country ? null : canonical.country],
    ['axis', canonical.axis === defaultViewState.axis ? null : canonical.axis],
    ['measure', filters.measure === defaultFilters.measure ? null : filters.measure],
    ['types', filters.estimatorTypes.length === 0 ? null : filters.estimatorTypes.join(',')],
    ['primary', filters.primaryOnly ? 'yes' : null],
    ['from', filters.yearFrom === null ? null : String(filters.yearFrom)],
    ['to', filters.yearTo === null ? null : String(filters.yearTo)],
    ['countries', filters.countries.length === 0 ? null : filters.countries.join(',')],
    ['q', canonical.search === '' ? null : canonical.search],
    ['sql', 'text' in canonical.sql && canonical.sql.text !== '' ? canonical.sql.text : null],
    ['sqlz', 'deflated' in canonical.sql ? canonical.sql.deflated : null],
    ['lang', canonical.lang],
  ];
  const query = parts
    .filter((part): part is [ParameterName, string] => part[1] !== null)
    .map(([name, value]) => `${name}=${name === 'sql' ? encodeSqlText(value) : encodeValue(value)}`)
    .join('&');
  return query === '' ? '' : `?${query}`;
}

/**
 * The state with its lists sorted and without duplicates, and the SQL query only in the SQL view (a
 * chart's permalink does not carry what the console last ran): the form serializeViewState writes.
 */
export function canonicalViewState(state: ViewState): ViewState {
  return {
    ...state,
    search: cleanSearch(state.search),
    sql: state.view === 'sql' ? state.sql : defaultViewState.sql,
    filters: {
      ...state.filters,
      estimatorTypes: sortedUnique(state.filters.estimatorTypes),
      countries: sortedUnique(state.filters.countries),
    },
  };
}

/** A view's or a language's folder in a page's path: `/nk/map/`, `/ko/index.html`. */
const FOLDER = /^(.*\/)([a-z]+)(?:\/(?:index\.html)?)?$/;

/**
 * What page a URL path is: a view's own page (`/about/`, `/nk/map/index.html`), which the build writes
 * for each view with that view's title and link preview, in a language's folder for a language other
 * than English (`/ko/`, `/ko/about/`), or the site's main page. `base` is the path without the view's
 * and the language's folders: where the app's links start.
 */
export function viewPage(pathname: string): {
  base: string;
  view: ViewName | null;
  lang: Locale | null;
} {
  let base = pathname;
  const inView = FOLDER.exec(base);
  const view =
    viewNames.find((name) => name !== defaultViewState.view && name === inView?.[2]) ?? null;
  if (inView && view) base = inView[1]!;
  const inLanguage = FOLDER.exec(base);
  const lang = LOCALES.find((name) => name !== DEFAULT_LOCALE && name === inLanguage?.[2]) ?? null;
  if (inLanguage && lang) base = inLanguage[1]!;
  return { base, view, lang };
}

/**
 * The folder of a view's own page under the site's base: '' for the overview in English, the main
 * page; `ko/` and `ko/map/` for the Korean pages.
 */
export function viewPageFolder(view: ViewName, lang: Locale = DEFAULT_LOCALE): string {
  const language = lang === DEFAULT_LOCALE ? '' : `${lang}/`;
  return view === defaultViewState.view ? language : `${language}${view}/`;
}

/** Whether every field of `state` is one parseViewState could have produced. */
export function isValidViewState(
  state: ViewState,
  { currentYear = new Date().getFullYear() }: ParseOptions = {},
): boolean {
  const { filters } = state;
  const isYear = (year: number | null) =>
    year === null || (Number.isInteger(year) && year >= firstYear && year <= currentYear);
  return (
    viewNames.includes(state.view) &&
    (state.country === WORLDWIDE || isHostCountry(state.country)) &&
    yearAxes.includes(state.axis) &&
    measures.includes(filters.measure) &&
    filters.estimatorTypes.every((type) => estimatorTypes.includes(type)) &&
    typeof filters.primaryOnly === 'boolean' &&
    isYear(filters.yearFrom) &&
    isYear(filters.yearTo) &&
    (filters.yearFrom === null || filters.yearTo === null || filters.yearFrom <= filters.yearTo) &&
    filters.countries.every(isHostCountry) &&
    state.search === cleanSearch(state.search) &&
    state.search.length <= MAX_SEARCH_TEXT &&
    isValidSql(state.sql, state.view) &&
    (state.lang === null || LOCALES.includes(state.lang))
  );
}

/** A value as serializeViewState writes it: URL-encoded, commas left as they are. */
function encodeValue(value: string): string {
  return encodeURIComponent(value).replaceAll('%2C', ',');
}

/** The sql parameter's value for a query text: spaces as '+', the shorter form queries are full of. */
export function encodeSqlText(text: string): string {
  return encodeValue(text).replaceAll('%20', '+');
}

/** Whether `code` is an ISO 3166-1 alpha-3 code (upper case), WLD excluded. */
export function isHostCountry(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && countries.isValid(code);
}

/** The parameters of a query string by name, leaving out (with a notice) what cannot be read. */
function readParameters(query: string, notices: string[]): Map<ParameterName, string> {
  const t = appText();
  const found: { name: string; raw: string }[] = [];
  for (const segment of query.split('&')) {
    if (segment === '') continue;
    const equals = segment.indexOf('=');
    const rawName = equals === -1 ? segment : segment.slice(0, equals);
    const name = decode(rawName);
    if (name === undefined) {
      notices.push(t.undecodableName(shown(rawName)));
      continue;
    }
    found.push({ name, raw: equals === -1 ? '' : segment.slice(equals + 1) });
  }

  const counts = new Map<string, number>();
  for (const { name } of found) counts.set(name, (counts.get(name) ?? 0) + 1);
  const values = new Map<ParameterName, string>();
  const reported = new Set<string>();
  for (const { name, raw } of found) {
    if (!isParameterName(name)) {
      if (!reported.has(name)) notices.push(t.unknownParameter(shown(name)));
    } else if ((counts.get(name) ?? 0) > 1) {
      if (!reported.has(name)) notices.push(t.repeatedParameter(name, counts.get(name) ?? 0));
    } else if (raw.length > maxValueLength(name)) {
      notices.push(t.parameterTooLong(name, raw.length));
    } else {
      const value = decode(raw);
      if (value === undefined) {
        notices.push(t.undecodableValue(name, shown(raw)));
      } else if (value.trim() === '') {
        notices.push(t.emptyParameter(name));
      } else {
        values.set(name, value);
      }
    }
    reported.add(name);
  }
  return values;
}

function isParameterName(name: string): name is ParameterName {
  return (parameterNames as readonly string[]).includes(name);
}

/** A form-encoded component ('+' is a space), or undefined when its percent-encoding is broken. */
function decode(text: string): string | undefined {
  try {
    return decodeURIComponent(text.replaceAll('+', ' '));
  } catch {
    return undefined;
  }
}

function oneOf<T extends string>(allowed: readonly T[]): (value: string) => T | undefined {
  return (value) => allowed.find((candidate) => candidate === value);
}

/** A country code in either case (rus is RUS), or WLD. */
function parseCountry(value: string): string | undefined {
  const code = /^[A-Za-z]{3}$/.test(value) ? value.toUpperCase() : '';
  return code === WORLDWIDE || isHostCountry(code) ? code : undefined;
}

function parseHostCountry(value: string): string | undefined {
  const code = parseCountry(value);
  return code === WORLDWIDE ? undefined : code;
}

/** Search text without control or format characters, spaces collapsed and trimmed. */
function cleanSearch(value: string): string {
  return value
    .replace(/[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

function parseSearch(value: string): string | undefined {
  const text = cleanSearch(value);
  return text !== '' && Array.from(text).length <= MAX_SEARCH_TEXT ? text : undefined;
}

const SQL_JUNK = /[\p{Cc}\p{Cs}]/u;
/**
 * Whether a link may carry `text` as a query: tabs and line breaks are part of a query's layout, any
 * other control character (or half of a surrogate pair) is not SQL.
 */
export const isSqlText = (text: string) => !SQL_JUNK.test(text.replace(/[\t\n\r]/g, ''));
const BASE64URL = /^[A-Za-z0-9_-]+$/;

/** The SQL view's query: one of sql (the text) or sqlz (compressed), read only by the SQL view. */
function readSql(
  values: ReadonlyMap<ParameterName, string>,
  view: ViewName,
  notices: string[],
): SqlInUrl {
  const t = appText();
  const text = values.get('sql');
  const deflated = values.get('sqlz');
  if (text === undefined && deflated === undefined) return defaultViewState.sql;
  const given = text !== undefined ? 'sql' : 'sqlz';
  if (view !== 'sql') {
    notices.push(t.sqlOutsideConsole(given));
  } else if (text !== undefined && deflated !== undefined) {
    notices.push(t.sqlAndSqlz);
  } else if (text !== undefined) {
    if (!isSqlText(text)) {
      notices.push(t.sqlNotQuery(shown(text)));
    } else if (encodeSqlText(text).length > MAX_SQL_PARAM_LENGTH) {
      // Written as the app writes it, it would be too long for the next link.
      notices.push(t.parameterTooLong('sql', encodeSqlText(text).length));
    } else {
      return { text };
    }
  } else if (deflated !== undefined) {
    if (BASE64URL.test(deflated)) return { deflated };
    notices.push(t.sqlzNotCompressed(shown(deflated)));
  }
  return defaultViewState.sql;
}

function isValidSql(sql: SqlInUrl, view: ViewName): boolean {
  if ('text' in sql && sql.text === '') return true;
  if (view !== 'sql') return false;
  return 'text' in sql
    ? sql.text.trim() !== '' &&
        isSqlText(sql.text) &&
        encodeSqlText(sql.text).length <= MAX_SQL_PARAM_LENGTH
    : BASE64URL.test(sql.deflated) && sql.deflated.length <= MAX_SQL_PARAM_LENGTH;
}

function parseYesNo(value: string): boolean | undefined {
  if (value === 'yes') return true;
  if (value === 'no') return false;
  return undefined;
}

function parseYear(value: string, currentYear: number): number | undefined {
  if (!/^\d{4}$/.test(value)) return undefined;
  const year = Number(value);
  return year >= firstYear && year <= currentYear ? year : undefined;
}

function sortedUnique<T extends string>(items: readonly T[]): T[] {
  return [...new Set(items)].sort();
}

/**
 * A value as a notice shows it: in quotes, without control, format or separator characters (nothing that
 * could reorder or break the text around it), cut to SHOWN_LENGTH characters.
 */
function shown(value: string): string {
  const characters = Array.from(value.replace(/[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu, ''));
  const cut = characters.length > SHOWN_LENGTH;
  return `“${characters.slice(0, SHOWN_LENGTH).join('')}${cut ? '…' : ''}”`;
}

function capped(notices: string[]): string[] {
  if (notices.length <= MAX_NOTICES) return notices;
  const more = notices.length - (MAX_NOTICES - 1);
  return [...notices.slice(0, MAX_NOTICES - 1), appText().moreLinkProblems(more)];
}
