// The RFC 9162 tree read from stored complete subtrees: node(level, index) is the hash of leaves
// [index·2^level, (index+1)·2^level). Root and proofs then cost O(log n) node reads instead of n leaves.
import { nodeHash, type HashFn } from './merkle.ts';

export type NodeReader = (level: number, index: number) => Uint8Array;

/** The largest power of two smaller than n (n ≥ 2). */
function split(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** MTH(D[start:end]) for the ranges the RFC's recursion visits (start is a multiple of the split). */
export function rangeHash(h: HashFn, node: NodeReader, start: number, end: number): Uint8Array {
  const n = end - start;
  if (n === 0) return h(new Uint8Array(0));
  if ((n & (n - 1)) === 0 && start % n === 0) return node(Math.log2(n), start / n);
  const k = split(n);
  return nodeHash(h, rangeHash(h, node, start, start + k), rangeHash(h, node, start + k, end));
}

export const storedRoot = (h: HashFn, node: NodeReader, size: number): Uint8Array =>
  rangeHash(h, node, 0, size);

/** PATH(m, D[n]) as merkle.ts computes it from leaves, read from stored subtrees. */
export function storedInclusionProof(h: HashFn, node: NodeReader, m: number, size: number): Uint8Array[] {
  const path = (m: number, start: number, end: number): Uint8Array[] => {
    if (end - start <= 1) return [];
    const k = split(end - start);
    return m < k
      ? [...path(m, start, start + k), rangeHash(h, node, start + k, end)]
      : [...path(m - k, start + k, end), rangeHash(h, node, start, start + k)];
  };
  return path(m, 0, size);
}

/** PROOF(m, D[n]) as merkle.ts computes it from leaves, read from stored subtrees. */
export function storedConsistencyProof(h: HashFn, node: NodeReader, m: number, size: number): Uint8Array[] {
  const sub = (m: number, start: number, end: number, whole: boolean): Uint8Array[] => {
    if (m === end - start) return whole ? [] : [rangeHash(h, node, start, end)];
    const k = split(end - start);
    return m <= k
      ? [...sub(m, start, start + k, whole), rangeHash(h, node, start + k, end)]
      : [...sub(m - k, start + k, end, false), rangeHash(h, node, start, start + k)];
  };
  return m > 0 && m < size ? sub(m, 0, size, true) : [];
}

/**
 * The (level, index) pairs a computation reads: run it once with a recording reader, fetch those nodes
 * in one query, run it again with the real ones.
 */
export function nodesRead(compute: (node: NodeReader) => unknown): [number, number][] {
  const seen = new Map<string, [number, number]>();
  compute((level, index) => {
    seen.set(`${level}:${index}`, [level, index]);
    return new Uint8Array(32);
  });
  return [...seen.values()];
}

/** The complete subtrees that leaf `index` closes: (level, index) of each new node above level 0. */
export function nodesClosedBy(index: number): [number, number][] {
  const out: [number, number][] = [];
  for (let level = 0, i = index; i % 2 === 1; level++, i = (i - 1) / 2) out.push([level + 1, (i - 1) / 2]);
  return out;
}
