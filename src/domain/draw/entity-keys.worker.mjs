// Worker thread for parallel-node.ts: keyE prefixes of the eligible records in [from, to) of a
// shared pool, written into a shared Float64Array. Plain JavaScript so that a worker starts in
// milliseconds without a TypeScript loader; it repeats keyPrefixRange of entity-keys.ts (the
// tests check that both give the same prefixes).
import { hash } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';

const SEED_BYTES = 32;
const ENTITY_TAG = 0x45;
const { algorithm, seed, idBytes, idOffsets, exclusion, out, from, to } = workerData;

const message = new Uint8Array(SEED_BYTES + 2 + 255);
message.set(seed);
message[SEED_BYTES] = ENTITY_TAG;
const views = Array.from({ length: 256 }, (_, len) => message.subarray(0, SEED_BYTES + 2 + len));
for (let i = from; i < to; i++) {
  if (exclusion[i] !== 0) continue;
  const start = idOffsets[i];
  const len = idOffsets[i + 1] - start;
  message[SEED_BYTES + 1] = len;
  for (let j = 0; j < len; j++) message[SEED_BYTES + 2 + j] = idBytes[start + j];
  const key = hash(algorithm, views[len], 'binary');
  const high = (key.charCodeAt(0) << 16) | (key.charCodeAt(1) << 8) | key.charCodeAt(2);
  const low = (key.charCodeAt(3) << 16) | (key.charCodeAt(4) << 8) | key.charCodeAt(5);
  out[i] = high * 0x1000000 + low;
}
parentPort.postMessage('done');
