// The pool in id byte order (DRAW.md §1, §2): the order the pool digest hashes the records in.
// Ten million ids must sort in well under a second: a pool that arrives sorted (as a database
// returns it) costs one comparison per record; otherwise ids are cut into 4-byte chunks, packed
// with the record index into 64-bit integers and sorted natively, chunk after chunk.
import { compareIds } from './pool-table.ts';
import type { PoolTable } from './types.ts';

const NATIVE_MIN_SIZE = 1024;
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

export interface PoolOrder {
  /** Record indices in id byte order. */
  readonly order: Uint32Array;
  /** True when the ids are known to be distinct (they arrived strictly increasing). */
  readonly distinct: boolean;
}

export function poolOrder(table: PoolTable): PoolOrder {
  const order = new Uint32Array(table.size);
  for (let i = 0; i < order.length; i++) order[i] = i;
  if (isStrictlyIncreasing(table)) return { order, distinct: true };
  if (table.size >= NATIVE_MIN_SIZE && LITTLE_ENDIAN) return { order: chunkOrder(table), distinct: false };
  return { order: order.sort((i, j) => compareIds(table, i, j)), distinct: false };
}

function isStrictlyIncreasing(table: PoolTable): boolean {
  for (let i = 1; i < table.size; i++) if (compareIds(table, i - 1, i) >= 0) return false;
  return true;
}

/**
 * The sort key of a record is its id bytes padded with 0 to the longest id, then its length:
 * that is byte order (a padded tie means one id is the other plus zero bytes, and the shorter
 * sorts first). Positions where every record has the same byte cannot change the order and are
 * skipped, so that the chunks hold the bytes that differ.
 */
function keyPositions(table: PoolTable): number[] {
  const { idBytes, idOffsets } = table;
  let width = 0;
  for (let i = 0; i < table.size; i++) width = Math.max(width, idOffsets[i + 1]! - idOffsets[i]!);
  const positions: number[] = [];
  for (let p = 0; p < width; p++) {
    const first = byteAt(idBytes, idOffsets, 0, p);
    for (let i = 1; i < table.size; i++) {
      if (byteAt(idBytes, idOffsets, i, p) !== first) {
        positions.push(p);
        break;
      }
    }
  }
  positions.push(-1); // -1: the length, last
  return positions;
}

function byteAt(idBytes: Uint8Array, idOffsets: Uint32Array, i: number, p: number): number {
  const at = idOffsets[i]! + p;
  if (p < 0) return idOffsets[i + 1]! - idOffsets[i]!;
  return at < idOffsets[i + 1]! ? idBytes[at]! : 0;
}

/** Chunk `level` (4 key bytes as one integer) of record i. */
function chunkOf(table: PoolTable, positions: readonly number[], level: number, i: number): number {
  let chunk = 0;
  for (let c = level * 4; c < level * 4 + 4; c++) {
    const p = positions[c];
    chunk = chunk * 256 + (p === undefined ? 0 : byteAt(table.idBytes, table.idOffsets, i, p));
  }
  return chunk;
}

/** Levels 0 and 1 are read in record order, once: reading ids in sorted order misses the cache. */
const EAGER_LEVELS = 2;

/** Sorts records by 4 key bytes at a time; runs that tie go on to the next 4. */
function chunkOrder(table: PoolTable): Uint32Array {
  const positions = keyPositions(table);
  const eager = Array.from({ length: EAGER_LEVELS }, (_, level) => {
    const chunks = new Uint32Array(table.size);
    for (let i = 0; i < table.size; i++) chunks[i] = chunkOf(table, positions, level, i);
    return chunks;
  });
  const keys = new BigUint64Array(table.size);
  // On a little-endian machine word 2k is the low half of keys[k]: the record index.
  const words = new Uint32Array(keys.buffer);
  for (let i = 0; i < table.size; i++) words[2 * i] = i;
  const pending: [start: number, end: number, level: number][] = [[0, table.size, 0]];
  for (let run = pending.pop(); run; run = pending.pop()) {
    const [start, end, level] = run;
    const chunks = eager[level];
    for (let k = start; k < end; k++) {
      const i = words[2 * k]!;
      words[2 * k + 1] = chunks ? chunks[i]! : chunkOf(table, positions, level, i);
    }
    keys.subarray(start, end).sort();
    if ((level + 1) * 4 >= positions.length) continue;
    // Runs of equal chunks are still unordered among themselves.
    for (let a = start; a < end;) {
      let b = a + 1;
      while (b < end && words[2 * b + 1] === words[2 * a + 1]) b++;
      if (b - a > 1) pending.push([a, b, level + 1]);
      a = b;
    }
  }
  const order = new Uint32Array(table.size);
  for (let k = 0; k < order.length; k++) order[k] = words[2 * k]!;
  return order;
}
