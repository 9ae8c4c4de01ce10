// Risk classes map to published sampling groups (R-N.2: the class itself is never published).
import type { RiskFlag } from '../directory/risk-flag.ts';

export const RISK_CLASSES = ['A', 'B', 'C', 'D'] as const;
export type RiskClass = (typeof RISK_CLASSES)[number];

/** A plan rate: a class everywhere (regionCode null) or a class in one region (an override). */
export interface PlanRate {
  readonly riskClass: RiskClass;
  readonly regionCode: string | null;
  /** Basis points: 200 = 2 %. */
  readonly rateBp: number;
}

const GROUP_INDEX: Readonly<Record<RiskClass, number>> = { A: 1, B: 2, C: 3, D: 4 };
/** a key entity (any risk flag) is sampled at the C rate at least. */
const KEY_ENTITY_MIN: RiskClass = 'C';

/** The class an entity is sampled as: its credit-risk class, raised to C for a key entity. */
export function samplingClass(riskClass: RiskClass, riskFlags: readonly RiskFlag[]): RiskClass {
  if (riskFlags.length > 0 && GROUP_INDEX[riskClass] < GROUP_INDEX[KEY_ENTITY_MIN]) return KEY_ENTITY_MIN;
  return riskClass;
}

/** `G1`–`G4`, with `-<region>` when the plan overrides that class's rate in the region. */
export function groupLabel(riskClass: RiskClass, regionCode: string | null): string {
  return regionCode === null ? `G${GROUP_INDEX[riskClass]}` : `G${GROUP_INDEX[riskClass]}-${regionCode}`;
}

export interface Stratifier {
  stratumOf(regionCode: string, riskClass: RiskClass, riskFlags: readonly RiskFlag[]): string;
}

/** The RDRAW-1 stratum `"<region>/<group>"` of an entity under a plan's rates. */
export function stratifier(rates: readonly PlanRate[]): Stratifier {
  const overridden = new Set(
    rates.filter((r) => r.regionCode !== null).map((r) => `${r.riskClass}|${r.regionCode}`),
  );
  return {
    stratumOf(regionCode, riskClass, riskFlags) {
      const cls = samplingClass(riskClass, riskFlags);
      const group = groupLabel(cls, overridden.has(`${cls}|${regionCode}`) ? regionCode : null);
      return `${regionCode}/${group}`;
    },
  };
}

/** The RDRAW-1 `rate` rule: every group with `{ num: basis points, den: 10000 }`. */
export function rdrawRates(rates: readonly PlanRate[]): Record<string, { num: number; den: number }> {
  const out: Record<string, { num: number; den: number }> = {};
  for (const r of rates) out[groupLabel(r.riskClass, r.regionCode)] = { num: r.rateBp, den: 10_000 };
  return out;
}
