// Live validation: the server's own plan rules (src/domain/plan/plan-rules.ts) run on every change.
import { useEffect, useMemo, useState } from 'react';
import { checkPlan, percentToBp, type PlanItemFacts } from '../../../../services/shared-domain.ts';
import type { FieldProblem, ItemSummary, PlanInput } from '../../../../services/types.ts';
import { fetchHigherRule } from '../../service.ts';

/** depends on each item's higher rule: loaded once per selected item. */
export function useHigherRules(itemIds: readonly string[]): ReadonlyMap<string, string | null> {
  const [rules, setRules] = useState<ReadonlyMap<string, string | null>>(new Map());
  const key = itemIds.join(',');
  useEffect(() => {
    const missing = key.split(',').filter((id) => id && !rules.has(id));
    if (missing.length === 0) return;
    void Promise.all(
      missing.map(async (id) => [id, await fetchHigherRule(id).catch(() => null)] as const),
    ).then((found) => setRules((current) => new Map([...current, ...found])));
    // Only a new selection loads more; `rules` grows from the answers.
  }, [key]);
  return rules;
}

export function livePlanProblems(
  input: PlanInput,
  items: readonly ItemSummary[],
  higherRules: ReadonlyMap<string, string | null>,
): FieldProblem[] {
  const facts: PlanItemFacts[] = input.itemIds.flatMap((id) => {
    const item = items.find((candidate) => candidate.id === id);
    if (!item) return [];
    return [
      {
        id,
        code: item.code,
        unitId: item.unitId,
        published: item.publishedVersion !== null,
        higherRule: higherRules.get(id) ?? null,
      },
    ];
  });
  const problems = checkPlan(
    {
      unitId: input.unitId,
      year: input.year,
      name: input.name,
      rounds: input.rounds,
      rates: input.rates.map((rate) => ({
        riskClass: rate.riskClass,
        regionCode: rate.regionCode,
        rateBp: percentToBp(rate.percent),
      })),
      teams: input.teams,
      yearlyCap: input.yearlyCap,
      reservePerStratum: input.reservePerStratum ?? 3,
      inspectorReserve: input.inspectorReserve ?? 2,
      maxLoad: input.maxLoad ?? null,
    },
    facts,
  );
  input.rates.forEach((rate, index) => {
    if (Math.abs(percentToBp(rate.percent) - rate.percent * 100) > 1e-6)
      problems.push({
        field: `rates[${index}]`,
        code: 'ratio-precision',
        message: '抽查比例最多保留两位小数',
      });
  });
  return problems;
}

export function useLiveProblems(
  input: PlanInput,
  items: readonly ItemSummary[],
  higherRules: ReadonlyMap<string, string | null>,
): FieldProblem[] {
  const key = JSON.stringify(input);
  return useMemo(() => livePlanProblems(input, items, higherRules), [key, items, higherRules]);
}
