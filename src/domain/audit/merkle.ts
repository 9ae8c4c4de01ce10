// The Merkle tree of RFC 9162 §2.1 (as RFC 6962): the audit log's tamper evidence. Pure: the hash is
// given (SHA-256 by default; SM3 selectable), so the server, the CLI and a browser run the same code.
// Issue 10.3 builds on this: leaves are audit events; proofs are O(log n) hashes.

export type HashFn = (data: Uint8Array) => Uint8Array;

const LEAF = 0x00;
const NODE = 0x01;

function concat(...parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export const leafHash = (h: HashFn, leaf: Uint8Array): Uint8Array => h(concat(Uint8Array.of(LEAF), leaf));
export const nodeHash = (h: HashFn, left: Uint8Array, right: Uint8Array): Uint8Array =>
  h(concat(Uint8Array.of(NODE), left, right));

/** The largest power of two smaller than n (n ≥ 2). */
function split(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** MTH(D[n]) over leaf hashes; the empty tree's root is H() of nothing. */
export function rootOf(h: HashFn, leaves: readonly Uint8Array[]): Uint8Array {
  if (leaves.length === 0) return h(new Uint8Array(0));
  if (leaves.length === 1) return leaves[0]!;
  const k = split(leaves.length);
  return nodeHash(h, rootOf(h, leaves.slice(0, k)), rootOf(h, leaves.slice(k)));
}

/** PATH(m, D[n]): the audit path of leaf m (RFC 9162 §2.1.3.1), given the leaf hashes. */
export function inclusionProof(h: HashFn, m: number, leaves: readonly Uint8Array[]): Uint8Array[] {
  if (leaves.length <= 1) return [];
  const k = split(leaves.length);
  return m < k
    ? [...inclusionProof(h, m, leaves.slice(0, k)), rootOf(h, leaves.slice(k))]
    : [...inclusionProof(h, m - k, leaves.slice(k)), rootOf(h, leaves.slice(0, k))];
}

/** PROOF(m, D[n]) (RFC 9162 §2.1.4.1), given the leaf hashes. */
export function consistencyProof(h: HashFn, m: number, leaves: readonly Uint8Array[]): Uint8Array[] {
  return m > 0 && m < leaves.length ? subproof(h, m, leaves, true) : [];
}

function subproof(h: HashFn, m: number, leaves: readonly Uint8Array[], whole: boolean): Uint8Array[] {
  const n = leaves.length;
  if (m === n) return whole ? [] : [rootOf(h, leaves)];
  const k = split(n);
  return m <= k
    ? [...subproof(h, m, leaves.slice(0, k), whole), rootOf(h, leaves.slice(k))]
    : [...subproof(h, m - k, leaves.slice(k), false), rootOf(h, leaves.slice(0, k))];
}

const equal = (a: Uint8Array, b: Uint8Array): boolean =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** RFC 9162 §2.1.3.2: does `proof` show leaf `index` (its hash) in the tree of `size` with `root`? */
export function verifyInclusion(
  h: HashFn,
  index: number,
  size: number,
  leaf: Uint8Array,
  proof: readonly Uint8Array[],
  root: Uint8Array,
): boolean {
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(size) || index < 0 || index >= size) return false;
  let fn = index;
  let sn = size - 1;
  let r = leaf;
  for (const p of proof) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(h, p, r);
      if (fn % 2 === 0) while (fn % 2 === 0 && fn !== 0) [fn, sn] = [fn >> 1, sn >> 1];
    } else r = nodeHash(h, r, p);
    [fn, sn] = [fn >> 1, sn >> 1];
  }
  return sn === 0 && equal(r, root);
}

/** RFC 9162 §2.1.4.2: does `proof` show that the tree (size2, root2) extends (size1, root1)? */
export function verifyConsistency(
  h: HashFn,
  size1: number,
  size2: number,
  proof: readonly Uint8Array[],
  root1: Uint8Array,
  root2: Uint8Array,
): boolean {
  if (!Number.isSafeInteger(size1) || !Number.isSafeInteger(size2) || size1 < 0 || size1 > size2)
    return false;
  if (size1 === size2) return proof.length === 0 && equal(root1, root2);
  if (size1 === 0) return proof.length === 0;
  if (proof.length === 0) return false;
  const path = (size1 & (size1 - 1)) === 0 ? [root1, ...proof] : [...proof];
  let fn = size1 - 1;
  let sn = size2 - 1;
  while (fn % 2 === 1) [fn, sn] = [fn >> 1, sn >> 1];
  let fr = path[0]!;
  let sr = path[0]!;
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      fr = nodeHash(h, c, fr);
      sr = nodeHash(h, c, sr);
      if (fn % 2 === 0) while (fn % 2 === 0 && fn !== 0) [fn, sn] = [fn >> 1, sn >> 1];
    } else sr = nodeHash(h, sr, c);
    [fn, sn] = [fn >> 1, sn >> 1];
  }
  return sn === 0 && equal(fr, root1) && equal(sr, root2);
}
