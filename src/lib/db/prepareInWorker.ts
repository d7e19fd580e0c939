import type { TableName } from '../data/rows.generated';
import type { PreparedDataset } from './dataset';
import type { PrepareRequest, PrepareResponse, WorkerMeasure } from './validate.worker';

type Answer = Extract<PrepareResponse, { ok: true }>;

/** prepareDataset in a module worker, started before the files arrive so that its code is loaded. */
export interface ValidationWorker {
  /**
   * Sends the data files' bytes by resource path (transferred, not copied; null = could not be
   * fetched, for the reason in readErrors); what the worker found comes back, and Arrow streams of
   * tables (transferred) when asked for. Once only.
   */
  prepare(
    files: Record<string, ArrayBuffer | null>,
    readErrors: Record<string, string>,
  ): Promise<PreparedDataset>;
  /** Ends the worker, which keeps the validated rows until then. */
  close(): void;
}

export function startValidationWorker(): ValidationWorker {
  const worker = new Worker(new URL('./validate.worker.ts', import.meta.url), { type: 'module' });
  let pending: { resolve(answer: Answer): void; reject(error: Error): void } | null = null;
  const fail = (error: Error) => {
    pending?.reject(error);
    pending = null;
  };
  worker.addEventListener('message', (event: MessageEvent<PrepareResponse>) => {
    const response = event.data;
    if (!response.ok)
      return fail(new Error(`The data could not be validated: ${response.message}`));
    recordMeasures(response.measures, response.timeOrigin);
    pending?.resolve(response);
    pending = null;
  });
  worker.addEventListener('messageerror', () =>
    fail(new Error('The validation worker sent a message that could not be read')),
  );
  worker.addEventListener('error', (event) =>
    fail(new Error(`The validation worker failed: ${event.message || 'it could not start'}`)),
  );
  // One request at a time: the loader asks for streams only once validation has answered.
  const ask = (request: PrepareRequest, transfer: Transferable[] = []) =>
    new Promise<Answer>((resolve, reject) => {
      pending = { resolve, reject };
      worker.postMessage(request, transfer);
    });
  const streams = async (names: readonly TableName[]) => {
    const answer = await ask({ streams: [...names] });
    if (!('streams' in answer)) throw new Error('The validation worker answered out of turn');
    return answer.streams;
  };
  return {
    async prepare(files, readErrors) {
      const answer = await ask(
        { validate: { files, readErrors } },
        Object.values(files).filter((bytes): bytes is ArrayBuffer => bytes !== null),
      );
      if (!('validated' in answer)) throw new Error('The validation worker answered out of turn');
      return { ...answer.validated, streams };
    },
    close: () => worker.terminate(),
  };
}

/** The worker's measures (parse, validate, arrow) on the page's timeline, beside its own. */
function recordMeasures(measures: WorkerMeasure[], timeOrigin: number): void {
  for (const { name, startTime, duration } of measures)
    performance.measure(name, { start: startTime + timeOrigin - performance.timeOrigin, duration });
}
