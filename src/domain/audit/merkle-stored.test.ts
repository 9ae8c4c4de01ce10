import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fromHex, toHex } from '../draw/encoding.ts';
import { consistencyProof, inclusionProof, leafHash, nodeHash, rootOf } from './merkle.ts';
import {
  nodesClosedBy,
  nodesRead,
  storedConsistencyProof,
  storedInclusionProof,
  storedRoot,
  type NodeReader,
} from './merkle-stored.ts';

// Issue 10.3: the tree read from stored subtrees gives the RFC's roots and proofs in O(log n) reads.
const V = JSON.parse(
  readFileSync(new URL('../../../test/vectors/merkle-rfc6962.json', import.meta.url), 'utf8'),
) as { leaves: string[]; roots: string[]; inclusion: { leaf: number; size: number; proof: string[] }[] };
const sha256 = (d: Uint8Array) => new Uint8Array(createHash('sha256').update(d).digest());

/** The store as appends fill it: each leaf, then every subtree it closes. */
function store(leaves: readonly Uint8Array[]): Map<string, Uint8Array> {
  const nodes = new Map<string, Uint8Array>();
  leaves.forEach((leaf, i) => {
    nodes.set(`0:${i}`, leaf);
    for (const [level, p] of nodesClosedBy(i))
      nodes.set(
        `${level}:${p}`,
        nodeHash(sha256, nodes.get(`${level - 1}:${2 * p}`)!, nodes.get(`${level - 1}:${2 * p + 1}`)!),
      );
  });
  return nodes;
}
const reader =
  (nodes: Map<string, Uint8Array>): NodeReader =>
  (l, i) =>
    nodes.get(`${l}:${i}`) ?? assert.fail(`${l}:${i}`);

void test('R-10.3 issue 10.3: stored subtrees give the RFC 6962 reference roots and inclusion proofs', () => {
  const leaves = V.leaves.map((l) => leafHash(sha256, fromHex(l)!));
  const node = reader(store(leaves));
  V.roots.forEach((root, n) => assert.equal(toHex(storedRoot(sha256, node, n)), root));
  for (const v of V.inclusion)
    assert.deepEqual(storedInclusionProof(sha256, node, v.leaf - 1, v.size).map(toHex), v.proof);
});

void test('R-10.3 issue 10.3: every root and proof of trees up to 70 leaves equals the leaf-based one', () => {
  const leaves = Array.from({ length: 70 }, (_, i) => leafHash(sha256, Uint8Array.of(i)));
  const node = reader(store(leaves));
  for (let n = 1; n <= 70; n++) {
    const prefix = leaves.slice(0, n);
    assert.deepEqual(storedRoot(sha256, node, n), rootOf(sha256, prefix));
    for (let m = 0; m < n; m++)
      assert.deepEqual(
        storedInclusionProof(sha256, node, m, n),
        inclusionProof(sha256, m, prefix),
        `PATH(${m}, ${n})`,
      );
    for (let m = 0; m <= n; m++)
      assert.deepEqual(
        storedConsistencyProof(sha256, node, m, n),
        consistencyProof(sha256, m, prefix),
        `PROOF(${m}, ${n})`,
      );
  }
});

void test('R-10.3 issue 10.3: an append writes O(log n) nodes and a proof reads O(log n) of them', () => {
  let written = 0;
  for (let i = 0; i < 1 << 12; i++) written += nodesClosedBy(i).length;
  assert.equal(written, (1 << 12) - 1);
  assert.deepEqual(nodesClosedBy(7), [
    [1, 3],
    [2, 1],
    [3, 0],
  ]);
  const n = 1_000_000;
  assert.ok(nodesRead((node) => storedRoot(sha256, node, n)).length <= 20);
  assert.ok(nodesRead((node) => storedInclusionProof(sha256, node, 123_456, n)).length <= 40);
  assert.ok(nodesRead((node) => storedConsistencyProof(sha256, node, 777_777, n)).length <= 40);
});
