import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../database.ts';
import { items, planItems, plans, units } from '../schema/index.ts';
import { inUnitSubtree } from './unit-year-scope.ts';

export type PlanRow = typeof plans.$inferSelect;
export type PlanContentRow = Omit<
  typeof plans.$inferInsert,
  'id' | 'code' | 'status' | 'approvedBy' | 'approvedAt' | 'createdAt' | 'updatedAt'
>;

export interface PlanWithUnit {
  readonly plan: PlanRow;
  readonly unitName: string;
  readonly unitPath: string;
}

const withUnit = { plan: plans, unitName: units.name, unitPath: units.path };

export const planRepository = {
  async insert(db: Executor, code: string, row: PlanContentRow): Promise<PlanRow> {
    const [out] = await db
      .insert(plans)
      .values({ ...row, code })
      .returning();
    return out!;
  },

  async update(db: Executor, id: string, row: PlanContentRow): Promise<void> {
    await db
      .update(plans)
      .set({ ...row, updatedAt: new Date() })
      .where(eq(plans.id, id));
  },

  async setItems(db: Executor, planId: string, itemIds: readonly string[]): Promise<void> {
    await db.delete(planItems).where(eq(planItems.planId, planId));
    if (itemIds.length) await db.insert(planItems).values(itemIds.map((itemId) => ({ planId, itemId })));
  },

  /** Conditional: only a draft becomes approved; false when it was not a draft any more. */
  async approve(db: Executor, id: string, by: string | null): Promise<boolean> {
    const rows = await db
      .update(plans)
      .set({ status: 'approved', approvedBy: by, approvedAt: new Date(), updatedAt: new Date() })
      .where(and(eq(plans.id, id), eq(plans.status, 'draft')))
      .returning({ id: plans.id });
    return rows.length === 1;
  },

  async get(db: Executor, id: string): Promise<PlanWithUnit | undefined> {
    const [row] = await db
      .select(withUnit)
      .from(plans)
      .innerJoin(units, eq(units.id, plans.unitId))
      .where(eq(plans.id, id));
    return row;
  },

  async list(
    db: Executor,
    filter: { year?: number; status?: 'draft' | 'approved'; unitId?: string },
  ): Promise<PlanWithUnit[]> {
    const cond = and(
      filter.year ? eq(plans.year, filter.year) : undefined,
      filter.status ? eq(plans.status, filter.status) : undefined,
      filter.unitId ? inUnitSubtree(plans.unitId, filter.unitId) : undefined,
    );
    return db
      .select(withUnit)
      .from(plans)
      .innerJoin(units, eq(units.id, plans.unitId))
      .where(cond)
      .orderBy(desc(plans.year), plans.code);
  },

  async itemIds(
    db: Executor,
    planIds: readonly string[],
  ): Promise<{ planId: string; itemId: string; code: string }[]> {
    if (planIds.length === 0) return [];
    return db
      .select({ planId: planItems.planId, itemId: planItems.itemId, code: items.code })
      .from(planItems)
      .innerJoin(items, eq(items.id, planItems.itemId))
      .where(inArray(planItems.planId, [...planIds]))
      .orderBy(items.code);
  },

  /** The next free plan number of a unit and year (`<unit>-<year>-<n>`). */
  async nextNumber(db: Executor, unitId: string, year: number): Promise<number> {
    const [row] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(plans)
      .where(and(eq(plans.unitId, unitId), eq(plans.year, year)));
    return (row?.n ?? 0) + 1;
  },
};
