import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayDir } from '../../src/cli/check-data';
import { checkPackageDir } from '../../src/lib/data/packageDir';
import { generatePackage } from '../../src/cli/generate-rows';
import {
  cellParser,
  CellError,
  formulaProblem,
  htmlProblem,
  httpUrlProblem,
  isFreeText,
  isNote,
} from '../../src/lib/data/cells';
import { parseCsv } from '../../src/lib/data/csv';
import {
  dateFormatProblem,
  dateForms,
  dateRangeProblem,
  impossibleDate,
} from '../../src/lib/data/dates';
import { quote } from '../../src/lib/data/problem';
import { dataPackage, type Field } from '../../src/lib/data/schema';
import { formatProblem, validatePackage, type Problem } from '../../src/lib/data/validate';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CURRENT_YEAR = 2026;
const TODAY = '2026-12-04';

const at = (problem: Problem) => `${problem.file}:${problem.line}:${problem.column}`;

async function readValidFixture(
  directory = 'valid',
): Promise<{ descriptor: unknown; files: Record<string, string> }> {
  const read = (name: string) => readFile(join(FIXTURES, directory, name), 'utf8');
  return {
    descriptor: JSON.parse(await read('datapackage.json')),
    files: {
      'sources.csv': await read('sources.csv'),
      'estimates.csv': await read('estimates.csv'),
      'events.csv': await read('events.csv'),
    },
  };
}

describe('invalid fixtures: one per rule, each reported at FILE:LINE:COLUMN with its message', () => {
  // [fixture directory under tests/fixtures/invalid, every problem as FILE:LINE:COLUMN: message]
  const cases: [string, unknown[]][] = [
    ['blank-line', ['sources.csv:4:-: blank line; remove it']],
    [
      'boolean',
      [
        'estimates.csv:2:source_id: "example-report-2017" refers to sources.csv line 2, which has a problem; fix that row',
        'estimates.csv:3:source_id: "example-report-2017" refers to sources.csv line 2, which has a problem; fix that row',
        'sources.csv:2:title_is_descriptive: "No" is not yes or no',
      ],
    ],
    [
      'categories',
      [
        'estimates.csv:2:measure: "workers" is not a category of measure; expected one of: workers_present, presence_reported',
      ],
    ],
    [
      'country-lowercase',
      ['estimates.csv:2:country: "rus" is in lower case; write it in capitals: RUS'],
    ],
    [
      'country-name',
      ['estimates.csv:3:country: "China" is a country name; write its ISO code CHN'],
    ],
    ['country', ['estimates.csv:3:country: "XYZ" is not an ISO 3166-1 alpha-3 code or WLD']],
    ['crlf-bom', ['estimates.csv:8:country: "usa" is in lower case; write it in capitals: USA']],
    [
      'date-format',
      [
        'events.csv:2:date: "22/12/2017" is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD; write 2017-12-22',
      ],
    ],
    ['date-impossible', ['events.csv:3:date: "2025-13-45" is not a date: month 13 does not exist']],
    [
      'descriptor-invalid-json',
      [
        'datapackage.json:6:licenses[0].path: line 6, character 47: not valid JSON: a string is not closed',
      ],
    ],
    ['descriptor-missing', ['datapackage.json:0:-: cannot read file: no such file']],
    [
      'descriptor-unsupported',
      [
        'datapackage.json:0:resources[2].schema.fields[1].type: unsupported field type "datetime"; expected one of string, integer, number, boolean, date',
      ],
    ],
    [
      'empty-file',
      ['events.csv:1:-: the file has no header row; expected: id,date,title,source_id,note'],
    ],
    [
      'encoding',
      [
        'events.csv:2:note: byte 0xE9 at line 2, character 129 is not UTF-8; save the file as UTF-8',
      ],
    ],
    [
      'figure-missing',
      ['estimates.csv:5:point: no figure: expected a point, a low and high, or a qualifier'],
    ],
    ['foreign-key', ['estimates.csv:4:source_id: "no-such-source" matches no id in sources.csv']],
    [
      'formula',
      [
        'estimates.csv:6:source_id: "example-un-panel" refers to sources.csv line 4, which has a problem; fix that row',
        'estimates.csv:8:source_id: "example-un-panel" refers to sources.csv line 4, which has a problem; fix that row',
        'events.csv:2:source_id: "example-un-panel" refers to sources.csv line 4, which has a problem; fix that row',
        'events.csv:3:source_id: "example-un-panel" refers to sources.csv line 4, which has a problem; fix that row',
        'sources.csv:4:note: text starts with "=", which a spreadsheet may run as a formula; start it with another character',
      ],
    ],
    ['header-duplicate', ['events.csv:1:note: duplicate column "note" (also column 5)']],
    [
      'header-missing',
      [
        'estimates.csv:1:measure_detail: missing column "measure_detail" (the schema puts it after "measure")',
      ],
    ],
    [
      'header-order',
      [
        'events.csv:1:title: column "title" is out of order; expected the columns id,date,title,source_id,note',
      ],
    ],
    [
      'header-unknown',
      [
        'sources.csv:1:language: unknown column "language"; expected the columns id,title,title_is_descriptive,publisher,url,published,note',
      ],
    ],
    [
      'html',
      [
        'estimates.csv:2:source_id: "example-report-2017" refers to sources.csv line 2, which has a problem; fix that row',
        'estimates.csv:3:source_id: "example-report-2017" refers to sources.csv line 2, which has a problem; fix that row',
        'sources.csv:2:title: contains an HTML tag ("<script>"); write plain text',
      ],
    ],
    [
      'integer',
      [
        'estimates.csv:3:point: "50,000" is not an integer (write digits only: no separators, spaces or decimals)',
      ],
    ],
    ['low-above-high', ['estimates.csv:2:low: low (90000) is greater than high (50000)']],
    ['maximum', ['estimates.csv:3:point: 50000000 is greater than the maximum 10000000']],
    ['minimum', ['estimates.csv:2:low: -5 is less than the minimum 0']],
    [
      'multiline-cells',
      ['estimates.csv:8:country: "usa" is in lower case; write it in capitals: USA'],
    ],
    [
      'multiple-problems',
      [
        'estimates.csv:2:country: "XYZ" is not an ISO 3166-1 alpha-3 code or WLD',
        'estimates.csv:3:point: "abc" is not an integer',
        'estimates.csv:4:estimator_type: "blogger" is not a category of estimator_type; expected one of: government, intergovernmental, ngo_research, academic, media',
      ],
    ],
    ['pattern', ['events.csv:2:id: "UN 2397" does not match the pattern [a-z0-9][a-z0-9-]*']],
    [
      'period-years',
      [
        'estimates.csv:2:ref_year_start: ref_year_start is 2017, but ref_period "2019" starts in 2019; make them agree',
      ],
    ],
    [
      'point-and-range',
      [
        'estimates.csv:2:point: both point and low/high are filled; write one figure in point or a range in low and high, not both',
      ],
    ],
    [
      'presence-with-number',
      [
        'estimates.csv:6:point: presence_reported is for a report with no number, but point is 300; empty it, or choose the measure the number counts',
      ],
    ],
    ['primary-key', ['events.csv:3:id: duplicate primary key id "un-2397" (first on line 2)']],
    [
      'qualifier-without-number',
      [
        'estimates.csv:4:low: qualifier "more than" needs a number, but low, high and point are empty; write it in low',
      ],
    ],
    [
      'quotation',
      [
        'estimates.csv:3:note: the passage in quotation marks "workers were sent to factories across the province" looks copied from the source; write it in your own words',
      ],
    ],
    [
      'ragged-long',
      ['estimates.csv:5:-: row has 18 cells; the header has 17 (is a comma outside quotes?)'],
    ],
    [
      'ragged-short',
      ['events.csv:3:note: row has 4 cells; the header has 5 (cells from "note" on are missing)'],
    ],
    [
      'range-incomplete',
      [
        'estimates.csv:2:high: high is missing: a range needs both low and high, and low alone (20000) needs the qualifier more than or at least',
      ],
    ],
    [
      'ref-years-order',
      ['estimates.csv:2:ref_year_start: ref_year_start (2018) is after ref_year_end (2017)'],
    ],
    [
      'region-missing',
      [
        'estimates.csv:4:region: area_note "China and Malaysia" names several countries, so this WLD figure is not worldwide; fill region with one of: Africa, Eastern Europe, European Union, Gulf states, Middle East, South-East Asia',
      ],
    ],
    [
      'region-not-world',
      [
        'estimates.csv:3:region: region "Middle East" is only for WLD rows; this row\'s country is CHN',
      ],
    ],
    ['required', ['estimates.csv:2:estimator: missing value: estimator is required']],
    [
      'semicolons',
      [
        'estimates.csv:1:-: the file is separated by semicolons; save it as comma-separated CSV (UTF-8)',
      ],
    ],
    ['spaces', ['estimates.csv:3:area_note: "Liaoning province " has a trailing space; remove it']],
    [
      'unclosed-quote',
      [
        'events.csv:3:note: a quoted cell is never closed: its opening " runs to the end of the file',
      ],
    ],
    ['unique', ['estimates.csv:4:id: duplicate id "e-rus-2017-range" (first on line 2)']],
    ['unreadable', ['events.csv:0:-: cannot read file: no such file']],
    [
      'url-scheme',
      [
        'estimates.csv:4:source_id: "example-news-2019" refers to sources.csv line 3, which has a problem; fix that row',
        'estimates.csv:5:source_id: "example-news-2019" refers to sources.csv line 3, which has a problem; fix that row',
        'sources.csv:3:url: "javascript:alert(1)" is not an http or https URL; expected an http:// or https:// address',
      ],
    ],
    ['year-range', ['estimates.csv:3:ref_year_end: 2999 is not a year from 1945 to 2026']],
  ];

  it.each(cases)('%s', async (fixture, lines) => {
    const { problems } = await checkPackageDir(join(FIXTURES, 'invalid', fixture), {
      currentYear: CURRENT_YEAR,
    });
    expect(problems.map(formatProblem)).toEqual(lines);
  });

  it('covers every fixture directory', async () => {
    const { readdir } = await import('node:fs/promises');
    const directories = (await readdir(join(FIXTURES, 'invalid'))).sort();
    expect(cases.map(([fixture]) => fixture).sort()).toEqual(directories);
  });
});

describe('validatePackage', () => {
  it('finds no problem in the valid fixture and types every cell', async () => {
    const { descriptor, files } = await readValidFixture();
    const { problems, tables, dropped } = validatePackage(descriptor, files, {
      currentYear: CURRENT_YEAR,
    });
    expect(problems).toEqual([]);
    expect(dropped).toEqual([]);
    expect([tables.sources.length, tables.estimates.length, tables.events.length]).toEqual([
      3, 6, 2,
    ]);
    expect(tables.estimates[0]).toMatchObject({
      low: 20000,
      high: 30000,
      point: null,
      area_note: null,
      primary: true,
    });
    expect(tables.sources[1]).toMatchObject({
      title_is_descriptive: true,
      published: '2019-03-14',
    });
    expect(tables.estimates[4]!.note).toBe(
      'Presence reported without a number.\nThe panel names two sites, one "near the border".',
    );
  });

  it('keeps dropped rows out of the tables, and reports each row citing a dropped source', async () => {
    const { descriptor, files } = await readValidFixture();
    const badUrl = files['sources.csv']!.replace(
      'https://news.example.com/2019/workers?page=2',
      'javascript:alert(1)',
    );
    const result = validatePackage(
      descriptor,
      { ...files, 'sources.csv': badUrl },
      { currentYear: CURRENT_YEAR },
    );
    expect(result.problems.map(at)).toEqual([
      'estimates.csv:4:source_id',
      'estimates.csv:5:source_id',
      'sources.csv:3:url',
    ]);
    expect(result.dropped.map(({ file, line }) => `${file}:${line}`)).toEqual([
      'estimates.csv:4',
      'estimates.csv:5',
      'sources.csv:3',
    ]);
    expect(result.dropped[0]!.reasons).toEqual([
      'source_id: "example-news-2019" refers to sources.csv line 3, which has a problem; fix that row',
    ]);
    expect(result.tables.sources.map((source) => source.id)).not.toContain('example-news-2019');
    expect(result.tables.estimates.map((estimate) => estimate.source_id)).not.toContain(
      'example-news-2019',
    );
    expect(result.tables.estimates).toHaveLength(4);
  });

  it('reports every bad cell, sorted by file then line, and drops each of their rows', async () => {
    const { descriptor, files } = await readValidFixture();
    const estimates = files['estimates.csv']!.replace(
      ',RUS,,workers_present,',
      ',RUS,,nope,',
    ).replace('Example News,media,no,\ne-qat', 'Example News,media,maybe,\ne-qat');
    const events = files['events.csv']!.replace('un-2397,2017-12-22', 'Un 2397,2017-12-22');
    const result = validatePackage(descriptor, {
      ...files,
      'estimates.csv': estimates,
      'events.csv': events,
    });
    expect(result.problems.map(at)).toEqual([
      'estimates.csv:2:measure',
      'estimates.csv:4:primary',
      'events.csv:2:id',
    ]);
    expect(result.tables.estimates.map((estimate) => estimate.id)).not.toContain(
      'e-rus-2017-range',
    );
    expect(result.tables.estimates.map((estimate) => estimate.id)).not.toContain('e-wld-2019');
    expect(result.tables.events).toHaveLength(1);
  });

  it.each([
    [null, undefined, 'events.csv:0:-: cannot read file'],
    [null, 'permission denied', 'events.csv:0:-: cannot read file: permission denied'],
  ])('reports an unreadable file as a whole-file problem (%s, %s)', async (text, reason, line) => {
    const { descriptor, files } = await readValidFixture();
    const readErrors: Record<string, string> = reason ? { 'events.csv': reason } : {};
    const result = validatePackage(descriptor, { ...files, 'events.csv': text }, { readErrors });
    expect(result.problems.map(formatProblem)).toEqual([line]);
    expect(result.tables.events).toEqual([]);
    expect(result.tables.estimates).toHaveLength(6);
  });

  it('drops every row that cites a file that could not be read', async () => {
    const { descriptor, files } = await readValidFixture();
    const result = validatePackage(descriptor, { ...files, 'sources.csv': null });
    expect(result.problems.map(at)).toEqual(['sources.csv:0:-']);
    expect(result.tables.estimates).toEqual([]);
    expect(result.dropped).toHaveLength(8);
  });

  it.each([
    ['20000,', 'more than', []],
    ['20000,', 'at least', []],
    [',20000', 'up to', []],
    [',20000', 'about', ['estimates.csv:2:low']],
    ['20000,', 'up to', ['estimates.csv:2:high']],
  ])(
    'accepts a one-sided figure only with a bound qualifier (low,high = %s; %s)',
    async (cells, qualifier, expected) => {
      const { descriptor, files } = await readValidFixture();
      const estimates = files['estimates.csv']!.replace(
        ',20000,30000,,range,',
        `,${cells},,${qualifier},`,
      );
      expect(estimates).not.toEqual(files['estimates.csv']);
      const result = validatePackage(descriptor, { ...files, 'estimates.csv': estimates });
      expect(result.problems.map(at)).toEqual(expected);
    },
  );

  it('reports a ragged row and types the cells it has', async () => {
    const { descriptor, files } = await readValidFixture();
    const events = files['events.csv']!.replace(
      'repatriation-deadline,2019-12-22,',
      'repatriation-deadline,2019/12/22,',
    ).replace('example-un-panel,\n', 'example-un-panel\n');
    const result = validatePackage(descriptor, { ...files, 'events.csv': events });
    expect(result.problems.map(formatProblem)).toEqual([
      'events.csv:3:note: row has 4 cells; the header has 5 (cells from "note" on are missing)',
      'events.csv:3:date: "2019/12/22" is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD; write 2019-12-22',
    ]);
  });

  it('refuses a malformed descriptor without looking at the files', () => {
    const result = validatePackage(
      { resources: [{ name: 'x', path: '../x.csv', schema: { fields: [] } }] },
      {},
    );
    expect(result.problems.map(formatProblem)).toEqual([
      'datapackage.json:0:resources[0].path: expected a relative file path inside the package directory (no URL, no "..")',
      'datapackage.json:0:resources[0].schema.fields: expected a non-empty array of fields',
    ]);
    expect(result.tables).toEqual({ sources: [], estimates: [], events: [] });
  });

  it('never throws, whatever the files hold', async () => {
    const { descriptor, files } = await readValidFixture();
    const csvish = fc.stringMatching(/^[a-z0-9,"\r\n =<>:@-]{0,200}$/);
    fc.assert(
      fc.property(csvish, csvish, fc.nat(files['estimates.csv']!.length), (noise, head, cut) => {
        const estimates = files['estimates.csv']!.slice(0, cut) + noise;
        const result = validatePackage(descriptor, {
          ...files,
          'estimates.csv': estimates,
          'events.csv': head,
        });
        const lineCount = estimates.split(/\r\n|\r|\n/).length;
        for (const problem of result.problems.filter(
          (problem) => problem.file === 'estimates.csv',
        )) {
          expect(problem.line).toBeGreaterThanOrEqual(1);
          expect(problem.line).toBeLessThanOrEqual(lineCount);
        }
        const rows =
          result.tables.estimates.length +
          result.dropped.filter((row) => row.file === 'estimates.csv').length;
        expect(rows).toBeLessThan(lineCount);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.jsonValue(), (value) => void validatePackage(value, files)),
      { numRuns: 300 },
    );
  });
});

/** The problems of the valid fixture with one piece of text in one file replaced. */
async function problemsWith(
  file: string,
  search: string,
  replacement: string,
  directory = 'valid',
): Promise<string[]> {
  const { descriptor, files } = await readValidFixture(directory);
  const text = files[file]!.replace(search, replacement);
  expect(text).not.toBe(files[file]);
  const result = validatePackage(
    descriptor,
    { ...files, [file]: text },
    { currentYear: CURRENT_YEAR, today: TODAY },
  );
  return result.problems.map(formatProblem);
}

describe('messages that name the cause and the fix', () => {
  it.each([
    ['Russia', '"Russia" is a country name; write its ISO code RUS'],
    ['russia', '"russia" is a country name; write its ISO code RUS'],
    ['RUSSIA', '"RUSSIA" is a country name; write its ISO code RUS'],
    ['Russian Federation', '"Russian Federation" is a country name; write its ISO code RUS'],
    ['Laos', '"Laos" is a country name; write its ISO code LAO'],
    ['DR Congo', '"DR Congo" is a country name; write its ISO code COD'],
    ['United Arab Emirates', '"United Arab Emirates" is a country name; write its ISO code ARE'],
    ['UAE', '"UAE" is a country name; write its ISO code ARE'],
    ['PRC', '"PRC" is a country name; write its ISO code CHN'],
    ['the United Kingdom', '"the United Kingdom" is a country name; write its ISO code GBR'],
    ['rus', '"rus" is in lower case; write it in capitals: RUS'],
    ['Chn', '"Chn" is in lower case; write it in capitals: CHN'],
    ['wld', '"wld" is in lower case; write it in capitals: WLD'],
    ['RU', '"RU" is a two-letter code; write the three-letter ISO code RUS'],
    ['World', '"World" is not a code; write WLD for a worldwide figure'],
    ['XYZ', '"XYZ" is not an ISO 3166-1 alpha-3 code or WLD'],
    ['Atlantis', '"Atlantis" does not match the pattern [A-Z]{3}'],
  ])('country %j', async (country, message) => {
    expect(
      await problemsWith(
        'estimates.csv',
        ',example-report-2017,CHN,',
        `,example-report-2017,${country},`,
      ),
    ).toEqual([`estimates.csv:3:country: ${message}`]);
  });

  const anyPrecision = 'is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD';
  it.each([
    [
      '03/12/2024',
      `"03/12/2024" ${anyPrecision}; write 2024-12-03 (3 December 2024) or 2024-03-12 (12 March 2024), whichever is meant`,
    ],
    ['25/12/2024', `"25/12/2024" ${anyPrecision}; write 2024-12-25`],
    ['12/25/2024', `"12/25/2024" ${anyPrecision}; write 2024-12-25`],
    ['12.03.2024', `"12.03.2024" ${anyPrecision}; write 2024-03-12`],
    ['2024/03/12', `"2024/03/12" ${anyPrecision}; write 2024-03-12`],
    ['2024.3', `"2024.3" ${anyPrecision}; write 2024-03`],
    ['2024-3-5', `"2024-3-5" ${anyPrecision}; write 2024-03-05`],
    ['March 2024', `"March 2024" ${anyPrecision}; write 2024-03`],
    ['mar. 2024', `"mar. 2024" ${anyPrecision}; write 2024-03`],
    ['12 March 2024', `"12 March 2024" ${anyPrecision}; write 2024-03-12`],
    ['March 12, 2024', `"March 12, 2024" ${anyPrecision}; write 2024-03-12`],
    ['03/2024', `"03/2024" ${anyPrecision}; write 2024-03`],
    ['2024-03-12 00:00:00', `"2024-03-12 00:00:00" ${anyPrecision}; write 2024-03-12`],
    ['31/02/2024', `"31/02/2024" ${anyPrecision}`],
    ['spring 2024', `"spring 2024" ${anyPrecision}`],
  ])('date %j in a field that takes any precision', (text, message) => {
    expect(dateFormatProblem(text, ['YYYY', 'YYYY-MM', 'YYYY-MM-DD'])).toBe(message);
  });

  it.each([
    ['March 2024', '"March 2024" is not a date in the form YYYY-MM-DD'],
    ['12 March 2024', '"12 March 2024" is not a date in the form YYYY-MM-DD; write 2024-03-12'],
    ['2024-02-30', '"2024-02-30" is not a date: February 2024 has 29 days'],
    ['2024-02-29', '2024-02-29'],
  ])('date %j in a date field', (text, expected) => {
    const value = cellParser({ name: 'd', type: 'date' }, { fields: [] })(text);
    expect(value instanceof CellError ? value.message : value).toBe(expected);
  });

  it.each([
    ['2025-13-45', '"2025-13-45" is not a date: month 13 does not exist'],
    ['2025-00', '"2025-00" is not a date: month 00 does not exist'],
    ['2025-02-29', '"2025-02-29" is not a date: February 2025 has 28 days'],
    ['2024-04-31', '"2024-04-31" is not a date: April 2024 has 30 days'],
    ['2024-01-00', '"2024-01-00" is not a date: day 00 does not exist'],
    ['2024-02-29', null],
    ['2024-12', null],
    ['2024', null],
  ])('impossible date %j', (text, message) => {
    expect(impossibleDate(text)).toBe(message);
  });

  it.each<[Field, string[] | null]>([
    [{ name: 'd', type: 'date' }, ['YYYY-MM-DD']],
    [
      { name: 'd', type: 'string', constraints: { pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?' } },
      ['YYYY', 'YYYY-MM', 'YYYY-MM-DD'],
    ],
    [
      { name: 'd', type: 'string', constraints: { pattern: '\\d{4}-\\d{2}-\\d{2}' } },
      ['YYYY-MM-DD'],
    ],
    [{ name: 'id', type: 'string', constraints: { pattern: '[a-z0-9][a-zA-Z0-9.-]*' } }, null],
    [{ name: 'year', type: 'string', constraints: { pattern: '\\d{4}' } }, null],
    [{ name: 'note', type: 'string' }, null],
  ])('date forms of %j', (field, forms) => {
    expect(dateForms(field)).toEqual(forms);
  });

  it.each([
    [' Russia', '" Russia" has a leading space; remove it'],
    ['Russia ', '"Russia " has a trailing space; remove it'],
    [' Russia ', '" Russia " has a leading space and a trailing space; remove them'],
    ['\tRussia', '"\\tRussia" has a leading tab; remove it'],
    ['Russia\u00a0', '"Russia\u00a0" has a trailing non-breaking space; remove it'],
    ['Two lines\n', '"Two lines\\n" has a trailing line break; remove it'],
    ['   ', '"   " holds only spaces; empty the cell or write a value'],
  ])('spaces in %j', async (text, message) => {
    const csvCell = `"${text}"`;
    expect(await problemsWith('estimates.csv', ',Liaoning province,', `,${csvCell},`)).toEqual([
      `estimates.csv:3:area_note: ${message}`,
    ]);
  });

  it('reports spaces in a number cell before its type', async () => {
    expect(await problemsWith('estimates.csv', ',50000,about,', ',50000 ,about,')).toEqual([
      'estimates.csv:3:point: "50000 " has a trailing space; remove it',
    ]);
  });

  // Line 2 is a 2017 range: ref_period, ref_year_start, ref_year_end replaced.
  it.each([
    ['2017-2019', '2017', '2019', []],
    ['2019-03', '2019', '2019', []],
    ['2024 (Q2 only)', '2024', '2024', []],
    ['2019-Q1', '2019', '2019', []],
    ['2017-12-22 to 2019-03', '2017', '2019', []],
    ['2019 (second half)', '2019', '2019', []],
    ['before 2017', '', '', []],
    ['peak (before 2017)', '', '', []],
    ['peak before 2017-2019 sanctions', '', '', []],
    ['2019 to article year', '', '', []],
    ['before 2018 (typical year)', '2016', '2017', []],
    [
      '2019',
      '2017',
      '2019',
      [
        'estimates.csv:2:ref_year_start: ref_year_start is 2017, but ref_period "2019" starts in 2019; make them agree',
      ],
    ],
    [
      '2017-2019',
      '2017',
      '2018',
      [
        'estimates.csv:2:ref_year_end: ref_year_end is 2018, but ref_period "2017-2019" ends in 2019; make them agree',
      ],
    ],
    [
      '2020',
      '2017',
      '2017',
      [
        'estimates.csv:2:ref_year_start: ref_year_start is 2017, but ref_period "2020" starts in 2020; make them agree',
        'estimates.csv:2:ref_year_end: ref_year_end is 2017, but ref_period "2020" ends in 2020; make them agree',
      ],
    ],
  ])('ref_period %j with years %s–%s', async (period, start, end, expected) => {
    expect(
      await problemsWith(
        'estimates.csv',
        ',range,2017,2017,2017,',
        `,range,${period},${start},${end},`,
      ),
    ).toEqual(expected);
  });

  // Line 4 is "more than 100000" as a point: its figure and qualifier replaced.
  it.each([
    ['', '', 'more than', 'low', 'write it in low'],
    ['', '', 'at least', 'low', 'write it in low'],
    ['', '', 'up to', 'high', 'write it in high'],
    ['', '', 'about', 'point', 'write it in point'],
    ['', '', 'exactly', 'point', 'write it in point'],
    ['', '', 'range', 'low', 'write it in low and high'],
  ])('low %j, point %j with qualifier %j', async (low, point, qualifier, column, fix) => {
    expect(
      await problemsWith(
        'estimates.csv',
        ',,,100000,more than,',
        `,${low},,${point},${qualifier},`,
      ),
    ).toEqual([
      `estimates.csv:4:${column}: qualifier "${qualifier}" needs a number, but low, high and point are empty; ${fix}`,
    ]);
  });

  it.each([
    ['', '', 'thousands', []],
    [
      '90000',
      '100000',
      'more than',
      [
        'estimates.csv:4:point: both point and low/high are filled; write one figure in point or a range in low and high, not both',
      ],
    ],
  ])('low %j, point %j with qualifier %j', async (low, point, qualifier, expected) => {
    expect(
      await problemsWith(
        'estimates.csv',
        ',,,100000,more than,',
        `,${low},,${point},${qualifier},`,
      ),
    ).toEqual(expected);
  });

  it('says which number a presence report should not have', async () => {
    expect(
      await problemsWith(
        'estimates.csv',
        ',presence_reported,,,,,,2020,',
        ',presence_reported,,40,60,,,2020,',
      ),
    ).toEqual([
      'estimates.csv:6:low: presence_reported is for a report with no number, but low is 40; empty it, or choose the measure the number counts',
    ]);
  });

  // Line 4 of region-not-world (with line 3's region emptied) is a WLD figure: its area_note and
  // region replaced.
  const regions =
    'Africa, Eastern Europe, European Union, Gulf states, Middle East, South-East Asia';
  it.each([
    ['China and Malaysia', '', 'several countries'],
    ['workers in the PRC and Russia', '', 'several countries'],
    ['Yanbian Silverstar (China) and Volasys Silverstar (Russia)', '', 'several countries'],
    ['Gulf states', '', 'a region'],
    ['Middle East (regional subtotal)', '', 'a region'],
    ['Gulf (Kuwait, UAE, Qatar, Oman)', '', 'a region'],
    ['two DPRK-controlled companies', '', 'a company'],
    ['Korea Computer Center (KCC) alone', '', 'a company'],
    ['China and Malaysia', 'Middle East', null],
    ['45 countries', '', null],
    ['China, Russia and others', '', null],
    ['workers in China, Russia and elsewhere', '', null],
    ['mainly China and Russia', '', null],
    ['primarily Russia and China', '', null],
    ['Russia 30k, Middle East 15k, Africa 8k', '', null],
    ['China ~50,000, Russia ~30,000', '', null],
    ['80% in Russia or China', '', null],
    ['Siberia, China, SE Asia, Middle East, Africa', '', null],
    ['IT workers abroad (China, Vietnam, Nepal named)', '', null],
    ['countries named by US government as hosting NK workers', '', null],
    ['plus some in DPRK', '', null],
    ['Russia', '', null],
  ])('WLD area_note %j with region %j', async (note, region, named) => {
    const { descriptor, files } = await readValidFixture('invalid/region-not-world');
    const estimates = files['estimates.csv']!.replace(
      'province,Middle East,',
      'province,,',
    ).replace(
      'e-wld-2019,example-news-2019,WLD,,,',
      `e-wld-2019,example-news-2019,WLD,"${note}",${region},`,
    );
    const result = validatePackage(descriptor, { ...files, 'estimates.csv': estimates });
    expect(result.problems.map(formatProblem)).toEqual(
      named === null
        ? []
        : [
            `estimates.csv:4:region: area_note "${note}" names ${named}, so this WLD figure is not worldwide; fill region with one of: ${regions}`,
          ],
    );
  });

  it('names the region categories the schema has when it is checked', async () => {
    const { descriptor, files } = await readValidFixture('invalid/region-not-world');
    const schema = (descriptor as typeof dataPackage).resources[1]!.schema;
    const region = schema.fields.find((field) => field.name === 'region')!;
    region.categories = ['Middle East', 'Named countries', 'Named companies'];
    const estimates = files['estimates.csv']!.replace(
      'province,Middle East,',
      'province,,',
    ).replace(
      'e-wld-2019,example-news-2019,WLD,,,',
      'e-wld-2019,example-news-2019,WLD,China and Malaysia,,',
    );
    const result = validatePackage(descriptor, { ...files, 'estimates.csv': estimates });
    expect(result.problems.map(formatProblem)).toEqual([
      'estimates.csv:4:region: area_note "China and Malaysia" names several countries, so this WLD figure is not worldwide; fill region with one of: Middle East, Named countries, Named companies',
    ]);
  });

  it('checks for copied passages in the free-text columns, chosen from the schema', () => {
    const freeText = Object.fromEntries(
      dataPackage.resources.map((resource) => [
        resource.name,
        resource.schema.fields
          .filter((field) => isFreeText(field, resource.schema))
          .map((field) => field.name),
      ]),
    );
    expect(freeText).toEqual({
      sources: ['note'],
      estimates: ['area_note', 'measure_detail', 'ref_period', 'estimator', 'note'],
      events: ['title', 'note'],
    });
  });

  it.each([
    [
      'events.csv',
      ',Repatriation deadline under resolution 2397,',
      ',"Deadline: ""all workers must return home within 24 months""",',
      [
        'events.csv:3:title: the passage in quotation marks "all workers must return home within 24 months" looks copied from the source; write it in your own words',
      ],
    ],
    [
      'estimates.csv',
      ',Example Institute,ngo_research,yes,\ne-chn',
      ',"Example Institute report ""Slaves to the System""",ngo_research,yes,\ne-chn',
      [],
    ],
    [
      'sources.csv',
      ',Overseas labour report,',
      ',"""Workers are sent abroad in large numbers""",',
      [],
    ],
  ])('quotations in %s', async (file, search, replacement, expected) => {
    expect(await problemsWith(file, search, replacement)).toEqual(expected);
  });

  it('reports a tab-separated file once', async () => {
    const semicolons = await readFile(
      join(FIXTURES, 'invalid', 'semicolons', 'estimates.csv'),
      'utf8',
    );
    const { descriptor, files } = await readValidFixture();
    const result = validatePackage(descriptor, {
      ...files,
      'estimates.csv': semicolons.replaceAll(';', '\t'),
    });
    expect(result.problems.map(formatProblem)).toEqual([
      'estimates.csv:1:-: the file is separated by tabs; save it as comma-separated CSV (UTF-8)',
    ]);
  });
});

// Line 3 of events.csv: its title (required, one line) and its empty note.
const EVENT_TITLE = ',Repatriation deadline under resolution 2397,';
const EVENT_NOTE = 'example-un-panel,\n';

describe('text rules: characters, blanks and lengths', () => {
  const title = 'events.csv:3:title';
  it.each([
    [
      'Repatriation\u0000deadline',
      `${title}: contains the control character U+0000 (null) at character 13; remove it`,
    ],
    [
      'Repatriation\u0007deadline',
      `${title}: contains the control character U+0007 at character 13; remove it`,
    ],
    [
      'Repatriation\u001bdeadline',
      `${title}: contains the control character U+001B (escape) at character 13; remove it`,
    ],
    [
      'Repatriation\u007fdeadline',
      `${title}: contains the control character U+007F (delete) at character 13; remove it`,
    ],
    [
      'Repatriation\u0085deadline',
      `${title}: contains the control character U+0085 (next line) at character 13; remove it`,
    ],
    [
      'Repatriation\u009bdeadline',
      `${title}: contains the control character U+009B at character 13; remove it`,
    ],
    [
      '🇰🇵 deadline\u0000',
      `${title}: contains the control character U+0000 (null) at character 12; remove it`,
    ],
    [
      'Repatriation\tdeadline',
      `${title}: contains a tab, U+0009 (tab) at character 13; only notes may hold tabs: write a space`,
    ],
    [
      '"Repatriation\ndeadline"',
      `${title}: contains a line break, U+000A (line feed) at character 13; only notes may run over several lines: write it on one line`,
    ],
    [
      'Deadline \u202eenil\u202c',
      `${title}: contains U+202E (right-to-left override) at character 10, which can show the text around it in another order than it is written; remove it`,
    ],
    [
      'Deadline \u202dline',
      `${title}: contains U+202D (left-to-right override) at character 10, which can show the text around it in another order than it is written; remove it`,
    ],
    [
      'Deadline \u2067line\u2069',
      `${title}: contains U+2067 (right-to-left isolate) at character 10, which can show the text around it in another order than it is written; remove it`,
    ],
    [
      'Deadline \u202aline',
      `${title}: contains U+202A (left-to-right embedding) at character 10, which can show the text around it in another order than it is written; remove it`,
    ],
    [
      '\u200b',
      `${title}: "\\u200b" holds nothing visible, only U+200B (zero-width space); title is required: write a value`,
    ],
    [
      '\u200b\u200d\ufeff\u2060',
      `${title}: "\\u200b\\u200d\\ufeff\\u2060" holds nothing visible, only U+200B (zero-width space), U+200D (zero-width joiner), U+FEFF (zero-width no-break space), U+2060 (word joiner); title is required: write a value`,
    ],
    [
      '\u3164',
      `${title}: "\\u3164" holds nothing visible, only U+3164 (Hangul filler); title is required: write a value`,
    ],
    [
      '\u2800\u200e',
      `${title}: "\\u2800\\u200e" holds nothing visible, only U+2800 (braille pattern blank), U+200E (left-to-right mark); title is required: write a value`,
    ],
    ['   ', `${title}: "   " holds only spaces; title is required: write a value`],
    [
      '\u3000\u2003',
      `${title}: "\u3000\u2003" holds only spaces; title is required: write a value`,
    ],
    [
      '\u200bDeadline',
      `${title}: "\\u200bDeadline" has a leading invisible character U+200B (zero-width space); remove it`,
    ],
    [
      'Deadline\u2060',
      `${title}: "Deadline\\u2060" has a trailing invisible character U+2060 (word joiner); remove it`,
    ],
    [
      'Deadline\u200f',
      `${title}: "Deadline\\u200f" has a trailing invisible character U+200F (right-to-left mark); remove it`,
    ],
    ['\u2028Deadline', `${title}: "\\u2028Deadline" has a leading space; remove it`],
    [
      '\u200b=HYPERLINK("x")',
      `${title}: "\\u200b=HYPERLINK(\\"x\\")" has a leading invisible character U+200B (zero-width space); remove it`,
    ],
    // Accepted: other scripts, emoji (a variation selector and joiners inside a sequence), marks inside.
    ['북한 노동자 송환 시한', null],
    ['Срок возвращения рабочих', null],
    ['労働者送還の期限', null],
    ['Deadline ❤️', null],
    ['Deadline 👩‍👩‍👧', null],
    ['Deadline 🏴󠁧󠁢󠁳󠁣󠁴󠁿', null],
    ['موعد العودة\u200f (UN) \u200eمهلة', null],
  ])('title %j', async (cell, problem) => {
    expect(await problemsWith('events.csv', EVENT_TITLE, `,${cell},`)).toEqual(
      problem === null ? [] : [problem],
    );
  });

  it.each([
    ['Sent\thome', null],
    ['"Two lines,\nof our own"', null],
    ['"Windows line ends\r\nkept"', null],
    ['"Blank line\n\nbetween paragraphs"', null],
    [
      'Sent\u0000home',
      'events.csv:3:note: contains the control character U+0000 (null) at character 5; remove it',
    ],
    [
      'Sent \u202ehome',
      'events.csv:3:note: contains U+202E (right-to-left override) at character 6, which can show the text around it in another order than it is written; remove it',
    ],
    [
      '\u200b',
      'events.csv:3:note: "\\u200b" holds nothing visible, only U+200B (zero-width space); empty the cell or write a value',
    ],
  ])('note %j', async (cell, problem) => {
    expect(await problemsWith('events.csv', EVENT_NOTE, `example-un-panel,${cell}\n`)).toEqual(
      problem === null ? [] : [problem],
    );
  });

  it('allows a tab or a line break in notes only', () => {
    const notes = dataPackage.resources.flatMap((resource) =>
      resource.schema.fields
        .filter((field) => isNote(field, resource.schema))
        .map((field) => `${resource.name}.${field.name}`),
    );
    expect(notes).toEqual(['sources.note', 'estimates.note', 'events.note']);
  });

  it.each([
    ['a'.repeat(500), []],
    ['a'.repeat(501), ['events.csv:3:title: is 501 characters long; the maximum is 500']],
    // Characters are counted, not UTF-16 units: 500 emoji are 1,000 units.
    ['🇰'.repeat(500), []],
    ['한'.repeat(500), []],
    ['🇰'.repeat(501), ['events.csv:3:title: is 501 characters long; the maximum is 500']],
  ])('title of %#: a cap of 500 characters', async (cell, expected) => {
    expect(await problemsWith('events.csv', EVENT_TITLE, `,${cell},`)).toEqual(expected);
  });

  it('caps every text column that has no closed list or fixed form, in data/ and the fixture', async () => {
    const { descriptor } = await readValidFixture();
    const caps = (pkg: typeof dataPackage) =>
      Object.fromEntries(
        pkg.resources.flatMap((resource) =>
          resource.schema.fields
            .filter((field) => field.type === 'string' && !field.categories)
            .map((field) => [`${resource.name}.${field.name}`, field.constraints?.maxLength]),
        ),
      );
    const expected = {
      'sources.id': 80,
      'sources.title': 500,
      'sources.publisher': 300,
      'sources.url': 2048,
      'sources.published': 10,
      'sources.note': 2000,
      'estimates.id': 80,
      'estimates.source_id': 80,
      'estimates.country': undefined,
      'estimates.area_note': 300,
      'estimates.measure_detail': 300,
      'estimates.ref_period': 300,
      'estimates.estimator': 300,
      'estimates.note': 2000,
      'events.id': 80,
      'events.date': 10,
      'events.title': 500,
      'events.source_id': 80,
      'events.note': 2000,
    };
    expect(caps(dataPackage)).toEqual(expected);
    expect(caps(descriptor as typeof dataPackage)).toEqual(expected);
  });

  it('checks a cap before the pattern, so a long text never reaches the pattern', async () => {
    expect(
      await problemsWith('events.csv', 'un-2397,2017-12-22', `${'U'.repeat(81)},2017-12-22`),
    ).toEqual(['events.csv:2:id: is 81 characters long; the maximum is 80']);
  });

  it.each([
    ['https://user:secret@example.org/report', 'has a user name or password before "@"'],
    ['https://user@example.org/report', 'has a user name or password before "@"'],
    ['https://:secret@example.org/', 'has a user name or password before "@"'],
    ['https://@example.org/', 'has a user name or password before "@"'],
    ['http://example.org@evil.example/', 'has a user name or password before "@"'],
    ['https://example.org/@someone', null],
    ['https://example.org/page?by=a@b.example#c@d', null],
  ])('URL %s', (url, problem) => {
    const found = httpUrlProblem(url);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toContain(problem);
  });

  it.each([
    [
      ' =1+1',
      'text starts with "=" after U+0020, which a spreadsheet may run as a formula once the text is trimmed',
    ],
    ['\n=1+1', 'text starts with "=" after U+000A (line feed), which'],
    ['\u200b@SUM(A1)', 'text starts with "@" after U+200B (zero-width space), which'],
    ['\u00a0 \t+1', 'text starts with "+" after U+00A0 (no-break space) and 2 more, which'],
    ['\u0000-1', 'text starts with "-" after U+0000 (null), which'],
    [' a=1', null],
    ['   ', null],
  ])('formula behind hidden characters %j', (text, problem) => {
    const found = formulaProblem(text);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toContain(problem);
  });

  it.each([
    ['plain', '"plain"'],
    ['\u202eabc', '"\\u202eabc"'],
    ['a\u200bb\u2060c\ufeff', '"a\\u200bb\\u2060c\\ufeff"'],
    ['\u0085\u009f\u007f', '"\\u0085\\u009f\\u007f"'],
    ['tag\u{e0041}', '"tag\\u{e0041}"'],
    ['\u0000\n', '"\\u0000\\n"'],
  ])('quote shows the invisible characters of %j', (value, shown) => {
    expect(quote(value)).toBe(shown);
  });

  it('cuts a long quote between characters, not inside one', () => {
    expect(quote(`${'a'.repeat(56)}🇰${'b'.repeat(10)}`)).toBe(`"${'a'.repeat(56)}…"`);
  });
});

describe('dates as dates: real, from 1945 to today', () => {
  // Line 2 of events.csv is dated 2017-12-22; line 3 of sources.csv was published 2019-03-14.
  it.each([
    ['2999-01-01', `"2999-01-01" is in the future; expected a date from 1945 to today (${TODAY})`],
    ['2026-12-05', `"2026-12-05" is in the future; expected a date from 1945 to today (${TODAY})`],
    ['2027', `"2027" is in the future; expected a date from 1945 to today (${TODAY})`],
    ['2027-01', `"2027-01" is in the future; expected a date from 1945 to today (${TODAY})`],
    ['1066', `"1066" is before 1945; expected a date from 1945 to today (${TODAY})`],
    ['1944-12-31', `"1944-12-31" is before 1945; expected a date from 1945 to today (${TODAY})`],
    ['0000', `"0000" is before 1945; expected a date from 1945 to today (${TODAY})`],
    ['0000-00-00', '"0000-00-00" is not a date: month 00 does not exist'],
    ['2020-13-45', '"2020-13-45" is not a date: month 13 does not exist'],
    ['2020-02-30', '"2020-02-30" is not a date: February 2020 has 29 days'],
    ['2026-12-04', null],
    ['2026-12', null],
    ['2026', null],
    ['1945', null],
    ['1945-01-01', null],
  ])('event date %s', async (date, message) => {
    expect(await problemsWith('events.csv', 'un-2397,2017-12-22,', `un-2397,${date},`)).toEqual(
      message === null ? [] : [`events.csv:2:date: ${message}`],
    );
  });

  it.each([
    ['2020-13-45', '"2020-13-45" is not a date: month 13 does not exist'],
    ['2999-01-01', `"2999-01-01" is in the future; expected a date from 1945 to today (${TODAY})`],
    ['1066', `"1066" is before 1945; expected a date from 1945 to today (${TODAY})`],
  ])('published %s', async (date, message) => {
    const problems = await problemsWith('sources.csv', ',2019-03-14,', `,${date},`);
    expect(problems.filter((line) => line.startsWith('sources.csv'))).toEqual([
      `sources.csv:3:published: ${message}`,
    ]);
    expect(problems).toHaveLength(3);
  });

  it.each([
    ['2017-12-22', '2017-12-22', null],
    ['2017-12-22', '2017-12-21', 'in the future'],
    ['2017-12', '2017-12-01', null],
    ['2017', '2017-01-01', null],
    ['2018', '2017-12-31', 'in the future'],
    ['1945', '2017-12-31', null],
    ['1944-12', '2017-12-31', 'before 1945'],
  ])('dateRangeProblem(%s, today %s)', (text, today, problem) => {
    const found = dateRangeProblem(text, 1945, today);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toContain(problem);
  });

  it('takes today from the options, and the real UTC date without them', async () => {
    const { descriptor, files } = await readValidFixture();
    const early = validatePackage(descriptor, files, { today: '2017-12-21' });
    const events = (problems: Problem[]) =>
      problems.filter((problem) => problem.file === 'events.csv').map(formatProblem);
    // The last year a figure may describe follows today too.
    expect(early.problems.map(formatProblem)).toContain(
      'estimates.csv:4:ref_year_end: 2018 is not a year from 1945 to 2017',
    );
    expect(events(early.problems)).toEqual([
      'events.csv:2:date: "2017-12-22" is in the future; expected a date from 1945 to today (2017-12-21)',
      'events.csv:3:date: "2019-12-22" is in the future; expected a date from 1945 to today (2017-12-21)',
    ]);
    const nextYear = new Date().getUTCFullYear() + 1;
    const future = files['events.csv']!.replace('2017-12-22', `${nextYear}-01-01`);
    const now = validatePackage(descriptor, { ...files, 'events.csv': future });
    expect(events(now.problems)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^events\\.csv:2:date: "${nextYear}-01-01" is in the future; expected a date from 1945 to today \\(\\d{4}-\\d{2}-\\d{2}\\)$`,
        ),
      ),
    ]);
  });

  it.each([
    ['2017-12-22', []],
    [
      '2026-12-05',
      [
        'd.csv:2:when: "2026-12-05" is in the future; expected a date from 1945 to today (2026-12-04)',
      ],
    ],
    [
      '1900-01-01',
      [
        'd.csv:2:when: "1900-01-01" is before 1945; expected a date from 1945 to today (2026-12-04)',
      ],
    ],
    ['2017-02-29', ['d.csv:2:when: "2017-02-29" is not a date: February 2017 has 28 days']],
  ])('a field of type date: %s', (date, expected) => {
    const descriptor = {
      resources: [
        {
          name: 'd',
          path: 'd.csv',
          schema: { fields: [{ name: 'when', type: 'date', constraints: { required: true } }] },
        },
      ],
    };
    const result = validatePackage(descriptor, { 'd.csv': `when\n${date}\n` }, { today: TODAY });
    expect(result.problems.map(formatProblem)).toEqual(expected);
  });

  it('refuses a today that is not YYYY-MM-DD', async () => {
    const { descriptor, files } = await readValidFixture();
    expect(() => validatePackage(descriptor, files, { today: '4 December 2026' })).toThrow(
      'today must be YYYY-MM-DD',
    );
  });
});

describe('parseCsv line numbers', () => {
  it.each([
    ['LF', 'a,b\n1,2\n3,4\n', [2, 3]],
    ['CRLF', 'a,b\r\n1,2\r\n3,4\r\n', [2, 3]],
    ['byte-order mark', '\ufeffa,b\n1,2\n3,4', [2, 3]],
    ['quoted cell over three lines', 'a,b\n1,"x\ny\nz"\n3,4\n', [2, 5]],
    ['quoted CRLF cell', 'a,b\r\n1,"x\r\ny"\r\n3,4\r\n', [2, 4]],
    ['CR only', 'a,b\r1,2\r3,4', [2, 3]],
    ['blank line between records', 'a,b\n1,2\n\n3,4\n', [2, 4]],
  ])('%s', (_name, text, lines) => {
    const csv = parseCsv(text);
    expect(csv.header?.cells).toEqual(['a', 'b']);
    expect(csv.records.map((record) => record.line)).toEqual(lines);
  });

  it('strips the byte-order mark from the first header name', () => {
    expect(parseCsv('\ufeffid,name\r\n1,x\r\n').header?.cells[0]).toBe('id');
  });

  it.each([
    ['CRLF first, then LF', 'a,b\r\n1,2\n3,"x\r\ny"\r\n5,6\n', [2, 3, 5]],
    ['LF first, then CRLF', 'a,b\n1,2\r\n3,"x\ny"\n5,6\r\n', [2, 3, 5]],
    ['CR among LF', 'a,b\n1,2\r3,"x\ny"\n5,6\n', [2, 3, 5]],
  ])('mixed line ends (%s): every record split, read as LF, no stray CR', (_name, text, lines) => {
    const csv = parseCsv(text);
    expect(csv.mixedLineEnds).toBe(true);
    expect(csv.header?.cells).toEqual(['a', 'b']);
    expect(csv.records.map((record) => record.cells)).toEqual([
      ['1', '2'],
      ['3', 'x\ny'],
      ['5', '6'],
    ]);
    expect(csv.records.map((record) => record.line)).toEqual(lines);
  });

  it('reads a file with one kind of line end as it is', () => {
    expect(parseCsv('a,b\r\n1,"x\r\ny"\r\n').mixedLineEnds).toBe(false);
    expect(parseCsv('a,b\r\n1,"x\r\ny"\r\n').records[0]?.cells).toEqual(['1', 'x\r\ny']);
  });
});

describe('cell rules', () => {
  it.each([
    ['https://example.org/a?b=c', null],
    ['http://example.org', null],
    ['HTTPS://EXAMPLE.ORG/', null],
    ['javascript:alert(1)', 'is not an http or https URL'],
    ['data:text/html,<b>x</b>', 'is not an http or https URL'],
    ['ftp://example.org/file', 'is not an http or https URL'],
    ['//example.org', 'is not an http or https URL'],
    ['https://', 'is not a valid URL'],
    ['http://exa mple.org', 'is not a valid URL'],
  ])('URL %s', (url, problem) => {
    const found = httpUrlProblem(url);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toContain(problem);
  });

  it.each([
    ['=SUM(A1)', '"="'],
    ['+1', '"+"'],
    ['-1 worker', '"-"'],
    ['@cmd', '"@"'],
    ['\t=1', 'a tab'],
    ['\r=1', 'a carriage return'],
    ['about 5,000', null],
    ['e=mc2', null],
  ])('formula %j', (text, problem) => {
    const found = formulaProblem(text);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toContain(`starts with ${problem}`);
  });

  it.each([
    ['<script>alert(1)</script>', '"<script>"'],
    ['a <b>bold</b> claim', '"<b>"'],
    ['</div>', '"</div>"'],
    ['<img src=x onerror=alert(1)>', '"<img src=x onerror=alert(1)>"'],
    ['<20% of sites', null],
    ['a < b and c > d', null],
    ['no tags at all', null],
  ])('HTML %j', (text, tag) => {
    const found = htmlProblem(text);
    if (tag === null) expect(found).toBeNull();
    else expect(found).toContain(`contains an HTML tag (${tag})`);
  });

  const integer = cellParser({ name: 'n', type: 'integer' }, { fields: [] });
  it.each([
    ['0', 0],
    ['20000', 20000],
    ['-3', -3],
    ['abc', '"abc" is not an integer'],
    ['1.0', '"1.0" is not an integer (write digits only'],
    ['1e3', '"1e3" is not an integer'],
    ['007', '"007" is not an integer'],
    [' 5', '" 5" has a leading space; remove it'],
    ['99999999999999999999', 'is too large for an integer'],
    ['', null],
  ])('integer %j', (text, expected) => {
    const value = integer(text);
    if (typeof expected === 'string') {
      expect(value).toBeInstanceOf(CellError);
      expect((value as CellError).message).toContain(expected);
    } else {
      expect(value).toBe(expected);
    }
  });
});

describe('check-data CLI', () => {
  // As npm runs it: from the repository root, with INIT_CWD where the command was typed.
  const run = (dir: string, typedIn = ROOT) =>
    new Promise<{ code: number; stdout: string }>((resolve) => {
      execFile(
        join(ROOT, 'node_modules/.bin/tsx'),
        ['src/cli/check-data.ts', dir],
        { cwd: ROOT, env: { ...process.env, INIT_CWD: typedIn } },
        (error, stdout) => resolve({ code: error ? Number(error.code) : 0, stdout }),
      );
    });

  it('exits 1 and prints FILE:LINE:COLUMN: message for a bad package', async () => {
    const { code, stdout } = await run('tests/fixtures/invalid/country');
    expect(code).toBe(1);
    expect(stdout.split('\n')).toEqual([
      'tests/fixtures/invalid/country/estimates.csv:3:country: "XYZ" is not an ISO 3166-1 alpha-3 code or WLD',
      'tests/fixtures/invalid/country/: 3 files, 11 rows, 1 problem (1 row dropped)',
      '',
    ]);
  });

  it('names files from the repository root wherever the command was typed', async () => {
    const { stdout } = await run('fixtures/invalid/country', join(ROOT, 'tests'));
    expect(stdout.split('\n')[0]).toBe(
      'tests/fixtures/invalid/country/estimates.csv:3:country: "XYZ" is not an ISO 3166-1 alpha-3 code or WLD',
    );
  });

  it.each([
    [join(ROOT, 'data'), 'data/'],
    [join(ROOT, 'tests', 'fixtures', 'x') + '/', 'tests/fixtures/x/'],
    [ROOT, './'],
    ['/elsewhere/package', '/elsewhere/package/'],
  ])('shows the directory %s as %s', (dir, shown) => {
    expect(displayDir(dir, ROOT)).toBe(shown);
  });

  it('exits 0 with a summary for a good package', async () => {
    const { code, stdout } = await run('tests/fixtures/valid');
    expect(code).toBe(0);
    expect(stdout).toBe('tests/fixtures/valid/: 3 files, 11 rows, no problems\n');
  });
});

describe('generate-rows', () => {
  it('writes a valid package, the same for the same seed', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'generated-'));
    try {
      const options = {
        rows: 2000,
        seed: 7,
        baseDir: join(FIXTURES, 'valid'),
        currentYear: CURRENT_YEAR,
      };
      await generatePackage(join(dir, 'a'), options);
      await generatePackage(join(dir, 'b'), options);
      const check = await checkPackageDir(join(dir, 'a'), { currentYear: CURRENT_YEAR });
      expect(check.problems.map(formatProblem)).toEqual([]);
      expect(check.rowCount).toBe(3 + 2000 + 12);
      const [a, b] = await Promise.all(
        ['a', 'b'].map((name) => readFile(join(dir, name, 'estimates.csv'), 'utf8')),
      );
      expect(a).toBe(b);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('writes a valid package from the real data/ and its current schema', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'generated-'));
    try {
      await generatePackage(dir, { rows: 2000, seed: 3, baseDir: join(ROOT, 'data') });
      const check = await checkPackageDir(dir);
      expect(check.problems.map(formatProblem)).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
