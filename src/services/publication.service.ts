// R-N.10: published results and credit archives, through the domain's allow-lists.
import type { Database, Executor } from '../db/database.ts';
import { auditRepository } from '../db/repositories/audit.repository.ts';
import { entityRepository, type EntityRecord } from '../db/repositories/entity.repository.ts';
import {
  entitiesByPublicId,
  targetedWithUnit,
  type InspectionRecordRow,
} from '../db/repositories/inspection.repository.ts';
import {
  inspectionReportRepository,
  type FollowUpRow,
  type ReviewRow,
} from '../db/repositories/inspection-report.repository.ts';
import { itemRepository } from '../db/repositories/item.repository.ts';
import { publicCreditArchive, type CreditListEntry } from '../domain/publication/credit-archive.ts';
import {
  publicInspectionResult,
  type EntityForPublication,
  type InspectionForPublication,
} from '../domain/publication/public-fields.ts';
import { requireReadable } from './access.ts';
import type { Actor } from './actor.ts';
import { auditView } from './audit.service.ts';
import { entitySummary } from './entity.service.ts';
import { NotFoundError } from './errors.ts';
import { resultRow } from './inspection-report.service.ts';
import { TARGETED_REASON_OF } from './inspection/record-scope.ts';
import { domainFollowUp, domainReport, followUpView } from './inspection/report-view.ts';
import { inspectionService } from './inspection.service.ts';

const forPublication = (e: EntityRecord): EntityForPublication => ({
  kind: e.kind,
  name: e.name,
  creditCode: e.kind === 'organisation' ? e.code : null,
  idNumber: e.kind === 'person' ? e.code : null,
  address: e.address,
});

/** A closed credit-repair follow-up ends the listings that began before it (R-N.11, R-26.2). */
export function creditLists(followUps: readonly FollowUpRow[]): CreditListEntry[] {
  const repairs = followUps
    .filter((f) => f.kind === 'credit-repair' && f.state === 'closed' && f.closedOn)
    .map((f) => f.closedOn!)
    .sort();
  return followUps
    .filter((f) => f.kind === 'abnormal-list' || f.kind === 'blacklist')
    .map((f) => {
      const repairedOn = repairs.find((d) => d >= f.openedOn) ?? null;
      return {
        list: f.kind === 'blacklist' ? ('blacklist' as const) : ('abnormal' as const),
        since: f.openedOn,
        reason: f.note,
        removedOn: repairedOn,
        repairedOn,
      };
    });
}

async function inputsOf(
  db: Executor,
  rows: readonly { review: ReviewRow; record: InspectionRecordRow }[],
): Promise<{ input: InspectionForPublication; entity: EntityRecord; followUps: FollowUpRow[] }[]> {
  const reports = new Map(
    (
      await inspectionReportRepository.reportsOf(
        db,
        rows.map((r) => r.record.id),
      )
    ).map((r) => [r.id, r]),
  );
  const followUps = await inspectionReportRepository.followUps(db, {
    reportIds: rows.flatMap((r) => (r.review.reportId ? [r.review.reportId] : [])),
  });
  const out = [];
  for (const { review, record } of rows) {
    const report = reports.get(review.reportId ?? '');
    const entity = (await entityRepository.get(db, record.entityId))?.entity;
    if (!report || !entity) continue;
    const version = (await itemRepository.versions(db, [record.itemId])).find(
      (v) => v.version === record.itemVersion,
    );
    const item = await itemRepository.get(db, record.itemId);
    const targeted = record.targetedInspectionId
      ? await targetedWithUnit(db, record.targetedInspectionId)
      : undefined;
    const mine = followUps.filter((f) => f.followUp.reportId === report.id).map((f) => f.followUp);
    out.push({
      entity,
      followUps: mine,
      input: {
        entity: forPublication(entity),
        item: { code: item?.item.code ?? '', name: version?.name ?? '' },
        record: {
          checkedOn: record.checkedOn ?? '',
          inspectors: record.inspectors.map((i) => ({
            badgeNumber: i.badgeNumber,
            name: i.name,
            signature: null,
          })),
          basis: targeted
            ? {
                kind: 'targeted' as const,
                reason: TARGETED_REASON_OF[targeted.targeted.reason] ?? 'complaint',
                note: '',
              }
            : { kind: 'random' as const, taskId: record.taskId ?? '' },
        },
        report: domainReport(report, mine.map(domainFollowUp)),
        review: review.state,
      },
    });
  }
  return out;
}

export const publicationService = {
  /** published results only, each through the allow-list (R-N.10). */
  async results(db: Database, page: { page: number; pageSize: number }) {
    const { total, rows } = await inspectionReportRepository.published(db, page);
    const results = (await inputsOf(db, rows)).flatMap(({ input, entity }) => {
      const r = publicInspectionResult(input);
      return r.ok ? [{ publicId: entity.publicId, ...r.value }] : [];
    });
    return { total, page: page.page, pageSize: page.pageSize, rows: results };
  },

  /** the public credit archive of an entity with at least one published result. */
  async archive(db: Database, publicId: string) {
    for (const entity of await entitiesByPublicId(db, publicId)) {
      const { rows } = await inspectionReportRepository.published(db, { page: 1, pageSize: 500 }, entity.id);
      if (rows.length === 0) continue;
      const inputs = await inputsOf(db, rows);
      const lists = creditLists(
        (await inspectionReportRepository.followUps(db, { entityId: entity.id }))
          .map((f) => f.followUp)
          .filter((f) => inputs.some((i) => i.input.report.id === f.reportId) || f.kind === 'credit-repair'),
      );
      return {
        publicId,
        ...publicCreditArchive(
          forPublication(entity),
          inputs.map((i) => i.input),
          lists,
        ),
      };
    }
    throw new NotFoundError('公示的检查对象', publicId);
  },

  /** for officers: everything of the entity, with the risk events and their sources. */
  async adminArchive(db: Database, actor: Actor, entityId: string) {
    const row = await entityRepository.get(db, entityId);
    requireReadable(actor, '市场主体', entityId, row?.unitPath);
    const inspections = await inspectionService.list(db, actor, { entityId }, { page: 1, pageSize: 500 });
    const { rows } = await inspectionReportRepository.reviewPage(
      db,
      { entityId },
      { page: 1, pageSize: 500 },
    );
    const reports = new Map(
      (
        await inspectionReportRepository.reportsOf(
          db,
          rows.map((r) => r.record.id),
        )
      ).map((r) => [r.id, r]),
    );
    const followUps = await inspectionReportRepository.followUps(db, { entityId });
    const audit = await auditRepository.list(
      db,
      { objectType: 'entity', objectId: entityId },
      { offset: 0, limit: 500 },
    );
    return {
      entity: entitySummary(row!.entity),
      inspections: inspections.rows,
      results: rows.map((r) => resultRow(r, reports.get(r.review.reportId ?? ''))),
      followUps: followUps.map((f) =>
        followUpView(f.followUp, { publicId: f.entityPublicId, name: f.entityName }),
      ),
      lists: creditLists(followUps.map((f) => f.followUp)),
      riskEvents: audit.rows.filter((e) => e.action === 'entity.risk-feedback').map(auditView),
    };
  },
};
