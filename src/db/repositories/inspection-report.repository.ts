import { and, count, desc, eq, inArray, lt, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '../database.ts';
import {
  entities,
  followUps,
  inspectionRecords,
  inspectionReports,
  inspectionReviews,
  items,
  units,
} from '../schema/index.ts';
import { offsetOf, type PageRequest } from './directory-filter.ts';
import { inUnits, inUnitSubtree, inYear } from './unit-year-scope.ts';

export type ReportRow = typeof inspectionReports.$inferSelect;
export type ReviewRow = typeof inspectionReviews.$inferSelect;
export type FollowUpRow = typeof followUps.$inferSelect;

export interface ReviewFilter {
  readonly status?: string;
  readonly entityId?: string;
  /** Approved, unpublished and past its deadline on `today`, or published late. */
  readonly overdueOn?: string;
  /** The current report's result code (the dashboard's drill-down, R-27.1). */
  readonly resultCode?: string;
  /** The dashboard's scope: the record's unit or one below it, and the year of approval. */
  readonly unitId?: string;
  readonly approvedYear?: number;
  /** The units the caller may read: counted and paged in the query, so a total never counts others' rows. */
  readonly unitIds?: readonly string[];
}

function reviewWhere(f: ReviewFilter): SQL | undefined {
  return and(
    // Several statuses comma-separated: the dashboard opens "approved or published".
    f.status ? inArray(inspectionReviews.status, f.status.split(',')) : undefined,
    f.entityId ? eq(inspectionRecords.entityId, f.entityId) : undefined,
    f.overdueOn
      ? sql`(${inspectionReviews.deadline} IS NOT NULL AND coalesce(${inspectionReviews.publishedOn}, ${f.overdueOn}::date) > ${inspectionReviews.deadline})`
      : undefined,
    f.resultCode
      ? sql`EXISTS (SELECT 1 FROM inspection_reports rep WHERE rep.id = ${inspectionReviews.reportId} AND rep.result_code = ${f.resultCode})`
      : undefined,
    f.unitId ? inUnitSubtree(inspectionRecords.unitId, f.unitId) : undefined,
    f.approvedYear ? inYear(inspectionReviews.approvedOn, f.approvedYear) : undefined,
    f.unitIds ? inUnits(inspectionRecords.unitId, f.unitIds) : undefined,
  );
}

/** Reports (append-only), their review state (R-N.8) and follow-ups (R-N.11). */
export const inspectionReportRepository = {
  async insertReport(db: Executor, row: typeof inspectionReports.$inferInsert): Promise<ReportRow> {
    const [out] = await db.insert(inspectionReports).values(row).returning();
    return out!;
  },

  async report(db: Executor, id: string): Promise<ReportRow | undefined> {
    const [row] = await db.select().from(inspectionReports).where(eq(inspectionReports.id, id));
    return row;
  },

  async reportsOf(db: Executor, recordIds: readonly string[]): Promise<ReportRow[]> {
    if (recordIds.length === 0) return [];
    return db
      .select()
      .from(inspectionReports)
      .where(inArray(inspectionReports.recordId, [...recordIds]))
      .orderBy(inspectionReports.recordId, inspectionReports.version);
  },

  async review(db: Executor, recordId: string): Promise<ReviewRow | undefined> {
    const [row] = await db.select().from(inspectionReviews).where(eq(inspectionReviews.recordId, recordId));
    return row;
  },

  /** Locks the review for the rest of the transaction: steps of one flow run one at a time. */
  async lockReview(db: Executor, recordId: string): Promise<ReviewRow | undefined> {
    const [row] = await db
      .select()
      .from(inspectionReviews)
      .where(eq(inspectionReviews.recordId, recordId))
      .for('update');
    return row;
  },

  async upsertReview(db: Executor, row: Omit<typeof inspectionReviews.$inferInsert, 'updatedAt'>) {
    await db
      .insert(inspectionReviews)
      .values(row)
      .onConflictDoUpdate({
        target: inspectionReviews.recordId,
        set: { ...row, updatedAt: new Date() },
      });
  },

  async reviewPage(db: Executor, f: ReviewFilter, p: PageRequest) {
    const cond = reviewWhere(f);
    const base = () =>
      db
        .select({
          review: inspectionReviews,
          record: inspectionRecords,
          unitPath: units.path,
          entityName: entities.name,
          entityPublicId: entities.publicId,
          itemCode: items.code,
        })
        .from(inspectionReviews)
        .innerJoin(inspectionRecords, eq(inspectionRecords.id, inspectionReviews.recordId))
        .innerJoin(units, eq(units.id, inspectionRecords.unitId))
        .innerJoin(entities, eq(entities.id, inspectionRecords.entityId))
        .innerJoin(items, eq(items.id, inspectionRecords.itemId));
    const [total] = await db
      .select({ n: count() })
      .from(inspectionReviews)
      .innerJoin(inspectionRecords, eq(inspectionRecords.id, inspectionReviews.recordId))
      .where(cond);
    const rows = await base()
      .where(cond)
      .orderBy(desc(inspectionReviews.updatedAt), inspectionReviews.recordId)
      .offset(offsetOf(p))
      .limit(p.pageSize);
    return { total: total?.n ?? 0, rows };
  },

  /** Published results, newest first. */
  async published(db: Executor, p: PageRequest, entityId?: string) {
    const cond = and(
      eq(inspectionReviews.status, 'published'),
      entityId ? eq(inspectionRecords.entityId, entityId) : undefined,
    );
    const [total] = await db
      .select({ n: count() })
      .from(inspectionReviews)
      .innerJoin(inspectionRecords, eq(inspectionRecords.id, inspectionReviews.recordId))
      .where(cond);
    const rows = await db
      .select({ review: inspectionReviews, record: inspectionRecords })
      .from(inspectionReviews)
      .innerJoin(inspectionRecords, eq(inspectionRecords.id, inspectionReviews.recordId))
      .where(cond)
      .orderBy(desc(inspectionReviews.publishedOn), inspectionReviews.recordId)
      .offset(offsetOf(p))
      .limit(p.pageSize);
    return { total: total?.n ?? 0, rows };
  },

  async insertFollowUps(db: Executor, rows: readonly (typeof followUps.$inferInsert)[]) {
    if (rows.length) await db.insert(followUps).values([...rows]);
  },

  async followUp(db: Executor, id: string) {
    const [row] = await db
      .select({ followUp: followUps, unitPath: units.path })
      .from(followUps)
      .innerJoin(inspectionRecords, eq(inspectionRecords.id, followUps.recordId))
      .innerJoin(units, eq(units.id, inspectionRecords.unitId))
      .where(eq(followUps.id, id));
    return row;
  },

  async followUps(db: Executor, f: { state?: string; entityId?: string; reportIds?: readonly string[] }) {
    if (f.reportIds && f.reportIds.length === 0) return [];
    return db
      .select({
        followUp: followUps,
        unitPath: units.path,
        entityName: entities.name,
        entityPublicId: entities.publicId,
      })
      .from(followUps)
      .innerJoin(inspectionRecords, eq(inspectionRecords.id, followUps.recordId))
      .innerJoin(units, eq(units.id, inspectionRecords.unitId))
      .innerJoin(entities, eq(entities.id, followUps.entityId))
      .where(
        and(
          f.state ? eq(followUps.state, f.state as FollowUpRow['state']) : undefined,
          f.entityId ? eq(followUps.entityId, f.entityId) : undefined,
          f.reportIds ? inArray(followUps.reportId, [...f.reportIds]) : undefined,
        ),
      )
      .orderBy(desc(followUps.openedOn), followUps.id)
      .limit(1000);
  },

  /** Conditional on the state read: a concurrent step loses. */
  async updateFollowUp(
    db: Executor,
    id: string,
    from: FollowUpRow['state'],
    patch: Partial<typeof followUps.$inferInsert>,
  ): Promise<boolean> {
    const rows = await db
      .update(followUps)
      .set({ ...patch, updatedAt: new Date() })
      .where(and(eq(followUps.id, id), eq(followUps.state, from)))
      .returning({ id: followUps.id });
    return rows.length === 1;
  },

  /** The approval days of results whose deadline is provisional (暂定, R-N.9): one recount per day. */
  async provisionalApprovalDays(db: Executor): Promise<string[]> {
    const rows = await db
      .selectDistinct({ on: inspectionReviews.approvedOn })
      .from(inspectionReviews)
      .where(eq(inspectionReviews.deadlineProvisional, true));
    return rows.flatMap((r) => (r.on ? [r.on] : []));
  },

  /** Sets the recounted deadline of every provisional result approved on one of the days; one statement. */
  async settleDeadlines(
    db: Executor,
    days: readonly { approvedOn: string; deadline: string; provisional: boolean }[],
  ): Promise<number> {
    if (days.length === 0) return 0;
    const column = <T>(f: (d: (typeof days)[number]) => T) => sql.param(days.map(f));
    const rows = await queryRows<{ record_id: string }>(
      db,
      sql`
      UPDATE inspection_reviews r SET deadline = v.deadline, deadline_provisional = v.provisional
      FROM unnest(${column((d) => d.approvedOn)}::date[], ${column((d) => d.deadline)}::date[],
                  ${column((d) => d.provisional)}::boolean[]) AS v(approved_on, deadline, provisional)
      WHERE r.deadline_provisional AND r.approved_on = v.approved_on
      RETURNING r.record_id`,
    );
    return rows.length;
  },

  /** For tests and dashboards: approved results past their deadline on `today` and still unpublished. */
  async overdueCount(db: Executor, today: string): Promise<number> {
    const [row] = await db
      .select({ n: count() })
      .from(inspectionReviews)
      .where(and(eq(inspectionReviews.status, 'approved'), lt(inspectionReviews.deadline, today)));
    return row?.n ?? 0;
  },
};
