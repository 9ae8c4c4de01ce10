// The report form's values and their mapping to the API's ReportInput.
import type {
  FollowUpKind,
  InspectionMethod,
  NonCooperationKind,
  Report,
  ReportInput,
} from '../../../services/types.ts';

export const NON_COOPERATION: readonly NonCooperationKind[] = [
  'blocked-entry',
  'blocked-questioning',
  'refused-documents',
  'false-information',
  'other-obstruction',
];
export const FOLLOW_UP_KINDS: readonly FollowUpKind[] = [
  'order-to-correct',
  'abnormal-list',
  'blacklist',
  'credit-repair',
  'transfer',
  'criminal-referral',
];
export type HandlingKind = 'none' | 'own-case' | 'transferred' | 'criminal-referral';

export interface ReportFormValues {
  readonly findings: Partial<Record<InspectionMethod, string>>;
  readonly opinion: string;
  readonly resultCode?: string;
  readonly nonCooperation: NonCooperationKind[];
  readonly otherDescription: string;
  readonly handlingKind: HandlingKind;
  readonly caseNumber: string;
  readonly recipientDepartment: string;
  readonly recipientUnit: string;
  readonly followUps: { kind?: FollowUpKind; note: string }[];
  readonly touchesTradeSecret: boolean;
  readonly touchesPrivacy: boolean;
}

export const EMPTY_REPORT: ReportFormValues = {
  findings: {},
  opinion: '',
  nonCooperation: [],
  otherDescription: '',
  handlingKind: 'none',
  caseNumber: '',
  recipientDepartment: '',
  recipientUnit: '',
  followUps: [],
  touchesTradeSecret: false,
  touchesPrivacy: false,
};

/** A returned report's content is the start of its next version. */
export function valuesOfReport(report: Report): ReportFormValues {
  const h = report.handling;
  return {
    findings: Object.fromEntries(report.findings.map((f) => [f.method, f.summary])),
    opinion: report.opinion,
    resultCode: report.resultCode,
    nonCooperation: report.nonCooperation.map((n) => n.kind),
    otherDescription: report.nonCooperation.find((n) => n.kind === 'other-obstruction')?.description ?? '',
    handlingKind: h.kind,
    caseNumber: h.kind === 'own-case' ? h.caseNumber : '',
    recipientDepartment: h.kind === 'transferred' ? h.recipientDepartment : '',
    recipientUnit: h.kind === 'criminal-referral' ? (h.recipientUnit ?? '') : '',
    followUps: report.followUps.map((f) => ({ ...f })),
    touchesTradeSecret: report.touchesTradeSecret,
    touchesPrivacy: report.touchesPrivacy,
  };
}

function handlingOf(v: ReportFormValues): ReportInput['handling'] {
  switch (v.handlingKind) {
    case 'own-case':
      return { kind: 'own-case', caseNumber: v.caseNumber };
    case 'transferred':
      return { kind: 'transferred', recipientDepartment: v.recipientDepartment };
    case 'criminal-referral':
      return { kind: 'criminal-referral', recipientUnit: v.recipientUnit.trim() || null };
    default:
      return { kind: 'none' };
  }
}

export function reportInputOf(v: ReportFormValues, methods: readonly InspectionMethod[]): ReportInput {
  return {
    findings: methods.map((method) => ({ method, summary: v.findings[method] ?? '' })),
    opinion: v.opinion,
    resultCode: v.resultCode ?? '',
    nonCooperation: v.nonCooperation.map((kind) => ({
      kind,
      description: kind === 'other-obstruction' ? v.otherDescription : '',
    })),
    handling: handlingOf(v),
    followUps: v.followUps.filter((f) => f.kind).map((f) => ({ kind: f.kind!, note: f.note ?? '' })),
    touchesTradeSecret: v.touchesTradeSecret,
    touchesPrivacy: v.touchesPrivacy,
  };
}
