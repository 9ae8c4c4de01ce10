import { eq, inArray } from 'drizzle-orm';
import type { Executor } from '../database.ts';
import { units } from '../schema/index.ts';

export type UnitRow = typeof units.$inferSelect;
export type NewUnit = Omit<typeof units.$inferInsert, 'id' | 'path' | 'createdAt'>;

export const unitRepository = {
  async insert(db: Executor, unit: NewUnit): Promise<UnitRow> {
    const id = crypto.randomUUID();
    const parent = unit.parentId ? await this.get(db, unit.parentId) : undefined;
    const path = parent ? `${parent.path}/${id}` : id;
    const [row] = await db
      .insert(units)
      .values({ ...unit, id, path })
      .returning();
    return row!;
  },

  async get(db: Executor, id: string): Promise<UnitRow | undefined> {
    const [row] = await db.select().from(units).where(eq(units.id, id));
    return row;
  },

  async byCode(db: Executor, code: string): Promise<UnitRow | undefined> {
    const [row] = await db.select().from(units).where(eq(units.code, code));
    return row;
  },

  async all(db: Executor): Promise<UnitRow[]> {
    return db.select().from(units).orderBy(units.path);
  },

  async many(db: Executor, ids: readonly string[]): Promise<UnitRow[]> {
    if (ids.length === 0) return [];
    return db
      .select()
      .from(units)
      .where(inArray(units.id, [...ids]));
  },

  async root(db: Executor): Promise<UnitRow | undefined> {
    const rows = await db.select().from(units).orderBy(units.createdAt).limit(50);
    return rows.find((u) => u.parentId === null);
  },
};
