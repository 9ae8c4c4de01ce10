import { desc, eq } from 'drizzle-orm';
import type { Executor } from '../database.ts';
import { entities, targetedInspections, units } from '../schema/index.ts';

export const targetedInspectionRepository = {
  async insert(db: Executor, row: typeof targetedInspections.$inferInsert) {
    const [out] = await db.insert(targetedInspections).values(row).returning();
    return out!;
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
