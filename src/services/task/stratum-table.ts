// The plan's stratifier (src/domain/plan/sampling-group.ts) as two small tables, so that the freeze
// statement gives each directory record its stratum in SQL: `<region>/<group>`, where the group is
// the override of (sampled class, region) if the plan has one, else the group of (class, key entity).
import { RISK_CLASSES, groupLabel, samplingClass, type PlanRate } from '../../domain/plan/sampling-group.ts';
import type { StratumTable } from '../../db/repositories/task.repository.ts';

export function stratumTable(rates: readonly PlanRate[]): StratumTable {
  const groups = RISK_CLASSES.flatMap((riskClass) =>
    [false, true].map((key) => {
      // Any flag makes a key entity; which one does not matter to the class.
      const sampled = samplingClass(riskClass, key ? ['other'] : []);
      return { riskClass, key, sampled, group: groupLabel(sampled, null) };
    }),
  );
  const overrides = new Map<string, StratumTable['overrides'][number]>();
  for (const r of rates)
    if (r.regionCode !== null)
      overrides.set(`${r.riskClass}|${r.regionCode}`, {
        sampled: r.riskClass,
        region: r.regionCode,
        group: groupLabel(r.riskClass, r.regionCode),
      });
  return { groups, overrides: [...overrides.values()] };
}
