import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { rateQuota, totalQuotas } from './quota.ts';

void test('R-N.1 quota is the ceiling: 2% of 149 is 3', () => {
  assert.equal(rateQuota(149, { num: 2, den: 100 }), 3);
});

void test('R-N.1 quota rounds up, never half to even: 20% of 8 is 2, 50% of 5 is 3, 1% of 9 is 1', () => {
  assert.equal(rateQuota(8, { num: 20, den: 100 }), 2);
  assert.equal(rateQuota(5, { num: 50, den: 100 }), 3);
  assert.equal(rateQuota(9, { num: 1, den: 100 }), 1);
  assert.equal(rateQuota(7, { num: 2, den: 100 }), 1);
});

void test('R-N.1 a non-empty stratum with a non-zero rate gets at least 1; an empty one 0; never more than n', () => {
  assert.equal(rateQuota(1, { num: 1, den: 1_000_000 }), 1);
  assert.equal(rateQuota(0, { num: 1, den: 2 }), 0);
  assert.equal(rateQuota(100, { num: 0, den: 1 }), 0);
  assert.equal(rateQuota(10, { num: 3, den: 2 }), 10);
});

void test('R-N.1 quota arithmetic is exact beyond 2^53', () => {
  const n = 1_000_000_005_253;
  const rate = { num: 999_999_937, den: 1_000_000_007 };
  const exact = (BigInt(n) * BigInt(rate.num) + BigInt(rate.den) - 1n) / BigInt(rate.den);
  assert.equal(BigInt(rateQuota(n, rate)), exact);
  assert.notEqual(Math.ceil((n * rate.num) / rate.den), Number(exact), 'floating point would be off');
});

void test('R-N.1 quota is exactly ceil(n·num/den) capped at n, for any input', () => {
  fc.assert(
    fc.property(fc.nat(100_000), fc.nat(1000), fc.integer({ min: 1, max: 1000 }), (n, num, den) => {
      const q = rateQuota(n, { num, den });
      assert.equal(q, Math.min(n, Math.ceil((n * num) / den)));
    }),
    { numRuns: 500 },
  );
});

const stratum = (eligible: number, name: string) => ({ stratum: name, eligible });

void test('total rule: largest remainder, a tie goes to the stratum that sorts first (v2: 7 of 30)', () => {
  const strata = [
    stratum(8, '150802/A'),
    stratum(7, '150802/B'),
    stratum(7, '150821/C'),
    stratum(8, '150821/D'),
    stratum(0, '150822/B'),
  ];
  assert.deepStrictEqual(totalQuotas(7, strata), [2, 2, 1, 2, 0]);
});

void test('total rule: K ≥ N takes every eligible record', () => {
  assert.deepStrictEqual(
    totalQuotas(100, [stratum(3, 'a/A'), stratum(0, 'b/B'), stratum(5, 'c/C')]),
    [3, 0, 5],
  );
  assert.deepStrictEqual(totalQuotas(0, [stratum(3, 'a/A')]), [0]);
});

void test('total rule: quotas add up to min(K, N) and each is its floor share or one more', () => {
  fc.assert(
    fc.property(fc.array(fc.nat(500), { minLength: 1, maxLength: 12 }), fc.nat(3000), (sizes, k) => {
      const quotas = totalQuotas(
        k,
        sizes.map((n, i) => stratum(n, `r/${i}`)),
      );
      const total = sizes.reduce((a, b) => a + b, 0);
      assert.equal(
        quotas.reduce((a, b) => a + b, 0),
        Math.min(k, total),
      );
      if (k < total)
        sizes.forEach((n, i) =>
          assert.ok([Math.floor((k * n) / total), Math.floor((k * n) / total) + 1].includes(quotas[i] ?? -1)),
        );
    }),
    { numRuns: 300 },
  );
});
