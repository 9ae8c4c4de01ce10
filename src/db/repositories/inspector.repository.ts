import { and, count, desc, eq, gte, ilike, inArray, like, lte, or, type SQL } from 'drizzle-orm';
import type { Executor } from '../database.ts';
import { conflicts, entities, inspectors, inspectorUnavailability, units } from '../schema/index.ts';
import { likePattern, offsetOf, regionPrefix, type PageRequest } from './directory-filter.ts';

export type InspectorRecord = typeof inspectors.$inferSelect;
export type NewInspector = Omit<typeof inspectors.$inferInsert, 'id' | 'createdAt' | 'updatedAt'>;
export type UnavailabilityRecord = typeof inspectorUnavailability.$inferSelect;

export interface InspectorFilter {
  readonly unitIds: readonly string[];
  readonly q?: string;
  readonly regionCode?: string;
  readonly level?: 'city' | 'district' | 'station';
  readonly status?: 'active' | 'transferred' | 'retired';
}

function where(f: InspectorFilter): SQL | undefined {
  const parts: (SQL | undefined)[] = [inArray(inspectors.unitId, [...f.unitIds])];
  if (f.q) parts.push(or(ilike(inspectors.name, likePattern(f.q)), eq(inspectors.badgeNumber, f.q)));
  if (f.regionCode) parts.push(like(inspectors.regionCode, `${regionPrefix(f.regionCode)}%`));
  if (f.level) parts.push(eq(inspectors.level, f.level));
  if (f.status) parts.push(eq(inspectors.status, f.status));
  return and(...parts);
}

export const inspectorRepository = {
  async page(db: Executor, f: InspectorFilter, p: PageRequest) {
    if (f.unitIds.length === 0)
      return { total: 0, rows: [] as { inspector: InspectorRecord; unitName: string }[] };
    const cond = where(f);
    const [total] = await db.select({ n: count() }).from(inspectors).where(cond);
    const rows = await db
      .select({ inspector: inspectors, unitName: units.name })
      .from(inspectors)
      .innerJoin(units, eq(units.id, inspectors.unitId))
      .where(cond)
      .orderBy(inspectors.badgeNumber)
      .offset(offsetOf(p))
      .limit(p.pageSize);
    return { total: total?.n ?? 0, rows };
  },

  async get(db: Executor, id: string) {
    const [row] = await db
      .select({ inspector: inspectors, unitName: units.name, unitPath: units.path })
      .from(inspectors)
      .innerJoin(units, eq(units.id, inspectors.unitId))
      .where(eq(inspectors.id, id));
    return row;
  },

  async insert(db: Executor, row: NewInspector): Promise<InspectorRecord> {
    const [out] = await db.insert(inspectors).values(row).returning();
    return out!;
  },

  async update(db: Executor, id: string, patch: Partial<NewInspector>): Promise<InspectorRecord> {
    const [out] = await db
      .update(inspectors)
      .set({ ...patch, updatedAt: new Date() })
      .where(eq(inspectors.id, id))
      .returning();
    return out!;
  },

  /** Inspectors (of the given ones) unavailable on `day`. */
  async unavailableOn(db: Executor, ids: readonly string[], day: string): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await db
      .select({ id: inspectorUnavailability.inspectorId })
      .from(inspectorUnavailability)
      .where(
        and(
          inArray(inspectorUnavailability.inspectorId, [...ids]),
          lte(inspectorUnavailability.fromDate, day),
          gte(inspectorUnavailability.toDate, day),
        ),
      );
    return new Set(rows.map((r) => r.id));
  },

  async unavailability(db: Executor, id: string): Promise<UnavailabilityRecord[]> {
    return db
      .select()
      .from(inspectorUnavailability)
      .where(eq(inspectorUnavailability.inspectorId, id))
      .orderBy(desc(inspectorUnavailability.fromDate));
  },

  async addUnavailability(db: Executor, row: typeof inspectorUnavailability.$inferInsert) {
    const [out] = await db.insert(inspectorUnavailability).values(row).returning();
    return out!;
  },

  async conflicts(db: Executor, id: string) {
    return db
      .select({ conflict: conflicts, entityName: entities.name })
      .from(conflicts)
      .innerJoin(entities, eq(entities.id, conflicts.entityId))
      .where(eq(conflicts.inspectorId, id))
      .orderBy(desc(conflicts.declaredAt));
  },

  async addConflict(db: Executor, row: typeof conflicts.$inferInsert) {
    const [out] = await db.insert(conflicts).values(row).returning();
    return out!;
  },
};
