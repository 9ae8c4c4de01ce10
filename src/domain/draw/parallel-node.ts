// Node only: the draw with its two heavy loops — keyE of every eligible entity, keyI of every
// selected entity × inspector — split over worker threads (draw.worker.mjs) and shared memory.
// Everything else is the single-threaded domain code, and the loops give the same values.
import { Worker } from 'node:worker_threads';
import { completeDraw, prepareDraw, selectEntities } from './compute.ts';
import type { ComputedDraw } from './compute.ts';
import { entityKeyPrefixes, keyPrefixRange } from './entity-keys.ts';
import type { StratumKeys } from './entity-keys.ts';
import type { Outcome } from './errors.ts';
import { NODE_ALGORITHM, nodeHasher } from './hash-node.ts';
import { inspectorOrder, teamPools } from './teams.ts';
import type { InspectorOrders, TeamMember } from './teams.ts';
import type { DrawInput, PoolTable, Suite } from './types.ts';

const WORKER_URL = new URL('./draw.worker.mjs', import.meta.url);
/** Below this many hashes a worker costs more to start than it saves. */
const MIN_PARALLEL_HASHES = 200_000;

function shared<T extends Uint8Array | Uint32Array>(array: T, make: (buffer: SharedArrayBuffer) => T): T {
  if (array.buffer instanceof SharedArrayBuffer) return array;
  const copy = make(new SharedArrayBuffer(array.byteLength));
  copy.set(array);
  return copy;
}

function runWorker(workerData: object): Promise<void> {
  return new Promise((resolve, reject) => {
    // The worker is plain JavaScript: without the parent's loader flags (tsx) it starts 3–5× sooner.
    const worker = new Worker(WORKER_URL, { workerData, execArgv: [] });
    worker.once('message', () => resolve());
    worker.once('error', reject);
    worker.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`draw worker exited with ${code}`)),
    );
  });
}

/** Slice k of n items over `threads`: this thread takes slice 0, the workers the others. */
function slices(items: number, threads: number): [from: number, to: number][] {
  const bound = (k: number): number => Math.floor((items * k) / threads);
  return Array.from({ length: threads }, (_, k) => [bound(k), bound(k + 1)]);
}

/** keyE prefixes of every eligible record, on `threads` threads; `keys`: one per stratum of the pool. */
export async function keyPrefixesInThreads(
  keys: StratumKeys,
  pool: PoolTable,
  suite: Suite,
  threads: number,
  minHashes = MIN_PARALLEL_HASHES,
): Promise<Float64Array> {
  const h = nodeHasher(suite);
  if (threads <= 1 || pool.size < minHashes) return entityKeyPrefixes(h, keys, pool);
  const out = new Float64Array(new SharedArrayBuffer(pool.size * Float64Array.BYTES_PER_ELEMENT));
  const packedKeys = new Uint8Array(keys.length * 32);
  keys.forEach((key, g) => packedKeys.set(key, g * 32));
  const columns = {
    keys: packedKeys,
    idBytes: shared(pool.idBytes, (b) => new Uint8Array(b)),
    idOffsets: shared(pool.idOffsets, (b) => new Uint32Array(b)),
    stratumOf: shared(pool.stratumOf, (b) => new Uint32Array(b)),
    exclusion: shared(pool.exclusion, (b) => new Uint8Array(b)),
  };
  const [mine, ...theirs] = slices(pool.size, threads);
  const algorithm = NODE_ALGORITHM[suite];
  const workers = theirs.map(([from, to]) =>
    runWorker({ task: 'entity-keys', algorithm, ...columns, out, from, to }),
  );
  keyPrefixRange(h, keys, pool, out, ...(mine ?? [0, 0]));
  await Promise.all(workers);
  return out;
}

function packed(ids: readonly Uint8Array[]): { bytes: Uint8Array; offsets: Uint32Array } {
  const offsets = new Uint32Array(ids.length + 1);
  ids.forEach((id, k) => (offsets[k + 1] = (offsets[k] ?? 0) + id.length));
  const bytes = new Uint8Array(offsets[ids.length] ?? 0);
  ids.forEach((id, k) => bytes.set(id, offsets[k]));
  return { bytes, offsets };
}

/** The (keyI, id) order of every team pool for every selected entity, on `threads` threads. */
export async function inspectorOrdersInThreads(
  seed: Uint8Array,
  suite: Suite,
  entities: readonly { readonly bytes: Uint8Array }[],
  pools: readonly (readonly TeamMember[])[],
  threads: number,
  minHashes = MIN_PARALLEL_HASHES,
): Promise<InspectorOrders | undefined> {
  const stride = pools.reduce((n, p) => n + p.length, 0);
  if (threads <= 1 || entities.length * stride < minHashes) return undefined;
  const bases = pools.map((_, j) => pools.slice(0, j).reduce((n, p) => n + p.length, 0));
  const out = new Uint32Array(
    new SharedArrayBuffer(entities.length * stride * Uint32Array.BYTES_PER_ELEMENT),
  );
  const { bytes: entityBytes, offsets: entityOffsets } = packed(entities.map((e) => e.bytes));
  const packedPools = pools.map((p, j) => ({ ...packed(p.map((m) => m.bytes)), base: bases[j] ?? 0 }));
  const [mine, ...theirs] = slices(entities.length, threads);
  const common = {
    task: 'inspector-orders',
    algorithm: NODE_ALGORITHM[suite],
    seed,
    entityBytes,
    entityOffsets,
    pools: packedPools,
    out,
    stride,
  };
  const workers = theirs.map(([from, to]) => runWorker({ ...common, from, to }));
  const h = nodeHasher(suite);
  const [from, to] = mine ?? [0, 0];
  for (let k = from; k < to; k++) {
    pools.forEach((p, j) =>
      out.set(
        inspectorOrder(h, seed, entities[k]?.bytes ?? new Uint8Array(0), p),
        k * stride + (bases[j] ?? 0),
      ),
    );
  }
  await Promise.all(workers);
  return (k, j) =>
    out.subarray(k * stride + (bases[j] ?? 0), k * stride + (bases[j] ?? 0) + (pools[j]?.length ?? 0));
}

/** The draw on `threads` threads; loops under `minHashes` hashes stay on this thread. */
export async function computeDrawInThreads(
  input: DrawInput,
  threads: number,
  minHashes = MIN_PARALLEL_HASHES,
): Promise<Outcome<{ draw: ComputedDraw }>> {
  const { suite } = input.plan;
  const h = nodeHasher(suite);
  const prepared = prepareDraw(input, h);
  if (!prepared.ok) return prepared;
  const { seed, entityKeys } = prepared.prepared;
  const prefixes = await keyPrefixesInThreads(entityKeys, input.pool, suite, threads, minHashes);
  const selection = selectEntities(prepared.prepared, h, prefixes);
  const pools = teamPools(input.plan, input.inspectors);
  const orders = await inspectorOrdersInThreads(seed, suite, selection.entities, pools, threads, minHashes);
  return completeDraw(prepared.prepared, h, selection, orders);
}
