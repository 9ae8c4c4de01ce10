// Pre-checks (DRAW.md §2): independent of the seed, so they run before any nonce is revealed.
// The first failing one is reported, naming the first failing pool in plan order.
import { capacityTooLow, rateMissing, tooFewInspectors } from './errors.ts';
import type { DrawError } from './errors.ts';
import { missingRates } from './quota.ts';
import type { StratumCount } from './quota.ts';
import type { InspectorRecord, Plan } from './types.ts';

/** a draw refuses an inspector pool with fewer than 4 eligible inspectors. */
export const MIN_ELIGIBLE_INSPECTORS = 4;

/** `rate-missing` comes first: the quotas cannot be computed without every rate. */
export function rateCheck(plan: Plan, strata: readonly StratumCount[]): DrawError | undefined {
  const missing = missingRates(plan.quota, strata);
  return missing.groups.length > 0 ? rateMissing(missing.groups, missing.strata) : undefined;
}

export function inspectorChecks(
  plan: Plan,
  quotas: readonly number[],
  inspectors: readonly InspectorRecord[],
): DrawError | undefined {
  const eligible = new Map<string, number>();
  for (const i of inspectors) if (i.exclusion === 0) eligible.set(i.pool, (eligible.get(i.pool) ?? 0) + 1);
  const count = (pool: string): number => eligible.get(pool) ?? 0;
  const short = plan.teams.find((t) => count(t.pool) < MIN_ELIGIBLE_INSPECTORS);
  if (short) return tooFewInspectors(short.pool, count(short.pool));
  const demand = quotas.reduce((sum, q) => sum + BigInt(q), 0n);
  const full = plan.teams.find((t) => BigInt(count(t.pool)) * BigInt(plan.maxLoad) < BigInt(t.size) * demand);
  if (full) return capacityTooLow(full.pool, count(full.pool), plan.maxLoad, full.size, demand.toString());
  return undefined;
}
