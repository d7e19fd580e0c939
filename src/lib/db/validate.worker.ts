/**
 * A module worker that validates the data files (prepareDataset), so neither joining, decoding,
 * parsing nor validation ever blocks the page. It sends the files' joined bytes back first, for DuckDB
 * to read while it validates, then what it found; and on request the valid rows of some tables as Arrow
 * IPC streams (for files DuckDB cannot read itself). See prepareInWorker.
 */
import { decodeUtf8, type DecodedText } from '../data/decode';
import type { TableName } from '../data/rows.generated';
import { prepareDataset, type PreparedDataset, type ValidatedDataset } from './dataset';
import { joinChunks } from './download';

export type PrepareRequest =
  /** Each data file's chunks as downloaded, by resource path (null = could not be fetched). */
  | {
      validate: {
        files: Record<string, Uint8Array[] | null>;
        readErrors: Record<string, string>;
        /** YYYY-MM-DD: the day dates are checked against (see validationDay). */
        today: string;
      };
    }
  | { streams: TableName[] };

/** A measure the worker took, for the page to record on its own timeline. */
export interface WorkerMeasure {
  name: string;
  /** On the worker's clock (its performance.timeOrigin). */
  startTime: number;
  duration: number;
}

interface Timed {
  measures: WorkerMeasure[];
  timeOrigin: number;
}

/** The answers to a validate request (joined, then validated) and to a streams request. */
export type PrepareResponse =
  | ({ ok: true; joined: Record<string, Uint8Array | null> } & Timed)
  | ({ ok: true; validated: ValidatedDataset } & Timed)
  | ({ ok: true; streams: Partial<Record<TableName, Uint8Array | null>> } & Timed)
  | { ok: false; message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;
let prepared: PreparedDataset | undefined;

scope.addEventListener('message', (event: MessageEvent<PrepareRequest>) => {
  void answer(event.data).catch((error: unknown) =>
    scope.postMessage({
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    } satisfies PrepareResponse),
  );
});

async function answer(request: PrepareRequest): Promise<void> {
  const timeOrigin = performance.timeOrigin;
  if ('validate' in request) {
    const joined: Record<string, Uint8Array | null> = {};
    // Decoded before the bytes go back to the page, which takes them.
    const texts: Record<string, DecodedText | null> = {};
    for (const [path, chunks] of Object.entries(request.validate.files)) {
      joined[path] = chunks && new Uint8Array(joinChunks(chunks));
      texts[path] = joined[path] && decodeUtf8(joined[path]);
    }
    const buffers = Object.values(joined).flatMap((bytes) => (bytes ? [bytes.buffer] : []));
    scope.postMessage({ ok: true, joined, measures: taken(), timeOrigin }, buffers);
    prepared = prepareDataset(texts, request.validate.readErrors, request.validate.today);
    const { problems, dropped, layouts } = prepared;
    const validated = { problems, dropped, layouts };
    scope.postMessage({ ok: true, validated, measures: taken(), timeOrigin });
    return;
  }
  if (!prepared) throw new Error('no data validated yet');
  const streams = await prepared.streams(request.streams);
  scope.postMessage(
    { ok: true, streams, measures: taken(), timeOrigin },
    Object.values(streams).flatMap((stream) => (stream ? [stream.buffer] : [])),
  );
}

/** The measures taken since the last answer. */
function taken(): WorkerMeasure[] {
  const measures = performance
    .getEntriesByType('measure')
    .map(({ name, startTime, duration }) => ({ name, startTime, duration }));
  performance.clearMeasures();
  return measures;
}
