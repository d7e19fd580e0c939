/**
 * A module worker that validates the data files (prepareDataset), so neither parsing nor validation
 * ever blocks the page, and on request sends the valid rows of some tables as Arrow IPC streams (for
 * files DuckDB cannot read itself). See prepareInWorker.
 */
import type { TableName } from '../data/rows.generated';
import { prepareDataset, type PreparedDataset, type ValidatedDataset } from './dataset';

export type PrepareRequest =
  /** The data files' bytes by resource path (null = could not be fetched, for the reason in readErrors). */
  | { validate: { files: Record<string, ArrayBuffer | null>; readErrors: Record<string, string> } }
  | { streams: TableName[] };

/** A measure the worker took, for the page to record on its own timeline. */
export interface WorkerMeasure {
  name: string;
  /** On the worker's clock (its performance.timeOrigin). */
  startTime: number;
  duration: number;
}

export type PrepareResponse =
  | { ok: true; validated: ValidatedDataset; measures: WorkerMeasure[]; timeOrigin: number }
  | {
      ok: true;
      streams: Partial<Record<TableName, Uint8Array | null>>;
      measures: WorkerMeasure[];
      timeOrigin: number;
    }
  | { ok: false; message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;
let prepared: PreparedDataset | undefined;

scope.addEventListener('message', (event: MessageEvent<PrepareRequest>) => {
  void answer(event.data).then(
    ({ response, transfer }) => scope.postMessage(response, transfer),
    (error: unknown) =>
      scope.postMessage({
        ok: false,
        message: error instanceof Error ? error.message : String(error),
      } satisfies PrepareResponse),
  );
});

async function answer(
  request: PrepareRequest,
): Promise<{ response: PrepareResponse; transfer: Transferable[] }> {
  const timeOrigin = performance.timeOrigin;
  if ('validate' in request) {
    const decoder = new TextDecoder();
    const texts: Record<string, string | null> = {};
    for (const [path, bytes] of Object.entries(request.validate.files))
      texts[path] = bytes === null ? null : decoder.decode(bytes);
    prepared = prepareDataset(texts, request.validate.readErrors);
    const { problems, dropped, layouts } = prepared;
    return {
      response: {
        ok: true,
        validated: { problems, dropped, layouts },
        measures: taken(),
        timeOrigin,
      },
      transfer: [],
    };
  }
  if (!prepared) throw new Error('no data validated yet');
  const streams = await prepared.streams(request.streams);
  return {
    response: { ok: true, streams, measures: taken(), timeOrigin },
    transfer: Object.values(streams).flatMap((stream) => (stream ? [stream.buffer] : [])),
  };
}

/** The measures taken since the last answer. */
function taken(): WorkerMeasure[] {
  const measures = performance
    .getEntriesByType('measure')
    .map(({ name, startTime, duration }) => ({ name, startTime, duration }));
  performance.clearMeasures();
  return measures;
}
