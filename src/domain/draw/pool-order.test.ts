import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { compareUtf8 } from './encoding.ts';
import { poolOrder } from './pool-order.ts';
import { poolId, poolTableFromRecords } from './pool-table.ts';
import { kthSmallest } from './select.ts';

function ordered(ids: readonly string[]): string[] {
  const table = poolTableFromRecords(ids.map((id) => ({ id, stratum: 'r/g', exclusion: 0 })));
  return Array.from(poolOrder(table).order, (i) => poolId(table, i));
}

void test('the pool order is UTF-8 byte order for small pools (comparison sort)', () => {
  fc.assert(
    fc.property(
      fc.array(fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }), { maxLength: 200 }),
      (ids) => {
        assert.deepStrictEqual(ordered(ids), [...ids].sort(compareUtf8));
      },
    ),
    { numRuns: 200 },
  );
});

void test('the pool order is UTF-8 byte order for large pools (radix sort): lengths, NUL bytes, ids above U+FFFF', () => {
  const alphabet = ['\u0000', 'A', 'Z', '9', 'é', '码', '\uFFFD', '\uE000', '\u{1F600}', '\u{20000}'];
  const id = fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 9 }).map((cs) => cs.join(''));
  fc.assert(
    fc.property(fc.array(id, { minLength: 4096, maxLength: 4500 }), (ids) => {
      assert.deepStrictEqual(ordered(ids), [...ids].sort(compareUtf8));
    }),
    { numRuns: 8 },
  );
});

void test('an already sorted pool keeps its order (the common case: a database returns it sorted)', () => {
  const ids = Array.from({ length: 5000 }, (_, k) => `91150802${String(k).padStart(10, '0')}`);
  assert.deepStrictEqual(ordered(ids), ids);
  assert.deepStrictEqual(ordered([...ids].reverse()), ids);
});

void test('kthSmallest returns the value of rank k, with repeated values too', () => {
  fc.assert(
    fc.property(
      fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 300 }),
      fc.nat(),
      (values, pick) => {
        const k = pick % values.length;
        const sorted = [...values].sort((a, b) => a - b);
        assert.equal(kthSmallest(Float64Array.from(values), k), sorted[k]);
      },
    ),
    { numRuns: 500 },
  );
});
