// Node only: the draw with keyE computed on worker threads over shared memory. Everything else
// is the single-threaded domain code, so the result is the same by construction.
import { Worker } from 'node:worker_threads';
import { finishDraw, prepareDraw } from './compute.ts';
import type { ComputedDraw } from './compute.ts';
import { entityKeyPrefixes, keyPrefixRange } from './entity-keys.ts';
import type { Outcome } from './errors.ts';
import { NODE_ALGORITHM, nodeHasher } from './hash-node.ts';
import type { DrawInput, PoolTable, Suite } from './types.ts';

const WORKER_URL = new URL('./entity-keys.worker.mjs', import.meta.url);

function shared<T extends Uint8Array | Uint32Array>(array: T, make: (buffer: SharedArrayBuffer) => T): T {
  if (array.buffer instanceof SharedArrayBuffer) return array;
  const copy = make(new SharedArrayBuffer(array.byteLength));
  copy.set(array);
  return copy;
}

function runWorker(workerData: object): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_URL, { workerData });
    worker.once('message', () => resolve());
    worker.once('error', reject);
    worker.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`key worker exited with ${code}`)),
    );
  });
}

/**
 * keyE prefixes of every eligible record on `threads` threads: this one and threads − 1
 * workers, each on an equal slice of the pool.
 */
export async function keyPrefixesInThreads(
  seed: Uint8Array,
  pool: PoolTable,
  suite: Suite,
  threads: number,
): Promise<Float64Array> {
  const h = nodeHasher(suite);
  if (threads <= 1) return entityKeyPrefixes(h, seed, pool);
  const out = new Float64Array(new SharedArrayBuffer(pool.size * Float64Array.BYTES_PER_ELEMENT));
  const columns = {
    idBytes: shared(pool.idBytes, (b) => new Uint8Array(b)),
    idOffsets: shared(pool.idOffsets, (b) => new Uint32Array(b)),
    exclusion: shared(pool.exclusion, (b) => new Uint8Array(b)),
  };
  const bound = (k: number): number => Math.floor((pool.size * k) / threads);
  const algorithm = NODE_ALGORITHM[suite];
  const workers = Array.from({ length: threads - 1 }, (_, k) =>
    runWorker({ algorithm, seed, ...columns, out, from: bound(k + 1), to: bound(k + 2) }),
  );
  // This thread takes the first slice while the workers start.
  keyPrefixRange(h, seed, pool, out, 0, bound(1));
  await Promise.all(workers);
  return out;
}

export async function computeDrawInThreads(
  input: DrawInput,
  threads: number,
): Promise<Outcome<{ draw: ComputedDraw }>> {
  const h = nodeHasher(input.plan.suite);
  const prepared = prepareDraw(input, h);
  if (!prepared.ok) return prepared;
  const prefixes = await keyPrefixesInThreads(prepared.prepared.seed, input.pool, input.plan.suite, threads);
  return finishDraw(prepared.prepared, h, prefixes);
}
