import { and, desc, eq } from 'drizzle-orm';
import type { Executor } from '../database.ts';
import { entities, targetedInspections, units } from '../schema/index.ts';

export const targetedInspectionRepository = {
  async insert(db: Executor, row: typeof targetedInspections.$inferInsert) {
    const [out] = await db.insert(targetedInspections).values(row).returning();
    return out!;
  },

  /** pending → approved once; undefined when it was not pending. */
  async approve(db: Executor, id: string, approvedBy: string | null) {
    const [out] = await db
      .update(targetedInspections)
      .set({ status: 'approved', approvedBy, approvedAt: new Date() })
      .where(and(eq(targetedInspections.id, id), eq(targetedInspections.status, 'pending')))
      .returning();
    return out;
  },

  async get(db: Executor, id: string) {
    const [row] = await db
      .select({ row: targetedInspections, unitPath: units.path })
      .from(targetedInspections)
      .innerJoin(units, eq(units.id, targetedInspections.unitId))
      .where(eq(targetedInspections.id, id));
    return row;
  },

  async list(db: Executor, entityId: string | undefined) {
    return db
      .select({ row: targetedInspections, entityName: entities.name, unitPath: units.path })
      .from(targetedInspections)
      .innerJoin(entities, eq(entities.id, targetedInspections.entityId))
      .innerJoin(units, eq(units.id, targetedInspections.unitId))
      .where(entityId ? eq(targetedInspections.entityId, entityId) : undefined)
      .orderBy(desc(targetedInspections.createdAt))
      .limit(500);
  },
};
