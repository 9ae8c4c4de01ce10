// Quotas per stratum (DRAW.md §4), in exact integer arithmetic: n·num or K·n may pass 2^53.
import type { QuotaRule, Rate } from './types.ts';
import { stratumGroup } from './validate-pool.ts';

export interface StratumCount {
  readonly stratum: string;
  readonly eligible: number;
}

/** R-N.1: ceil(n·num/den), capped at n: 2% of 149 is 3, and a non-empty group gets at least 1. */
export function rateQuota(eligible: number, rate: Rate): number {
  const n = BigInt(eligible);
  const den = BigInt(rate.den);
  const ceil = (n * BigInt(rate.num) + den - 1n) / den;
  return Number(ceil < n ? ceil : n);
}

/**
 * Largest remainder: base_g = K·n_g div N, and the K − Σ base_g seats left go one each to the
 * strata with the largest K·n_g mod N, ties to the stratum that sorts first.
 * `strata` must be in stratum byte order.
 */
export function totalQuotas(k: number, strata: readonly StratumCount[]): number[] {
  const total = strata.reduce((sum, s) => sum + BigInt(s.eligible), 0n);
  const K = BigInt(k);
  if (K >= total) return strata.map((s) => s.eligible);
  const shares = strata.map((s, index) => ({
    index,
    base: (K * BigInt(s.eligible)) / total,
    rest: (K * BigInt(s.eligible)) % total,
  }));
  const quotas = shares.map((s) => s.base);
  const left = Number(K - quotas.reduce((sum, q) => sum + q, 0n));
  // Array.prototype.sort is stable, so equal remainders keep stratum order.
  const byRemainder = [...shares].sort((a, b) => (a.rest === b.rest ? 0 : a.rest > b.rest ? -1 : 1));
  for (const share of byRemainder.slice(0, left)) quotas[share.index] = share.base + 1n;
  return quotas.map(Number);
}

/** Groups of the pool strata that the `rate` rule has no rate for, with their strata. */
export function missingRates(
  rule: QuotaRule,
  strata: readonly StratumCount[],
): { groups: string[]; strata: string[] } {
  if (rule.rule !== 'rate') return { groups: [], strata: [] };
  const missing = strata.filter((s) => !rule.rates.has(stratumGroup(s.stratum)));
  return {
    groups: [...new Set(missing.map((s) => stratumGroup(s.stratum)))],
    strata: missing.map((s) => s.stratum),
  };
}

/** Quotas in stratum order; the rates must all be present (see missingRates). */
export function quotas(rule: QuotaRule, strata: readonly StratumCount[]): number[] {
  if (rule.rule === 'total') return totalQuotas(rule.k, strata);
  return strata.map((s) => {
    const rate = rule.rates.get(stratumGroup(s.stratum));
    return rate ? rateQuota(s.eligible, rate) : 0;
  });
}
