import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPackageDir } from '../../src/cli/check-data';
import { generatePackage } from '../../src/cli/generate-rows';
import {
  cellParser,
  CellError,
  formulaProblem,
  htmlProblem,
  httpUrlProblem,
} from '../../src/lib/data/cells';
import { parseCsv } from '../../src/lib/data/csv';
import { formatProblem, validatePackage, type Problem } from '../../src/lib/data/validate';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CURRENT_YEAR = 2026;

const at = (problem: Problem) => `${problem.file}:${problem.line}:${problem.column}`;

async function readValidFixture(): Promise<{ descriptor: unknown; files: Record<string, string> }> {
  const read = (name: string) => readFile(join(FIXTURES, 'valid', name), 'utf8');
  return {
    descriptor: JSON.parse(await read('datapackage.json')),
    files: {
      'sources.csv': await read('sources.csv'),
      'estimates.csv': await read('estimates.csv'),
      'events.csv': await read('events.csv'),
    },
  };
}

describe('invalid fixtures: one per rule, each reported at FILE:LINE:COLUMN', () => {
  // [fixture directory under tests/fixtures/invalid, expected locations, what each message must say]
  const cases: [string, string[], string[]][] = [
    ['required', ['estimates.csv:2:estimator'], ['missing value: estimator is required']],
    ['integer', ['estimates.csv:3:point'], ['"50,000" is not an integer']],
    ['boolean', ['sources.csv:2:title_is_descriptive'], ['"No" is not yes or no']],
    ['unique', ['estimates.csv:4:id'], ['duplicate id "e-rus-2017-range" (first on line 2)']],
    ['pattern', ['events.csv:2:date'], ['"22/12/2017" does not match the pattern']],
    ['minimum', ['estimates.csv:2:low'], ['-5 is less than the minimum 0']],
    ['maximum', ['estimates.csv:3:point'], ['50000000 is greater than the maximum 10000000']],
    [
      'categories',
      ['estimates.csv:2:measure'],
      ['"workers" is not a category of measure; expected one of: workers_present'],
    ],
    ['url-scheme', ['sources.csv:3:url'], ['"javascript:alert(1)" is not an http or https URL']],
    ['primary-key', ['events.csv:3:id'], ['duplicate primary key id "un-2397" (first on line 2)']],
    [
      'foreign-key',
      ['estimates.csv:4:source_id'],
      ['"no-such-source" matches no id in sources.csv'],
    ],
    ['header-missing', ['estimates.csv:1:measure_detail'], ['missing column "measure_detail"']],
    ['header-unknown', ['sources.csv:1:language'], ['unknown column "language"']],
    ['header-duplicate', ['events.csv:1:note'], ['duplicate column "note" (also column 5)']],
    ['header-order', ['events.csv:1:title'], ['column "title" is out of order']],
    ['ragged-long', ['estimates.csv:5:-'], ['row has 18 cells; the header has 17']],
    ['ragged-short', ['events.csv:3:note'], ['row has 4 cells; the header has 5']],
    ['unreadable', ['events.csv:0:-'], ['cannot read file: no such file']],
    ['unclosed-quote', ['events.csv:3:note'], ['a quoted cell is never closed']],
    [
      'empty-file',
      ['events.csv:1:-'],
      ['the file has no header row; expected: id,date,title,source_id,note'],
    ],
    ['blank-line', ['sources.csv:4:-'], ['blank line']],
    ['descriptor-invalid-json', ['datapackage.json:0:-'], ['not valid JSON']],
    ['descriptor-missing', ['datapackage.json:0:-'], ['cannot read file: no such file']],
    [
      'descriptor-unsupported',
      ['datapackage.json:0:resources[2].schema.fields[1].type'],
      ['unsupported field type "datetime"'],
    ],
    ['low-above-high', ['estimates.csv:2:low'], ['low (90000) is greater than high (50000)']],
    [
      'region-not-world',
      ['estimates.csv:3:region'],
      ['region "Middle East" is only for WLD rows; this row\'s country is CHN'],
    ],
    [
      'range-incomplete',
      ['estimates.csv:2:high'],
      [
        'high is missing: a range needs both low and high, and low alone (20000) needs the qualifier more than or at least',
      ],
    ],
    [
      'figure-missing',
      ['estimates.csv:5:point'],
      ['no figure: expected a point, a low and high, or a qualifier'],
    ],
    [
      'ref-years-order',
      ['estimates.csv:2:ref_year_start'],
      ['ref_year_start (2018) is after ref_year_end (2017)'],
    ],
    ['year-range', ['estimates.csv:3:ref_year_end'], ['2999 is not a year from 1945 to 2026']],
    ['country', ['estimates.csv:3:country'], ['"XYZ" is not an ISO 3166-1 alpha-3 code or WLD']],
    [
      'formula',
      ['sources.csv:4:note'],
      ['text starts with "=", which a spreadsheet may run as a formula'],
    ],
    ['html', ['sources.csv:2:title'], ['contains an HTML tag ("<script>")']],
    [
      'multiple-problems',
      ['estimates.csv:2:country', 'estimates.csv:3:point', 'estimates.csv:4:estimator_type'],
      [
        '"XYZ" is not an ISO 3166-1 alpha-3 code',
        '"abc" is not an integer',
        '"blogger" is not a category of estimator_type',
      ],
    ],
    ['multiline-cells', ['estimates.csv:8:country'], ['"usa" does not match the pattern [A-Z]{3}']],
    ['crlf-bom', ['estimates.csv:8:country'], ['"usa" does not match the pattern [A-Z]{3}']],
  ];

  it.each(cases)('%s', async (fixture, locations, gists) => {
    const { problems } = await checkPackageDir(join(FIXTURES, 'invalid', fixture), {
      currentYear: CURRENT_YEAR,
    });
    expect(problems.map(at)).toEqual(locations);
    problems.forEach((problem, index) => expect(problem.message).toContain(gists[index]));
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

  it('keeps dropped rows out of the tables, and drops rows citing a dropped source without a second problem', async () => {
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
    expect(result.problems.map(at)).toEqual(['sources.csv:3:url']);
    expect(result.dropped.map(({ file, line }) => `${file}:${line}`)).toEqual([
      'estimates.csv:4',
      'estimates.csv:5',
      'sources.csv:3',
    ]);
    expect(result.dropped[0]!.reasons[0]).toContain(
      'refers to "example-news-2019" in sources.csv, a row that was dropped',
    );
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
      'events.csv:3:date: "2019/12/22" does not match the pattern \\d{4}(-\\d{2}(-\\d{2})?)?',
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
    [' 5', '" 5" is not an integer'],
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
  const run = (dir: string) =>
    new Promise<{ code: number; stdout: string }>((resolve) => {
      execFile(
        join(ROOT, 'node_modules/.bin/tsx'),
        ['src/cli/check-data.ts', dir],
        { cwd: ROOT },
        (error, stdout) => resolve({ code: error ? Number(error.code) : 0, stdout }),
      );
    });

  it('exits 1 and prints FILE:LINE:COLUMN: message for a bad package', async () => {
    const { code, stdout } = await run('tests/fixtures/invalid/country');
    expect(code).toBe(1);
    expect(stdout.split('\n')).toEqual([
      'estimates.csv:3:country: "XYZ" is not an ISO 3166-1 alpha-3 code or WLD',
      'tests/fixtures/invalid/country/: 3 files, 11 rows, 1 problem (1 row dropped)',
      '',
    ]);
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
