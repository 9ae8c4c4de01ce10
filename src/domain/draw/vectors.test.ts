import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { drawBundle } from './bundle.ts';
import { jsonText } from './json-text.ts';
import { computeDraw } from './compute.ts';
import { signatureStatement } from './digests.ts';
import { HASHERS, VECTOR_NAMES, vectorJson, vectorText } from './draw.fixture.ts';
import { computeDrawInThreads } from './parallel-node.ts';
import { parseBundle } from './read-bundle.ts';
import { parseDrawInput } from './read-input.ts';
import { verifyBundle } from './verify.ts';

function computeVector(name: string, hasher: (typeof HASHERS)[number]) {
  const read = parseDrawInput(vectorText(name, 'input'));
  assert.ok(read.ok, 'the vector input reads');
  const computed = computeDraw(read.input, hasher.make(read.input.plan.suite));
  assert.ok(computed.ok, computed.ok ? '' : computed.error.message);
  return computed.draw;
}

for (const name of VECTOR_NAMES) {
  void describe(`vector ${name}`, () => {
    for (const hasher of HASHERS) {
      void test(`R-N.6 reproduces the whole bundle exactly (${hasher.name} hasher)`, () => {
        const expected = vectorJson(name, 'bundle');
        const bundle = drawBundle(computeVector(name, hasher));
        assert.deepStrictEqual(bundle.digests, expected.digests);
        assert.deepStrictEqual(bundle.commitments, expected.commitments);
        assert.deepStrictEqual(bundle.result, expected.result);
        assert.deepStrictEqual(bundle, expected);
      });

      void test(`R-N.6 verify finds no mismatch (${hasher.name} hasher)`, () => {
        const read = parseBundle(vectorText(name, 'bundle'));
        assert.ok(read.ok);
        const verdict = verifyBundle(hasher.make(read.input.plan.suite), read.input, read.claims);
        assert.ok(verdict.ok);
        assert.deepStrictEqual(verdict.mismatches, []);
      });
    }

    void test('the bundle serialises byte for byte like the vector file', () => {
      const bundle = drawBundle(computeVector(name, HASHERS[0] ?? assert.fail()));
      assert.equal(`${JSON.stringify(bundle, null, 2)}\n`, vectorText(name, 'bundle'));
    });

    void test('the worker-thread path gives the same draw', async () => {
      const read = parseDrawInput(vectorText(name, 'input'));
      assert.ok(read.ok);
      const threaded = await computeDrawInThreads(read.input, 3);
      assert.ok(threaded.ok);
      assert.deepStrictEqual(drawBundle(threaded.draw), vectorJson(name, 'bundle'));
    });

    void test('the signature statement follows from drawId, suite and the digests', () => {
      const draw = computeVector(name, HASHERS[0] ?? assert.fail());
      const { drawId, suite } = draw.prepared.input.plan;
      const statement = JSON.parse(signatureStatement(drawId, suite, draw.digests)) as Record<string, string>;
      const version = suite.slice(0, 7);
      assert.deepStrictEqual(statement, { version, drawId, suite, ...draw.digests });
      assert.match(
        signatureStatement(drawId, suite, draw.digests),
        /^\{"drawId":.*"version":"RDRAW-[12]"\}$/,
      );
    });
  });
}

void test('the README lists the seed and result digests that the bundles hold', () => {
  const prefixes: Record<string, [string, string]> = {
    'v1-sha256': ['01ff00a10dd22436', 'b4fb90053ab40566'],
    'v1-sm3': ['f930a154cad0571a', '04b67b8c0da8c977'],
    'v2-total-sha256': ['98cee43b1cf25356', '1d32b3c1b18a9156'],
    'v3-joint-sha256': ['2066ebea06372787', '61a4092b368865e6'],
    'v4-private-sha256': ['755fd9d37160d652', '7648341db26b1d2b'],
    'v4-private-sm3': ['a7ed8f4507b34822', '1c627f16b410e9c8'],
  };
  for (const name of VECTOR_NAMES) {
    const { digests } = computeVector(name, HASHERS[1] ?? assert.fail());
    assert.deepStrictEqual([digests.seed.slice(0, 16), digests.result.slice(0, 16)], prefixes[name]);
  }
});

void test('R-N.6 an id that begins with U+FEFF keeps it in the pool and the teams, and its bundle verifies (found by differential fuzzing)', () => {
  const inspectors = [0, 1, 2, 3].map((i) => ({ id: `i${i}`, pool: 'P', exclusion: 0 }));
  const input = {
    plan: {
      drawId: 'D1',
      suite: 'RDRAW-1-SHA256',
      itemIds: ['I'],
      drawDate: '2025-03-14',
      quota: { rule: 'total', k: 2 },
      reservePerStratum: 0,
      teams: [{ pool: 'P', size: 2 }],
      inspectorReserve: 0,
      maxLoad: 1,
      witnesses: ['system'],
    },
    pool: [
      { id: '\ufeffA', stratum: 'R/A', exclusion: 0 },
      { id: 'A', stratum: 'R/A', exclusion: 0 },
    ],
    inspectors,
    conflicts: [],
    reveals: [{ witness: 'system', nonce: '00000000000000000000000000000000' }],
  };
  const read = parseDrawInput(JSON.stringify(input));
  assert.ok(read.ok);
  for (const hasher of HASHERS) {
    const computed = computeDraw(read.input, hasher.make('RDRAW-1-SHA256'));
    assert.ok(computed.ok);
    const bundle = drawBundle(computed.draw);
    assert.deepEqual(bundle.pool.map((p) => p.id).sort(), ['A', '\ufeffA'], hasher.name);
    const text = JSON.stringify(bundle);
    // The bundle verifies (it did not: the pool read back lost the character and no longer matched its digest).
    const reread = parseBundle(text);
    assert.ok(reread.ok);
    const verdict = verifyBundle(hasher.make('RDRAW-1-SHA256'), reread.input, reread.claims);
    assert.ok(verdict.ok);
    assert.deepStrictEqual(verdict.mismatches, [], hasher.name);
  }
});

void test('R-N.6 bundles and public views written as text are the vector files byte for byte, and a plan member named like a number keeps the input’s place', async () => {
  for (const name of VECTOR_NAMES) {
    const bundle = drawBundle(computeVector(name, HASHERS[0]!));
    assert.equal(`${jsonText(bundle)}\n`, vectorText(name, 'bundle'), name);
    assert.equal(jsonText(bundle), JSON.stringify(bundle, null, 2), `${name}: the native layout`);
  }
  // Rates keyed "B" then "1": JavaScript objects list "1" first; the bundle keeps the input's order.
  const text = vectorText('v1-sha256', 'input').replace(
    /"rates"\s*:\s*\{/,
    '"rates": {"Z9": {"num": 1, "den": 100}, "7": {"num": 1, "den": 100}, ',
  );
  assert.notEqual(text, vectorText('v1-sha256', 'input'), 'the rates were found');
  const read = parseDrawInput(text);
  assert.ok(read.ok, read.ok ? '' : read.error.message);
  const computed = computeDraw(read.input, HASHERS[0]!.make(read.input.plan.suite));
  assert.ok(computed.ok);
  const written = jsonText(drawBundle(computed.draw));
  assert.ok(written.indexOf('"Z9"') < written.indexOf('"7"'), 'Z9 before 7, as given');
  assert.deepStrictEqual(JSON.parse(written), JSON.parse(JSON.stringify(drawBundle(computed.draw))));
  const threaded = await computeDrawInThreads(read.input, 2);
  assert.ok(threaded.ok);
  const viaThreads = jsonText(drawBundle(threaded.draw));
  assert.equal(viaThreads, written, 'the threaded path writes the same text');
});
