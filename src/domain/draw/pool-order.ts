// The pool in id byte order (DRAW.md §1, §2): the order the pool digest hashes the records in.
// Ten million ids must sort in about a second, so short ids take an LSD radix sort over byte
// columns; a pool that arrives sorted (as a database returns it) costs one comparison per record.
import { compareIds } from './pool-table.ts';
import type { PoolTable } from './types.ts';

const RADIX_MAX_ID_BYTES = 32;
const RADIX_MIN_SIZE = 4096;

export function poolOrder(table: PoolTable): Uint32Array {
  const order = new Uint32Array(table.size);
  for (let i = 0; i < order.length; i++) order[i] = i;
  if (isSorted(table)) return order;
  if (table.size >= RADIX_MIN_SIZE && maxIdLength(table) <= RADIX_MAX_ID_BYTES) return radixOrder(table);
  return order.sort((i, j) => compareIds(table, i, j));
}

function isSorted(table: PoolTable): boolean {
  for (let i = 1; i < table.size; i++) if (compareIds(table, i - 1, i) > 0) return false;
  return true;
}

function maxIdLength(table: PoolTable): number {
  const { idOffsets } = table;
  let max = 0;
  for (let i = 0; i < table.size; i++) max = Math.max(max, idOffsets[i + 1]! - idOffsets[i]!);
  return max;
}

/**
 * Sorts by (id bytes padded with 0 to the longest id, then length), which is byte order: a
 * padded tie means one id is the other followed by zero bytes, and the shorter sorts first.
 */
function radixOrder(table: PoolTable): Uint32Array {
  const n = table.size;
  const width = maxIdLength(table);
  const columns = byteColumns(table, width);
  let from = new Uint32Array(n);
  let to = new Uint32Array(n);
  for (let i = 0; i < n; i++) from[i] = i;
  const lengths = new Uint8Array(n);
  for (let i = 0; i < n; i++) lengths[i] = table.idOffsets[i + 1]! - table.idOffsets[i]!;
  // Least significant first: length, then the last byte column … the first.
  for (let p = width; p >= 0; p--) {
    const digits = p === width ? lengths : columns.subarray(p * n, (p + 1) * n);
    if (scatter(digits, from, to)) [from, to] = [to, from];
  }
  return from;
}

/** Column-major copy of the ids: column p holds byte p of every id (0 past its end). */
function byteColumns(table: PoolTable, width: number): Uint8Array {
  const n = table.size;
  const { idBytes, idOffsets } = table;
  const columns = new Uint8Array(width * n);
  for (let i = 0; i < n; i++) {
    const a = idOffsets[i]!;
    const len = idOffsets[i + 1]! - a;
    for (let p = 0; p < len; p++) columns[p * n + i] = idBytes[a + p]!;
  }
  return columns;
}

/** One stable counting-sort pass; false (and nothing moved) when every digit is the same. */
function scatter(digits: Uint8Array, from: Uint32Array, to: Uint32Array): boolean {
  const count = new Uint32Array(256);
  for (let i = 0; i < digits.length; i++) count[digits[i]!]!++;
  if (count.includes(digits.length)) return false;
  let sum = 0;
  for (let d = 0; d < 256; d++) {
    const c = count[d]!;
    count[d] = sum;
    sum += c;
  }
  for (let i = 0; i < from.length; i++) {
    const record = from[i]!;
    to[count[digits[record]!]!++] = record;
  }
  return true;
}
