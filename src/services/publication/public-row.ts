// Issue 12: the public view of a result is shaped once, when it is published, through the allow-list (R-N.10).
import type { Executor } from '../../db/database.ts';
import { targetedWithUnit } from '../../db/repositories/inspection.repository.ts';
import {
  publicationSources,
  publicResultRepository,
  type PublicResultRow,
} from '../../db/repositories/public-result.repository.ts';
import { publicInspectionResult, type EntityForPublication } from '../../domain/publication/public-fields.ts';
import { resultSeverity } from '../../domain/publication/result-severity.ts';
import type { EntityRecord } from '../../db/repositories/entity.repository.ts';
import { TARGETED_REASON_OF } from '../inspection/record-scope.ts';
import { domainReport } from '../inspection/report-view.ts';

export const forPublication = (e: EntityRecord): EntityForPublication => ({
  kind: e.kind,
  name: e.name,
  creditCode: e.kind === 'organisation' ? e.code : null,
  idNumber: e.kind === 'person' ? e.code : null,
  address: e.address,
});

type Source = Awaited<ReturnType<typeof publicationSources>>[number];

async function basisOf(db: Executor, record: Source['record']) {
  if (!record.targetedInspectionId) return { kind: 'random' as const, taskId: record.taskId ?? '' };
  const targeted = await targetedWithUnit(db, record.targetedInspectionId);
  const reason = TARGETED_REASON_OF[targeted?.targeted.reason ?? ''] ?? 'complaint';
  return { kind: 'targeted' as const, reason, note: '' };
}

/** The public rows of these records; a record whose result is not published gives none. */
export async function publicRowsOf(db: Executor, recordIds: readonly string[]): Promise<PublicResultRow[]> {
  const out: PublicResultRow[] = [];
  for (const s of await publicationSources(db, recordIds)) {
    const checked = publicInspectionResult({
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
      // The public view reads the report's result, opinion and handling, not its follow-ups.
      report: domainReport(s.report, []),
      review: s.review.state,
    });
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
