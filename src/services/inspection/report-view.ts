// A stored report as the domain checks it, and as the API shows it.
import type {
  FollowUpRow,
  ReportRow,
  ReviewRow,
} from '../../db/repositories/inspection-report.repository.ts';
import { isOverdue } from '../../domain/calendar/working-days.ts';
import { FOLLOW_UP_LABELS, type FollowUp } from '../../domain/inspection/follow-up.ts';
import type { InspectionReport } from '../../domain/inspection/report.ts';
import { findResultCode, NATIONAL_RESULT_CODE_SET } from '../../domain/inspection/result-code.ts';
import { INITIAL_REVIEW_STATE, type ReviewState } from '../../domain/inspection/review-flow.ts';
import { today } from '../clock.ts';

export const actorKey = (a: { userId: string | null; name: string }) => a.userId ?? `system:${a.name}`;

export function domainFollowUp(f: FollowUpRow): FollowUp {
  return { id: f.id, kind: f.kind, state: f.state, closedOn: f.closedOn, closingNote: f.closingNote };
}

export function domainReport(r: ReportRow, followUps: readonly FollowUp[]): InspectionReport {
  return {
    id: r.id,
    recordId: r.recordId,
    version: r.version,
    authorId: r.authorId ?? `system:${r.authorName}`,
    findings: r.findings,
    opinion: r.opinion,
    resultCode: r.resultCode,
    nonCooperation: r.nonCooperation,
    handling: r.handling,
    followUps,
    touchesTradeSecret: r.touchesTradeSecret,
    touchesPrivacy: r.touchesPrivacy,
  };
}

export const resultLabel = (code: string) => findResultCode(NATIONAL_RESULT_CODE_SET, code)?.label ?? code;

export const stateOf = (review: ReviewRow | undefined): ReviewState => review?.state ?? INITIAL_REVIEW_STATE;

/** How an earlier version's review ended: the n-th decision on an awaiting report is version n's. */
export function supersededStatus(state: ReviewState, version: number) {
  const decisions = state.history.filter((h) => h.from === 'awaiting-review');
  return decisions[version - 1]?.to ?? 'returned';
}

export function overdueOf(review: Pick<ReviewRow, 'deadline' | 'publishedOn'> | undefined, on = today()) {
  return review?.deadline ? isOverdue(review.deadline, on, review.publishedOn) : false;
}

export function followUpView(f: FollowUpRow, entity: { publicId: string; name: string }) {
  return {
    id: f.id,
    reportId: f.reportId,
    recordId: f.recordId,
    entity: { id: f.entityId, publicId: entity.publicId, name: entity.name },
    kind: f.kind,
    label: FOLLOW_UP_LABELS[f.kind],
    note: f.note,
    state: f.state,
    openedOn: f.openedOn,
    startedOn: f.startedOn,
    closedOn: f.closedOn,
    closingNote: f.closingNote,
  };
}

export function reportView(
  r: ReportRow,
  review: ReviewRow | undefined,
  ctx: {
    entity: { id: string; publicId: string; name: string };
    item: { id: string; code: string; name: string };
  },
  names: ReadonlyMap<string, string>,
) {
  const state = stateOf(review);
  return {
    id: r.id,
    recordId: r.recordId,
    version: r.version,
    findings: r.findings,
    opinion: r.opinion,
    resultCode: r.resultCode,
    resultLabel: resultLabel(r.resultCode),
    nonCooperation: r.nonCooperation,
    handling: r.handling,
    followUps: r.followUps,
    touchesTradeSecret: r.touchesTradeSecret,
    touchesPrivacy: r.touchesPrivacy,
    author: r.authorName,
    authorId: r.authorId,
    createdAt: r.createdAt.toISOString(),
    entity: ctx.entity,
    item: ctx.item,
    latest: state.reportId === r.id,
    review: {
      status: state.reportId === r.id ? state.status : supersededStatus(state, r.version),
      needsPrivacyApproval: state.needsPrivacyApproval,
      approvedOn: review?.approvedOn ?? null,
      deadline: review?.deadline ?? null,
      deadlineProvisional: review?.deadlineProvisional ?? false,
      publishedOn: review?.publishedOn ?? null,
      overdue: overdueOf(review),
      history: state.history.map((h) => ({
        from: h.from,
        to: h.to,
        actor: names.get(h.actorId) ?? h.actorId,
        on: h.on,
        opinion: h.opinion,
      })),
    },
  };
}
