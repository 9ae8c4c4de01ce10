// R-N.11: what a report changes in the entity's risk flags and class for the next plans.
// Every change names its source for the audit log; nothing is ever lowered or removed automatically.
import type { RiskFlag } from '../directory/risk-flag.ts';
import { RISK_CLASSES, type RiskClass } from '../plan/sampling-group.ts';
import type { InspectionReport } from './report.ts';
import {
  findResultCode,
  NATIONAL_RESULT_CODE_SET,
  type NationalResultCode,
  type ResultCodeSet,
} from './result-code.ts';

export interface RiskStanding {
  readonly flags: readonly RiskFlag[];
  readonly riskClass: RiskClass;
}

export interface RiskSource {
  readonly reportId: string;
  readonly rule: string;
  readonly requirement: string;
  readonly reason: string;
}

export type RiskChange =
  | { readonly kind: 'flag'; readonly flag: RiskFlag; readonly source: RiskSource }
  | { readonly kind: 'class'; readonly from: RiskClass; readonly to: RiskClass; readonly source: RiskSource };

interface Facts {
  readonly national: NationalResultCode | null;
  readonly report: InspectionReport;
}

interface RiskRule {
  readonly rule: string;
  readonly requirement: string;
  readonly reason: string;
  readonly flags: readonly RiskFlag[];
  readonly minClass: RiskClass | null;
  readonly applies: (f: Facts) => boolean;
}

const hasFollowUp = (f: Facts, kind: string) => f.report.followUps.some((x) => x.kind === kind);
const hasNonCooperation = (f: Facts, kind: string) => f.report.nonCooperation.some((x) => x.kind === kind);

/** In order of precedence: the first rule that raises a flag or the class is the one recorded. */
export const RISK_RULES: readonly RiskRule[] = [
  {
    rule: 'criminal-referral',
    requirement: 'R-24.2',
    reason: '涉嫌犯罪移送',
    flags: ['serious-violation'],
    minClass: 'D',
    applies: (f) => f.report.handling.kind === 'criminal-referral',
  },
  {
    rule: 'blacklist',
    requirement: 'R-N.11',
    reason: '列入严重违法失信名单',
    flags: ['abnormal-list'],
    minClass: 'D',
    applies: (f) => hasFollowUp(f, 'blacklist'),
  },
  {
    rule: 'serious-non-cooperation',
    requirement: 'R-25.1',
    reason: '不配合检查情节严重',
    flags: ['refused-inspection'],
    minClass: 'C',
    applies: (f) => f.national === 'serious-non-cooperation',
  },
  {
    rule: 'false-information',
    requirement: 'R-25.1',
    reason: '弄虚作假、公示信息隐瞒真实情况',
    flags: ['refused-inspection'],
    minClass: 'C',
    applies: (f) => f.national === 'false-disclosure' || hasNonCooperation(f, 'false-information'),
  },
  {
    rule: 'serious-case',
    requirement: 'R-9.2',
    reason: '立案查处的严重违法行为',
    flags: ['serious-violation'],
    minClass: 'C',
    applies: (f) =>
      f.report.handling.kind === 'own-case' &&
      (f.national === 'false-disclosure' || f.national === 'serious-non-cooperation'),
  },
  {
    rule: 'non-cooperation',
    requirement: 'R-25.1',
    reason: '检查中有不予配合情形',
    flags: ['refused-inspection'],
    minClass: null,
    applies: (f) => f.report.nonCooperation.length > 0,
  },
  {
    rule: 'abnormal-result',
    requirement: 'R-9.2',
    reason: '未按规定公示信息、公示信息弄虚作假或通过登记的住所无法联系',
    flags: ['abnormal-list'],
    minClass: null,
    applies: (f) =>
      f.national === 'not-disclosed' || f.national === 'unreachable' || f.national === 'false-disclosure',
  },
  {
    rule: 'abnormal-list',
    requirement: 'R-N.11',
    reason: '列入经营异常名录',
    flags: ['abnormal-list'],
    minClass: null,
    applies: (f) => hasFollowUp(f, 'abnormal-list'),
  },
];

const rank = (c: RiskClass) => RISK_CLASSES.indexOf(c);

/** The flags to add and the class to raise to; an empty list when the report changes nothing. */
export function riskFeedback(
  report: InspectionReport,
  current: RiskStanding,
  codes: ResultCodeSet = NATIONAL_RESULT_CODE_SET,
): readonly RiskChange[] {
  const facts: Facts = { report, national: findResultCode(codes, report.resultCode)?.national ?? null };
  const source = (r: RiskRule): RiskSource => ({
    reportId: report.id,
    rule: r.rule,
    requirement: r.requirement,
    reason: r.reason,
  });
  const changes: RiskChange[] = [];
  const flagged = new Set<RiskFlag>(current.flags);
  let to = current.riskClass;
  let classRule: RiskRule | null = null;
  for (const r of RISK_RULES.filter((x) => x.applies(facts))) {
    for (const flag of r.flags.filter((f) => !flagged.has(f))) {
      flagged.add(flag);
      changes.push({ kind: 'flag', flag, source: source(r) });
    }
    if (r.minClass && rank(r.minClass) > rank(to)) {
      to = r.minClass;
      classRule = r;
    }
  }
  if (classRule) changes.push({ kind: 'class', from: current.riskClass, to, source: source(classRule) });
  return changes;
}
