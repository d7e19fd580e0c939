/**
 * A module worker that validates the data files and turns their valid rows into Arrow IPC streams
 * (prepareDataset), so neither parsing nor validation ever blocks the page. It answers one request and
 * transfers the streams' bytes; see prepareInWorker.
 */
import { prepareDataset, type PreparedDataset } from './dataset';

/** The data files' bytes by resource path (null = could not be fetched, for the reason in readErrors). */
export interface PrepareRequest {
  files: Record<string, ArrayBuffer | null>;
  readErrors: Record<string, string>;
}

export type PrepareResponse =
  { ok: true; prepared: PreparedDataset } | { ok: false; message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.addEventListener('message', (event: MessageEvent<PrepareRequest>) => {
  let response: PrepareResponse;
  try {
    const decoder = new TextDecoder();
    const texts: Record<string, string | null> = {};
    for (const [path, bytes] of Object.entries(event.data.files)) {
      texts[path] = bytes === null ? null : decoder.decode(bytes);
    }
    response = { ok: true, prepared: prepareDataset(texts, event.data.readErrors) };
  } catch (error) {
    response = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  const transfer = response.ok
    ? Object.values(response.prepared.streams).flatMap((stream) => (stream ? [stream.buffer] : []))
    : [];
  scope.postMessage(response, transfer);
});
