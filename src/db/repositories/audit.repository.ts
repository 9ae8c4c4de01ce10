import { and, count, desc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Executor } from '../database.ts';
import { auditEvents } from '../schema/index.ts';

export interface NewAuditEvent {
  readonly actorId: string | null;
  readonly actorName: string;
  readonly unitId: string | null;
  readonly action: string;
  readonly objectType: string;
  readonly objectId: string;
  readonly digest: string;
  readonly data: unknown;
}

export type AuditEventRow = typeof auditEvents.$inferSelect;

export const auditRepository = {
  /** The stored row, as the log's leaf hashes it. */
  async append(db: Executor, event: NewAuditEvent): Promise<AuditEventRow> {
    const [row] = await db.insert(auditEvents).values(event).returning();
    return row!;
  },

  async list(
    db: Executor,
    filter: { objectType?: string; objectId?: string; unitIds?: readonly string[] },
    page: { offset: number; limit: number },
  ): Promise<{ total: number; rows: AuditEventRow[] }> {
    const where: SQL[] = [];
    if (filter.objectType) where.push(eq(auditEvents.objectType, filter.objectType));
    if (filter.objectId) where.push(eq(auditEvents.objectId, filter.objectId));
    if (filter.unitIds) where.push(inArray(auditEvents.unitId, [...filter.unitIds]));
    const cond = where.length ? and(...where) : undefined;
    const [total] = await db.select({ n: count() }).from(auditEvents).where(cond);
    const rows = await db
      .select()
      .from(auditEvents)
      .where(cond)
      .orderBy(desc(auditEvents.seq))
      .offset(page.offset)
      .limit(page.limit);
    return { total: total?.n ?? 0, rows };
  },
};
