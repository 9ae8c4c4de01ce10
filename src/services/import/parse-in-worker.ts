import { Readable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import { UnreadableFileError } from '../errors.ts';
import type { ParseSink } from './copy-lines.ts';
import type { FromWorker, ParseWorkerInit, ToWorker } from './parse-worker-protocol.ts';

const ENTRY = new URL('./parse-worker.mjs', import.meta.url);
// Upload bytes sent to the worker but not yet read by it (keeps memory flat for a slow consumer).
const MAX_UNREAD_BYTES = 16 * 1024 * 1024;

type Init = Omit<ParseWorkerInit, 'path'>;

function workerError(m: Extract<FromWorker, { type: 'error' }>): Error {
  if (m.spreadsheet && m.code !== undefined) return new UnreadableFileError(m.code, m.message);
  return Object.assign(new Error(m.message), m.code === undefined ? {} : { code: m.code });
}

/**
 * Parses and validates the file in a worker thread, so that it overlaps the COPY on another core.
 * Yields COPY data; rejections, the summary and the rows read land in `sink` as the batches arrive.
 */
export async function* parseInWorker(
  source: string | NodeJS.ReadableStream,
  init: Init,
  sink: ParseSink,
  onProgress?: (rowsRead: number) => void,
): AsyncGenerator<string, void, undefined> {
  const path = typeof source === 'string' ? source : null;
  const worker = new Worker(ENTRY, { workerData: { ...init, path } satisfies ParseWorkerInit });
  const inbox: FromWorker[] = [];
  const state = { failure: null as Error | null, exited: false, unread: 0, stopped: false };
  let wake: (() => void) | null = null;
  let drained: (() => void) | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };
  worker.on('message', (m: FromWorker) => {
    if (m.type !== 'consumed') inbox.push(m);
    else if ((state.unread -= m.bytes) < MAX_UNREAD_BYTES) drained?.();
    notify();
  });
  worker.on('error', (err) => {
    state.failure ??= err;
    notify();
  });
  worker.on('exit', () => {
    state.exited = true;
    drained?.();
    notify();
  });
  const send = (m: ToWorker, transfer?: ArrayBuffer[]) => worker.postMessage(m, transfer);
  if (path === null)
    void forward(source as NodeJS.ReadableStream, send, state, (resolve) => (drained = resolve)).catch(
      (err: unknown) => {
        state.failure ??= err instanceof Error ? err : new Error(String(err));
        notify();
      },
    );
  try {
    for (;;) {
      if (state.failure !== null) throw state.failure;
      const m = inbox.shift();
      if (m === undefined) {
        if (state.exited) throw new Error('import worker stopped unexpectedly');
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      if (m.type === 'error') throw workerError(m);
      if (m.type === 'consumed') continue;
      // One by one: spreading 150,000 rejections into push() overflows the call stack.
      for (const r of m.rejected) sink.rejected.push(r);
      sink.rejectedCount = m.rejectedCount;
      if (Math.floor(m.read / 10000) > Math.floor(sink.read / 10000)) onProgress?.(m.read);
      sink.read = m.read;
      if (m.type === 'done') {
        sink.summary = m.summary;
        return;
      }
      send({ type: 'ack' });
      yield m.csv;
    }
  } finally {
    state.stopped = true;
    await worker.terminate();
  }
}

/** Forwards the upload's chunks to the worker (transferred, not copied twice), pausing while it lags. */
async function forward(
  source: NodeJS.ReadableStream,
  send: (m: ToWorker, transfer?: ArrayBuffer[]) => void,
  state: { unread: number; stopped: boolean; exited: boolean },
  onDrained: (resolve: () => void) => void,
): Promise<void> {
  const readable = source instanceof Readable ? source : new Readable().wrap(source);
  for await (const chunk of readable as AsyncIterable<unknown>) {
    if (state.stopped || state.exited) break;
    const bytes =
      typeof chunk === 'string' ? new Uint8Array(Buffer.from(chunk)) : new Uint8Array(chunk as Uint8Array);
    state.unread += bytes.byteLength;
    send({ type: 'chunk', bytes }, [bytes.buffer]);
    while (state.unread >= MAX_UNREAD_BYTES && !state.stopped && !state.exited)
      await new Promise<void>(onDrained);
  }
  if (!state.stopped && !state.exited) send({ type: 'end' });
}
