// The inspection report (检查报告), R-N.7, R-N.11.
import { checked, problemList, type AddProblem, type Checked } from './checked.ts';
import { checkFollowUps, type FollowUp, type FollowUpKind } from './follow-up.ts';
import { checkHandling, type Handling } from './handling.ts';
import { INSPECTION_METHOD_LABELS, type InspectionMethod } from './inspection-method.ts';
import type { InspectionRecord } from './inspection-record.ts';
import { checkNonCooperation, type NonCooperation } from './non-cooperation.ts';
import {
  findResultCode,
  NATIONAL_RESULT_CODE_SET,
  type ResultCode,
  type ResultCodeSet,
} from './result-code.ts';

/** What one method found (R-24.1: every method of the record has its findings). */
export interface MethodFindings {
  readonly method: InspectionMethod;
  readonly summary: string;
}

export interface InspectionReport {
  readonly id: string;
  readonly recordId: string;
  readonly version: number;
  readonly authorId: string;
  readonly findings: readonly MethodFindings[];
  /** 检查意见: the combined opinion that is published. */
  readonly opinion: string;
  readonly resultCode: string;
  readonly nonCooperation: readonly NonCooperation[];
  readonly handling: Handling;
  readonly followUps: readonly FollowUp[];
  /** 企业信息公示暂行条例 Art. 3: publication then needs the superior's approval (R-N.10). */
  readonly touchesTradeSecret: boolean;
  readonly touchesPrivacy: boolean;
}

// R-N.11: a handling that leaves the department is tracked by its follow-up until closed.
const HANDLING_FOLLOW_UP: Readonly<Partial<Record<Handling['kind'], FollowUpKind>>> = {
  transferred: 'transfer',
  'criminal-referral': 'criminal-referral',
};

export function checkReport(
  report: InspectionReport,
  record: InspectionRecord,
  codes: ResultCodeSet = NATIONAL_RESULT_CODE_SET,
): Checked<InspectionReport> {
  const { problems, add } = problemList();
  if (report.recordId !== record.id) add('recordId', 'report-record-mismatch', '检查报告与检查登记表不对应');
  if (!report.opinion.trim()) add('opinion', 'opinion-required', '须填写检查意见');
  checkFindings(report.findings, record.methods, add);
  checkNonCooperation(report.nonCooperation, add);
  checkHandling(report.handling, add);
  checkFollowUps(report.followUps, add);
  const result = findResultCode(codes, report.resultCode);
  if (!result) add('resultCode', 'result-code-unknown', `检查结果“${report.resultCode}”不在规定的结果类型中`);
  else checkConsistency(report, record, result, add);
  const needed = HANDLING_FOLLOW_UP[report.handling.kind];
  if (needed && !report.followUps.some((f) => f.kind === needed))
    add('followUps', 'handling-follow-up-missing', '移交或移送的，须登记相应的后续处置并跟踪至办结');
  return checked(report, problems);
}

function checkFindings(
  findings: readonly MethodFindings[],
  used: readonly InspectionMethod[],
  add: AddProblem,
): void {
  const seen = new Set<string>();
  findings.forEach((f, i) => {
    if (!used.includes(f.method))
      add(`findings[${i}]`, 'method-not-used', `检查登记表未采用该检查方式：${f.method}`);
    else if (seen.has(f.method)) add(`findings[${i}]`, 'method-duplicate', `检查方式重复：${f.method}`);
    seen.add(f.method);
  });
  for (const m of used) {
    const f = findings.find((x) => x.method === m);
    if (!f?.summary.trim())
      add(
        'findings',
        'method-findings-missing',
        `检查报告须综合各检查方式的情况，缺少“${INSPECTION_METHOD_LABELS[m]}”的检查情况`,
      );
  }
}

function checkConsistency(
  report: InspectionReport,
  record: InspectionRecord,
  result: ResultCode,
  add: AddProblem,
): void {
  if (result.kind !== 'problem') {
    if (report.handling.kind !== 'none')
      add('handling', 'handling-without-problem', `检查结果为“${result.label}”时不能有违法违规处理`);
    if (report.nonCooperation.length > 0)
      add(
        'nonCooperation',
        'non-cooperation-without-problem',
        `检查结果为“${result.label}”时不能记录不予配合情形`,
      );
  }
  if (result.kind === 'none' && record.rows.some((r) => r.finding === 'non-compliant'))
    add('resultCode', 'result-contradicts-record', '检查登记表有“不符合”的检查内容，结果不能是“未发现问题”');
  if (result.national === 'serious-non-cooperation' && report.nonCooperation.length === 0)
    add('nonCooperation', 'non-cooperation-required', '结果为“不配合检查情节严重”的，须记录不予配合情形');
  if (
    result.national === 'problem-pending' &&
    report.handling.kind === 'none' &&
    report.followUps.length === 0
  )
    add('followUps', 'follow-up-required', '结果为“发现问题待后续处理”的，须登记处理方式或后续处置');
}
