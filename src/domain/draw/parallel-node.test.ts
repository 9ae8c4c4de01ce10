import assert from 'node:assert/strict';
import { test } from 'node:test';
import { drawBundle } from './bundle.ts';
import { computeDraw } from './compute.ts';
import { inputOf, nonceHex } from './draw.fixture.ts';
import { entityKeyPrefixes } from './entity-keys.ts';
import { nodeHasher } from './hash-node.ts';
import { computeDrawInThreads, keyPrefixesInThreads } from './parallel-node.ts';
import { PoolTableBuilder } from './pool-table.ts';
import { SUITES } from './types.ts';

function pool(size: number) {
  const builder = new PoolTableBuilder();
  for (let k = 0; k < size; k++)
    builder.add(
      `9115${String((k * 7919) % size).padStart(10, '0')}码${k % 3 ? '' : '\u{1F600}'}`,
      `r/${k % 5}`,
      k % 11 === 0 ? 1 : 0,
    );
  return builder.build();
}

void test('the worker threads (entity-keys.worker.mjs) compute the same keyE prefixes as the domain code', async () => {
  const table = pool(20_000);
  const seed = Uint8Array.from({ length: 32 }, (_, i) => i * 7);
  for (const suite of SUITES) {
    const single = entityKeyPrefixes(nodeHasher(suite), seed, table);
    const threaded = await keyPrefixesInThreads(seed, table, suite, 3);
    assert.deepStrictEqual(Array.from(threaded), Array.from(single));
  }
});

void test('a draw on worker threads equals the single-threaded draw', async () => {
  const json = {
    plan: {
      drawId: 'THREADS',
      suite: 'RDRAW-1-SM3',
      itemIds: ['ITEM'],
      drawDate: '2024-02-29',
      quota: { rule: 'total', k: 40 },
      reservePerStratum: 3,
      teams: [{ pool: 'P', size: 2 }],
      inspectorReserve: 2,
      maxLoad: 20,
      witnesses: ['system'],
    },
    pool: Array.from({ length: 3000 }, (_, k) => ({
      id: `ID-${k}`,
      stratum: `r/${k % 7}`,
      exclusion: k % 13 === 0 ? 2 : 0,
    })),
    inspectors: Array.from({ length: 6 }, (_, k) => ({ id: `I-${k}`, pool: 'P', exclusion: 0 })),
    conflicts: [],
    reveals: [{ witness: 'system', nonce: nonceHex(3) }],
  };
  const input = inputOf(json);
  const single = computeDraw(input, nodeHasher('RDRAW-1-SM3'));
  const threaded = await computeDrawInThreads(input, 2);
  assert.ok(single.ok && threaded.ok);
  assert.deepStrictEqual(drawBundle(threaded.draw), drawBundle(single.draw));
});
