import { and, count, desc, eq, ilike, inArray, like, or, type SQL } from 'drizzle-orm';
import type { Executor } from '../database.ts';
import { entities, units } from '../schema/index.ts';
import { likePattern, offsetOf, regionPrefix, type PageRequest } from './directory-filter.ts';

export type EntityRecord = typeof entities.$inferSelect;
export type NewEntity = Omit<typeof entities.$inferInsert, 'id' | 'createdAt' | 'updatedAt'>;

export interface EntityFilter {
  readonly unitIds: readonly string[];
  readonly q?: string;
  readonly regionCode?: string;
  readonly status?: 'active' | 'deregistered';
  readonly riskClass?: 'A' | 'B' | 'C' | 'D';
  readonly industry?: string;
  /** Keyed hashes `q` matches exactly: a full ID number or phone number (issue 10.7). */
  readonly exact?: { readonly codes: readonly string[]; readonly phones: readonly string[] };
}

function where(f: EntityFilter): SQL | undefined {
  const parts: (SQL | undefined)[] = [inArray(entities.unitId, [...f.unitIds])];
  if (f.q) {
    const p = likePattern(f.q);
    const codes = [f.q.toUpperCase(), ...(f.exact?.codes ?? [])];
    const phones = f.exact?.phones ?? [];
    parts.push(
      or(
        ilike(entities.name, p),
        inArray(entities.code, codes),
        eq(entities.publicId, f.q),
        phones.length ? inArray(entities.contactPhoneHash, [...phones]) : undefined,
      ),
    );
  }
  if (f.regionCode) parts.push(like(entities.regionCode, `${regionPrefix(f.regionCode)}%`));
  if (f.status) parts.push(eq(entities.status, f.status));
  if (f.riskClass) parts.push(eq(entities.riskClass, f.riskClass));
  if (f.industry) parts.push(eq(entities.industry, f.industry));
  return and(...parts);
}

export const entityRepository = {
  async page(
    db: Executor,
    f: EntityFilter,
    p: PageRequest,
  ): Promise<{ total: number; rows: EntityRecord[] }> {
    if (f.unitIds.length === 0) return { total: 0, rows: [] };
    const cond = where(f);
    const [total] = await db.select({ n: count() }).from(entities).where(cond);
    const rows = await db
      .select()
      .from(entities)
      .where(cond)
      .orderBy(desc(entities.updatedAt), entities.id)
      .offset(offsetOf(p))
      .limit(p.pageSize);
    return { total: total?.n ?? 0, rows };
  },

  async get(db: Executor, id: string): Promise<{ entity: EntityRecord; unitPath: string } | undefined> {
    const [row] = await db
      .select({ entity: entities, unitPath: units.path })
      .from(entities)
      .innerJoin(units, eq(units.id, entities.unitId))
      .where(eq(entities.id, id));
    return row;
  },

  async insert(db: Executor, entity: NewEntity): Promise<EntityRecord> {
    const [row] = await db.insert(entities).values(entity).returning();
    return row!;
  },

  async update(db: Executor, id: string, patch: Partial<NewEntity>): Promise<EntityRecord> {
    const [row] = await db
      .update(entities)
      .set({ ...patch, updatedAt: new Date() })
      .where(eq(entities.id, id))
      .returning();
    return row!;
  },

  async countByUnit(db: Executor, unitId: string): Promise<number> {
    const [row] = await db.select({ n: count() }).from(entities).where(eq(entities.unitId, unitId));
    return row?.n ?? 0;
  },

  /** A fresh public number for a natural person: never derived from the ID number. */
  newPersonPublicId(): string {
    return `NP-${crypto.randomUUID().replace(/-/g, '').slice(0, 12).toUpperCase()}`;
  },

  /** ids → name, for lists that name entities. */
  async names(db: Executor, ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await db
      .select({ id: entities.id, name: entities.name })
      .from(entities)
      .where(inArray(entities.id, [...ids]));
    return new Map(rows.map((r) => [r.id, r.name]));
  },
};
