import type { TableName } from '../data/rows.generated';
import type { PreparedDataset } from './dataset';
import type { PrepareRequest, PrepareResponse, WorkerMeasure } from './validate.worker';

type Answer = Extract<PrepareResponse, { ok: true }>;

/**
 * The day the validator takes as today on a reader's machine: its clock's UTC date, but never before
 * the data's own date, so that a clock set in the past does not refuse figures the build accepted.
 */
export function validationDay(clock: Date, dataDate: string): string {
  const day = clock.toISOString().slice(0, 10);
  return day < dataDate ? dataDate : day;
}

/** prepareDataset in a module worker, started before the files arrive so that its code is loaded. */
export interface ValidationWorker {
  /**
   * Sends each data file's chunks as downloaded, by resource path (transferred, not copied; null =
   * could not be fetched, for the reason in readErrors). The worker joins them and sends the bytes
   * back (`joined`, for DuckDB), then what it found (`prepared`); Arrow streams of tables come back
   * (transferred) when asked for. Once only.
   */
  prepare(
    files: Record<string, Uint8Array[] | null>,
    readErrors: Record<string, string>,
    today: string,
  ): { joined: Promise<Record<string, Uint8Array | null>>; prepared: Promise<PreparedDataset> };
  /** Ends the worker, which keeps the validated rows until then. */
  close(): void;
}

export function startValidationWorker(): ValidationWorker {
  const worker = new Worker(new URL('./validate.worker.ts', import.meta.url), { type: 'module' });
  // The worker answers in the order asked: each answer settles the oldest waiting one.
  const waiting: { resolve(answer: Answer): void; reject(error: Error): void }[] = [];
  const fail = (error: Error) => {
    for (const answer of waiting.splice(0)) answer.reject(error);
  };
  worker.addEventListener('message', (event: MessageEvent<PrepareResponse>) => {
    const response = event.data;
    if (!response.ok)
      return fail(new Error(`The data could not be validated: ${response.message}`));
    recordMeasures(response.measures, response.timeOrigin);
    waiting.shift()?.resolve(response);
  });
  worker.addEventListener('messageerror', () =>
    fail(new Error('The validation worker sent a message that could not be read')),
  );
  worker.addEventListener('error', (event) =>
    fail(new Error(`The validation worker failed: ${event.message || 'it could not start'}`)),
  );
  const answer = () =>
    new Promise<Answer>((resolve, reject) => {
      waiting.push({ resolve, reject });
    });
  const outOfTurn = () => new Error('The validation worker answered out of turn');
  const streams = async (names: readonly TableName[]) => {
    const streamed = answer();
    worker.postMessage({ streams: [...names] } satisfies PrepareRequest);
    const response = await streamed;
    if (!('streams' in response)) throw outOfTurn();
    return response.streams;
  };
  return {
    prepare(files, readErrors, today) {
      const joined = answer();
      const validated = answer();
      // A chunk may share its buffer with another: each buffer is listed once.
      const buffers = new Set(
        Object.values(files).flatMap((chunks) => (chunks ?? []).map((chunk) => chunk.buffer)),
      );
      worker.postMessage({ validate: { files, readErrors, today } } satisfies PrepareRequest, [
        ...buffers,
      ]);
      return {
        joined: joined.then((response) => {
          if (!('joined' in response)) throw outOfTurn();
          return response.joined;
        }),
        prepared: validated.then((response) => {
          if (!('validated' in response)) throw outOfTurn();
          return { ...response.validated, streams };
        }),
      };
    },
    close: () => worker.terminate(),
  };
}

/** The worker's measures (parse, validate, arrow) on the page's timeline, beside its own. */
function recordMeasures(measures: WorkerMeasure[], timeOrigin: number): void {
  for (const { name, startTime, duration } of measures)
    performance.measure(name, { start: startTime + timeOrigin - performance.timeOrigin, duration });
}
