// The English messages of the "app" area: the catalogue every other language is checked against.
// The page's shell (header, navigation, footer, notices, the query engine's status and errors, dialogs)
// and each page's title and description.
import { formatCount, plural } from '../../format';
import { messages } from '../runtime.svelte';

const en = {
  // Header and navigation.
  siteKicker: 'nk-workers-abroad',
  pageHeading: 'North Koreans working abroad: every published estimate, with its source',
  ledeToggle: 'What is this?',
  ledeText:
    'Figures such as “20,000 to 80,000 workers” circulate without their provenance. Here each published estimate stands next to its source and beside the figures that contradict it. Hover, tap or focus any mark to see who estimated it, who published it, and where to check it.',
  viewsNavLabel: 'Views',
  viewLabels: {
    overview: 'Overview',
    country: 'Country',
    compare: 'Compare sources',
    map: 'Map',
    sources: 'Sources',
    sql: 'SQL',
    about: 'About',
  },
  languageSwitchLabel: 'Language',
  skipToContent: 'Skip to content',
  viewLoading: 'Loading the view…',
  viewLoadFailed: (reason: string) => `The view could not be loaded: ${reason}`,
  closeDialog: 'Close',

  // Footer; the lead and tail surround the data folder's name.
  footerDataLead:
    'Data: every figure was read in the publication it cites; the tables, their codebook and a validator are in the repository’s',
  footerDataTail: 'folder. Figures are shown as published, never averaged.',
  dataVersionLine: (label: string) => `Data version ${label}`,
  downloadFullDataset: (kilobytes: number) =>
    `Download the full dataset (ZIP, ${formatCount(kilobytes)} KB)`,
  noScriptNote:
    "This dashboard draws its charts with JavaScript. The data and its sources are in the repository's data/ folder as CSV files.",

  // What was wrong with the page's URL (parseViewState), and the notice that lists it.
  urlNoticesLabel: 'Ignored link parameters',
  urlNoticesIntro: 'Some parts of this link were ignored; the view shows the rest:',
  dismissNotices: 'Dismiss',
  queryTooLong: (length: number) =>
    `Ignored all parameters: the query string is too long (${length} characters).`,
  ignoredValue: (name: string, value: string, expected: string) =>
    `Ignored ${name} ${value}: not ${expected}.`,
  expectedOneOf: (list: string) => `one of ${list}`,
  expectedCountryOrWorld: 'an ISO 3166-1 alpha-3 country code or WLD',
  expectedHostCountry: 'an ISO 3166-1 alpha-3 country code',
  expectedMeasure: 'a measure of the codebook',
  expectedEstimatorType: 'an estimator type of the codebook',
  expectedYesNo: 'yes or no',
  expectedYear: (from: number, to: number) => `a year from ${from} to ${to}`,
  expectedSearch: (max: number) => `a search of at most ${max} characters`,
  yearsReversed: (from: number, to: number) =>
    `Ignored from ${from} and to ${to}: from is after to.`,
  undecodableName: (shown: string) =>
    `Ignored a parameter whose name could not be decoded (${shown}).`,
  unknownParameter: (shown: string) => `Ignored unknown parameter ${shown}.`,
  repeatedParameter: (name: string, times: number) => `Ignored ${name}: given ${times} times.`,
  parameterTooLong: (name: string, length: number) =>
    `Ignored ${name}: too long (${length} characters).`,
  undecodableValue: (name: string, shown: string) =>
    `Ignored ${name}: could not be decoded (${shown}).`,
  emptyParameter: (name: string) => `Ignored ${name}: empty.`,
  sqlOutsideConsole: (name: string) => `Ignored ${name}: only the SQL view reads a query.`,
  sqlAndSqlz: 'Ignored sql and sqlz: a link gives one query, not both.',
  sqlNotQuery: (shown: string) => `Ignored sql ${shown}: not a query (it has control characters).`,
  sqlzNotCompressed: (shown: string) =>
    `Ignored sqlz ${shown}: not a compressed query (base64url).`,
  moreLinkProblems: (more: number) => `…and ${more} more problems with the link’s parameters.`,

  // Data rows the validator refused.
  problemsSummary: (rows: number, problems: number) =>
    `${plural(rows, 'data row')} failed validation and ${rows === 1 ? 'is' : 'are'} not shown (${plural(problems, 'problem')}).`,

  // The query engine's start, and why it failed.
  engineStarting: 'Starting the query engine…',
  engineWaiting: (loaded: string) => `Starting the query engine… ${loaded} loaded.`,
  engineLoading: (loaded: string) => `Loading the query engine: ${loaded}`,
  megabytesOf: (loaded: string, total: string) => `${loaded} of ${total} MB`,
  engineNeededNote: 'Figures that need the query engine show once it has started.',
  retryEngine: 'Retry',
  engineStartFailed: (reason: string) => `The query engine could not start: ${reason}`,
  engineWorkerFailed: 'The query engine could not start: its worker did not load.',
  engineNotInBrowser: 'The query engine could not start in this browser.',
  engineHttpStatus: (status: number) =>
    `The query engine could not be downloaded: the server answered ${status}.`,
  downloadOfEngine: 'the query engine',
  downloadOfData: 'the data',
  downloadStalled: (what: string, seconds: number) =>
    `The download of ${what} stalled: nothing arrived for ${seconds} seconds.`,
  downloadLost: (what: string) => `The download of ${what} failed: the connection was lost.`,
  dataNotLoaded: (problems: string) => `The data could not be loaded: ${problems}`,

  // Each page's title and description (pageMeta), as tabs, search engines and link previews show them.
  siteTitle: 'North Koreans working abroad',
  metaPlaceWorldwide: 'worldwide',
  metaPlaceIn: (country: string) => `in ${country}`,
  metaOverviewHeading: 'Every published estimate, with its source',
  metaOverviewDescription:
    'Every published estimate of North Koreans working abroad, by host country, year and source, with a citation on every number.',
  metaCountryHeading: (country: string) => `${country}: every published figure`,
  metaCountryDescription: (place: string) =>
    `Every published figure on North Koreans working ${place}, by year, measure and source, each with the publication it was read in.`,
  metaCompareHeading: (country: string) => `${country}: the sources compared`,
  metaCompareDescription: (place: string) =>
    `Each source’s figure for North Koreans working ${place}, side by side for the years chosen, with who estimated it and who reported it.`,
  metaMapHeading: 'Map of the host countries',
  metaMapDescription:
    'Where North Koreans are reported working abroad: the latest published figure for each host country, and the countries where their presence is reported without a number.',
  metaSourcesHeading: 'Sources: every publication',
  metaSourcesDescription:
    'The bibliography: every publication a figure on North Koreans working abroad was read in, searchable, each with its figures and a citation.',
  metaSqlHeading: 'SQL console: query the data in the page',
  metaSqlDescription:
    'Ask the dataset of North Koreans working abroad any question in SQL, in the browser: every table with its sources, each chart’s own query to start from, and a link that keeps the query.',
  metaAboutHeading: 'About the data',
  metaAboutDescription:
    'What counts as a figure, what each measure means, how figures are chosen and corrected, how to cite the dataset, and the licences of its code and data.',
};

export default en;
/** The "app" messages in the interface's language: `appText().someKey` in markup or $derived. */
export const appText = messages('app', en);
