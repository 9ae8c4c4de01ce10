import { and, desc, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import type { Executor } from '../database.ts';
import { items, itemVersions, units } from '../schema/index.ts';

export type ItemRow = typeof items.$inferSelect;
export type ItemVersionRow = typeof itemVersions.$inferSelect;
export type ItemVersionContent = Omit<
  typeof itemVersions.$inferInsert,
  'itemId' | 'version' | 'status' | 'effectiveFrom' | 'publishedAt' | 'publishedBy' | 'createdAt'
>;

export interface ItemWithUnit {
  readonly item: ItemRow;
  readonly unitName: string;
  readonly unitPath: string;
}

export const itemRepository = {
  async insert(db: Executor, code: string, unitId: string): Promise<ItemRow> {
    const [row] = await db.insert(items).values({ code, unitId }).returning();
    return row!;
  },

  async get(db: Executor, id: string): Promise<ItemWithUnit | undefined> {
    const [row] = await db
      .select({ item: items, unitName: units.name, unitPath: units.path })
      .from(items)
      .innerJoin(units, eq(units.id, items.unitId))
      .where(eq(items.id, id));
    return row;
  },

  async byCodes(db: Executor, codes: readonly string[]): Promise<ItemRow[]> {
    if (codes.length === 0) return [];
    return db
      .select()
      .from(items)
      .where(inArray(items.code, [...codes]));
  },

  async list(db: Executor, q: string | undefined): Promise<ItemWithUnit[]> {
    const latestName = sql`(SELECT v.name FROM item_versions v WHERE v.item_id = ${items.id} ORDER BY v.version DESC LIMIT 1)`;
    const cond = q ? or(ilike(items.code, `%${q}%`), sql`${latestName} ILIKE ${`%${q}%`}`) : undefined;
    return db
      .select({ item: items, unitName: units.name, unitPath: units.path })
      .from(items)
      .innerJoin(units, eq(units.id, items.unitId))
      .where(cond)
      .orderBy(items.code);
  },

  async versions(db: Executor, itemIds: readonly string[]): Promise<ItemVersionRow[]> {
    if (itemIds.length === 0) return [];
    return db
      .select()
      .from(itemVersions)
      .where(inArray(itemVersions.itemId, [...itemIds]))
      .orderBy(itemVersions.itemId, desc(itemVersions.version));
  },

  async insertVersion(
    db: Executor,
    itemId: string,
    version: number,
    content: ItemVersionContent,
  ): Promise<void> {
    await db.insert(itemVersions).values({ ...content, itemId, version, status: 'draft' });
    await db.update(items).set({ updatedAt: new Date() }).where(eq(items.id, itemId));
  },

  async updateDraft(
    db: Executor,
    itemId: string,
    version: number,
    content: ItemVersionContent,
  ): Promise<void> {
    await db
      .update(itemVersions)
      .set(content)
      .where(and(eq(itemVersions.itemId, itemId), eq(itemVersions.version, version)));
    await db.update(items).set({ updatedAt: new Date() }).where(eq(items.id, itemId));
  },

  async publish(db: Executor, itemId: string, version: number, effectiveFrom: string, by: string | null) {
    await db
      .update(itemVersions)
      .set({ status: 'published', effectiveFrom, publishedAt: new Date(), publishedBy: by })
      .where(and(eq(itemVersions.itemId, itemId), eq(itemVersions.version, version)));
    await db.update(items).set({ updatedAt: new Date() }).where(eq(items.id, itemId));
  },

  /** The version in force on `day` of every published item: the latest published one already effective. */
  async inForce(db: Executor, day: string): Promise<ItemVersionRow[]> {
    return db
      .selectDistinctOn([itemVersions.itemId])
      .from(itemVersions)
      .where(and(eq(itemVersions.status, 'published'), sql`${itemVersions.effectiveFrom} <= ${day}`))
      .orderBy(itemVersions.itemId, desc(itemVersions.version));
  },
};
