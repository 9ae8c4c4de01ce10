// Building and reading the columnar entity pool (see PoolTable).
import { fromUtf8 } from './encoding.ts';
import type { PoolRecord, PoolTable } from './types.ts';

const encoder = new TextEncoder();

/** Appends records one by one, e.g. while streaming rows from a database. */
export class PoolTableBuilder {
  private idBytes: Uint8Array = new Uint8Array(1 << 16);
  private idOffsets: Uint32Array = new Uint32Array(1 << 12);
  private stratumOf: Uint32Array = new Uint32Array(1 << 12);
  private exclusion: Uint8Array = new Uint8Array(1 << 12);
  private readonly strata: string[] = [];
  private readonly stratumIndex = new Map<string, number>();
  private size = 0;
  private bytesUsed = 0;

  add(id: string, stratum: string, exclusion: number): void {
    this.reserve(id.length * 3);
    const { written } = encoder.encodeInto(id, this.idBytes.subarray(this.bytesUsed));
    this.idOffsets[this.size] = this.bytesUsed;
    this.bytesUsed += written;
    this.stratumOf[this.size] = this.stratumIndexOf(stratum);
    // Codes outside 0–255 are kept out of range (not wrapped) so that validation still sees them.
    this.exclusion[this.size] =
      Number.isInteger(exclusion) && exclusion >= 0 && exclusion <= 255 ? exclusion : 255;
    this.size++;
  }

  /** The same as `add`, with the id as UTF-8 bytes `src[start, end)` (a database's output, not copied first). */
  addUtf8(src: Uint8Array, start: number, end: number, stratum: string, exclusion: number): void {
    const len = end - start;
    this.reserve(len);
    const at = this.bytesUsed;
    for (let j = 0; j < len; j++) this.idBytes[at + j] = src[start + j]!;
    this.idOffsets[this.size] = at;
    this.bytesUsed += len;
    this.stratumOf[this.size] = this.stratumIndexOf(stratum);
    this.exclusion[this.size] =
      Number.isInteger(exclusion) && exclusion >= 0 && exclusion <= 255 ? exclusion : 255;
    this.size++;
  }

  /**
   * The table, in exact-size arrays; `shared` puts them in SharedArrayBuffers, so that worker
   * threads (parallel-node.ts) read them without a copy.
   */
  build(options: { readonly shared?: boolean } = {}): PoolTable {
    const memory = (bytes: number): ArrayBufferLike =>
      options.shared ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes);
    const idBytes = new Uint8Array(memory(this.bytesUsed));
    idBytes.set(this.idBytes.subarray(0, this.bytesUsed));
    const idOffsets = new Uint32Array(memory(4 * (this.size + 1)));
    idOffsets.set(this.idOffsets.subarray(0, this.size));
    idOffsets[this.size] = this.bytesUsed;
    const stratumOf = new Uint32Array(memory(4 * this.size));
    stratumOf.set(this.stratumOf.subarray(0, this.size));
    const exclusion = new Uint8Array(memory(this.size));
    exclusion.set(this.exclusion.subarray(0, this.size));
    return { size: this.size, idBytes, idOffsets, strata: [...this.strata], stratumOf, exclusion };
  }

  private stratumIndexOf(stratum: string): number {
    let index = this.stratumIndex.get(stratum);
    if (index === undefined) {
      index = this.strata.length;
      this.strata.push(stratum);
      this.stratumIndex.set(stratum, index);
    }
    return index;
  }

  private reserve(maxIdBytes: number): void {
    if (this.bytesUsed + maxIdBytes > this.idBytes.length) {
      this.idBytes = growBytes(this.idBytes, this.bytesUsed + maxIdBytes);
    }
    if (this.size + 1 >= this.idOffsets.length) {
      this.idOffsets = growWords(this.idOffsets, this.size + 2);
      this.stratumOf = growWords(this.stratumOf, this.size + 2);
      this.exclusion = growBytes(this.exclusion, this.size + 2);
    }
  }
}

// Doubling keeps appending linear.
function growBytes(array: Uint8Array, atLeast: number): Uint8Array {
  const next = new Uint8Array(Math.max(array.length * 2, atLeast));
  next.set(array);
  return next;
}

function growWords(array: Uint32Array, atLeast: number): Uint32Array {
  const next = new Uint32Array(Math.max(array.length * 2, atLeast));
  next.set(array);
  return next;
}

export function poolTableFromRecords(records: readonly PoolRecord[]): PoolTable {
  const builder = new PoolTableBuilder();
  for (const r of records) builder.add(r.id, r.stratum, r.exclusion);
  return builder.build();
}

export function poolIdBytes(table: PoolTable, i: number): Uint8Array {
  return table.idBytes.subarray(table.idOffsets[i], table.idOffsets[i + 1]);
}

export function poolId(table: PoolTable, i: number): string {
  return fromUtf8(poolIdBytes(table, i));
}

export function poolRecord(table: PoolTable, i: number): PoolRecord {
  return {
    id: poolId(table, i),
    stratum: table.strata[table.stratumOf[i] ?? 0] ?? '',
    exclusion: table.exclusion[i] ?? 0,
  };
}

/** Compares the ids of records i and j as UTF-8 bytes, without copying them. */
export function compareIds(table: PoolTable, i: number, j: number): number {
  const { idBytes, idOffsets } = table;
  const a = idOffsets[i] ?? 0;
  const b = idOffsets[j] ?? 0;
  const la = (idOffsets[i + 1] ?? 0) - a;
  const lb = (idOffsets[j + 1] ?? 0) - b;
  const n = Math.min(la, lb);
  for (let k = 0; k < n; k++) {
    const d = (idBytes[a + k] ?? 0) - (idBytes[b + k] ?? 0);
    if (d !== 0) return d;
  }
  return la - lb;
}
