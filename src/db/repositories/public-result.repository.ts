import { and, count, desc, eq, ilike, inArray, isNull, like, max, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../database.ts';
import {
  entities,
  inspectionRecords,
  inspectionReports,
  inspectionReviews,
  items,
  itemVersions,
  publicResults,
} from '../schema/index.ts';
import { likePattern, offsetOf, type PageRequest } from './directory-filter.ts';

export type PublicResultRow = typeof publicResults.$inferInsert;

/** Where a keyset page starts: after this row in newest-first order. */
export interface PublicCursor {
  readonly publishedOn: string;
  readonly seq: number;
}

export interface PublicResultFilter {
  /** An entity's name (contains) or its credit code (exact, 18 characters). */
  readonly q?: string;
  readonly itemCode?: string;
  readonly year?: number;
  readonly resultCode?: string;
  readonly entityId?: string;
}

const CREDIT_CODE = /^[0-9A-Z]{18}$/;

function searchOf(q: string | undefined): SQL | undefined {
  const text = q?.trim();
  if (!text) return undefined;
  if (CREDIT_CODE.test(text.toUpperCase())) return eq(publicResults.entityCode, text.toUpperCase());
  // ILIKE folds case character by character: 3× slower than LIKE on Chinese names, which have no case.
  const pattern = likePattern(text);
  return /[A-Za-z]/.test(text)
    ? ilike(publicResults.entityName, pattern)
    : like(publicResults.entityName, pattern);
}

function whereOf(f: PublicResultFilter): SQL | undefined {
  return and(
    searchOf(f.q),
    f.itemCode ? eq(publicResults.itemCode, f.itemCode) : undefined,
    f.year ? eq(publicResults.year, f.year) : undefined,
    f.resultCode ? eq(publicResults.resultCode, f.resultCode) : undefined,
    f.entityId ? eq(publicResults.entityId, f.entityId) : undefined,
  );
}

/** The precomputed public view of published results (written at publication, read by the portal). */
export const publicResultRepository = {
  async insert(db: Executor, rows: readonly PublicResultRow[]): Promise<void> {
    if (rows.length)
      await db
        .insert(publicResults)
        .values([...rows])
        .onConflictDoNothing();
  },

  async count(db: Executor, f: PublicResultFilter): Promise<number> {
    const [total] = await db.select({ n: count() }).from(publicResults).where(whereOf(f));
    return total?.n ?? 0;
  },

  /**
   * Newest publication first, along the (published_on, seq) index. A deep page seeks its first row on the
   * index alone (no row bodies read for the rows skipped); `after` continues from a cursor (keyset).
   */
  async page(db: Executor, f: PublicResultFilter, p: PageRequest, after?: PublicCursor) {
    const where = whereOf(f);
    const newest = [desc(publicResults.publishedOn), desc(publicResults.seq)];
    const key = sql`(${publicResults.publishedOn}, ${publicResults.seq})`;
    const start = after
      ? sql`${key} < (${after.publishedOn}::date, ${after.seq}::bigint)`
      : offsetOf(p) > 0
        ? sql`${key} <= (${db
            .select({ on: publicResults.publishedOn, seq: publicResults.seq })
            .from(publicResults)
            .where(where)
            .orderBy(...newest)
            .offset(offsetOf(p))
            .limit(1)})`
        : undefined;
    const rows = await db
      .select({ body: publicResults.body, publishedOn: publicResults.publishedOn, seq: publicResults.seq })
      .from(publicResults)
      .where(and(where, start))
      .orderBy(...newest)
      .limit(p.pageSize);
    const last = rows.length === p.pageSize ? rows[rows.length - 1] : undefined;
    return {
      rows: rows.map((r) => r.body),
      next: last ? { publishedOn: last.publishedOn, seq: last.seq } : null,
    };
  },

  /** Entities with published results: one row per entity, the last publication first. */
  async entities(db: Executor, f: PublicResultFilter, p: PageRequest) {
    const where = whereOf(f);
    const [total] = await db
      .select({ n: sql<number>`count(DISTINCT ${publicResults.entityId})`.mapWith(Number) })
      .from(publicResults)
      .where(where);
    const lastOn = max(publicResults.publishedOn);
    const rows = await db
      .select({
        publicId: sql<string>`min(${publicResults.publicId})`,
        entityName: sql<string>`min(${publicResults.entityName})`,
        entityCode: sql<string>`min(${publicResults.entityCode})`,
        results: count(),
        lastPublishedOn: sql<string>`${lastOn}`,
      })
      .from(publicResults)
      .where(where)
      .groupBy(publicResults.entityId)
      .orderBy(desc(lastOn), publicResults.entityId)
      .offset(offsetOf(p))
      .limit(p.pageSize);
    return { total: total?.n ?? 0, rows };
  },

  /** The records of an entity's published results, newest first (the credit archive). */
  async recordIdsOf(db: Executor, entityId: string, limit = 500): Promise<string[]> {
    const rows = await db
      .select({ recordId: publicResults.recordId })
      .from(publicResults)
      .where(eq(publicResults.entityId, entityId))
      .orderBy(desc(publicResults.publishedOn), desc(publicResults.seq))
      .limit(limit);
    return rows.map((r) => r.recordId);
  },

  /** Published results without their public row (published before the view existed). */
  async missing(db: Executor, limit: number): Promise<string[]> {
    const rows = await db
      .select({ recordId: inspectionReviews.recordId })
      .from(inspectionReviews)
      .leftJoin(publicResults, eq(publicResults.recordId, inspectionReviews.recordId))
      .where(and(eq(inspectionReviews.status, 'published'), isNull(publicResults.recordId)))
      .limit(limit);
    return rows.map((r) => r.recordId);
  },
};

/** What a public row is made of, for a set of records: one query (their latest reviewed report). */
export async function publicationSources(db: Executor, recordIds: readonly string[]) {
  if (recordIds.length === 0) return [];
  return db
    .select({
      review: inspectionReviews,
      record: inspectionRecords,
      report: inspectionReports,
      entity: entities,
      itemCode: items.code,
      itemName: itemVersions.name,
    })
    .from(inspectionReviews)
    .innerJoin(inspectionRecords, eq(inspectionRecords.id, inspectionReviews.recordId))
    .innerJoin(inspectionReports, eq(inspectionReports.id, inspectionReviews.reportId))
    .innerJoin(entities, eq(entities.id, inspectionRecords.entityId))
    .innerJoin(items, eq(items.id, inspectionRecords.itemId))
    .leftJoin(
      itemVersions,
      and(
        eq(itemVersions.itemId, inspectionRecords.itemId),
        eq(itemVersions.version, inspectionRecords.itemVersion),
      ),
    )
    .where(inArray(inspectionReviews.recordId, [...recordIds]));
}
