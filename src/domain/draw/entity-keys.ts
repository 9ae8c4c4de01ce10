// keyE(id) = H(k ‖ 0x45 ‖ u8(len id) ‖ id) and keyI(e, i) = H(seed ‖ 0x49 ‖ u8(len e) ‖ e ‖
// u8(len i) ‖ i) (DRAW.md §4, §5, §9): k is the seed in RDRAW-1 and the stratum's key k_g in RDRAW-2,
// so keyE takes one 32-byte key per stratum of the pool (`keys[stratumOf[i]]`). Ranking needs every eligible entity's key, so the hot loop
// keeps only a 48-bit prefix per record; full keys are recomputed for the few prefix ties.
// draw.worker.mjs repeats keyPrefixRange for worker threads: keep the two in step.
import type { Hasher } from './hasher.ts';
import type { PoolTable } from './types.ts';

export const ENTITY_TAG = 0x45;
export const INSPECTOR_TAG = 0x49;
const SEED_BYTES = 32;

/** The first 6 bytes of a binary-string digest as an exact integer (< 2^48). */
export function binaryPrefix(key: string): number {
  const high = (key.charCodeAt(0) << 16) | (key.charCodeAt(1) << 8) | key.charCodeAt(2);
  const low = (key.charCodeAt(3) << 16) | (key.charCodeAt(4) << 8) | key.charCodeAt(5);
  return high * 0x1000000 + low;
}

/** The keyE key of every stratum of the pool: the seed itself in RDRAW-1. */
export type StratumKeys = readonly Uint8Array[];

/** keyE prefixes of the eligible records in [from, to); other slots are left as they are. */
export function keyPrefixRange(
  h: Hasher,
  keys: StratumKeys,
  pool: PoolTable,
  out: Float64Array,
  from: number,
  to: number,
): void {
  const message = new Uint8Array(SEED_BYTES + 2 + 255);
  message[SEED_BYTES] = ENTITY_TAG;
  // One view per id length, made once: a subarray per record would cost an allocation each.
  const views = Array.from({ length: 256 }, (_, len) => message.subarray(0, SEED_BYTES + 2 + len));
  const { idBytes, idOffsets, exclusion, stratumOf } = pool;
  let current = -1;
  for (let i = from; i < to; i++) {
    if (exclusion[i] !== 0) continue;
    if (stratumOf[i] !== current) {
      current = stratumOf[i]!;
      message.set(keys[current]!);
    }
    const start = idOffsets[i]!;
    const len = idOffsets[i + 1]! - start;
    message[SEED_BYTES + 1] = len;
    for (let j = 0; j < len; j++) message[SEED_BYTES + 2 + j] = idBytes[start + j]!;
    out[i] = binaryPrefix(h.hashBinary(views[len]!));
  }
}

export function entityKeyPrefixes(h: Hasher, keys: StratumKeys, pool: PoolTable): Float64Array {
  const out = new Float64Array(pool.size);
  keyPrefixRange(h, keys, pool, out, 0, pool.size);
  return out;
}

/** The full keyE as a binary string (compare with `<`); `key` is the seed or the stratum's k_g. */
export function entityKey(h: Hasher, key: Uint8Array, id: Uint8Array): string {
  const message = new Uint8Array(SEED_BYTES + 2 + id.length);
  message.set(key);
  message[SEED_BYTES] = ENTITY_TAG;
  message[SEED_BYTES + 1] = id.length;
  message.set(id, SEED_BYTES + 2);
  return h.hashBinary(message);
}

/** keyI(e, i) for every inspector i of a list, as binary strings (compare with `<`). */
export function inspectorKeys(
  h: Hasher,
  seed: Uint8Array,
  entity: Uint8Array,
  inspectors: readonly Uint8Array[],
): string[] {
  const head = SEED_BYTES + 2 + entity.length;
  const message = new Uint8Array(head + 1 + 255);
  message.set(seed);
  message[SEED_BYTES] = INSPECTOR_TAG;
  message[SEED_BYTES + 1] = entity.length;
  message.set(entity, SEED_BYTES + 2);
  const views = new Map<number, Uint8Array>();
  return inspectors.map((id) => {
    message[head] = id.length;
    for (let j = 0; j < id.length; j++) message[head + 1 + j] = id[j]!;
    let view = views.get(id.length);
    if (!view) views.set(id.length, (view = message.subarray(0, head + 1 + id.length)));
    return h.hashBinary(view);
  });
}
