/**
 * Precompressed copies of the build: `precompressPlugin()` in vite.config.ts writes <file>.br (Brotli,
 * quality 11 unless NKWA_BROTLI_QUALITY says less) and <file>.gz (gzip, level 9) beside every file of dist over 1 KB whose type compresses
 * (js, css, wasm, json, csv, svg, html…), for servers that send them as they are, then prints dist's
 * total size and its largest file. Brotli at quality 11 takes a minute on the DuckDB wasm, so each
 * result is cached by the SHA-256 of its input under node_modules/.cache. `npx tsx
 * src/build/precompress.ts DIR` does the same to DIR.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Files smaller than this are sent as they are. */
export const MIN_SIZE = 1024;
/** The extensions worth compressing: text and wasm, not images already compressed or archives. */
export const COMPRESSIBLE =
  /\.(js|mjs|cjs|css|wasm|json|csv|svg|html|txt|xml|map|md|cff|topojson)$/i;

export interface Compressed {
  file: string;
  size: number;
  br: number;
  gz: number;
}

export interface DistReport {
  /** Bytes of every file in dist, the compressed copies included. */
  total: number;
  /** Bytes of the files the site serves, without the compressed copies. */
  served: number;
  files: number;
  largest: { file: string; size: number };
  compressed: Compressed[];
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** Whether a file of dist gets compressed copies. */
export function isCompressible(path: string, size: number): boolean {
  return size > MIN_SIZE && COMPRESSIBLE.test(path) && !/\.(br|gz)$/.test(path);
}

/**
 * Brotli's quality: 11, the smallest files, for the site; NKWA_BROTLI_QUALITY lowers it for builds that
 * only test that the copies are served (tests/e2e/run.js: on the 33 MB wasm, quality 9 takes 6 s and
 * 11 takes 1–2 minutes, for a file 14% larger). The cache is keyed by quality too.
 */
function brotliQuality(): number {
  const quality = Number(process.env.NKWA_BROTLI_QUALITY ?? 11);
  if (!Number.isInteger(quality) || quality < 0 || quality > 11) {
    throw new Error(
      `NKWA_BROTLI_QUALITY must be 0 to 11, not "${process.env.NKWA_BROTLI_QUALITY}"`,
    );
  }
  return quality;
}

/** Compressed bytes of `bytes` by `kind`, from the cache when the same input was compressed before. */
async function compressCached(
  bytes: Buffer,
  kind: 'br' | 'gz',
  cacheDir: string | null,
): Promise<Buffer> {
  const quality = kind === 'br' ? brotliQuality() : 9;
  const key = `${createHash('sha256').update(bytes).digest('hex')}${quality === 11 ? '' : `-q${quality}`}`;
  const cached = cacheDir ? join(cacheDir, `${key}.${kind}`) : null;
  if (cached) {
    const hit = await readFile(cached).catch(() => null);
    if (hit) return hit;
  }
  const out =
    kind === 'br'
      ? await brotli(bytes, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: brotliQuality(),
            [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_GENERIC,
          },
        })
      : await gzipAsync(bytes, { level: 9 });
  if (cached && cacheDir) {
    await mkdir(cacheDir, { recursive: true });
    await writeFile(cached, out);
  }
  return out;
}

/**
 * Writes the .br and .gz copies beside every compressible file of `dir` over MIN_SIZE (replacing
 * older copies) and measures the result. `cacheDir` keeps compressed outputs by content between runs.
 */
export async function precompress(
  dir: string,
  { cacheDir = null }: { cacheDir?: string | null } = {},
): Promise<DistReport> {
  const files = (await filesUnder(dir)).filter((file) => !/\.(br|gz)$/.test(file));
  const sizes = await Promise.all(files.map(async (file) => (await stat(file)).size));
  // zlib's asynchronous calls run on the thread pool: every core works on a file at once.
  const compressed = await Promise.all(
    files.map(async (file, i): Promise<Compressed | null> => {
      const size = sizes[i]!;
      if (!isCompressible(file, size)) return null;
      const bytes = await readFile(file);
      const [br, gz] = await Promise.all([
        compressCached(bytes, 'br', cacheDir),
        compressCached(bytes, 'gz', cacheDir),
      ]);
      await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gz)]);
      return { file: relative(dir, file), size, br: br.length, gz: gz.length };
    }),
  );
  const all = await filesUnder(dir);
  const allSizes = await Promise.all(all.map(async (file) => (await stat(file)).size));
  let largest = { file: '', size: -1 };
  all.forEach((file, i) => {
    if (allSizes[i]! > largest.size) largest = { file: relative(dir, file), size: allSizes[i]! };
  });
  return {
    total: allSizes.reduce((a, b) => a + b, 0),
    served: sizes.reduce((a, b) => a + b, 0),
    files: files.length,
    largest,
    compressed: compressed.filter((entry): entry is Compressed => entry !== null),
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;

/** The lines the build prints. */
export function describeReport(dir: string, report: DistReport): string {
  return [
    `precompressed ${report.compressed.length} files (.br and .gz) in ${dir}`,
    `dist: ${report.files} files, ${mb(report.served)} served; ${mb(report.total)} with the compressed copies`,
    `largest file: ${report.largest.file} (${report.largest.size > 1024 * 1024 ? mb(report.largest.size) : kb(report.largest.size)})`,
  ].join('\n');
}

/**
 * The Vite plugin: after the bundle is written (and, being last, after the other plugins' files),
 * precompresses dist and prints its total size and its largest file. A build that failed wrote
 * nothing: it leaves dist alone and prints nothing.
 */
export function precompressPlugin(): Plugin {
  let outDir = 'dist';
  let root = process.cwd();
  let written = false;
  return {
    name: 'nk-workers-abroad:precompress',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
    },
    buildStart() {
      written = false;
    },
    writeBundle() {
      written = true;
    },
    closeBundle: {
      order: 'post',
      async handler() {
        if (!written) return;
        const report = await precompress(outDir, {
          cacheDir: join(root, 'node_modules', '.cache', 'nk-workers-abroad-precompress'),
        });
        process.stdout.write(`${describeReport(relative(root, outDir) || '.', report)}\n`);
      },
    },
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dirArgument = process.argv[2];
  if (!dirArgument) {
    process.stderr.write('usage: tsx src/build/precompress.ts DIR\n');
    process.exit(1);
  }
  const dir = resolve(process.env.INIT_CWD ?? process.cwd(), dirArgument);
  precompress(dir).then(
    (report) => process.stdout.write(`${describeReport(dir, report)}\n`),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
