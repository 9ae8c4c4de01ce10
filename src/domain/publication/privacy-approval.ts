// R-N.10, 企业信息公示暂行条例 Art. 3: a result touching trade secrets or privacy needs approval first.
import type { InspectionReport } from '../inspection/report.ts';
import { mentionsPersonalData } from './free-text.ts';

type PrivacyFacts = Pick<
  InspectionReport,
  'touchesTradeSecret' | 'touchesPrivacy' | 'opinion' | 'findings' | 'nonCooperation' | 'handling'
>;

/** Flagged by the author, or what looks like an ID or phone number in any text of the report. */
export function needsPrivacyApproval(report: PrivacyFacts): boolean {
  if (report.touchesTradeSecret || report.touchesPrivacy) return true;
  const texts = [
    report.opinion,
    ...report.findings.map((f) => f.summary),
    ...report.nonCooperation.map((n) => n.description),
    // The receiving department is typed freely too, and shown as 已移交…处理.
    report.handling.kind === 'transferred' ? report.handling.recipientDepartment : '',
  ];
  return texts.some(mentionsPersonalData);
}
