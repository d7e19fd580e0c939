import type { PreparedDataset } from './dataset';
import type { PrepareRequest, PrepareResponse } from './validate.worker';

/**
 * prepareDataset in a module worker: the data files' bytes go to the worker (transferred, not copied)
 * and their Arrow IPC streams come back the same way. The worker ends once it has answered.
 */
export function prepareInWorker(
  files: Record<string, ArrayBuffer | null>,
  readErrors: Record<string, string>,
): Promise<PreparedDataset> {
  const worker = new Worker(new URL('./validate.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<PreparedDataset>((resolve, reject) => {
    worker.addEventListener('message', (event: MessageEvent<PrepareResponse>) => {
      if (event.data.ok) resolve(event.data.prepared);
      else reject(new Error(`The data could not be validated: ${event.data.message}`));
    });
    worker.addEventListener('messageerror', () =>
      reject(new Error('The validation worker sent a message that could not be read')),
    );
    worker.addEventListener('error', (event) =>
      reject(new Error(`The validation worker failed: ${event.message || 'it could not start'}`)),
    );
    const request: PrepareRequest = { files, readErrors };
    worker.postMessage(
      request,
      Object.values(files).filter((bytes): bytes is ArrayBuffer => bytes !== null),
    );
  }).finally(() => worker.terminate());
}
