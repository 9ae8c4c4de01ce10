import assert from 'node:assert/strict';
import { test } from 'node:test';
import { drawBundle } from './bundle.ts';
import { computeDraw } from './compute.ts';
import { inputOf, nonceHex } from './draw.fixture.ts';
import { utf8 } from './encoding.ts';
import { entityKeyPrefixes } from './entity-keys.ts';
import { nodeHasher } from './hash-node.ts';
import { computeDrawInThreads, inspectorOrdersInThreads, keyPrefixesInThreads } from './parallel-node.ts';
import { PoolTableBuilder } from './pool-table.ts';
import { inspectorOrder } from './teams.ts';
import { SUITES } from './types.ts';

const seed = Uint8Array.from({ length: 32 }, (_, i) => i * 7);

function pool(size: number) {
  const builder = new PoolTableBuilder();
  for (let k = 0; k < size; k++) {
    builder.add(
      `9115${String((k * 7919) % size).padStart(10, '0')}码${k % 3 ? '' : '\u{1F600}'}`,
      `r/${k % 5}`,
      k % 11 === 0 ? 1 : 0,
    );
  }
  return builder.build();
}

void test('worker threads (draw.worker.mjs) compute the same keyE prefixes as the domain code, one key per stratum', async () => {
  const table = pool(20_000);
  // RDRAW-2 keys each stratum with its own k_g: give every stratum a different key.
  const keys = table.strata.map((_, g) => seed.map((b) => b ^ (g + 1)));
  for (const suite of SUITES) {
    const single = entityKeyPrefixes(nodeHasher(suite), keys, table);
    const threaded = await keyPrefixesInThreads(keys, table, suite, 3, 0);
    assert.deepStrictEqual(Array.from(threaded), Array.from(single));
  }
});

void test('worker threads (draw.worker.mjs) put inspectors in the same (keyI, id) order as the domain code', async () => {
  const entities = Array.from({ length: 40 }, (_, k) => ({ bytes: utf8(`E-${k}-${'é'.repeat(k % 4)}`) }));
  // Ids that share a prefix, so that the id tie-break code runs too.
  const pools = [7, 12].map((n, j) =>
    Array.from({ length: n }, (_, m) => ({
      id: `P${j}-${'9'.repeat(m % 3)}${m}`,
      bytes: utf8(`P${j}-${'9'.repeat(m % 3)}${m}`),
    })),
  );
  for (const suite of SUITES) {
    const orders = await inspectorOrdersInThreads(seed, suite, entities, pools, 3, 0);
    assert.ok(orders);
    entities.forEach((e, k) =>
      pools.forEach((p, j) =>
        assert.deepStrictEqual(
          Array.from(orders(k, j)),
          Array.from(inspectorOrder(nodeHasher(suite), seed, e.bytes, p)),
        ),
      ),
    );
  }
});

void test('a draw on worker threads equals the single-threaded draw', async () => {
  const input = inputOf({
    plan: {
      drawId: 'THREADS',
      suite: 'RDRAW-1-SM3',
      itemIds: ['ITEM'],
      drawDate: '2024-02-29',
      quota: { rule: 'total', k: 40 },
      reservePerStratum: 3,
      teams: [
        { pool: 'P', size: 2 },
        { pool: 'Q', size: 1 },
      ],
      inspectorReserve: 2,
      maxLoad: 20,
      witnesses: ['system'],
    },
    pool: Array.from({ length: 3000 }, (_, k) => ({
      id: `ID-${k}`,
      stratum: `r/${k % 7}`,
      exclusion: k % 13 === 0 ? 2 : 0,
    })),
    inspectors: Array.from({ length: 12 }, (_, k) => ({
      id: `I-${k}`,
      pool: k % 2 ? 'P' : 'Q',
      exclusion: 0,
    })),
    conflicts: [{ entity: 'ID-1', inspector: 'I-1' }],
    reveals: [{ witness: 'system', nonce: nonceHex(3) }],
  });
  const single = computeDraw(input, nodeHasher('RDRAW-1-SM3'));
  const threaded = await computeDrawInThreads(input, 2, 0);
  assert.ok(single.ok && threaded.ok);
  assert.deepStrictEqual(drawBundle(threaded.draw), drawBundle(single.draw));
});
