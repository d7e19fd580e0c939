// The English messages of the "sql" area: the catalogue every other language is checked against.
import { formatCount, plural } from '../../numbers';
import { messages } from '../runtime.svelte';

const article = (word: string) => (/^[AEIOU]/.test(word) ? 'an' : 'a');
const withReason = (reason: string | null) => (reason ? `, ${reason}` : '');
const seconds = (value: number) => `${value} s`;

const en = {
  // The view
  sqlHeading: 'SQL: ask the data your own question',
  /** The view's description, around the names of the two citing columns (code). */
  sqlIntroLead:
    'Query the tables behind every chart with DuckDB’s SQL, in your browser. Queries only read: the data cannot be changed, and nothing leaves the page. Each answer keeps its citations: rows with an',
  sqlIntroOr: 'or',
  sqlIntroTail: 'link to their figure and source.',
  examplesLabel: 'Examples:',
  /** Each example's question, as its button says it (keyed by the example's id in examples.ts). */
  exampleTitles: {
    reconciliation: 'Do the country figures add up to the worldwide ones?',
    reReports: 'Which figures were repeated by several publications?',
    byEstimator: 'Worldwide figures by estimator over time',
    latestByCountry: 'The latest figure for each country',
  },
  editorLabel: 'SQL query',
  editorKeys: (mac: boolean) =>
    `${mac ? '⌘ Return' : 'Ctrl+Enter'} runs the query; Ctrl+Space lists table and column names; Tab leaves the editor.`,
  runQuery: 'Run',
  cancelQuery: 'Cancel',
  clockWaiting: (limitSeconds: number) =>
    `Waits for the query engine; once sent, stops after ${seconds(limitSeconds)}`,
  clockRunning: (elapsed: string, limitSeconds: number) =>
    `Running: ${elapsed} · stops after ${seconds(limitSeconds)}`,
  clockIdle: (limitSeconds: number, maxRows: number) =>
    `Stops after ${seconds(limitSeconds)} · at most ${formatCount(maxRows)} rows kept`,
  schemaHeading: 'Tables and columns',
  readingTables: 'Reading the tables…',
  noQueryYet: 'No query run yet: write one above, or pick an example.',
  runningQuery: 'Running the query…',
  answerAnnounced: (rows: number) => `Answer: ${plural(rows, 'row')}.`,
  queryFailed: (marked: boolean) =>
    `DuckDB could not run the query${marked ? ' (marked in the editor)' : ''}:`,
  notRun: (reason: string) => `Not run: ${reason}`,
  stoppedCancelled: 'Stopped: you cancelled the query.',
  stoppedTimeLimit: (limitSeconds: number) =>
    `Stopped: the query ran past the limit of ${seconds(limitSeconds)}.`,

  // The schema and completion
  tableRows: (rows: number) => plural(rows, 'row'),
  columnCount: (columns: number) => plural(columns, 'column'),
  insertName: (name: string) => `Insert ${name}`,
  /** CodeMirror's own words (EditorState.phrases), by what they name. */
  editorPhrases: {
    completions: 'Completions',
    diagnostics: 'Diagnostics',
    noDiagnostics: 'No diagnostics',
    closePanel: 'close',
    controlCharacter: 'Control character',
    selectionDeleted: 'Selection deleted',
  },

  // The answer
  answerRegion: 'Answer',
  /** How many rows an answer holds, and how many it shows when it was cut or stopped. */
  rowCount: (shown: number, total: number | null) => {
    const rows = (n: number) => `${formatCount(n)} ${n === 1 ? 'row' : 'rows'}`;
    if (total === null) return `${rows(shown)} shown (the query was stopped before its end)`;
    if (total === 0) return 'no rows';
    if (total > shown) return `${formatCount(shown)} of ${rows(total)} shown`;
    return rows(shown);
  },
  durationMs: (ms: number) => `${formatCount(ms)} ms`,
  durationSeconds: (seconds: string) => `${seconds} s`,
  answerSummary: (summary: string, cut: 'rows' | 'bytes' | null) =>
    `${summary}${cut === 'rows' ? ': the console keeps the first rows only' : cut === 'bytes' ? ': the console keeps rows up to a size only' : ''}.`,
  citationsFailed: 'The sources of the rows could not be read:',
  readingCitations: 'Reading the sources of the rows…',
  citedRowsCount: (cited: number, rows: number, figureIds: boolean) =>
    `${plural(cited, 'row')} of ${formatCount(rows)} cite a source (in the Source column)${figureIds ? '; a figure’s id opens its card' : ''}.`,
  downloadAnswerLabel: 'Download the answer, with the sources of its rows',
  sourcesStillLoading: 'the sources of its rows are still loading: try again in a moment',
  resultCaption: (summary: string) => `Query result: ${summary}`,
  sourceColumn: 'Source',
  sourceColumnNote: 'cited by the row',
  openFigureCard: (id: string) => `Open the card of figure ${id}`,
  wholeCellLabel: (column: string) => `The whole of ${column}`,
  noSource: 'no source',
  /** How a null cell reads, apart from the text 'NULL' (kept: it is SQL's word). */
  nullCell: 'NULL',
  nullCellLabel: 'null',

  // The quick chart
  noChartLead: 'No chart:',
  noChartNoRows: 'the answer has no rows.',
  noChartTooMany: (rows: number) => `more than ${formatCount(rows)} rows.`,
  chartShapes:
    'A chart is drawn when the answer has a numeric year column (year, ref_year_start…) or a text country column, and numbers to draw: low and high (a range, with point optional), a point, or one other numeric column.',
  noYearOrCountry: 'The answer has neither a year nor a country column.',
  noNumericColumn: 'The answer has no numeric column to draw.',
  severalNumericColumns: (names: string) =>
    `The answer has several numeric columns (${names}): name the one to draw value, or give low and high.`,
  mixedMeasures: (count: number, named: string, first: string) =>
    `The answer mixes ${count} measures, ${named}: a chart draws one. Keep one with WHERE measure = '${first}' to chart it.`,
  drawnRanges: (low: string, high: string, point: string | null) =>
    `${low}–${high} as ranges${point ? `, ${point} as points` : ''}`,
  drawnPoints: (value: string) => `${value} as points`,
  drawnOverYears: (year: string, values: string, country: string | null) =>
    `Drawn from the columns ${year} (across) and ${values}${country ? `; ${country} in each card` : ''}.`,
  drawnByCountry: (country: string, values: string) =>
    `Drawn from the columns ${country} (one row each) and ${values}.`,
  chartOfAnswer: (value: string, by: string) => `Chart of the answer: ${value} by ${by}`,
  chartKeyLabel: 'Key to the chart',
  computedLegend: 'computed by the query: no source',
  computedEstimator: 'Computed by the query',
  answerRowTitle: 'A row of the SQL answer',

  // The sandbox's refusals
  /** Why the sandbox refuses a statement: the clause that ends a sentence naming its keyword. */
  statementReasons: {
    changesData: 'which would change the data',
    writesOrReadsFiles: 'which would write or read files',
    writesFiles: 'which would write files',
    readsFiles: 'which would read files',
    opensDatabase: 'which would open another database',
    closesDatabase: 'which would close a database',
    switchesDatabase: 'which would switch to another database',
    installsExtension: 'which would install an extension, code from another site',
    loadsExtension: 'which would load an extension, code from another site',
    changesSettings: "which would change the engine's settings",
    runsEngineCommand: "which would run an engine command or change the engine's settings",
    callsProcedure: 'which would run a procedure rather than a query',
    rewritesStorage: "which would rewrite the database's storage",
    rewritesStatistics: "which would rewrite the database's statistics",
    controlsTransactions: 'which would control transactions',
    managesPrepared: 'which would manage prepared statements',
    runsPrepared: 'which would run a prepared statement',
    explainsPlan: 'which describes a plan rather than answering',
  },
  noQueryToRun: 'There is no query to run.',
  oneQueryAtATime: (statements: number) =>
    `The console runs one query at a time: this text holds ${formatCount(statements)} statements separated by ";".`,
  onlySelectStatement: (keyword: string, reason: string | null) =>
    `The console runs only SELECT queries: this is ${article(keyword)} ${keyword} statement${withReason(reason)}.`,
  onlySelectContains: (keyword: string, reason: string | null, quoted: string) =>
    `The console runs only SELECT queries: this one contains ${keyword}${withReason(reason)}. (A column of that name is written in double quotes: ${quoted}.)`,
  cannotOpenFile: (file: string) =>
    `The console reads only the tables loaded on this page: it cannot open the file or address "${file}".`,
  extensionNotLoaded: (name: string, extension: string) =>
    `${name} comes from DuckDB's ${extension} extension, which this page does not load: the console reads only the tables loaded here.`,
  notSingleSelect:
    'The console runs only SELECT queries: the text given to query() is not a single SELECT statement.',
  permissionRefused: (message: string) =>
    `The console reads only the tables loaded on this page: DuckDB refused this (${message}).`,

  // The query in the link
  linkControlCharacters: 'The link cannot keep this query: it has control characters.',
  linkTooLong: (size: string) => `The link cannot keep this query: it is longer than ${size}.`,
  linkTooLongCompressed: (length: number, room: number) =>
    `The link cannot keep this query: compressed, it takes ${formatCount(length)} characters of the ${formatCount(room)} a link has room for.`,
  sqlzNotBase64: 'Ignored sqlz: not base64url.',
  sqlzNotCompressed: 'Ignored sqlz: not a compressed query (the link may have been cut short).',
  sqlzTooLong: (size: string) => `Ignored sqlz: the query it holds is longer than ${size}.`,
  sqlzNotUtf8: 'Ignored sqlz: the query it holds is not UTF-8 text.',
  sqlzEmpty: 'Ignored sqlz: the query it holds is empty.',
  sqlzControlCharacters: 'Ignored sqlz: the query it holds has control characters.',
};

export default en;
/** The "sql" messages in the interface's language: `sqlText().someKey` in markup or $derived. */
export const sqlText = messages('sql', en);
