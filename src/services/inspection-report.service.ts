import { randomUUID } from 'node:crypto';
import type { Database, Executor } from '../db/database.ts';
import type { PageRequest } from '../db/repositories/directory-filter.ts';
import { entityRepository } from '../db/repositories/entity.repository.ts';
import { inspectionRepository, type InspectionRecordRow } from '../db/repositories/inspection.repository.ts';
import {
  inspectionReportRepository,
  type ReportRow,
  type ReviewRow,
} from '../db/repositories/inspection-report.repository.ts';
import { officerRepository } from '../db/repositories/officer.repository.ts';
import type { FollowUpRequestJson } from '../db/schema/index.ts';
import { openFollowUp } from '../domain/inspection/follow-up.ts';
import type { Handling } from '../domain/inspection/handling.ts';
import type { NonCooperation } from '../domain/inspection/non-cooperation.ts';
import { checkReport, type InspectionReport, type MethodFindings } from '../domain/inspection/report.ts';
import { reviewTransition, type ReviewEvent, type ReviewState } from '../domain/inspection/review-flow.ts';
import type { FieldProblem } from '../domain/field-problem.ts';
import { unitService } from './unit.service.ts';
import { requirePermission, requireReadable, requireWritable } from './access.ts';
import type { Actor } from './actor.ts';
import { recordAudit } from './audit.ts';
import type { SignatureInput } from './draw/statement-signature.ts';
import { acceptOfficerSignature, recordDigestOf } from './officer-signature.ts';
import { reportApprovalDigest, reportSignedText } from '../domain/inspection/personal-signature.ts';
import { writeCheckpoint } from './log/checkpoint.service.ts';
import { loggedDigests } from './log/logged-digests.ts';
import { deadlineOf } from './calendar.service.ts';
import { today } from './clock.ts';
import { ConflictError, DomainError, NotFoundError, ValidationFailedError } from './errors.ts';
import { scopeOfRecord } from './inspection/record-scope.ts';
import { domainRecord, reviewStatusOf } from './inspection/record-view.ts';
import {
  actorKey,
  domainReport,
  overdueOf,
  reportView,
  resultLabel,
  stateOf,
} from './inspection/report-view.ts';
import { applyRiskFeedback } from './inspection/risk-feedback.ts';
import { publicDataChanged } from './public-data.ts';
import { writePublicRows } from './publication/public-row.ts';

export interface ReportInput {
  readonly findings: MethodFindings[];
  readonly opinion: string;
  readonly resultCode: string;
  readonly nonCooperation: NonCooperation[];
  readonly handling: Handling;
  readonly followUps: FollowUpRequestJson[];
  readonly touchesTradeSecret: boolean;
  readonly touchesPrivacy: boolean;
}

/** A step of the review flow the rule refuses (R-N.8): its code is the rule's (self-review …). */
export class ReviewRefusedError extends DomainError {
  constructor(problems: readonly FieldProblem[]) {
    super(problems[0]!.code, problems.map((p) => p.message).join('；'), problems);
  }
}

function transition(state: ReviewState, event: ReviewEvent): ReviewState {
  const next = reviewTransition(state, event);
  if (!next.ok) throw new ReviewRefusedError(next.problems);
  return next.value;
}

async function loadRecord(db: Executor, actor: Actor, recordId: string) {
  const j = await inspectionRepository.get(db, recordId);
  requireReadable(actor, '检查登记表', recordId, j?.unitPath);
  return j!;
}

async function loadReport(db: Executor, actor: Actor, id: string) {
  const report = await inspectionReportRepository.report(db, id);
  if (!report) throw new NotFoundError('检查报告', id);
  const record = await loadRecord(db, actor, report.recordId);
  return { report, record };
}

/** Issue 10.4: what the reviewer signs to approve this report (its content, its record's digest). */
async function approvalDigestOf(db: Executor, record: InspectionRecordRow, report: ReportRow) {
  const files = await inspectionRepository.files(db, [record.id]);
  return reportApprovalDigest(report, recordDigestOf(record, files));
}

async function view(db: Executor, actor: Actor, report: ReportRow) {
  const j = await loadRecord(db, actor, report.recordId);
  const approvalDigest = await approvalDigestOf(db, j.record, report);
  const scope = await scopeOfRecord(db, actor, j.record, false);
  const review = await inspectionReportRepository.review(db, report.recordId);
  const ids = [...new Set((review?.state.history ?? []).map((h) => h.actorId))];
  const names = new Map(
    (await officerRepository.byIds(db, ids.filter(isUuid))).map((u) => [u.id, u.displayName]),
  );
  const shown = reportView(
    report,
    review,
    {
      entity: { id: j.record.entityId, publicId: j.entityPublicId, name: j.entityName },
      item: { id: scope.item.id, code: scope.item.code, name: scope.item.name },
    },
    names,
  );
  return { ...shown, approvalDigest };
}

const isUuid = (s: string) => /^[0-9a-f-]{36}$/.test(s);

function reviewRow(recordId: string, state: ReviewState, extra: Partial<ReviewRow> = {}) {
  return {
    recordId,
    status: state.status,
    reportId: state.reportId,
    state,
    approvedOn: state.approvedOn,
    publishedOn: state.publishedOn,
    deadline: null as string | null,
    deadlineProvisional: false,
    ...extra,
  };
}

/** Approval: deadline (R-N.9), follow-ups opened (R-N.11), risk feedback to the entity. */
async function onApproved(tx: Executor, actor: Actor, report: ReportRow, on: string) {
  const rows = report.followUps.map((f) => ({
    id: randomUUID(),
    reportId: report.id,
    recordId: report.recordId,
    entityId: '',
    kind: f.kind,
    note: f.note,
    openedOn: on,
  }));
  const record = (await inspectionRepository.get(tx, report.recordId))!.record;
  await inspectionReportRepository.insertFollowUps(
    tx,
    rows.map((r) => ({ ...r, entityId: record.entityId })),
  );
  const entity = (await entityRepository.get(tx, record.entityId))!.entity;
  const domain = domainReport(
    report,
    rows.map((r) => openFollowUp(r.id, r.kind)),
  );
  return applyRiskFeedback(tx, actor, entity, domain);
}

export const inspectionReportService = {
  /** R-N.7: enters a report for a submitted record and submits it for review. */
  async submit(db: Database, actor: Actor, recordId: string, input: ReportInput, now = new Date()) {
    requirePermission(actor, 'inspection.write');
    const j = await loadRecord(db, actor, recordId);
    requireWritable(actor, '检查登记表', recordId, j.unitPath);
    if (j.record.status !== 'submitted')
      throw new ConflictError('record-not-submitted', '须先提交检查登记表，才能录入检查结果');
    const scope = await scopeOfRecord(db, actor, j.record, false);
    const record = domainRecord(j.record, await inspectionRepository.files(db, [recordId]), scope);
    const before = await inspectionReportRepository.reportsOf(db, [recordId]);
    const report: InspectionReport = {
      id: randomUUID(),
      recordId,
      version: (before.at(-1)?.version ?? 0) + 1,
      authorId: actorKey(actor),
      ...input,
      followUps: input.followUps.map((f, i) => openFollowUp(`new-${i}`, f.kind)),
    };
    const checked = checkReport(report, record);
    if (!checked.ok) throw new ValidationFailedError(checked.problems);
    const id = await db.transaction(async (tx) => {
      const state = transition(stateOf(await inspectionReportRepository.lockReview(tx, recordId)), {
        type: 'submit',
        actorId: actorKey(actor),
        on: today(now),
        report,
      });
      const row = await inspectionReportRepository.insertReport(tx, {
        ...input,
        id: report.id,
        recordId,
        version: report.version,
        authorId: actor.userId,
        authorName: actor.name,
      });
      await inspectionReportRepository.upsertReview(tx, reviewRow(recordId, state));
      await recordAudit(tx, actor, 'inspection.report-submit', { type: 'inspection', id: recordId }, row);
      return row.id;
    });
    return view(db, actor, (await inspectionReportRepository.report(db, id))!);
  },

  async get(db: Database, actor: Actor, id: string) {
    const { report } = await loadReport(db, actor, id);
    return view(db, actor, report);
  },

  /** R-N.8: return, reject, approve or publish the latest report of a record; never one's own. */
  async act(
    db: Database,
    actor: Actor,
    id: string,
    step:
      | { type: 'return' | 'reject'; opinion: string | null }
      | { type: 'approve'; opinion: string | null; signature?: SignatureInput }
      | { type: 'publish'; privacyApproval: boolean },
    now = new Date(),
  ) {
    requirePermission(actor, step.type === 'publish' ? 'report.publish' : 'report.review');
    if (step.type === 'publish' && step.privacyApproval) requirePermission(actor, 'report.privacy-approve');
    const { report, record } = await loadReport(db, actor, id);
    requireWritable(actor, '检查报告', id, record.unitPath);
    // Separation of duties reaches the inspection itself: who recorded or submitted the 检查登记表 does not
    // review its report, even when a colleague typed the report up.
    const inspected = [record.record.createdBy, record.record.submittedBy];
    if (step.type !== 'publish' && actor.userId !== null && inspected.includes(actor.userId))
      throw new ConflictError('self-review', '不能审核自己录入或提交的检查登记表的检查报告');
    const on = today(now);
    const deadline = step.type === 'approve' ? await deadlineOf(db, on) : undefined;
    const approvalDigest = await approvalDigestOf(db, record.record, report);
    await db.transaction(async (tx) => {
      const signed =
        step.type === 'approve'
          ? await acceptOfficerSignature(tx, actor, step.signature, {
              text: reportSignedText(approvalDigest),
              digest: approvalDigest,
              what: '检查报告',
            })
          : undefined;
      const current = await inspectionReportRepository.lockReview(tx, report.recordId);
      if (current?.reportId !== report.id)
        throw new ConflictError('report-superseded', '这不是该检查登记表的最新检查报告');
      const event: ReviewEvent =
        step.type === 'publish'
          ? {
              type: 'publish',
              actorId: actorKey(actor),
              on,
              privacyApprovedBy: step.privacyApproval ? actorKey(actor) : null,
            }
          : step.type === 'approve'
            ? { type: 'approve', actorId: actorKey(actor), on, opinion: step.opinion }
            : { type: step.type, actorId: actorKey(actor), on, opinion: step.opinion ?? '' };
      const state = transition(current.state, event);
      const kept = {
        deadline: deadline?.date ?? current.deadline,
        deadlineProvisional: deadline?.provisional ?? current.deadlineProvisional,
      };
      await inspectionReportRepository.upsertReview(tx, reviewRow(report.recordId, state, kept));
      if (state.status === 'published') await writePublicRows(tx, [report.recordId]);
      const changes = step.type === 'approve' ? await onApproved(tx, actor, report, on) : [];
      await recordAudit(
        tx,
        actor,
        `inspection.report-${step.type}`,
        { type: 'inspection', id: report.recordId },
        {
          report: report.id,
          status: state.status,
          ...kept,
          riskChanges: changes,
          ...(step.type === 'approve' && { approvalDigest, signature: signed }),
          logged: await loggedDigests(tx, {
            results: state.status === 'published' ? [report.recordId] : [],
            followUpsOfReports: step.type === 'approve' ? [report.id] : [],
          }),
        },
      );
      if (step.type === 'publish') await writeCheckpoint(tx);
    });
    if (step.type === 'publish') publicDataChanged();
    return view(db, actor, report);
  },

  async list(
    db: Database,
    actor: Actor,
    filter: {
      status?: string;
      entityId?: string;
      overdue?: boolean;
      resultCode?: string;
      unitId?: string;
      approvedYear?: number;
    },
    page: PageRequest,
  ) {
    const { total, rows } = await inspectionReportRepository.reviewPage(
      db,
      {
        status: filter.status,
        entityId: filter.entityId,
        overdueOn: filter.overdue ? today() : undefined,
        resultCode: filter.resultCode || undefined,
        unitId: filter.unitId,
        approvedYear: filter.approvedYear,
        unitIds: await unitService.readableIds(db, actor),
      },
      page,
    );
    const reports = new Map(
      (
        await inspectionReportRepository.reportsOf(
          db,
          rows.map((r) => r.record.id),
        )
      ).map((r) => [r.id, r]),
    );
    return {
      total,
      page: page.page,
      pageSize: page.pageSize,
      rows: rows.map((r) => resultRow(r, reports.get(r.review.reportId ?? ''))),
    };
  },
};

export function resultRow(
  r: {
    review: ReviewRow;
    record: {
      id: string;
      entityId: string;
      itemId: string;
      basis: 'random' | 'targeted';
      checkedOn: string | null;
    };
    entityName: string;
    entityPublicId: string;
    itemCode: string;
  },
  report: ReportRow | undefined,
) {
  return {
    reportId: r.review.reportId,
    recordId: r.record.id,
    version: report?.version ?? 0,
    entity: { id: r.record.entityId, publicId: r.entityPublicId, name: r.entityName },
    item: { id: r.record.itemId, code: r.itemCode },
    basis: r.record.basis,
    checkedOn: r.record.checkedOn,
    resultCode: report?.resultCode ?? null,
    resultLabel: report ? resultLabel(report.resultCode) : null,
    status: reviewStatusOf(r.review.status),
    author: report?.authorName ?? null,
    approvedOn: r.review.approvedOn,
    deadline: r.review.deadline,
    deadlineProvisional: r.review.deadlineProvisional,
    publishedOn: r.review.publishedOn,
    overdue: overdueOf(r.review),
  };
}
