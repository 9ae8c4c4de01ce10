// Validation of an annual plan (R-17.1, R-18.1, R-18.3, R-9.2, R-19.3, R-N.2, R-N.3).
import type { FieldProblem } from '../field-problem.ts';
import { MIN_RATIO_PERCENT, MIN_ROUNDS } from '../item/item-rules.ts';
import { RISK_CLASSES, type PlanRate, type RiskClass } from './sampling-group.ts';

export interface PlanRound {
  readonly from: string;
  readonly to: string;
}

export interface PlanTeam {
  readonly unitId: string;
  readonly size: number;
}

export interface PlanContent {
  readonly unitId: string;
  readonly year: number;
  readonly name: string;
  readonly rounds: readonly PlanRound[];
  readonly rates: readonly PlanRate[];
  readonly teams: readonly PlanTeam[];
  readonly yearlyCap: number;
  readonly reservePerStratum: number;
  readonly inspectorReserve: number;
  readonly maxLoad: number | null;
}

/** What the rules need to know of each item of the plan. */
export interface PlanItemFacts {
  readonly id: string;
  readonly code: string;
  readonly unitId: string;
  readonly published: boolean;
  readonly higherRule: string | null;
}

const MIN_RATE_BP = MIN_RATIO_PERCENT * 100;

export function checkPlan(plan: PlanContent, items: readonly PlanItemFacts[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add = (field: string, code: string, message: string) => problems.push({ field, code, message });
  if (!plan.name.trim()) add('name', 'required', '计划名称不能为空');
  if (!Number.isInteger(plan.year) || plan.year < 2000 || plan.year > 2100) add('year', 'year', '年度无效');
  checkItems(items, plan, add);
  // R-18.1: the floor holds unless every item concerned records a higher rule's different figure.
  const higherRule = items.length > 0 && items.every((i) => i.higherRule?.trim());
  checkRounds(plan, higherRule, add);
  checkRates(plan.rates, higherRule, add);
  checkTeams(plan.teams, add);
  if (!Number.isInteger(plan.yearlyCap) || plan.yearlyCap < 1)
    add('yearlyCap', 'yearly-cap', '每年检查次数上限须为正整数');
  if (plan.maxLoad !== null && (!Number.isInteger(plan.maxLoad) || plan.maxLoad < 1))
    add('maxLoad', 'max-load', '每人最多检查对象数须为正整数');
  return problems;
}

type Add = (field: string, code: string, message: string) => void;

function checkItems(items: readonly PlanItemFacts[], plan: PlanContent, add: Add): void {
  if (items.length === 0) add('itemIds', 'required', '至少选择一个抽查事项');
  const teamUnits = new Set(plan.teams.map((t) => t.unitId));
  for (const item of items) {
    if (!item.published)
      add('itemIds', 'item-not-published', `事项 ${item.code} 尚未发布，不能列入计划（第八条）`);
    if (!teamUnits.has(item.unitId))
      add('itemIds', 'item-outside-plan-units', `事项 ${item.code} 所属部门没有派出检查人员`);
  }
}

function checkRounds(plan: PlanContent, higherRule: boolean, add: Add): void {
  if (plan.rounds.length < MIN_ROUNDS && !higherRule) {
    add('rounds', 'below-minimum', '上位法无规定时，每年抽查不少于 2 次（第十八条）');
  }
  if (plan.rounds.length === 0) add('rounds', 'required', '至少安排一个批次');
  plan.rounds.forEach((r, i) => {
    const inYear = r.from.startsWith(`${plan.year}-`) && r.to.startsWith(`${plan.year}-`);
    if (r.to < r.from || !inYear)
      add(`rounds[${i}]`, 'round-window', `第 ${i + 1} 批次的时间须在 ${plan.year} 年内且起止有序`);
    const prev = plan.rounds[i - 1];
    if (prev && r.from <= prev.to) add(`rounds[${i}]`, 'round-window', `第 ${i + 1} 批次与上一批次时间重叠`);
  });
}

function checkRates(rates: readonly PlanRate[], higherRule: boolean, add: Add): void {
  const seen = new Set<string>();
  rates.forEach((r, i) => {
    const key = `${r.riskClass}|${r.regionCode ?? ''}`;
    if (seen.has(key)) add(`rates[${i}]`, 'duplicate-rate', `风险等级 ${r.riskClass} 的比例重复`);
    seen.add(key);
    if (!Number.isInteger(r.rateBp) || r.rateBp <= 0 || r.rateBp > 10_000) {
      add(`rates[${i}]`, 'ratio-range', '抽查比例须大于 0 且不超过 100%，最多两位小数（任何等级都不免抽）');
    } else if (r.rateBp < MIN_RATE_BP && !higherRule) {
      add(`rates[${i}]`, 'below-minimum', '上位法无规定时，抽查比例不得低于 2%（第十八条）');
    }
  });
  const base = new Map(rates.filter((r) => r.regionCode === null).map((r) => [r.riskClass, r.rateBp]));
  for (const cls of RISK_CLASSES)
    if (!base.has(cls)) add('rates', 'rate-missing', `缺少风险等级 ${cls} 的抽查比例（不得免抽）`);
  // R-18.3, R-9.2: the C and D groups (key entities included) get at least the B rate, in every region.
  const regions = [null, ...new Set(rates.map((r) => r.regionCode).filter((c): c is string => c !== null))];
  const rateIn = (cls: RiskClass, region: string | null) =>
    rates.find((r) => r.riskClass === cls && r.regionCode === region)?.rateBp ?? base.get(cls) ?? 0;
  for (const region of regions) {
    for (const cls of ['C', 'D'] as const) {
      if (rateIn(cls, region) < rateIn('B', region)) {
        add(
          'rates',
          'key-rate-too-low',
          `风险等级 ${cls}（含重点对象）的抽查比例不得低于 B 级${region ? `（${region}）` : ''}（第九条、第十八条）`,
        );
      }
    }
  }
}

function checkTeams(teams: readonly PlanTeam[], add: Add): void {
  if (teams.length === 0) {
    add('teams', 'team-size', '至少一个部门派出检查人员');
    return;
  }
  if (new Set(teams.map((t) => t.unitId)).size !== teams.length)
    add('teams', 'duplicate-team', '同一部门只能列一次');
  const total = teams.reduce((s, t) => s + t.size, 0);
  const sizesOk = teams.every((t) => Number.isInteger(t.size) && t.size >= 1) && total >= 2;
  // R-19.3: at least two inspectors per entity; a single department provides both.
  if (!sizesOk || (teams.length === 1 && (teams[0]?.size ?? 0) < 2)) {
    add('teams', 'team-size', '每个检查对象至少两名执法检查人员（第十九条）');
  }
}
