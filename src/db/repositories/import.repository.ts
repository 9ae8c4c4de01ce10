import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../database.ts';
import { entities, imports, inspectors, units } from '../schema/index.ts';

export type ImportRecord = typeof imports.$inferSelect;

export const importRepository = {
  async insert(db: Executor, report: Omit<typeof imports.$inferInsert, 'createdAt'>): Promise<ImportRecord> {
    const [row] = await db.insert(imports).values(report).returning();
    return row!;
  },
  /** One import's report with the path of the unit whose directory it filled (for the access check). */
  async get(db: Executor, id: string): Promise<{ record: ImportRecord; unitPath: string } | undefined> {
    const [row] = await db
      .select({ record: imports, unitPath: units.path })
      .from(imports)
      .innerJoin(units, eq(units.id, imports.unitId))
      .where(eq(imports.id, id));
    return row;
  },
  /** Fresh planner statistics of a directory table after a bulk change. */
  async refreshStatistics(db: Executor, kind: 'entities' | 'inspectors'): Promise<void> {
    await db.execute(sql`ANALYZE ${kind === 'entities' ? entities : inspectors}`);
  },
};
