// Issue 12: the public view of a result is shaped once, when it is published, through the allow-list (R-N.10).
import type { Executor } from '../../db/database.ts';
import { targetedWithUnit } from '../../db/repositories/inspection.repository.ts';
import {
  publicationSources,
  publicResultRepository,
  type PublicResultRow,
} from '../../db/repositories/public-result.repository.ts';
import type { FollowUpRow } from '../../db/repositories/inspection-report.repository.ts';
import {
  publicInspectionResult,
  type EntityForPublication,
  type InspectionForPublication,
} from '../../domain/publication/public-fields.ts';
import { resultSeverity } from '../../domain/publication/result-severity.ts';
import type { EntityRecord } from '../../db/repositories/entity.repository.ts';
import { TARGETED_REASON_OF } from '../inspection/record-scope.ts';
import { domainFollowUp, domainReport } from '../inspection/report-view.ts';

export const forPublication = (e: EntityRecord): EntityForPublication => ({
  kind: e.kind,
  name: e.name,
  creditCode: e.kind === 'organisation' ? e.code : null,
  // The masked form: the full ID number is never read for publication (issue 10.7).
  idNumber: e.kind === 'person' ? e.idNumberMasked : null,
  address: e.address,
});

type Source = Awaited<ReturnType<typeof publicationSources>>[number];

async function basisOf(db: Executor, record: Source['record']) {
  if (!record.targetedInspectionId) return { kind: 'random' as const, taskId: record.taskId ?? '' };
  const targeted = await targetedWithUnit(db, record.targetedInspectionId);
  const reason = TARGETED_REASON_OF[targeted?.targeted.reason ?? ''] ?? 'complaint';
  return { kind: 'targeted' as const, reason, note: '' };
}

/** The domain's view of each record's published result, its report with these follow-ups; in `recordIds` order. */
export async function publicationInputs(
  db: Executor,
  recordIds: readonly string[],
  followUps: readonly FollowUpRow[] = [],
): Promise<{ source: Source; input: InspectionForPublication }[]> {
  const order = new Map(recordIds.map((id, i) => [id, i]));
  const sources = (await publicationSources(db, recordIds)).sort(
    (x, y) => order.get(x.record.id)! - order.get(y.record.id)!,
  );
  const out = [];
  for (const s of sources) {
    const mine = followUps.filter((f) => f.reportId === s.report.id).map(domainFollowUp);
    out.push({
      source: s,
      input: {
        entity: forPublication(s.entity),
        item: { code: s.itemCode, name: s.itemName ?? '' },
        record: {
          checkedOn: s.record.checkedOn ?? '',
          inspectors: s.record.inspectors.map((i) => ({
            badgeNumber: i.badgeNumber,
            name: i.name,
            signature: null,
          })),
          basis: await basisOf(db, s.record),
        },
        report: domainReport(s.report, mine),
        review: s.review.state,
      },
    });
  }
  return out;
}

/** The public rows of these records; a record whose result is not published gives none. */
export async function publicRowsOf(db: Executor, recordIds: readonly string[]): Promise<PublicResultRow[]> {
  const out: PublicResultRow[] = [];
  // The public row reads the report's result, opinion and handling, not its follow-ups.
  for (const { source: s, input } of await publicationInputs(db, recordIds)) {
    const checked = publicInspectionResult(input);
    if (!checked.ok) continue;
    const r = checked.value;
    out.push({
      recordId: s.record.id,
      entityId: s.entity.id,
      publicId: s.entity.publicId,
      entityName: r.entityName,
      entityCode: r.entityCode,
      itemCode: r.itemCode,
      year: Number((r.checkedOn || r.publishedOn).slice(0, 4)),
      resultCode: s.report.resultCode,
      publishedOn: r.publishedOn,
      body: {
        publicId: s.entity.publicId,
        ...r,
        inspectors: [...r.inspectors],
        resultCode: s.report.resultCode,
        severity: resultSeverity({ code: s.report.resultCode }),
      },
    });
  }
  return out;
}

/** Writes the public rows of published results that have none yet; returns how many were written. */
export async function syncPublicRows(db: Executor, batch = 2000): Promise<number> {
  let written = 0;
  for (;;) {
    const ids = await publicResultRepository.missing(db, batch);
    if (ids.length === 0) return written;
    const rows = await publicRowsOf(db, ids);
    await publicResultRepository.insert(db, rows);
    written += rows.length;
    // A published result that cannot be shown (no longer the reviewed report) would be found again.
    if (rows.length < ids.length) return written;
  }
}

/** At publication, in its transaction: the result's public row. */
export async function writePublicRows(db: Executor, recordIds: readonly string[]): Promise<void> {
  await publicResultRepository.insert(db, await publicRowsOf(db, recordIds));
}
