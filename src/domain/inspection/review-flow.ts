// R-N.8: result review, not entered → awaiting review → returned | rejected | approved → published.
import { isIsoDate } from '../calendar/iso-date.ts';
import { needsPrivacyApproval } from '../publication/privacy-approval.ts';
import { checked, problemList, type AddProblem, type Checked } from './checked.ts';
import type { InspectionReport } from './report.ts';
import { findResultCode, NATIONAL_RESULT_CODE_SET, type ResultCodeSet } from './result-code.ts';

export const REVIEW_STATUSES = [
  'not-entered',
  'awaiting-review',
  'returned',
  'rejected',
  'approved',
  'published',
] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const REVIEW_STATUS_LABELS: Readonly<Record<ReviewStatus, string>> = {
  'not-entered': '未录入',
  'awaiting-review': '待审核',
  returned: '审核退回',
  rejected: '不通过',
  approved: '审核通过',
  published: '已公示',
};

export interface ReviewEntry {
  readonly from: ReviewStatus;
  readonly to: ReviewStatus;
  readonly actorId: string;
  readonly on: string;
  readonly opinion: string | null;
}

export interface ReviewState {
  readonly status: ReviewStatus;
  readonly recordId: string | null;
  readonly reportId: string | null;
  readonly reportVersion: number;
  readonly authorId: string | null;
  readonly submitterId: string | null;
  readonly needsPrivacyApproval: boolean;
  /** The day the result is produced: the publication clock starts here (R-N.9). */
  readonly approvedOn: string | null;
  readonly publishedOn: string | null;
  readonly history: readonly ReviewEntry[];
}

export type SubmittedReport = Pick<
  InspectionReport,
  | 'id'
  | 'recordId'
  | 'version'
  | 'authorId'
  | 'touchesTradeSecret'
  | 'touchesPrivacy'
  | 'opinion'
  | 'findings'
  | 'nonCooperation'
  | 'handling'
>;

export type ReviewEvent =
  | {
      readonly type: 'submit';
      readonly actorId: string;
      readonly on: string;
      readonly report: SubmittedReport;
    }
  | {
      readonly type: 'return' | 'reject';
      readonly actorId: string;
      readonly on: string;
      readonly opinion: string;
    }
  | {
      readonly type: 'approve';
      readonly actorId: string;
      readonly on: string;
      readonly opinion: string | null;
    }
  | {
      readonly type: 'publish';
      readonly actorId: string;
      readonly on: string;
      readonly privacyApprovedBy: string | null;
    };

export const INITIAL_REVIEW_STATE: ReviewState = {
  status: 'not-entered',
  recordId: null,
  reportId: null,
  reportVersion: 0,
  authorId: null,
  submitterId: null,
  needsPrivacyApproval: false,
  approvedOn: null,
  publishedOn: null,
  history: [],
};

/** The next state, or why the event is refused. A rejected version is final; only a new version may follow. */
export function reviewTransition(state: ReviewState, event: ReviewEvent): Checked<ReviewState> {
  const { problems, add } = problemList();
  if (!isIsoDate(event.on)) add('on', 'invalid-date', '日期无效');
  const last = state.history.at(-1);
  if (last && event.on < last.on) add('on', 'date-before-previous', '日期不能早于上一步');
  if (state.status === 'rejected' && event.type !== 'submit')
    add('status', 'review-final', '审核不通过的检查报告不能再办理，请重新录入检查报告');
  else checkEvent(state, event, add);
  if (problems.length > 0) return { ok: false, problems };
  const to = TARGETS[event.type];
  const opinion = 'opinion' in event ? event.opinion : null;
  const entry: ReviewEntry = { from: state.status, to, actorId: event.actorId, on: event.on, opinion };
  return checked({ ...state, ...changesOf(event), status: to, history: [...state.history, entry] }, problems);
}

const TARGETS: Readonly<Record<ReviewEvent['type'], ReviewStatus>> = {
  submit: 'awaiting-review',
  return: 'returned',
  reject: 'rejected',
  approve: 'approved',
  publish: 'published',
};

function changesOf(event: ReviewEvent): Partial<ReviewState> {
  if (event.type === 'submit') {
    const r = event.report;
    return {
      recordId: r.recordId,
      reportId: r.id,
      reportVersion: r.version,
      authorId: r.authorId,
      submitterId: event.actorId,
      needsPrivacyApproval: needsPrivacyApproval(r),
    };
  }
  if (event.type === 'approve') return { approvedOn: event.on };
  if (event.type === 'publish') return { publishedOn: event.on };
  return {};
}

function checkEvent(state: ReviewState, event: ReviewEvent, add: AddProblem): void {
  switch (event.type) {
    case 'submit':
      return checkSubmit(state, event.report, add);
    case 'return':
    case 'reject':
    case 'approve':
      if (state.status !== 'awaiting-review')
        add('status', 'invalid-transition', `${REVIEW_STATUS_LABELS[state.status]}的检查报告不能审核`);
      if (event.actorId === state.authorId || event.actorId === state.submitterId)
        add('actorId', 'self-review', '不能审核自己录入的检查报告');
      if (event.type !== 'approve' && !event.opinion.trim())
        add('opinion', 'opinion-required', '退回或不通过须填写审核意见');
      return;
    case 'publish':
      if (state.status === 'published') add('status', 'already-published', '检查结果已公示');
      else if (state.status !== 'approved')
        add('status', 'publish-before-approval', '检查报告审核通过后才能公示');
      else if (state.needsPrivacyApproval && !event.privacyApprovedBy)
        add('privacyApprovedBy', 'privacy-approval-required', '涉及商业秘密或个人隐私的，须经批准后才能公示');
      else if (state.needsPrivacyApproval && event.privacyApprovedBy === state.authorId)
        add('privacyApprovedBy', 'self-review', '不能批准自己录入的检查报告公示');
  }
}

// After `returned` or `rejected` the inspection result is still owed: a new version starts its review.
const SUBMITTABLE: readonly ReviewStatus[] = ['not-entered', 'returned', 'rejected'];

function checkSubmit(state: ReviewState, report: SubmittedReport, add: AddProblem): void {
  if (!SUBMITTABLE.includes(state.status))
    add('status', 'invalid-transition', `${REVIEW_STATUS_LABELS[state.status]}的检查报告不能提交`);
  // Nothing is entered as a result before someone inspected: a report needs its record.
  if (!report.recordId.trim())
    add('report.recordId', 'record-required', '须先有检查登记表，才能录入检查结果');
  else if (state.recordId !== null && report.recordId !== state.recordId)
    add('report.recordId', 'report-record-mismatch', '退回后重新提交的报告须对应同一检查登记表');
  if ((state.status === 'returned' || state.status === 'rejected') && report.version <= state.reportVersion)
    add('report.version', 'report-version-stale', '退回或不通过后须录入新版本的检查报告');
}

/** What the public may see of a result: nothing at all until the approved report is published. */
export type PublicResult =
  | { readonly shown: false; readonly statusLabel: string }
  | {
      readonly shown: true;
      readonly resultCode: string;
      readonly resultLabel: string;
      readonly publishedOn: string;
    };

export function publicResultOf(
  state: ReviewState,
  report: Pick<InspectionReport, 'id' | 'version' | 'resultCode'> | null,
  codes: ResultCodeSet = NATIONAL_RESULT_CODE_SET,
): PublicResult {
  const code = report ? findResultCode(codes, report.resultCode) : undefined;
  const isThatReport =
    report !== null && report.id === state.reportId && report.version === state.reportVersion;
  if (state.status !== 'published' || state.publishedOn === null || !isThatReport || !code)
    return {
      shown: false,
      statusLabel: state.status === 'not-entered' ? '尚未录入检查结果' : '检查结果待公示',
    };
  return { shown: true, resultCode: code.code, resultLabel: code.label, publishedOn: state.publishedOn };
}
