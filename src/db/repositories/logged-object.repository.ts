// The rows whose state the audit log vouches for (issue 10.3): confirmed draws, published results with
// their published report, follow-ups. Read as sets; an absent filter reads them all (verify-log).
import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../database.ts';
import { draws, followUps, inspectionReports, inspectionReviews, publicResults } from '../schema/index.ts';

export const loggedObjectRepository = {
  async confirmedDraws(db: Executor, ids?: readonly string[]) {
    if (ids?.length === 0) return [];
    return db
      .select()
      .from(draws)
      .where(and(eq(draws.status, 'confirmed'), ids ? inArray(draws.id, [...ids]) : undefined));
  },

  async publishedResults(db: Executor, recordIds?: readonly string[]) {
    if (recordIds?.length === 0) return [];
    return db
      .select({ row: publicResults, report: inspectionReports })
      .from(publicResults)
      .leftJoin(inspectionReviews, eq(inspectionReviews.recordId, publicResults.recordId))
      .leftJoin(inspectionReports, eq(inspectionReports.id, inspectionReviews.reportId))
      .where(recordIds ? inArray(publicResults.recordId, [...recordIds]) : undefined);
  },

  async followUps(db: Executor, f: { reportIds?: readonly string[]; ids?: readonly string[] } = {}) {
    if (f.reportIds?.length === 0 || f.ids?.length === 0) return [];
    return db
      .select()
      .from(followUps)
      .where(
        and(
          f.reportIds ? inArray(followUps.reportId, [...f.reportIds]) : undefined,
          f.ids ? inArray(followUps.id, [...f.ids]) : undefined,
        ),
      );
  },
};
