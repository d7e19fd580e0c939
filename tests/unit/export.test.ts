// Every download format read back and compared with the rows the view's named query returns: on the
// real data/ for each view query (the country and measure picked from the data by property, so that a
// data change keeps it green), and on a small fixture of hostile titles for spreadsheet safety.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Papa from 'papaparse';
import { unzipSync } from 'fflate';
import { buildDataZip } from '../../src/build/build-downloads';
import { checkPackageDir } from '../../src/lib/data/packageDir';
import { createNodeEngine, openNodeDataset } from '../../src/lib/db/node';
import { loadTables } from '../../src/lib/db/load-tables';
import type { DuckEngine, ResultColumn, SqlValue } from '../../src/lib/db/engine';
import type { EstimateRow, Measure, SourceRow, Tables } from '../../src/lib/data/rows.generated';
import {
  compareFigures,
  compareReports,
  countryOverTime,
  hostCountryFigures,
  mapFigures,
  run,
  worldwideOverTime,
  type NamedQuery,
} from '../../src/lib/queries';
import { neutraliseCell } from '../../src/lib/export/csv';
import { exportQuery } from '../../src/lib/export/exportQuery';
import { setLocale } from '../../src/lib/i18n/runtime.svelte';
import { field, resource } from '../../src/lib/data/schema';
import type { ExportFormat } from '../../src/lib/export/formats';
import {
  dataZipFileName,
  downloadFileName,
  fileBaseName,
  type DatasetVersion,
} from '../../src/lib/export/fileName';
import { asParquetRows, readParquet } from './exportParquet';

const version: DatasetVersion = {
  hash: '1a2b3c4d5e6f7a8b9c0d',
  date: '2026-11-27',
  label: '2026-11-27 (1a2b3c4d)',
};

type AnyQuery = NamedQuery<Record<string, unknown>>;
// ignoreBOM keeps the byte order mark in the text, where the tests look for it.
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** A CSV download parsed back: empty cells are null, and each cell is read as its column's kind. */
function readCsv(bytes: Uint8Array, columns: ResultColumn[]) {
  const text = decoder.decode(bytes);
  expect(text.startsWith('\ufeff')).toBe(true);
  const { data, errors } = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
  expect(errors).toEqual([]);
  const [header, ...records] = data;
  expect(header).toEqual(columns.map((column) => column.name));
  return records.map((cells) =>
    Object.fromEntries(
      columns.map(({ name, kind }, index) => [name, cellBack(cells[index], kind)]),
    ),
  );
}

function cellBack(cell: string | undefined, kind: ResultColumn['kind']): SqlValue {
  if (cell === undefined || cell === '') return null;
  switch (kind) {
    case 'int32':
    case 'int64':
    case 'double':
      expect(cell).toMatch(/^-?\d+(\.\d+)?(e[+-]\d+)?$/);
      return Number(cell);
    case 'boolean':
      expect(['true', 'false']).toContain(cell);
      return cell === 'true';
    case 'nested':
      return JSON.parse(cell) as SqlValue;
    default:
      return cell;
  }
}

/** The rows as a spreadsheet-safe CSV must hold them: text cells neutralised, nothing else changed. */
function neutralised(rows: Record<string, SqlValue>[], columns: ResultColumn[]) {
  return rows.map((row) =>
    Object.fromEntries(
      columns.map(({ name, kind }) => {
        const value = row[name] ?? null;
        if (kind === 'nested' && value !== null) return [name, value];
        return [name, typeof value === 'string' ? neutraliseCell(value) : value];
      }),
    ),
  );
}

describe('neutraliseCell', () => {
  it.each([
    ['=HYPERLINK("http://x")', `'=HYPERLINK("http://x")`],
    ['+1', `'+1`],
    ['-2 workers', `'-2 workers`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tx', `'\tx`],
    ['\rx', `'\rx`],
    ['=1\n2', `'=1\n2`],
    ['-', `'-`],
    ['a=b', 'a=b'],
    ['2017-2018', '2017-2018'],
    ['Россия', 'Россия'],
    ['', ''],
    ["'=already", "'=already"],
  ])('%j → %j', (text, expected) => {
    expect(neutraliseCell(text)).toBe(expected);
  });
});

describe('file names', () => {
  it.each([
    [['compare', 'RUS', 2017, 2018], 'compare-RUS-2017-2018'],
    [['country', 'CHN', null, undefined, ''], 'country-CHN'],
    [['compare', '../../etc/passwd', '"quoted"'], 'compare-etc-passwd-quoted'],
    [['overview', 'workers_present'], 'overview-workers-present'],
  ] as const)('fileBaseName(%j) = %s', (parts, expected) => {
    expect(fileBaseName(...parts)).toBe(expected);
  });

  it('carry the view and the dataset version', () => {
    expect(downloadFileName('compare-RUS-2017-2018', version, 'csv')).toBe(
      'nk-workers-abroad_compare-RUS-2017-2018_2026-11-27-1a2b3c4d.csv',
    );
    expect(downloadFileName('', version, 'parquet')).toBe(
      'nk-workers-abroad_data_2026-11-27-1a2b3c4d.parquet',
    );
    expect(dataZipFileName(version)).toBe('nk-workers-abroad-data-2026-11-27-1a2b3c4d.zip');
  });
});

describe('downloads of the view queries on the real data', () => {
  let engine: DuckEngine;
  /** The host country and measure with the most figures: a comparison with many rows, of every kind. */
  let busiest: { country: string; filters: { measure: Measure } };

  beforeAll(async () => {
    const dataset = await openNodeDataset('data');
    expect(dataset.problems).toEqual([]);
    engine = dataset.engine;
    const [top] = await engine.query<{ country: string; measure: Measure }>(
      `SELECT country, measure FROM estimate_facts
       WHERE country <> 'WLD'
       GROUP BY country, measure ORDER BY count(*) DESC, country, measure LIMIT 1`,
    );
    if (!top) throw new Error('no host country figure in data/');
    busiest = { country: top.country, filters: { measure: top.measure } };
  }, 120_000);

  afterAll(async () => {
    await engine.close();
  });

  const viewQueries: [string, () => AnyQuery][] = [
    ['worldwideOverTime', () => worldwideOverTime()],
    ['worldwideOverTime on the published axis', () => worldwideOverTime({}, { axis: 'published' })],
    ['hostCountryFigures', () => hostCountryFigures()],
    ['countryOverTime', () => countryOverTime({ country: busiest.country })],
    ['compareReports', () => compareReports(busiest)],
    ['mapFigures', () => mapFigures()],
  ];
  const sourceColumns = [
    'source_id',
    'title',
    'title_is_descriptive',
    'publisher',
    'url',
    'published',
  ];

  describe.each(viewQueries)('%s', (_, query) => {
    it('CSV, JSON and Parquet each read back to the rows the view gets, with the source columns', async () => {
      const rows = await run(engine, query());
      expect(rows.length).toBeGreaterThan(0);
      const { columns } = await engine.queryTyped(query().sql, query().params);
      expect(columns.map((column) => column.name)).toEqual(Object.keys(rows[0]!));
      expect(columns.map((column) => column.name)).toEqual(expect.arrayContaining(sourceColumns));

      const csv = await exportQuery(engine, query(), 'csv', version);
      expect(csv.mediaType).toBe('text/csv;charset=utf-8');
      expect(readCsv(csv.bytes, columns)).toEqual(
        neutralised(rows as Record<string, SqlValue>[], columns),
      );

      const json = await exportQuery(engine, query(), 'json', version);
      const document = JSON.parse(decoder.decode(json.bytes));
      expect(document.rows).toEqual(rows);
      expect(document.query).toBe(query().name);
      expect(document.dataset).toEqual({
        name: 'nk-workers-abroad',
        version: version.label,
        hash: version.hash,
        date: version.date,
        license: 'CC-BY-4.0',
      });
      expect(document.language).toBe('en');
      expect(
        document.fields.map(({ name, type }: { name: string; type: string }) => ({ name, type })),
      ).toEqual(columns.map(({ name, kind }) => ({ name, type: kind })));
      // Every column of a view's rows is described, in the schema's own words where it has them.
      for (const { name, description } of document.fields as {
        name: string;
        description?: string;
      }[]) {
        expect(description, name).toMatch(/\w/);
        if (name === 'low' || name === 'estimator')
          expect(description).toBe(field(resource('estimates'), name).description);
        if (name === 'publisher')
          expect(description).toBe(field(resource('sources'), name).description);
      }

      const parquetFile = await exportQuery(engine, query(), 'parquet', version);
      expect(parquetFile.mediaType).toBe('application/vnd.apache.parquet');
      const parquet = await readParquet(parquetFile.bytes);
      expect(parquet.rows).toEqual(asParquetRows(rows, columns));
      expect(parquet.columns.map((column) => column.name)).toEqual(
        columns.map((column) => column.name),
      );
      const { 'nk-workers-abroad.descriptions': described, ...metadata } = parquet.metadata;
      expect(metadata).toEqual({
        'nk-workers-abroad.version': version.label,
        'nk-workers-abroad.hash': version.hash,
        'nk-workers-abroad.date': version.date,
        'nk-workers-abroad.query': query().name,
        'nk-workers-abroad.license': 'CC-BY-4.0',
        'nk-workers-abroad.language': 'en',
      });
      expect(Object.keys(JSON.parse(described!))).toEqual(columns.map((column) => column.name));
      expect(parquet.createdBy).toBe('nk-workers-abroad');
    });
  });

  it('a download made in Korean describes its columns in Korean; names, rows and CSV stay the same', async () => {
    const query = compareReports(busiest);
    const english = await exportQuery(engine, query, 'json', version);
    const englishCsv = await exportQuery(engine, query, 'csv', version);
    await setLocale('ko');
    try {
      const korean = await exportQuery(engine, query, 'json', version);
      const koreanCsv = await exportQuery(engine, query, 'csv', version);
      const [en, ko] = [english, korean].map((file) => JSON.parse(decoder.decode(file.bytes)));
      expect(ko.language).toBe('ko');
      expect(ko.rows).toEqual(en.rows);
      expect(ko.fields.map((f: { name: string }) => f.name)).toEqual(
        en.fields.map((f: { name: string }) => f.name),
      );
      const low = ko.fields.find((f: { name: string }) => f.name === 'low');
      expect(low.description).toBe('범위의 하한(발표된 그대로).');
      expect(koreanCsv.bytes).toEqual(englishCsv.bytes);
      const parquet = await readParquet(
        (await exportQuery(engine, query, 'parquet', version)).bytes,
      );
      expect(parquet.metadata['nk-workers-abroad.language']).toBe('ko');
      expect(JSON.parse(parquet.metadata['nk-workers-abroad.descriptions']!).low).toBe(
        '범위의 하한(발표된 그대로).',
      );
    } finally {
      await setLocale('en');
    }
  });

  it('a compare download holds the figures the Compare view shows, in its order, numbers as numbers', async () => {
    const query = compareReports(busiest);
    const { columns } = await engine.queryTyped(query.sql, query.params);
    const csv = readCsv((await exportQuery(engine, query, 'csv', version)).bytes, columns);
    const rows = await run(engine, query);
    expect(rows.length).toBeGreaterThan(1);
    expect(csv.map((row) => row.id)).toEqual(rows.map((row) => row.id));
    const kinds = Object.fromEntries(columns.map(({ name, kind }) => [name, kind]));
    expect(kinds).toMatchObject({
      point: 'int64',
      year: 'double',
      ref_year_start: 'int64',
      primary: 'boolean',
      title: 'string',
      published: 'string',
    });
    csv.forEach((row, index) => {
      const { low, high, point, ref_year_start, year, country, measure } = rows[index]!;
      expect(row).toMatchObject({ low, high, point, ref_year_start, year, country, measure });
      for (const number of [row.low, row.high, row.point, row.year])
        expect(number === null || typeof number === 'number').toBe(true);
    });
    expect(csv.some((row) => typeof (row.low ?? row.point ?? row.high) === 'number')).toBe(true);
  });

  it('nested lists (compareFigures) become JSON text in CSV and JSON-typed text in Parquet', async () => {
    const query = compareFigures(busiest);
    const rows = await run(engine, query);
    const { columns } = await engine.queryTyped(query.sql, query.params);
    expect(columns.find((column) => column.name === 'reports')?.kind).toBe('nested');
    const text = decoder.decode((await exportQuery(engine, query, 'csv', version)).bytes);
    expect(text).toContain(`"[{""id"":""${rows[0]?.reports[0]?.id}""`);
    expect(readCsv(new TextEncoder().encode(text), columns)).toEqual(rows);
    const parquet = await readParquet((await exportQuery(engine, query, 'parquet', version)).bytes);
    expect(parquet.columns.find((column) => column.name === 'reports')).toMatchObject({
      type: 'BYTE_ARRAY',
      converted_type: 'JSON',
      logical_type: { type: 'JSON' },
    });
    expect(parquet.rows).toEqual(asParquetRows(rows, columns));
  });

  it('an empty result still has its header row and its columns', async () => {
    // No figure can describe 1900: the schema's years start in 1945.
    const query = compareReports({ ...busiest, filters: { yearFrom: 1900, yearTo: 1901 } });
    expect(await run(engine, query)).toEqual([]);
    const csv = decoder.decode((await exportQuery(engine, query, 'csv', version)).bytes);
    // The figure columns in the schema's order (estimates.csv's), then the source's, then year.
    expect(csv).toMatch(/^\ufeffid,source_id,country,.*,published,year\r\n$/);
    const { columns } = await engine.queryTyped(query.sql, query.params);
    const parquet = await readParquet((await exportQuery(engine, query, 'parquet', version)).bytes);
    expect(parquet.rows).toEqual([]);
    expect(parquet.columns.map((column) => column.name)).toEqual(
      columns.map((column) => column.name),
    );
    expect(parquet.columns.find((column) => column.name === 'point')).toMatchObject({
      type: 'INT64',
    });
  });
});

describe('every column kind', () => {
  // Twenty rows: booleans span three bytes of bits, and every column has nulls in runs.
  const query = {
    name: 'kinds',
    sql: `
      SELECT
        CASE WHEN i % 3 = 0 THEN NULL ELSE i::INTEGER - 10 END AS int32,
        CASE WHEN i % 4 = 0 THEN NULL ELSE (i * 1e12)::BIGINT END AS int64,
        CASE WHEN i < 5 THEN NULL ELSE i / 8 END AS double,
        CASE WHEN i % 5 = 0 THEN NULL ELSE i % 2 = 0 END AS boolean,
        CASE WHEN i > 15 THEN NULL ELSE 'é' || repeat('x', i::INTEGER) END AS string,
        DATE '1969-12-25' + i::INTEGER * 40 AS date,
        TIMESTAMP '2020-01-02 03:04:05' + to_days(i::INTEGER) AS timestamp,
        CASE WHEN i = 7 THEN NULL ELSE [i, i + 1] END AS list,
        {'n': i, 's': 'x'} AS struct
      FROM range(20) AS t(i)`,
    params: [],
  };
  let engine: DuckEngine;

  beforeAll(async () => {
    engine = await createNodeEngine();
  }, 120_000);

  afterAll(async () => {
    await engine.close();
  });

  it('reads back from CSV, JSON and Parquet as the engine returned it', async () => {
    const { columns, rows } = await engine.queryTyped(query.sql);
    expect(columns.map(({ name, kind }) => [name, kind])).toEqual([
      ['int32', 'int32'],
      ['int64', 'int64'],
      ['double', 'double'],
      ['boolean', 'boolean'],
      ['string', 'string'],
      ['date', 'date'],
      ['timestamp', 'timestamp'],
      ['list', 'nested'],
      ['struct', 'nested'],
    ]);
    expect(rows[1]).toMatchObject({ date: '1970-02-03', timestamp: '2020-01-03T03:04:05.000Z' });
    const bytes = async (format: ExportFormat) =>
      (await exportQuery(engine, query, format, version)).bytes;
    const parquet = await readParquet(await bytes('parquet'));
    expect(parquet.rows).toEqual(asParquetRows(rows, columns));
    expect(parquet.rows[1]).toMatchObject({
      int32: -9,
      int64: 1_000_000_000_000n,
      date: new Date('1970-02-03T00:00:00Z'),
      timestamp: new Date('2020-01-03T03:04:05Z'),
    });
    expect(
      parquet.columns.map(({ name, type, converted_type, logical_type, repetition_type }) => ({
        name,
        type,
        converted_type,
        logical_type,
        repetition_type,
      })),
    ).toEqual(
      [
        ['int32', 'INT32'],
        ['int64', 'INT64'],
        ['double', 'DOUBLE'],
        ['boolean', 'BOOLEAN'],
        ['string', 'BYTE_ARRAY', 'UTF8', { type: 'STRING' }],
        ['date', 'INT32', 'DATE', { type: 'DATE' }],
        [
          'timestamp',
          'INT64',
          'TIMESTAMP_MICROS',
          { type: 'TIMESTAMP', isAdjustedToUTC: true, unit: 'MICROS' },
        ],
        ['list', 'BYTE_ARRAY', 'JSON', { type: 'JSON' }],
        ['struct', 'BYTE_ARRAY', 'JSON', { type: 'JSON' }],
      ].map(([name, type, converted_type, logical_type]) => ({
        name,
        type,
        converted_type,
        logical_type,
        repetition_type: 'OPTIONAL',
      })),
    );
    expect(JSON.parse(decoder.decode(await bytes('json'))).rows).toEqual(rows);
    expect(readCsv(await bytes('csv'), columns)).toEqual(rows);
  });
});

describe('spreadsheet safety on hostile titles', () => {
  const hostile = ['=HYPERLINK("http://x")', '+1', '-2 workers', '@SUM(A1)', '\tx', '\rx', '=1\n2'];
  const source = (index: number, title: string): SourceRow => ({
    id: `s${index}`,
    title,
    title_is_descriptive: false,
    publisher: 'Publisher',
    url: `https://example.org/${index}`,
    published: '2019',
    note: null,
  });
  const estimate = (index: number, point: number): EstimateRow => ({
    id: `e${index}`,
    source_id: `s${index}`,
    country: 'RUS',
    area_note: null,
    region: null,
    measure: 'workers_present',
    measure_detail: null,
    low: null,
    high: null,
    point,
    qualifier: null,
    ref_period: '2017',
    ref_year_start: 2017,
    ref_year_end: 2017,
    estimator: 'Estimator',
    estimator_type: 'government',
    primary: true,
    note: index === 0 ? '-5 is not a count' : null,
  });
  const titles = [...hostile, 'A plain title', 'a=b'];
  // Points: -5 and 0 on hostile rows, to check that numbers are never neutralised.
  const points = titles.map((_, index) => (index === 0 ? -5 : index === 1 ? 0 : 1000 + index));
  const fixture: Tables = {
    sources: titles.map((title, index) => source(index, title)),
    estimates: points.map((point, index) => estimate(index, point)),
    events: [],
  };
  const query = countryOverTime({ country: 'RUS' });
  let engine: DuckEngine;

  beforeAll(async () => {
    engine = await createNodeEngine();
    await loadTables(engine, fixture);
  }, 120_000);

  afterAll(async () => {
    await engine.close();
  });

  const download = async (format: ExportFormat) =>
    (await exportQuery(engine, query, format, version)).bytes;

  it('CSV prefixes every text cell that starts like a formula, and only those', async () => {
    const { columns } = await engine.queryTyped(query.sql, query.params);
    const rows = readCsv(await download('csv'), columns);
    const byId = new Map(rows.map((row) => [row.id, row]));
    titles.forEach((title, index) => {
      const expected = index < hostile.length ? `'${title}` : title;
      expect(byId.get(`e${index}`)?.title).toBe(expected);
    });
    expect(byId.get('e0')).toMatchObject({ point: -5, note: `'-5 is not a count` });
    expect(byId.get('e1')).toMatchObject({ point: 0 });
  });

  it('CSV writes numbers, negative ones included, as bare numbers', async () => {
    const text = decoder.decode(await download('csv'));
    const line = text.split('\r\n').find((row) => row.startsWith('e0,'));
    expect(line).toMatch(/,-5,/);
    expect(text).not.toContain("'-5,");
    expect(text).toContain(`"'=HYPERLINK(""http://x"")"`);
  });

  it('JSON and Parquet keep the titles as they are: they are not opened as spreadsheets', async () => {
    const { columns } = await engine.queryTyped(query.sql, query.params);
    const rows = await run(engine, query);
    const document = JSON.parse(decoder.decode(await download('json')));
    expect(document.rows).toEqual(rows);
    expect(document.rows.map((row: { title: string }) => row.title).sort()).toEqual(
      [...titles].sort(),
    );
    const parquet = await readParquet(await download('parquet'));
    expect(parquet.rows).toEqual(asParquetRows(rows, columns));
    expect(parquet.rows.map((row) => row.title).sort()).toEqual([...titles].sort());
  });
});

describe('the data ZIP', () => {
  const zip = buildDataZip({ rootDir: '.', version });
  const entries = unzipSync(zip.bytes);
  const inFolder = (name: string) => entries[`${zip.folder}/${name}`];
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'nk-zip-'));
    for (const [name, bytes] of Object.entries(entries)) {
      await mkdir(dirname(join(dir, name)), { recursive: true });
      await writeFile(join(dir, name), bytes);
    }
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('is named after the version and holds one folder of the same name', () => {
    expect(zip.fileName).toBe('nk-workers-abroad-data-2026-11-27-1a2b3c4d.zip');
    expect(zip.folder).toBe('nk-workers-abroad-data-2026-11-27-1a2b3c4d');
    expect(Object.keys(entries).every((name) => name.startsWith(`${zip.folder}/`))).toBe(true);
  });

  it('unzips into a data package the validator accepts without a problem', async () => {
    const check = await checkPackageDir(join(dir, zip.folder));
    expect(check.problems).toEqual([]);
    expect(check.fileCount).toBe(3);
    expect(check.rowCount).toBe((await checkPackageDir('data')).rowCount);
  });

  it('holds the CSV files and datapackage.json byte for byte as in data/', () => {
    for (const name of ['datapackage.json', 'sources.csv', 'estimates.csv', 'events.csv']) {
      expect(Buffer.from(inFolder(name) ?? []).equals(readFileSync(join('data', name))), name).toBe(
        true,
      );
    }
    expect(Buffer.from(inFolder('CODEBOOK.md') ?? []).equals(readFileSync('data/README.md'))).toBe(
      true,
    );
    expect(inFolder('EXCLUDED.md')).toBeDefined();
    expect(Buffer.from(inFolder('CITATION.cff') ?? []).equals(readFileSync('CITATION.cff'))).toBe(
      true,
    );
    expect(inFolder('CHANGELOG.md') !== undefined).toBe(existsSync('data/CHANGELOG.md'));
  });

  it('has a README naming the version, every file and how to cite', () => {
    const readme = decoder.decode(inFolder('README.md'));
    expect(readme).toContain(`Data version **${version.label}**`);
    for (const name of Object.keys(entries)) {
      expect(readme).toContain(`| \`${name.slice(zip.folder.length + 1)}\` |`);
    }
    expect(readme).toContain('## How to cite');
    expect(readme).toContain('Creative Commons Attribution 4.0');
  });

  it('is not built without CITATION.cff', async () => {
    const emptyRoot = await mkdtemp(join(tmpdir(), 'nk-root-'));
    try {
      expect(() => buildDataZip({ rootDir: emptyRoot, dataDir: 'data', version })).toThrow(
        /CITATION\.cff is missing/,
      );
    } finally {
      await rm(emptyRoot, { recursive: true, force: true });
    }
  });

  it('is the same bytes for the same data, whatever the time zone', () => {
    const zone = process.env.TZ;
    try {
      for (const timeZone of ['Pacific/Kiritimati', 'America/Los_Angeles']) {
        process.env.TZ = timeZone;
        expect(buildDataZip({ rootDir: '.', version }).bytes).toEqual(zip.bytes);
      }
    } finally {
      process.env.TZ = zone;
    }
  });
});
