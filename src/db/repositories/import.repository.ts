import { sql } from 'drizzle-orm';
import type { Executor } from '../database.ts';
import { entities, imports, inspectors } from '../schema/index.ts';

export type ImportRecord = typeof imports.$inferSelect;

export const importRepository = {
  async insert(db: Executor, report: Omit<typeof imports.$inferInsert, 'createdAt'>): Promise<ImportRecord> {
    const [row] = await db.insert(imports).values(report).returning();
    return row!;
  },
  /** Fresh planner statistics of a directory table after a bulk change. */
  async refreshStatistics(db: Executor, kind: 'entities' | 'inspectors'): Promise<void> {
    await db.execute(sql`ANALYZE ${kind === 'entities' ? entities : inspectors}`);
  },
};
