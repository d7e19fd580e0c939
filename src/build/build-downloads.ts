/**
 * The whole data package as one ZIP, built with the site: `downloadsPlugin()` in vite.config.ts emits it
 * as dist/downloads/nk-workers-abroad-data-<date>-<hash>.zip and serves `virtual:downloads` (its URL,
 * file name and size) to the app; the dev server builds it on request. `npx tsx
 * src/build/build-downloads.ts OUT_DIR` writes it to OUT_DIR.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { zipSync, type Zippable } from 'fflate';
import type { Plugin } from 'vite';
import { dataZipFileName, type DataZipInfo, type DatasetVersion } from '../lib/export/fileName.ts';
import { computeDatasetVersion, packageFileBytes, versionedFiles } from './datasetVersion.ts';

const DOWNLOADS_DIR = 'downloads';
const CITATION_FILE = 'CITATION.cff';

export interface DataZip {
  /** e.g. nk-workers-abroad-data-2026-11-27-1a2b3c4d.zip */
  fileName: string;
  /** The folder every file sits in inside the ZIP: the file name without .zip. */
  folder: string;
  bytes: Uint8Array;
}

export interface DataZipOptions {
  /** The repository root, where CITATION.cff is. */
  rootDir: string;
  /** The data package directory; `<rootDir>/data` by default. */
  dataDir?: string;
  /** The version of the data package; computed from dataDir by default. */
  version?: DatasetVersion;
}

/**
 * Zips the data package: the files datapackage.json lists and datapackage.json itself, byte for byte
 * as in data/; data/README.md as CODEBOOK.md, data/EXCLUDED.md and data/CHANGELOG.md where present;
 * the repository's CITATION.cff; and a README.md naming each file, the version and how to cite. All in
 * one folder named after the ZIP, dated at the version's date, so the same data gives the same bytes.
 * Throws when a file is missing, CITATION.cff included.
 */
export function buildDataZip({ rootDir, dataDir, version }: DataZipOptions): DataZip {
  const dir = dataDir ?? join(rootDir, 'data');
  const packageVersion = version ?? computeDatasetVersion(dir);
  const fileName = dataZipFileName(packageVersion);
  const folder = fileName.replace(/\.zip$/, '');
  const citationPath = join(rootDir, CITATION_FILE);
  if (!existsSync(citationPath)) {
    throw new Error(
      `${CITATION_FILE} is missing from ${rootDir}: the data ZIP must carry it (see src/build/build-downloads.ts)`,
    );
  }

  const files = new Map<string, Uint8Array>();
  for (const path of versionedFiles(dir)) files.set(path, packageFileBytes(dir, path));
  const extras: [from: string, to: string][] = [
    ['README.md', 'CODEBOOK.md'],
    ['EXCLUDED.md', 'EXCLUDED.md'],
    ['CHANGELOG.md', 'CHANGELOG.md'],
  ];
  for (const [from, to] of extras) {
    if (existsSync(join(dir, from))) files.set(to, readFileSync(join(dir, from)));
  }
  files.set(CITATION_FILE, readFileSync(citationPath));
  const descriptor = JSON.parse(
    new TextDecoder().decode(files.get('datapackage.json')),
  ) as Descriptor;
  files.set(
    'README.md',
    new TextEncoder().encode(readme(descriptor, packageVersion, [...files.keys()])),
  );

  // fflate writes DOS times from the Date's local fields: local midnight keeps them time-zone free.
  const [year, month, day] = packageVersion.date.split('-').map(Number);
  const mtime = new Date(year ?? 1980, (month ?? 1) - 1, day ?? 1);
  const entries: Zippable = {};
  for (const name of [...files.keys()].sort()) entries[`${folder}/${name}`] = files.get(name)!;
  return { fileName, folder, bytes: zipSync(entries, { level: 9, mtime }) };
}

interface Descriptor {
  title?: string;
  description?: string;
  licenses?: { name?: string; path?: string; title?: string }[];
  resources: { name: string; path: string; description?: string }[];
}

const OTHER_FILES: Record<string, string> = {
  'datapackage.json':
    'The Frictionless Data Package descriptor: the Table Schema of each CSV file (types, required fields, codes, keys, foreign keys). It is the source of truth for the columns.',
  'CODEBOOK.md':
    'The columns, the measure codebook, how the data was made and how to contribute (data/README.md in the repository).',
  'EXCLUDED.md': 'The evidence rows left out of the data, and why.',
  'CHANGELOG.md': 'What changed from one version of the data to the next.',
  'CITATION.cff': 'How to cite the dataset, in the Citation File Format.',
  'README.md': 'This file.',
};

/** The ZIP's README.md: the version, each file with what it holds, how to cite, the licence. */
export function readme(descriptor: Descriptor, version: DatasetVersion, names: string[]): string {
  const title = descriptor.title ?? 'nk-workers-abroad';
  const resourceFiles = new Map(
    descriptor.resources.map((resource) => [resource.path, resource.description ?? '']),
  );
  const rows = [...new Set(['README.md', ...names])]
    .sort((a, b) => fileOrder(a, resourceFiles) - fileOrder(b, resourceFiles) || (a < b ? -1 : 1))
    .map((name) => `| \`${name}\` | ${resourceFiles.get(name) ?? OTHER_FILES[name] ?? ''} |`);
  const licence = (descriptor.licenses ?? [])
    .map(
      (licence) =>
        `${licence.title ?? licence.name ?? ''}${licence.path ? ` (${licence.path})` : ''}`,
    )
    .join('; ');
  return `# ${title}

Data version **${version.label}** (content hash \`${version.hash}\`, dated ${version.date}).

${descriptor.description ?? ''}

## Files

| file | what it holds |
| --- | --- |
${rows.join('\n')}

The CSV files and \`datapackage.json\` are byte for byte those of \`data/\` in the project's repository at
this version. Any Frictionless Data tool reads them with their types; in the repository,
\`npm run data:check -- DIR\` validates a copy of them in DIR. Empty cells are missing values; booleans are
\`yes\` and \`no\`.

## How to cite

Cite the dataset with its version, and each figure's own publication: every row of \`estimates.csv\` names
its publication in \`sources.csv\` (title, publisher, URL and date), and the figure belongs to it.

> nk-workers-abroad contributors. ${title}. Dataset, version ${version.label}.${licence ? ` ${licence}.` : ''}

\`CITATION.cff\` holds the citation metadata for reference managers; it has no version, so add the one
above.

## Licence

${licence ? `${licence}.` : 'See datapackage.json.'} The figures belong to the publications cited; the
notes are the project's own.
`;
}

function fileOrder(name: string, resources: Map<string, string>): number {
  if (name === 'README.md') return 0;
  if (resources.has(name)) return 1;
  if (name === 'datapackage.json') return 2;
  return 3;
}

const VIRTUAL_MODULE_ID = 'virtual:downloads';
const RESOLVED_ID = `\0${VIRTUAL_MODULE_ID}`;

/**
 * A Vite plugin that emits the data ZIP into the build (downloads/<file name>) and serves
 * `virtual:downloads`: `export const dataZip = { url, fileName, size }`. The dev server builds the ZIP
 * when it is requested; the module is recomputed when a data file changes.
 */
export function downloadsPlugin({ dataDir = 'data' }: { dataDir?: string } = {}): Plugin {
  let root = process.cwd();
  let base = '/';
  let built: DataZip | undefined;
  const build = () => (built ??= buildDataZip({ rootDir: root, dataDir: resolve(root, dataDir) }));
  const path = (zip: DataZip) => `${DOWNLOADS_DIR}/${zip.fileName}`;
  return {
    name: 'nk-workers-abroad:downloads',
    configResolved(config) {
      root = config.root;
      base = config.base;
    },
    buildStart() {
      built = undefined;
    },
    resolveId(id) {
      return id === VIRTUAL_MODULE_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      built = undefined;
      const zip = build();
      const dir = resolve(root, dataDir);
      for (const file of versionedFiles(dir)) this.addWatchFile(join(dir, file));
      const info: DataZipInfo = {
        url: `${base}${path(zip)}`,
        fileName: zip.fileName,
        size: zip.bytes.length,
      };
      return `export const dataZip = Object.freeze(${JSON.stringify(info)});\n`;
    },
    generateBundle() {
      const zip = build();
      this.emitFile({ type: 'asset', fileName: path(zip), source: zip.bytes });
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const prefix = `${base}${DOWNLOADS_DIR}/`;
        if (!request.url?.startsWith(prefix)) return next();
        built = undefined;
        const zip = build();
        if (request.url !== `${base}${path(zip)}`) return next();
        response.setHeader('Content-Type', 'application/zip');
        response.end(zip.bytes);
      });
    },
  };
}

async function main(args: string[]): Promise<void> {
  const outArgument = args[0];
  if (!outArgument) throw new Error('usage: tsx src/build/build-downloads.ts OUT_DIR');
  const out = resolve(process.env.INIT_CWD ?? process.cwd(), outArgument);
  const zip = buildDataZip({ rootDir: fileURLToPath(new URL('../../', import.meta.url)) });
  await mkdir(out, { recursive: true });
  await writeFile(join(out, zip.fileName), zip.bytes);
  process.stdout.write(
    `${join(out, zip.fileName)} (${zip.bytes.length.toLocaleString('en-US')} bytes)\n`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
