import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';

/** A byte stream whose first bytes were read ahead; `rest()` replays them and continues with the source. */
export interface PeekedSource {
  readonly head: Buffer;
  /** True when the whole source fits in `head`. */
  readonly ended: boolean;
  /** Every chunk of the source exactly once, `head` first. */
  rest(): AsyncGenerator<Buffer, void, undefined>;
  /** Releases the source (closes the file) when `rest()` will not be read to the end. */
  close(): Promise<void>;
}

function toReadable(source: string | NodeJS.ReadableStream): Readable {
  if (typeof source === 'string') return createReadStream(source);
  return source instanceof Readable ? source : new Readable().wrap(source);
}

const toBuffer = (chunk: unknown): Buffer =>
  Buffer.isBuffer(chunk)
    ? chunk
    : typeof chunk === 'string'
      ? Buffer.from(chunk)
      : Buffer.from(chunk as Uint8Array);

/** Reads at least `size` bytes (or the whole source if shorter) without losing anything. */
export async function peekSource(
  source: string | NodeJS.ReadableStream,
  size: number,
  onChunk?: (chunk: Buffer) => void,
): Promise<PeekedSource> {
  const iterator = toReadable(source)[Symbol.asyncIterator]() as AsyncIterator<unknown>;
  const chunks: Buffer[] = [];
  let length = 0;
  let ended = false;
  while (length < size) {
    const next = await iterator.next();
    if (next.done === true) {
      ended = true;
      break;
    }
    const chunk = toBuffer(next.value);
    onChunk?.(chunk);
    chunks.push(chunk);
    length += chunk.length;
  }
  const head = Buffer.concat(chunks);
  async function* rest(): AsyncGenerator<Buffer, void, undefined> {
    let done = ended;
    try {
      if (head.length > 0) yield head;
      while (!done) {
        const next = await iterator.next();
        done = next.done === true;
        if (next.done === true) return;
        const chunk = toBuffer(next.value);
        onChunk?.(chunk);
        yield chunk;
      }
    } finally {
      if (!done) await iterator.return?.();
    }
  }
  const close = async () => {
    await iterator.return?.();
  };
  return { head, ended, rest, close };
}
