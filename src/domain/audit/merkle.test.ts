import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fromHex, toHex } from '../draw/encoding.ts';
import {
  consistencyProof,
  inclusionProof,
  leafHash,
  rootOf,
  verifyConsistency,
  verifyInclusion,
} from './merkle.ts';

// Issue 10.3: the audit log's Merkle tree against the public RFC 6962 test data (test/vectors/README.md).
const V = JSON.parse(
  readFileSync(new URL('../../../test/vectors/merkle-rfc6962.json', import.meta.url), 'utf8'),
) as {
  leaves: string[];
  roots: string[];
  inclusion: { leaf: number; size: number; proof: string[] }[];
  consistency: { size1: number; size2: number; proof: string[] }[];
};
const sha256 = (d: Uint8Array) => new Uint8Array(createHash('sha256').update(d).digest());
const bytes = (hex: string) => fromHex(hex) ?? assert.fail(hex);
const hashes = V.leaves.map((l) => leafHash(sha256, bytes(l)));
const SOME = bytes('abacaba000000000000000000000000000000000000000000060061e00123456');
const EMPTY = bytes(V.roots[0]!);

void test('R-10.3 the root of every prefix of the tree is the reference root', () => {
  V.roots.forEach((root, n) => assert.equal(toHex(rootOf(sha256, hashes.slice(0, n))), root, `size ${n}`));
});

void test('R-10.3 inclusion proofs are the reference proofs, verify, and every corruption is refused', () => {
  for (const v of V.inclusion) {
    const index = v.leaf - 1;
    const proof = v.proof.map(bytes);
    const root = bytes(V.roots[v.size]!);
    assert.deepEqual(inclusionProof(sha256, index, hashes.slice(0, v.size)).map(toHex), v.proof);
    const leaf = hashes[index]!;
    assert.ok(verifyInclusion(sha256, index, v.size, leaf, proof, root));
    const flipped = proof.map((_, i) =>
      proof.map((p, j) => (i === j ? p.map((b, k) => (k === 0 ? b ^ 8 : b)) : p)),
    );
    const probes: [string, number, number, Uint8Array, Uint8Array[], Uint8Array][] = [
      ['index - 1', index - 1, v.size, leaf, proof, root],
      ['index + 1', index + 1, v.size, leaf, proof, root],
      ['index ^ 2', index ^ 2, v.size, leaf, proof, root],
      ['size * 2', index, v.size * 2, leaf, proof, root],
      ['size / 2', index, Math.floor(v.size / 2), leaf, proof, root],
      ['wrong leaf', index, v.size, new TextEncoder().encode('WrongLeaf'), proof, root],
      ['empty root', index, v.size, leaf, proof, EMPTY],
      ['random root', index, v.size, leaf, proof, SOME],
      ['trailing garbage', index, v.size, leaf, [...proof, new Uint8Array(0)], root],
      ['trailing root', index, v.size, leaf, [...proof, root], root],
      ['preceding garbage', index, v.size, leaf, [new Uint8Array(0), ...proof], root],
      ['preceding root', index, v.size, leaf, [root, ...proof], root],
      ...flipped.map((p, i): [string, number, number, Uint8Array, Uint8Array[], Uint8Array] => [
        `bit in proof[${i}]`,
        index,
        v.size,
        leaf,
        p,
        root,
      ]),
      ...(proof.length > 0
        ? [
            ['removed component', index, v.size, leaf, proof.slice(0, -1), root] as [
              string,
              number,
              number,
              Uint8Array,
              Uint8Array[],
              Uint8Array,
            ],
          ]
        : []),
      ...(proof.length > 1
        ? [
            ['inserted component', index, v.size, leaf, [proof[0]!, SOME, ...proof.slice(1)], root] as [
              string,
              number,
              number,
              Uint8Array,
              Uint8Array[],
              Uint8Array,
            ],
          ]
        : []),
    ];
    for (const [what, i, size, l, p, r] of probes)
      assert.equal(verifyInclusion(sha256, i, size, l, p, r), false, `leaf ${v.leaf} of ${v.size}: ${what}`);
  }
});

void test('R-10.3 consistency proofs are the reference proofs, verify, and every corruption is refused', () => {
  for (const v of V.consistency) {
    const proof = v.proof.map(bytes);
    const [root1, root2] = [bytes(V.roots[v.size1]!), bytes(V.roots[v.size2]!)];
    assert.deepEqual(consistencyProof(sha256, v.size1, hashes.slice(0, v.size2)).map(toHex), v.proof);
    assert.ok(verifyConsistency(sha256, v.size1, v.size2, proof, root1, root2), `${v.size1} → ${v.size2}`);
    if (proof.length === 0) continue;
    const flipped = proof.map((_, i) =>
      proof.map((p, j) => (i === j ? p.map((b, k) => (k === 0 ? b ^ 16 : b)) : p)),
    );
    const probes: [string, number, number, Uint8Array, Uint8Array, Uint8Array[]][] = [
      ['size1 - 1', v.size1 - 1, v.size2, root1, root2, proof],
      ['size1 + 1', v.size1 + 1, v.size2, root1, root2, proof],
      ['size1 ^ 2', v.size1 ^ 2, v.size2, root1, root2, proof],
      ['size2 * 2', v.size1, v.size2 * 2, root1, root2, proof],
      ['size2 / 2', v.size1, Math.floor(v.size2 / 2), root1, root2, proof],
      ['wrong root1', v.size1, v.size2, SOME, root2, proof],
      ['wrong root2', v.size1, v.size2, root1, SOME, proof],
      ['swapped roots', v.size1, v.size2, root2, root1, proof],
      ['empty proof', v.size1, v.size2, root1, root2, []],
      ['trailing garbage', v.size1, v.size2, root1, root2, [...proof, new Uint8Array(0)]],
      ['trailing root1', v.size1, v.size2, root1, root2, [...proof, root1]],
      ['trailing root2', v.size1, v.size2, root1, root2, [...proof, root2]],
      ['preceding garbage', v.size1, v.size2, root1, root2, [new Uint8Array(0), ...proof]],
      ['preceding root1', v.size1, v.size2, root1, root2, [root1, ...proof]],
      ['preceding root2', v.size1, v.size2, root1, root2, [root2, ...proof]],
      ['preceding proof[0]', v.size1, v.size2, root1, root2, [proof[0]!, ...proof]],
      ['truncated proof', v.size1, v.size2, root1, root2, proof.slice(0, -1)],
      ...flipped.map((p, i): [string, number, number, Uint8Array, Uint8Array, Uint8Array[]] => [
        `bit in proof[${i}]`,
        v.size1,
        v.size2,
        root1,
        root2,
        p,
      ]),
    ];
    for (const [what, s1, s2, r1, r2, p] of probes)
      assert.equal(verifyConsistency(sha256, s1, s2, p, r1, r2), false, `${v.size1} → ${v.size2}: ${what}`);
  }
});

void test('R-10.3 trivial consistency: equal trees, the empty tree, and no going back', () => {
  const [a, b] = [SOME, EMPTY];
  assert.ok(verifyConsistency(sha256, 0, 0, [], a, a));
  assert.ok(verifyConsistency(sha256, 0, 1, [], a, b));
  assert.ok(verifyConsistency(sha256, 1, 1, [], b, b));
  assert.equal(verifyConsistency(sha256, 1, 1, [], a, b), false);
  assert.equal(verifyConsistency(sha256, 1, 0, [], a, b), false);
  assert.equal(verifyConsistency(sha256, 1, 2, [], a, b), false);
  assert.equal(verifyConsistency(sha256, 0, 1, [EMPTY], EMPTY, EMPTY), false);
});

void test('R-10.3 every inclusion and consistency proof of trees up to 40 leaves verifies (generated, O(log n) long)', () => {
  const leaves = Array.from({ length: 40 }, (_, i) => leafHash(sha256, Uint8Array.of(i, i * 7)));
  for (let n = 1; n <= leaves.length; n++) {
    const tree = leaves.slice(0, n);
    const root = rootOf(sha256, tree);
    for (let m = 0; m < n; m++) {
      const proof = inclusionProof(sha256, m, tree);
      assert.ok(proof.length <= Math.ceil(Math.log2(n)));
      assert.ok(verifyInclusion(sha256, m, n, tree[m]!, proof, root), `${m} in ${n}`);
    }
    for (let m = 1; m <= n; m++) {
      const proof = consistencyProof(sha256, m, tree);
      assert.ok(
        verifyConsistency(sha256, m, n, proof, rootOf(sha256, tree.slice(0, m)), root),
        `${m} → ${n}`,
      );
    }
  }
});
