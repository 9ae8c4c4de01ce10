import type { Executor } from '../database.ts';
import { imports } from '../schema/index.ts';

export type ImportRecord = typeof imports.$inferSelect;

export const importRepository = {
  async insert(
    db: Executor,
    report: Omit<typeof imports.$inferInsert, 'id' | 'createdAt'>,
  ): Promise<ImportRecord> {
    const [row] = await db.insert(imports).values(report).returning();
    return row!;
  },
};
