// R-N.10: published results and credit archives, through the domain's allow-lists.
import type { Database } from '../db/database.ts';
import { auditRepository } from '../db/repositories/audit.repository.ts';
import type { PageRequest } from '../db/repositories/directory-filter.ts';
import { entityRepository } from '../db/repositories/entity.repository.ts';
import { entitiesByPublicId } from '../db/repositories/inspection.repository.ts';
import {
  inspectionReportRepository,
  type FollowUpRow,
} from '../db/repositories/inspection-report.repository.ts';
import {
  publicResultRepository,
  type PublicCursor,
  type PublicResultFilter,
} from '../db/repositories/public-result.repository.ts';
import { publicCreditArchive, type CreditListEntry } from '../domain/publication/credit-archive.ts';
import { canRead, requireReadable } from './access.ts';
import type { Actor } from './actor.ts';
import { auditView } from './audit.service.ts';
import { entitySummary } from './entity.service.ts';
import { NotFoundError, ValidationFailedError } from './errors.ts';
import { resultRow } from './inspection-report.service.ts';
import { followUpView } from './inspection/report-view.ts';
import { inspectionService } from './inspection.service.ts';
import { publicMemo } from './public-data.ts';
import { unitService } from './unit.service.ts';
import { forPublication, publicationInputs } from './publication/public-row.ts';

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

// A count over 100,000 rows costs more than the page it heads: one per filter until the next publication.
const resultCounts = publicMemo<number>();

/** `2026-05-01.12345`: the publication day and sequence of the last row of the previous page. */
function cursorOf(after: string | undefined): PublicCursor | undefined {
  const m = after ? /^(\d{4}-\d{2}-\d{2})\.(\d{1,15})$/.exec(after) : null;
  if (after && !m)
    throw new ValidationFailedError([{ field: 'after', code: 'bad-cursor', message: '翻页位置无效' }]);
  return m ? { publishedOn: m[1]!, seq: Number(m[2]) } : undefined;
}

export const publicationService = {
  /** published results only, each through the allow-list (R-N.10). */
  async results(db: Database, filter: PublicResultFilter, page: PageRequest, after?: string) {
    const total = await resultCounts(JSON.stringify(filter), () => publicResultRepository.count(db, filter));
    const { rows, next } = await publicResultRepository.page(db, filter, page, cursorOf(after));
    return {
      total,
      page: page.page,
      pageSize: page.pageSize,
      rows,
      next: next && `${next.publishedOn}.${next.seq}`,
    };
  },

  /** entities with published results, found by name or credit code (the archive search). */
  async entities(db: Database, filter: Pick<PublicResultFilter, 'q'>, page: PageRequest) {
    const { total, rows } = await publicResultRepository.entities(db, { q: filter.q }, page);
    return { total, page: page.page, pageSize: page.pageSize, rows };
  },

  /** the public credit archive of an entity with at least one published result. */
  async archive(db: Database, publicId: string) {
    for (const entity of await entitiesByPublicId(db, publicId)) {
      const recordIds = await publicResultRepository.recordIdsOf(db, entity.id);
      if (recordIds.length === 0) continue;
      const followUps = (await inspectionReportRepository.followUps(db, { entityId: entity.id })).map(
        (f) => f.followUp,
      );
      const inputs = await publicationInputs(db, recordIds, followUps);
      const lists = creditLists(
        followUps.filter(
          (f) => inputs.some((i) => i.input.report.id === f.reportId) || f.kind === 'credit-repair',
        ),
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
    // Another department's results on the same entity stay theirs until published (the portal shows those).
    const unitIds = await unitService.readableIds(db, actor);
    const { rows } = await inspectionReportRepository.reviewPage(
      db,
      { entityId, unitIds },
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
    const followUps = (await inspectionReportRepository.followUps(db, { entityId })).filter((f) =>
      canRead(actor, f.unitPath),
    );
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
