// `npm start` serves a build as a static host does: precompressed copies, types, cache headers, base.
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../src/build/contentSecurityPolicy';
import { headersFile } from '../../src/build/hostHeaders';
import { serveBuild } from '../../src/cli/serve';

/** A build as `vite build` writes it: each file with its .br and .gz copies. */
function writeBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'nkwa-serve-'));
  const files: Record<string, string> = {
    'index.html': '<!doctype html><title>app</title>',
    'about/index.html': '<!doctype html><title>about</title>',
    'embeds/worldwide.html': '<!doctype html><title>worldwide</title>',
    'assets/index-1a2b3c.js': 'console.log(1)',
    'assets/duckdb-eh-9ubY.wasm': '\0asm',
    'embeds/worldwide.svg': '<svg/>',
  };
  for (const [path, text] of Object.entries(files)) {
    const file = join(dir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    writeFileSync(`${file}.br`, brotliCompressSync(text));
    writeFileSync(`${file}.gz`, gzipSync(text));
  }
  return dir;
}

function get(server: Server, path: string, encoding = 'br, gzip') {
  const { port } = server.address() as AddressInfo;
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined> }>(
    (resolve, reject) => {
      request(
        { port, host: '127.0.0.1', path, headers: { 'accept-encoding': encoding } },
        (res) => {
          res.resume();
          resolve({ status: res.statusCode ?? 0, headers: res.headers });
        },
      )
        .on('error', reject)
        .end();
    },
  );
}

describe.each(['/', '/some/path/'])('serveBuild under %s', (base) => {
  let server: Server;
  beforeAll(async () => {
    server = await serveBuild({ dir: writeBuild(), port: 0, host: '127.0.0.1', base });
  });
  afterAll(() => server.close());

  it.each([
    ['', 'br, gzip', 'text/html;charset=utf-8', 'br', 'no-cache'],
    ['about/', 'gzip', 'text/html;charset=utf-8', 'gzip', 'no-cache'],
    [
      'assets/duckdb-eh-9ubY.wasm',
      'br',
      'application/wasm',
      'br',
      'public, max-age=31536000, immutable',
    ],
    [
      'assets/index-1a2b3c.js',
      '',
      'text/javascript',
      undefined,
      'public, max-age=31536000, immutable',
    ],
    ['embeds/worldwide.svg', 'gzip, br', 'image/svg+xml', 'br', 'no-cache'],
  ])('%s (Accept-Encoding: %s)', async (path, encoding, type, sent, cache) => {
    const { status, headers } = await get(server, base + path, encoding);
    expect(status).toBe(200);
    expect(headers['content-type']).toBe(type);
    expect(headers['content-encoding']).toBe(sent);
    expect(headers['vary']).toBe('Accept-Encoding');
    expect(headers['cache-control']).toBe(cache);
  });

  it.each([
    ['', 'app'],
    ['about/', 'app'],
    ['assets/index-1a2b3c.js', 'app'],
    ['embeds/worldwide.html', 'embed'],
    ['embeds/worldwide', 'embed'],
    ['embeds/worldwide.svg', undefined],
  ] as const)('%s comes with the %s Content-Security-Policy', async (path, kind) => {
    const { status, headers } = await get(server, base + path);
    expect(status).toBe(200);
    expect(headers['content-security-policy']).toBe(kind && contentSecurityPolicy(kind));
  });

  it('answers 404 for a file the build does not have', async () => {
    expect((await get(server, `${base}missing.js`)).status).toBe(404);
  });

  if (base !== '/') {
    it('answers only under its base, and sends the base without its slash to it', async () => {
      expect((await get(server, '/assets/index-1a2b3c.js')).status).toBe(404);
      const bare = await get(server, '/some/path?view=about');
      expect(bare.status).toBe(301);
      expect(bare.headers.location).toBe('/some/path/?view=about');
    });
  }
});

describe('headersFile', () => {
  const file = headersFile('/some/path/', [
    'index.html',
    'about/index.html',
    'embed.html',
    'embeds/worldwide.html',
  ]);
  /** Each rule's path and its headers. */
  const rules = new Map<string, string[]>();
  let current: string[] = [];
  for (const line of file.split('\n')) {
    if (line.startsWith('#') || line === '') continue;
    if (line.startsWith('  ')) current.push(line.trim());
    else rules.set(line, (current = []));
  }
  const app = `Content-Security-Policy: ${contentSecurityPolicy('app')}`;
  const embed = `Content-Security-Policy: ${contentSecurityPolicy('embed')}`;

  it('caches the fingerprinted files of the base for a year, with the app’s policy', () => {
    expect(rules.get('/some/path/assets/*')).toEqual([
      'Cache-Control: public, max-age=31536000, immutable',
      app,
    ]);
  });

  it('gives each page its policy by name, with and without .html, and has no catch-all', () => {
    expect(Object.fromEntries([...rules].filter(([path]) => !path.includes('assets')))).toEqual({
      '/some/path/': [app],
      '/some/path/index.html': [app],
      '/some/path/about/': [app],
      '/some/path/about/index.html': [app],
      '/some/path/embed.html': [embed],
      '/some/path/embed': [embed],
      '/some/path/embeds/worldwide.html': [embed],
      '/some/path/embeds/worldwide': [embed],
    });
    // A splat would also match a page, and the host would join both policies.
    expect([...rules.keys()].filter((path) => path.includes('*'))).toEqual(['/some/path/assets/*']);
  });
});
