// Reads, parses and validates a directory file off the main thread and posts ready COPY data.
import { Readable } from 'node:stream';
import { parentPort, workerData } from 'node:worker_threads';
import { copyBatches, inspectorLine, newSink, type ParseSink } from './copy-lines.ts';
import { entityCopyBatches } from './entity-copy.ts';
import { parseImportBatches } from './import-batch.ts';
import type { FromWorker, ParseWorkerInit, ToWorker } from './parse-worker-protocol.ts';
import { SpreadsheetError } from './spreadsheet-error.ts';

// At most this many batches wait for the main thread: as much as one PGlite COPY takes, so parsing goes on meanwhile.
const MAX_IN_FLIGHT = 16;

const port = parentPort!;
const init = workerData as ParseWorkerInit;
const post = (message: FromWorker) => port.postMessage(message);

let inFlight = 0;
let acked: (() => void) | null = null;
const chunks: Buffer[] = [];
let ended = false;
let arrived: (() => void) | null = null;

port.on('message', (m: ToWorker) => {
  if (m.type === 'ack') {
    inFlight--;
    acked?.();
    acked = null;
    return;
  }
  if (m.type === 'chunk') chunks.push(Buffer.from(m.bytes.buffer, m.bytes.byteOffset, m.bytes.byteLength));
  else ended = true;
  arrived?.();
  arrived = null;
});

/** The upload's bytes as forwarded by the main thread; each chunk is acknowledged once read. */
async function* forwarded(): AsyncGenerator<Buffer, void, undefined> {
  for (;;) {
    const chunk = chunks.shift();
    if (chunk !== undefined) {
      post({ type: 'consumed', bytes: chunk.length });
      yield chunk;
    } else if (ended) return;
    else await new Promise<void>((resolve) => (arrived = resolve));
  }
}

function batches(sink: ParseSink): AsyncGenerator<string, void, undefined> {
  const source = init.path ?? Readable.from(forwarded(), { objectMode: false });
  const options = { fileName: init.fileName, today: init.today };
  return init.kind === 'entities'
    ? entityCopyBatches(parseImportBatches(source, 'entities', options), sink, {
        unitId: init.unitId,
        importId: init.importId,
        today: init.today,
        dataKey: init.dataKey,
      })
    : copyBatches(
        parseImportBatches(source, 'inspectors', options),
        inspectorLine(new Set(init.knownItemCodes)),
        sink,
      );
}

/** The rejections listed since the last message, and the count of all so far. */
const rejections = (sink: ParseSink) => ({
  rejected: sink.rejected.splice(0),
  rejectedCount: sink.rejectedCount,
});

async function main(): Promise<void> {
  const sink = newSink();
  for await (const csv of batches(sink)) {
    while (inFlight >= MAX_IN_FLIGHT) await new Promise<void>((resolve) => (acked = resolve));
    inFlight++;
    post({ type: 'batch', csv, ...rejections(sink), read: sink.read });
  }
  post({ type: 'done', ...rejections(sink), read: sink.read, summary: sink.summary });
}

main().catch((err: unknown) => {
  const e = err instanceof Error ? err : new Error(String(err));
  const code = (e as { code?: unknown }).code;
  post({
    type: 'error',
    spreadsheet: err instanceof SpreadsheetError,
    code: typeof code === 'string' ? code : undefined,
    message: e.message,
  });
});
