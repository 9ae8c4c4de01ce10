// Worker thread for parallel-node.ts, in plain JavaScript so that it starts in milliseconds
// without a TypeScript loader. It repeats two loops of the domain code — keep them in step:
// - 'entity-keys': keyPrefixRange of entity-keys.ts (keyE prefixes into a shared Float64Array;
//   `keys` holds each stratum's 32-byte key back to back);
// - 'inspector-orders': inspectorOrder of teams.ts (members by (keyI, id) into a shared Uint32Array).
// parallel-node.test.ts checks that both give what the domain code gives.
import { hash } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';

const SEED_BYTES = 32;

function entityKeys({ algorithm, keys, idBytes, idOffsets, stratumOf, exclusion, out, from, to }) {
  const message = new Uint8Array(SEED_BYTES + 2 + 255);
  message[SEED_BYTES] = 0x45;
  const views = Array.from({ length: 256 }, (_, len) => message.subarray(0, SEED_BYTES + 2 + len));
  let current = -1;
  for (let i = from; i < to; i++) {
    if (exclusion[i] !== 0) continue;
    if (stratumOf[i] !== current) {
      current = stratumOf[i];
      message.set(keys.subarray(current * SEED_BYTES, (current + 1) * SEED_BYTES));
    }
    const start = idOffsets[i];
    const len = idOffsets[i + 1] - start;
    message[SEED_BYTES + 1] = len;
    for (let j = 0; j < len; j++) message[SEED_BYTES + 2 + j] = idBytes[start + j];
    const key = hash(algorithm, views[len], 'binary');
    const high = (key.charCodeAt(0) << 16) | (key.charCodeAt(1) << 8) | key.charCodeAt(2);
    const low = (key.charCodeAt(3) << 16) | (key.charCodeAt(4) << 8) | key.charCodeAt(5);
    out[i] = high * 0x1000000 + low;
  }
}

function compareMembers(pool, a, b) {
  const x = pool.offsets[a];
  const y = pool.offsets[b];
  const lx = pool.offsets[a + 1] - x;
  const ly = pool.offsets[b + 1] - y;
  for (let k = 0; k < Math.min(lx, ly); k++) {
    const d = pool.bytes[x + k] - pool.bytes[y + k];
    if (d !== 0) return d;
  }
  return lx - ly;
}

function inspectorOrders({ algorithm, seed, entityBytes, entityOffsets, pools, out, stride, from, to }) {
  const message = new Uint8Array(SEED_BYTES + 2 + 255 + 1 + 255);
  message.set(seed);
  message[SEED_BYTES] = 0x49;
  for (let k = from; k < to; k++) {
    const start = entityOffsets[k];
    const len = entityOffsets[k + 1] - start;
    message[SEED_BYTES + 1] = len;
    message.set(entityBytes.subarray(start, start + len), SEED_BYTES + 2);
    const head = SEED_BYTES + 2 + len;
    for (const pool of pools) {
      const count = pool.offsets.length - 1;
      const keys = new Array(count);
      for (let m = 0; m < count; m++) {
        const s = pool.offsets[m];
        const l = pool.offsets[m + 1] - s;
        message[head] = l;
        message.set(pool.bytes.subarray(s, s + l), head + 1);
        keys[m] = hash(algorithm, message.subarray(0, head + 1 + l), 'binary');
      }
      const order = Array.from({ length: count }, (_, m) => m);
      order.sort((a, b) => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : compareMembers(pool, a, b)));
      out.set(order, k * stride + pool.base);
    }
  }
}

if (workerData.task === 'entity-keys') entityKeys(workerData);
else inspectorOrders(workerData);
parentPort.postMessage('done');
