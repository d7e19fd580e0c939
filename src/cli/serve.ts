// `npm start`: serves a build as a static host does. The precompressed .br/.gz copies the build
// writes go to browsers that accept them (Content-Encoding, Vary: Accept-Encoding), .wasm is
// application/wasm, fingerprinted assets/ are cached for a year and everything else is revalidated,
// and the pages and assets/ carry the Content-Security-Policy (src/build/hostHeaders.ts). Under a
// sub-path, as a build made with `vite build --base /some/path/`.
//
//   tsx src/cli/serve.ts [DIR] [--port 4173] [--host localhost] [--base /]
import { createServer, type Server } from 'node:http';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import sirv from 'sirv';
import { headersFor } from '../build/hostHeaders';

export interface ServeOptions {
  dir: string;
  port: number;
  host: string;
  /** The path the site is served under, with both slashes: '/' or '/some/path/'. */
  base: string;
  /** False: none of the build's own headers (no policy, no caching rules), as a plain static host. */
  headers?: boolean;
}

/** Starts serving `dir` under `base`; resolves once the server listens. */
export async function serveBuild({
  dir,
  port,
  host,
  base,
  headers = true,
}: ServeOptions): Promise<Server> {
  if (!base.startsWith('/') || !base.endsWith('/'))
    throw new Error(`--base must start and end with "/", not "${base}"`);
  const files = sirv(resolve(dir), {
    brotli: true,
    gzip: true,
    etag: true,
    setHeaders(response, pathname) {
      if (!headers) return;
      for (const [name, value] of Object.entries(headersFor(pathname.slice(1))))
        response.setHeader(name, value);
    },
  });
  const server = createServer((request, response) => {
    const url = request.url ?? '/';
    if (`${url.split('?')[0]}/` === base) {
      response.writeHead(301, { Location: base + url.slice(base.length - 1) }).end();
      return;
    }
    if (!url.startsWith(base)) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found\n');
      return;
    }
    request.url = url.slice(base.length - 1);
    files(request, response, () => {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found\n');
    });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, done);
  });
  return server;
}

function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      port: { type: 'string', default: '4173' },
      host: { type: 'string', default: 'localhost' },
      base: { type: 'string', default: '/' },
    },
  });
  const options: ServeOptions = {
    dir: positionals[0] ?? 'dist',
    port: Number(values.port),
    host: values.host,
    base: values.base,
  };
  serveBuild(options).then(
    () =>
      console.log(
        `Serving ${options.dir} at http://${options.host}:${options.port}${options.base}`,
      ),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
