/**
 * The classic worker DuckDB-WASM runs in (see wasmFedWorker in browser-dataset.ts). Its first message
 * names DuckDB's worker script and wasm; it then answers DuckDB's fetch of the wasm with the bytes the
 * page downloads and posts to it (WasmMessage), and loads DuckDB's script, which takes every other
 * message. A file of the site rather than a blob: URL, which the Content-Security-Policy's
 * `worker-src 'self'` refuses. A script, not a module: DuckDB's worker loads by importScripts.
 */
{
  const scope = self as unknown as DedicatedWorkerGlobalScope;
  let feed: ReadableStreamDefaultController<Uint8Array> | undefined;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      feed = controller;
    },
  });
  let started = false;
  scope.addEventListener('message', (event: MessageEvent<unknown>) => {
    const message = event.data;
    if (message === null || typeof message !== 'object') return;
    if (!started && 'duckdbWorker' in message && 'wasm' in message) {
      started = true;
      const { duckdbWorker, wasm } = message as { duckdbWorker: string; wasm: string };
      const fetchFromNetwork = scope.fetch.bind(scope);
      scope.fetch = (input, init) =>
        (input instanceof Request ? input.url : String(input)) === wasm
          ? Promise.resolve(new Response(body, { headers: { 'Content-Type': 'application/wasm' } }))
          : fetchFromNetwork(input, init);
      event.stopImmediatePropagation();
      scope.importScripts(duckdbWorker);
      return;
    }
    if ('wasmChunk' in message) feed?.enqueue(new Uint8Array(message.wasmChunk as ArrayBuffer));
    else if ('wasmEnd' in message) feed?.close();
    else if ('wasmError' in message) feed?.error(new Error(String(message.wasmError)));
    else return;
    event.stopImmediatePropagation();
  });
}
