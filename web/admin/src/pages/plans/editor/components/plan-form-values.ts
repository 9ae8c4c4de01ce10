// Converts between the contract's PlanInput / PlanDetail and the values of the (partly empty) antd form.
import dayjs, { type Dayjs } from 'dayjs';
import type { FieldProblem, PlanDetail, PlanInput, RiskClass } from '../../../../services/types.ts';
import { DATE_FORMAT } from '../../../../utils/format.ts';

export const RISK_CLASSES: readonly RiskClass[] = ['A', 'B', 'C', 'D'];

export interface PlanFormValues {
  unitId?: string;
  year?: number;
  name?: string;
  itemIds?: string[];
  rounds?: { range?: [Dayjs | null, Dayjs | null] | null }[];
  /** The rate of each class in every region (regionCode null): rates[0..3] of the input. */
  baseRates?: Partial<Record<RiskClass, number | null>>;
  /** Region overrides: rates[4 …] of the input. */
  overrides?: { riskClass?: RiskClass; regionCode?: string; percent?: number | null }[];
  teams?: { unitId?: string; size?: number | null }[];
  yearlyCap?: number | null;
  reservePerStratum?: number | null;
  inspectorReserve?: number | null;
  maxLoad?: number | null;
}

/** A new plan: this year, two rounds, the minimum rates with C/D above B, a team of two. */
export function emptyPlanValues(unitId?: string): PlanFormValues {
  const year = dayjs().year();
  const range = (from: string, to: string): [Dayjs, Dayjs] => [
    dayjs(`${year}-${from}`),
    dayjs(`${year}-${to}`),
  ];
  return {
    unitId,
    year,
    name: '',
    itemIds: [],
    rounds: [{ range: range('03-01', '06-30') }, { range: range('09-01', '12-31') }],
    baseRates: { A: 2, B: 3, C: 5, D: 10 },
    overrides: [],
    teams: unitId ? [{ unitId, size: 2 }] : [],
    yearlyCap: 2,
    reservePerStratum: 3,
    inspectorReserve: 2,
    maxLoad: null,
  };
}

export function valuesOfPlan(plan: PlanDetail): PlanFormValues {
  const base = plan.rates.filter((rate) => rate.regionCode === null);
  return {
    unitId: plan.unitId,
    year: plan.year,
    name: plan.name,
    itemIds: plan.items.map((item) => item.id),
    rounds: plan.rounds.map((round) => ({ range: [dayjs(round.from), dayjs(round.to)] })),
    baseRates: Object.fromEntries(
      RISK_CLASSES.map((cls) => [cls, base.find((rate) => rate.riskClass === cls)?.percent ?? null]),
    ),
    overrides: plan.rates
      .filter((rate) => rate.regionCode !== null)
      .map((rate) => ({
        riskClass: rate.riskClass,
        regionCode: rate.regionCode ?? undefined,
        percent: rate.percent,
      })),
    teams: plan.teams.map((team) => ({ unitId: team.unitId, size: team.size })),
    yearlyCap: plan.yearlyCap,
    reservePerStratum: plan.reservePerStratum,
    inspectorReserve: plan.inspectorReserve,
    maxLoad: plan.maxLoad,
  };
}

const day = (value: Dayjs | null | undefined): string => (value ? value.format(DATE_FORMAT) : '');

/**
 * The input as the server would receive it. Blank numbers become 0 so the live rules flag them, and
 * the order of `rates` (A–D first, then the overrides) lets `rates[i]` problems find their field.
 */
export function inputOfValues(values: PlanFormValues): PlanInput {
  return {
    unitId: values.unitId ?? '',
    year: values.year ?? 0,
    name: (values.name ?? '').trim(),
    itemIds: values.itemIds ?? [],
    rounds: (values.rounds ?? []).map((round) => ({
      from: day(round?.range?.[0]),
      to: day(round?.range?.[1]),
    })),
    rates: [
      ...RISK_CLASSES.map((riskClass) => ({
        riskClass,
        regionCode: null,
        percent: values.baseRates?.[riskClass] ?? 0,
      })),
      ...(values.overrides ?? []).map((row) => ({
        riskClass: row?.riskClass ?? 'A',
        regionCode: row?.regionCode ?? null,
        percent: row?.percent ?? 0,
      })),
    ],
    teams: (values.teams ?? []).map((team) => ({ unitId: team?.unitId ?? '', size: team?.size ?? 0 })),
    yearlyCap: values.yearlyCap ?? 0,
    reservePerStratum: values.reservePerStratum ?? undefined,
    inspectorReserve: values.inspectorReserve ?? undefined,
    maxLoad: values.maxLoad ?? null,
  };
}

/** Where a problem belongs in the form: `rates[1]` is the B rate, `rates[5]` the second override. */
export function formFieldOf(field: string): string {
  const rate = /^rates\[(\d+)\]/.exec(field);
  if (rate) {
    const index = Number(rate[1]);
    return index < RISK_CLASSES.length
      ? `baseRates.${RISK_CLASSES[index]}`
      : `overrides.${index - RISK_CLASSES.length}`;
  }
  const round = /^rounds\[(\d+)\]/.exec(field);
  if (round) return `rounds.${round[1]}`;
  return field.split(/[.[]/)[0] ?? field;
}

/** Problems grouped by form field, the same message only once. */
export function problemsByField(problems: readonly FieldProblem[]): ReadonlyMap<string, readonly string[]> {
  const map = new Map<string, string[]>();
  for (const problem of problems) {
    const key = formFieldOf(problem.field);
    const list = map.get(key) ?? [];
    if (!list.includes(problem.message)) list.push(problem.message);
    map.set(key, list);
  }
  return map;
}
