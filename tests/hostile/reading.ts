import { setCell, type HostileCase } from './case';

/** Text written one byte per character, as a Windows-1252 or Latin-1 editor saves it. */
const latin1 = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0));

/** The file with its line ends alternating between CRLF and LF, as two editors might leave it. */
const mixedLineEnds = (text: string) =>
  text
    .split('\n')
    .map((line, index) => (index % 2 === 0 && line !== '' ? `${line}\r` : line))
    .join('\n');

export const readingCases: HostileCase[] = [
  {
    name: 'not-utf8-in-one-row',
    tries:
      'a publisher saved as Windows-1252: that source alone is refused, at its line and character',
    patch: {
      'sources.csv': (text) =>
        latin1(setCell('example-news-2019', 'publisher', 'Agence Générale')(text)),
    },
    verdict: [
      'pkg/estimates.csv:4:source_id: "example-news-2019" matches no id in sources.csv',
      'pkg/estimates.csv:5:source_id: "example-news-2019" matches no id in sources.csv',
      'pkg/sources.csv:3:publisher: byte 0xE9 at line 3, character 64 is not UTF-8 (and 1 more in this row); save the file as UTF-8',
      'pkg/: 3 files, 11 rows, 3 problems (3 rows dropped)',
    ],
  },
  {
    name: 'not-utf8-in-the-descriptor',
    tries: 'a descriptor saved as Latin-1: refused at its line, not read as mojibake',
    patch: {
      'datapackage.json': (text) => latin1(text.replace('"title"', '"titré"')),
    },
    verdict: [
      'pkg/datapackage.json:4:-: byte 0xE9 at line 4, character 8 is not UTF-8; save the file as UTF-8',
      'pkg/: 0 files, 0 rows, 1 problem (0 rows dropped)',
    ],
  },
  {
    name: 'utf-16',
    tries:
      'a file saved as UTF-16 ("Unicode text"): one plain message, not a NUL in every column name',
    patch: {
      'events.csv': (text) => new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]),
    },
    verdict: [
      'pkg/events.csv:0:-: cannot read file: it is UTF-16, not UTF-8; save it as CSV UTF-8',
      'pkg/: 3 files, 9 rows, 1 problem (0 rows dropped)',
    ],
  },
  {
    name: 'mixed-line-ends',
    tries: 'LF and CRLF line ends in one file: every row read, none with a stray CR',
    patch: { 'estimates.csv': mixedLineEnds, 'sources.csv': mixedLineEnds },
    verdict: ['pkg/: 3 files, 11 rows, no problems'],
  },
  {
    name: 'cr-line-ends',
    tries: 'a file with classic Mac line ends (CR only)',
    patch: { 'events.csv': (text) => text.replaceAll('\n', '\r') },
    verdict: ['pkg/: 3 files, 11 rows, no problems'],
  },
];
