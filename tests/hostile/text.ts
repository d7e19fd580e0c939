import { appendRecord, setCell, type HostileCase } from './case';

// The base package's rows: sources example-report-2017 (line 2, cited by estimates on lines 2 and 3),
// example-news-2019 (line 3, cited on lines 4 and 5); events un-2397 (line 2).

/** A text of exactly `length` characters made of words, so it wraps like prose. */
function prose(length: number): string {
  const text = 'Workers abroad, counted and recounted by sources that disagree. '
    .repeat(Math.ceil(length / 60))
    .slice(0, length - 1);
  return `${text}.`;
}

const CITING_REPORT = [
  'pkg/estimates.csv:2:source_id: "example-report-2017" refers to sources.csv line 2, which has a problem; fix that row',
  'pkg/estimates.csv:3:source_id: "example-report-2017" refers to sources.csv line 2, which has a problem; fix that row',
];
const CITING_NEWS = [
  'pkg/estimates.csv:4:source_id: "example-news-2019" refers to sources.csv line 3, which has a problem; fix that row',
  'pkg/estimates.csv:5:source_id: "example-news-2019" refers to sources.csv line 3, which has a problem; fix that row',
];

/** A sources.csv record for an odd title (added, never changed, so the render cases merge into one). */
function source(id: string, title: string): string[] {
  return [id, title, 'no', 'Example Odd Press', `https://example.org/odd/${id}`, '2018-05-01', ''];
}

/** An estimates.csv record of a 2018 figure citing `sourceId`, with a note. */
function figure(id: string, sourceId: string, country: string, note = ''): string[] {
  return [
    id,
    sourceId,
    country,
    '',
    'workers_present',
    '',
    '',
    '',
    '1234',
    'about',
    '2018',
    '2018',
    '2018',
    'Example Odd Desk',
    'media',
    'no',
    note,
  ];
}

export const textCases: HostileCase[] = [
  {
    name: 'nul-in-title',
    tries:
      'a NUL character inside a source title (it made every SVG holding the title unparseable)',
    patch: {
      'sources.csv': setCell('example-report-2017', 'title', 'Overseas\u0000labour report'),
    },
    verdict: [
      ...CITING_REPORT,
      'pkg/sources.csv:2:title: contains the control character U+0000 (null) at character 9; remove it',
      'pkg/: 3 files, 11 rows, 3 problems (3 rows dropped)',
    ],
  },
  {
    name: 'bell-in-publisher',
    tries: 'another C0 control character (BEL) inside a publisher',
    patch: { 'sources.csv': setCell('example-report-2017', 'publisher', 'Example\u0007Institute') },
    verdict: [
      ...CITING_REPORT,
      'pkg/sources.csv:2:publisher: contains the control character U+0007 at character 8; remove it',
      'pkg/: 3 files, 11 rows, 3 problems (3 rows dropped)',
    ],
  },
  {
    name: 'terminal-escape-in-estimator',
    tries:
      'a terminal colour escape sequence (ESC [31m) in an estimator, to colour data:check output',
    patch: {
      'estimates.csv': setCell('e-rus-2017-range', 'estimator', 'Example \u001b[31mInstitute'),
    },
    verdict: [
      'pkg/estimates.csv:2:estimator: contains the control character U+001B (escape) at character 9; remove it',
      'pkg/: 3 files, 11 rows, 1 problem (1 row dropped)',
    ],
  },
  {
    name: 'del-in-area-note',
    tries: 'the DEL control character inside an area note',
    patch: { 'estimates.csv': setCell('e-chn-2017-point', 'area_note', 'Liaoning\u007fprovince') },
    verdict: [
      'pkg/estimates.csv:3:area_note: contains the control character U+007F (delete) at character 9; remove it',
      'pkg/: 3 files, 11 rows, 1 problem (1 row dropped)',
    ],
  },
  {
    name: 'c1-in-note',
    tries: 'a C1 control character (NEL, U+0085) inside an event note',
    patch: { 'events.csv': setCell('un-2397', 'note', 'Set a 24-month\u0085deadline.') },
    verdict: [
      'pkg/events.csv:2:note: contains the control character U+0085 (next line) at character 15; remove it',
      'pkg/: 3 files, 11 rows, 1 problem (1 row dropped)',
    ],
  },
  {
    name: 'rlo-in-title',
    tries:
      'a right-to-left override in a source title, so "News report on workers in Russia" is shown reversed',
    patch: {
      'sources.csv': setCell(
        'example-news-2019',
        'title',
        'News report \u202eaissuR ni srekrow no',
      ),
    },
    verdict: [
      ...CITING_NEWS,
      'pkg/sources.csv:3:title: contains U+202E (right-to-left override) at character 13, which can show the text around it in another order than it is written; remove it',
      'pkg/: 3 files, 11 rows, 3 problems (3 rows dropped)',
    ],
  },
  {
    name: 'isolate-in-event-title',
    tries: 'a right-to-left isolate and its closing pop in an event title',
    patch: {
      'events.csv': setCell('un-2397', 'title', 'Resolution \u20677932\u2069 adopted'),
    },
    verdict: [
      'pkg/events.csv:2:title: contains U+2067 (right-to-left isolate) at character 12, which can show the text around it in another order than it is written; remove it',
      'pkg/: 3 files, 11 rows, 1 problem (1 row dropped)',
    ],
  },
  {
    name: 'zero-width-only-title',
    tries:
      'a required source title filled with a zero-width space only, so it looks filled and shows blank',
    patch: { 'sources.csv': setCell('example-report-2017', 'title', '\u200b') },
    verdict: [
      ...CITING_REPORT,
      'pkg/sources.csv:2:title: "\\u200b" holds nothing visible, only U+200B (zero-width space); title is required: write a value',
      'pkg/: 3 files, 11 rows, 3 problems (3 rows dropped)',
    ],
  },
  {
    name: 'invisible-only-estimator',
    tries: 'a required estimator made of zero-width joiner, word joiner and byte-order mark',
    patch: { 'estimates.csv': setCell('e-rus-2017-range', 'estimator', '\u200d\u2060\ufeff') },
    verdict: [
      'pkg/estimates.csv:2:estimator: "\\u200d\\u2060\\ufeff" holds nothing visible, only U+200D (zero-width joiner), U+2060 (word joiner), U+FEFF (zero-width no-break space); estimator is required: write a value',
      'pkg/: 3 files, 11 rows, 1 problem (1 row dropped)',
    ],
  },
  {
    name: 'hangul-filler-only-event-title',
    tries:
      'a required event title of one Hangul filler (U+3164), a blank character that is not a space',
    patch: { 'events.csv': setCell('un-2397', 'title', '\u3164') },
    verdict: [
      'pkg/events.csv:2:title: "\\u3164" holds nothing visible, only U+3164 (Hangul filler); title is required: write a value',
      'pkg/: 3 files, 11 rows, 1 problem (1 row dropped)',
    ],
  },
  {
    name: 'whitespace-only-publisher',
    tries: 'a required publisher of spaces only',
    patch: { 'sources.csv': setCell('example-report-2017', 'publisher', '   ') },
    verdict: [
      ...CITING_REPORT,
      'pkg/sources.csv:2:publisher: "   " holds only spaces; publisher is required: write a value',
      'pkg/: 3 files, 11 rows, 3 problems (3 rows dropped)',
    ],
  },
  {
    name: 'ideographic-space-only-estimator',
    tries: 'a required estimator of ideographic and em spaces only',
    patch: { 'estimates.csv': setCell('e-rus-2017-range', 'estimator', '\u3000\u2003') },
    verdict: [
      'pkg/estimates.csv:2:estimator: "　 " holds only spaces; estimator is required: write a value',
      'pkg/: 3 files, 11 rows, 1 problem (1 row dropped)',
    ],
  },
  {
    name: 'leading-space-title',
    tries: 'a source title with a leading space',
    patch: { 'sources.csv': setCell('example-report-2017', 'title', ' Overseas labour report') },
    verdict: [
      ...CITING_REPORT,
      'pkg/sources.csv:2:title: " Overseas labour report" has a leading space; remove it',
      'pkg/: 3 files, 11 rows, 3 problems (3 rows dropped)',
    ],
  },
  {
    name: 'trailing-space-publisher',
    tries: 'a publisher with a trailing no-break space',
    patch: {
      'sources.csv': setCell('example-report-2017', 'publisher', 'Example Institute\u00a0'),
    },
    verdict: [
      ...CITING_REPORT,
      'pkg/sources.csv:2:publisher: "Example Institute " has a trailing non-breaking space; remove it',
      'pkg/: 3 files, 11 rows, 3 problems (3 rows dropped)',
    ],
  },
  {
    name: 'trailing-zero-width-title',
    tries: 'a title ending in a zero-width space, so it differs from the same title without one',
    patch: {
      'sources.csv': setCell('example-report-2017', 'title', 'Overseas labour report\u200b'),
    },
    verdict: [
      ...CITING_REPORT,
      'pkg/sources.csv:2:title: "Overseas labour report\\u200b" has a trailing invisible character U+200B (zero-width space); remove it',
      'pkg/: 3 files, 11 rows, 3 problems (3 rows dropped)',
    ],
  },
  {
    name: 'space-before-formula',
    tries: 'a title " =HYPERLINK(…)": a citation trims it and starts with "="',
    patch: {
      'sources.csv': setCell(
        'example-report-2017',
        'title',
        ' =HYPERLINK("https://evil.example/","Overseas labour report")',
      ),
    },
    verdict: [
      ...CITING_REPORT,
      'pkg/sources.csv:2:title: " =HYPERLINK(\\"https://evil.example/\\",\\"Overseas labour repo…" has a leading space; remove it',
      'pkg/: 3 files, 11 rows, 3 problems (3 rows dropped)',
    ],
  },
  {
    name: 'line-break-before-formula',
    tries: 'an event title of a line break then "=1+1"',
    patch: { 'events.csv': setCell('un-2397', 'title', '\n=1+1') },
    verdict: [
      'pkg/events.csv:2:title: "\\n=1+1" has a leading line break; remove it',
      'pkg/: 3 files, 11 rows, 1 problem (1 row dropped)',
    ],
  },
  {
    name: 'zero-width-before-formula',
    tries: 'a note of a zero-width space then "@SUM(A1)"',
    patch: { 'estimates.csv': setCell('e-chn-2017-point', 'note', '\u200b@SUM(A1)') },
    verdict: [
      'pkg/estimates.csv:3:note: "\\u200b@SUM(A1)" has a leading invisible character U+200B (zero-width space); remove it',
      'pkg/: 3 files, 11 rows, 1 problem (1 row dropped)',
    ],
  },
  {
    name: 'tab-in-title',
    tries: 'a tab inside a source title (tabs are for notes only)',
    patch: { 'sources.csv': setCell('example-report-2017', 'title', 'Overseas\tlabour report') },
    verdict: [
      ...CITING_REPORT,
      'pkg/sources.csv:2:title: contains a tab, U+0009 (tab) at character 9; only notes may hold tabs: write a space',
      'pkg/: 3 files, 11 rows, 3 problems (3 rows dropped)',
    ],
  },
  {
    name: 'line-break-in-title',
    tries: 'a quoted line break inside a source title (only notes may span lines)',
    patch: { 'sources.csv': setCell('example-report-2017', 'title', 'Overseas\nlabour report') },
    verdict: [
      ...CITING_REPORT,
      'pkg/sources.csv:2:title: contains a line break, U+000A (line feed) at character 9; only notes may run over several lines: write it on one line',
      'pkg/: 3 files, 11 rows, 3 problems (3 rows dropped)',
    ],
  },
  {
    name: 'title-over-cap',
    tries: 'a source title of 501 characters, one over its cap',
    patch: { 'sources.csv': setCell('example-report-2017', 'title', prose(501)) },
    verdict: [
      ...CITING_REPORT,
      'pkg/sources.csv:2:title: is 501 characters long; the maximum is 500',
      'pkg/: 3 files, 11 rows, 3 problems (3 rows dropped)',
    ],
  },
  {
    name: 'note-of-50000-characters',
    tries: 'a 50,000-character note (it made a 5,132 px card)',
    patch: { 'estimates.csv': setCell('e-chn-2017-point', 'note', prose(50_000)) },
    verdict: [
      'pkg/estimates.csv:3:note: is 50000 characters long; the maximum is 2000',
      'pkg/: 3 files, 11 rows, 1 problem (1 row dropped)',
    ],
  },
  {
    name: 'url-over-cap',
    tries: 'a URL of 2,049 characters (a long unbroken q= parameter)',
    patch: {
      'sources.csv': setCell(
        'example-report-2017',
        'url',
        `https://example.org/search?q=${'a'.repeat(2049 - 29)}`,
      ),
    },
    verdict: [
      ...CITING_REPORT,
      'pkg/sources.csv:2:url: is 2049 characters long; the maximum is 2048',
      'pkg/: 3 files, 11 rows, 3 problems (3 rows dropped)',
    ],
  },
  {
    name: 'id-over-cap',
    tries: 'an event id of 81 characters',
    patch: { 'events.csv': setCell('un-2397', 'id', `un-${'2397-'.repeat(15)}end`.slice(0, 81)) },
    verdict: [
      'pkg/events.csv:2:id: is 81 characters long; the maximum is 80',
      'pkg/: 3 files, 11 rows, 1 problem (1 row dropped)',
    ],
  },
  {
    name: 'url-with-user-and-password',
    tries: 'a source URL with user:pass@ before the host, shown as a live link',
    patch: {
      'sources.csv': setCell(
        'example-report-2017',
        'url',
        'https://user:pass@example.org/reports/labour-2017',
      ),
    },
    verdict: [
      ...CITING_REPORT,
      'pkg/sources.csv:2:url: "https://user:pass@example.org/reports/labour-2017" has a user name or password before "@"; link to the address without them',
      'pkg/: 3 files, 11 rows, 3 problems (3 rows dropped)',
    ],
  },
  {
    name: 'url-with-user',
    tries:
      'a source URL whose "host" before the @ is a trusted name: https://example.org@evil.example/',
    patch: {
      'sources.csv': setCell('example-news-2019', 'url', 'https://example.org@evil.example/2019'),
    },
    verdict: [
      ...CITING_NEWS,
      'pkg/sources.csv:3:url: "https://example.org@evil.example/2019" has a user name or password before "@"; link to the address without them',
      'pkg/: 3 files, 11 rows, 3 problems (3 rows dropped)',
    ],
  },
  {
    name: 'odd-korean-title',
    tries: 'a source title in Korean, on a figure for China',
    patch: {
      'sources.csv': appendRecord(source('odd-korean', '해외 파견 노동자 실태 보고서')),
      'estimates.csv': appendRecord(figure('odd-korean-chn', 'odd-korean', 'CHN')),
    },
    verdict: ['pkg/: 3 files, 13 rows, no problems'],
    render: true,
  },
  {
    name: 'odd-russian-title',
    tries: 'a source title in Russian, on a figure for Russia',
    patch: {
      'sources.csv': appendRecord(source('odd-russian', 'Северокорейские рабочие в России')),
      'estimates.csv': appendRecord(figure('odd-russian-rus', 'odd-russian', 'RUS')),
    },
    verdict: ['pkg/: 3 files, 13 rows, no problems'],
    render: true,
  },
  {
    name: 'odd-japanese-event-title',
    tries: 'an event title in Japanese',
    patch: {
      'events.csv': appendRecord([
        'odd-japanese-event',
        '2018-03-01',
        '北朝鮮労働者の送還期限の発表',
        'example-un-panel',
        '',
      ]),
    },
    verdict: ['pkg/: 3 files, 12 rows, no problems'],
    render: true,
  },
  {
    name: 'odd-emoji-title',
    tries:
      'a source title with a flag, a family joined by ZWJ and a heart with its variation selector',
    patch: {
      'sources.csv': appendRecord(source('odd-emoji', '🇰🇵 Overseas labour report 👩‍👩‍👧 ❤️')),
      'estimates.csv': appendRecord(figure('odd-emoji-wld', 'odd-emoji', 'WLD')),
    },
    verdict: ['pkg/: 3 files, 13 rows, no problems'],
    render: true,
  },
  {
    name: 'odd-arabic-title-with-marks',
    tries:
      'an Arabic title with right-to-left and left-to-right marks inside (allowed: they reorder no letters)',
    patch: {
      'sources.csv': appendRecord(source('odd-arabic', 'تقرير العمال\u200f (UN) \u200eفي الخارج')),
      'estimates.csv': appendRecord(figure('odd-arabic-qat', 'odd-arabic', 'QAT')),
    },
    verdict: ['pkg/: 3 files, 13 rows, no problems'],
    render: true,
  },
  {
    name: 'odd-tab-in-note',
    tries: 'a tab inside a figure note',
    patch: {
      'estimates.csv': appendRecord(
        figure('odd-tab-mng', 'example-report-2017', 'MNG', 'Counts factory workers\tonly.'),
      ),
    },
    verdict: ['pkg/: 3 files, 12 rows, no problems'],
    render: true,
  },
  {
    name: 'odd-title-at-cap',
    tries: 'a source title of exactly 500 characters of words, its cap',
    patch: {
      'sources.csv': appendRecord(source('odd-long-title', prose(500))),
      'estimates.csv': appendRecord(figure('odd-long-title-chn', 'odd-long-title', 'CHN')),
    },
    verdict: ['pkg/: 3 files, 13 rows, no problems'],
    render: true,
  },
  {
    name: 'odd-note-at-cap-over-lines',
    tries: 'a figure note of exactly 2,000 characters in two paragraphs',
    patch: {
      'estimates.csv': appendRecord(
        figure('odd-long-note-rus', 'example-report-2017', 'RUS', `${prose(999)}\n\n${prose(999)}`),
      ),
    },
    verdict: ['pkg/: 3 files, 12 rows, no problems'],
    render: true,
  },
];
