// Downloads in the real page: the Compare view's CSV, JSON and Parquet buttons save the figures it
// shows, with their sources and the data version; the data package ZIP is served and validates.
import { expect, test, type Download, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Papa from 'papaparse';
import { unzipSync } from 'fflate';
import { computeDatasetVersion } from '../../src/build/datasetVersion.ts';
import type { ColumnKind } from '../../src/lib/db/engine.ts';
import { dataZipFileName, versionSlug } from '../../src/lib/export/fileName.ts';
import { asParquetRows, readParquet } from '../unit/exportParquet.ts';
import { compared } from './data';
import { watch } from './watch';

const russiaCompare = '/?view=compare&country=RUS&measure=permits_held&from=2017&to=2018';
// The figures the view shows, read from data/ as its query selects and orders them.
const shown = compared('RUS', 'permits_held', 2017, 2018);
const version = computeDatasetVersion('data');
const sourceColumns = [
  'source_id',
  'title',
  'title_is_descriptive',
  'publisher',
  'url',
  'published',
];

type Row = Record<string, unknown>;

async function download(page: Page, label: string): Promise<{ file: Download; bytes: Buffer }> {
  const button = page.locator('#compare').getByRole('button', { name: label, exact: true });
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = await file.path();
  return { file, bytes: await readFile(path) };
}

function expectFileName(file: Download, extension: string) {
  expect(file.suggestedFilename()).toMatch(
    new RegExp(
      `^nk-workers-abroad_compare-RUS-[A-Za-z0-9-]*2017-2018_${versionSlug(version)}\\.${extension}$`,
    ),
  );
}

/** The figures as the Compare view shows them, read from its table alternative's query via JSON. */
function expectShownFigures(rows: Row[]) {
  expect(rows.map((row) => row.id)).toEqual(shown.figures.map((figure) => figure.id));
  expect(rows.map((row) => [row.low, row.high, row.point])).toEqual(
    shown.figures.map((figure) => [figure.low, figure.high, figure.point]),
  );
  for (const row of rows) {
    expect(row).toMatchObject({ country: 'RUS', measure: 'permits_held' });
    for (const column of sourceColumns) expect(row).toHaveProperty(column);
    expect(String(row.url)).toMatch(/^https?:\/\//);
  }
}

test('the Compare view downloads the figures it shows as CSV, JSON and Parquet, with their sources', async ({
  page,
}) => {
  const seen = watch(page);
  expect(shown.figures.length, 'permit figures for Russia 2017–2018 in data/').toBeGreaterThan(1);
  await page.goto(russiaCompare);
  await expect(page.locator('#compare li.row')).toHaveCount(shown.groups.length, {
    timeout: 30_000,
  });

  const json = await download(page, 'JSON');
  expectFileName(json.file, 'json');
  const document = JSON.parse(json.bytes.toString('utf8')) as {
    dataset: { version: string; hash: string };
    query: string;
    fields: { name: string; type: ColumnKind }[];
    rows: Row[];
  };
  expect(document.dataset).toMatchObject({ version: version.label, hash: version.hash });
  expect(document.query).toBe('compareReports');
  expectShownFigures(document.rows);

  const csv = await download(page, 'CSV');
  expectFileName(csv.file, 'csv');
  const text = csv.bytes.toString('utf8');
  expect(text.startsWith('\ufeff')).toBe(true);
  const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  const [header, ...records] = parsed.data;
  expect(header).toEqual(document.fields.map((field) => field.name));
  const numeric = new Set(['int32', 'int64', 'double']);
  const csvRows = records.map((cells) =>
    Object.fromEntries(
      document.fields.map(({ name, type }, index) => {
        const cell = cells[index] ?? '';
        if (cell === '') return [name, null];
        if (numeric.has(type)) return [name, Number(cell)];
        if (type === 'boolean') return [name, cell === 'true'];
        return [name, cell];
      }),
    ),
  );
  expect(csvRows).toEqual(document.rows);

  const parquet = await download(page, 'Parquet');
  expectFileName(parquet.file, 'parquet');
  const table = await readParquet(new Uint8Array(parquet.bytes));
  const columns = document.fields.map(({ name, type }) => ({ name, kind: type }));
  expect(table.rows).toEqual(asParquetRows(document.rows, columns));
  expect(table.metadata['nk-workers-abroad.version']).toBe(version.label);

  expect(seen.errors).toEqual([]);
  // Same origin only: the page's own server, or a blob: of the page (the wasm's bytes, the downloads).
  const sameOrigin = /^(blob:)?http:\/\/127\.0\.0\.1:/;
  expect(seen.requests.filter((url) => !sameOrigin.test(url))).toEqual([]);
});

test('the data package ZIP is served with the build, unzips and validates', async ({ page }) => {
  const response = await page.request.get(`/downloads/${dataZipFileName(version)}`);
  expect(response.status()).toBe(200);
  const entries = unzipSync(new Uint8Array(await response.body()));
  const folder = dataZipFileName(version).replace(/\.zip$/, '');
  expect(Object.keys(entries)).toEqual(
    expect.arrayContaining(
      ['README.md', 'datapackage.json', 'sources.csv', 'estimates.csv', 'events.csv'].map(
        (name) => `${folder}/${name}`,
      ),
    ),
  );
  const dir = await mkdtemp(join(tmpdir(), 'nk-zip-e2e-'));
  try {
    for (const [name, bytes] of Object.entries(entries)) {
      await mkdir(dirname(join(dir, name)), { recursive: true });
      await writeFile(join(dir, name), bytes);
    }
    // The maintainers' validator, as a command: it exits 1 on any problem.
    const report = execFileSync(
      'node_modules/.bin/tsx',
      ['src/cli/check-data.ts', join(dir, folder)],
      {
        encoding: 'utf8',
      },
    );
    expect(report).toMatch(/: 3 files, [\d,]+ rows, no problems\n$/);
    for (const name of ['sources.csv', 'estimates.csv', 'events.csv', 'datapackage.json']) {
      expect(
        Buffer.from(entries[`${folder}/${name}`] ?? []).equals(await readFile(join('data', name))),
        name,
      ).toBe(true);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
