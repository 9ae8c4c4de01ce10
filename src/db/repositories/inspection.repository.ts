import { and, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../database.ts';
import {
  entities,
  inspectionFiles,
  inspectionRecords,
  inspectionReviews,
  items,
  targetedInspections,
  tasks,
  units,
} from '../schema/index.ts';
import { offsetOf, type PageRequest } from './directory-filter.ts';
import { inUnits, inUnitSubtree, inYear } from './unit-year-scope.ts';

export type InspectionRecordRow = typeof inspectionRecords.$inferSelect;
export type NewInspectionRecord = Omit<
  typeof inspectionRecords.$inferInsert,
  'id' | 'createdAt' | 'updatedAt'
>;
export type InspectionFileRow = typeof inspectionFiles.$inferSelect;
export type InspectionFileMeta = Omit<InspectionFileRow, 'content'>;

export interface RecordFilter {
  readonly status?: 'draft' | 'submitted';
  readonly drawId?: string;
  readonly entityId?: string;
  readonly review?: string;
  /** The dashboard's scope: the record's unit or one below it, and the year of the check. */
  readonly unitId?: string;
  readonly checkedYear?: number;
  /** The units the caller may read: counted and paged in the query, so a total never counts others' rows. */
  readonly unitIds?: readonly string[];
}

const fileMeta = {
  id: inspectionFiles.id,
  recordId: inspectionFiles.recordId,
  purpose: inspectionFiles.purpose,
  kind: inspectionFiles.kind,
  mime: inspectionFiles.mime,
  fileName: inspectionFiles.fileName,
  size: inspectionFiles.size,
  sha256: inspectionFiles.sha256,
  signedAt: inspectionFiles.signedAt,
  uploadedBy: inspectionFiles.uploadedBy,
  createdAt: inspectionFiles.createdAt,
};

const joined = {
  record: inspectionRecords,
  unitPath: units.path,
  unitName: units.name,
  entityName: entities.name,
  entityPublicId: entities.publicId,
  itemCode: items.code,
  taskCode: tasks.code,
  reviewStatus: inspectionReviews.status,
  reportId: inspectionReviews.reportId,
  deadline: inspectionReviews.deadline,
  deadlineProvisional: inspectionReviews.deadlineProvisional,
  publishedOn: inspectionReviews.publishedOn,
};

function where(f: RecordFilter): SQL | undefined {
  return and(
    f.status ? eq(inspectionRecords.status, f.status) : undefined,
    f.drawId ? eq(inspectionRecords.drawId, f.drawId) : undefined,
    f.entityId ? eq(inspectionRecords.entityId, f.entityId) : undefined,
    f.review === 'not-entered'
      ? sql`${inspectionReviews.status} IS NULL`
      : f.review
        ? eq(inspectionReviews.status, f.review)
        : undefined,
    f.unitId ? inUnitSubtree(inspectionRecords.unitId, f.unitId) : undefined,
    f.checkedYear ? inYear(inspectionRecords.checkedOn, f.checkedYear) : undefined,
    f.unitIds ? inUnits(inspectionRecords.unitId, f.unitIds) : undefined,
  );
}

/** Inspection records (检查登记表) and their files; a submitted record is frozen by a trigger. */
/** One visit: an entity under one draw or one targeted inspection. */
interface VisitKey {
  readonly drawId?: string;
  readonly targetedInspectionId?: string;
  readonly entityId: string;
}

const visitOf = (key: VisitKey) =>
  and(
    key.drawId ? eq(inspectionRecords.drawId, key.drawId) : undefined,
    key.targetedInspectionId
      ? eq(inspectionRecords.targetedInspectionId, key.targetedInspectionId)
      : undefined,
    eq(inspectionRecords.entityId, key.entityId),
  );

export const inspectionRepository = {
  async insert(db: Executor, row: NewInspectionRecord): Promise<InspectionRecordRow> {
    const [out] = await db.insert(inspectionRecords).values(row).returning();
    return out!;
  },

  async get(db: Executor, id: string) {
    const [row] = await this.query(db).where(eq(inspectionRecords.id, id));
    return row;
  },

  query(db: Executor) {
    return db
      .select(joined)
      .from(inspectionRecords)
      .innerJoin(units, eq(units.id, inspectionRecords.unitId))
      .innerJoin(entities, eq(entities.id, inspectionRecords.entityId))
      .innerJoin(items, eq(items.id, inspectionRecords.itemId))
      .leftJoin(tasks, eq(tasks.id, inspectionRecords.taskId))
      .leftJoin(inspectionReviews, eq(inspectionReviews.recordId, inspectionRecords.id));
  },

  /** Records the caller may read (unit path prefix or ancestor is decided by the service). */
  async page(db: Executor, f: RecordFilter, p: PageRequest) {
    const cond = where(f);
    const [total] = await db
      .select({ n: count() })
      .from(inspectionRecords)
      .leftJoin(inspectionReviews, eq(inspectionReviews.recordId, inspectionRecords.id))
      .where(cond);
    const rows = await this.query(db)
      .where(cond)
      .orderBy(desc(inspectionRecords.updatedAt), inspectionRecords.id)
      .offset(offsetOf(p))
      .limit(p.pageSize);
    return { total: total?.n ?? 0, rows };
  },

  async byDraw(db: Executor, drawId: string) {
    return this.query(db).where(eq(inspectionRecords.drawId, drawId));
  },

  async byEntity(db: Executor, entityId: string) {
    return this.query(db)
      .where(eq(inspectionRecords.entityId, entityId))
      .orderBy(desc(inspectionRecords.createdAt));
  },

  async existing(db: Executor, key: VisitKey & { itemId: string }) {
    const [row] = await db
      .select({ id: inspectionRecords.id })
      .from(inspectionRecords)
      .where(and(visitOf(key), eq(inspectionRecords.itemId, key.itemId)));
    return row?.id;
  },

  /** The first record of the same visit (same draw or targeted inspection, same entity), of any item. */
  async sameVisit(db: Executor, key: VisitKey) {
    if (!key.drawId && !key.targetedInspectionId) return undefined;
    const [row] = await db
      .select()
      .from(inspectionRecords)
      .where(visitOf(key))
      .orderBy(inspectionRecords.createdAt)
      .limit(1);
    return row;
  },

  /** Conditional: only a draft changes (the trigger refuses the rest anyway). */
  /** Locks a draft for the rest of the transaction (submit and file uploads serialise on it); false when submitted. */
  async lockDraft(db: Executor, id: string): Promise<boolean> {
    const rows = await db
      .select({ id: inspectionRecords.id })
      .from(inspectionRecords)
      .where(and(eq(inspectionRecords.id, id), eq(inspectionRecords.status, 'draft')))
      .for('update');
    return rows.length === 1;
  },

  async updateDraft(db: Executor, id: string, patch: Partial<NewInspectionRecord>): Promise<boolean> {
    const rows = await db
      .update(inspectionRecords)
      .set({ ...patch, updatedAt: new Date() })
      .where(and(eq(inspectionRecords.id, id), eq(inspectionRecords.status, 'draft')))
      .returning({ id: inspectionRecords.id });
    return rows.length === 1;
  },

  async insertFile(db: Executor, row: typeof inspectionFiles.$inferInsert): Promise<InspectionFileMeta> {
    const [out] = await db.insert(inspectionFiles).values(row).returning(fileMeta);
    return out!;
  },

  async files(db: Executor, recordIds: readonly string[]): Promise<InspectionFileMeta[]> {
    if (recordIds.length === 0) return [];
    return db
      .select(fileMeta)
      .from(inspectionFiles)
      .where(inArray(inspectionFiles.recordId, [...recordIds]))
      .orderBy(inspectionFiles.createdAt, inspectionFiles.id);
  },

  async file(db: Executor, recordId: string, fileId: string): Promise<InspectionFileRow | undefined> {
    const [row] = await db
      .select()
      .from(inspectionFiles)
      .where(and(eq(inspectionFiles.recordId, recordId), eq(inspectionFiles.id, fileId)));
    return row;
  },

  /** Submitted records of units on a path, for items, in a year (R-18.2, R-N.5 sources of the pool freeze). */
  async submittedFor(db: Executor, filter: { year?: number; itemIds: readonly string[] }) {
    return db
      .select({
        entityId: inspectionRecords.entityId,
        publicId: entities.publicId,
        unitPath: units.path,
        inspectors: inspectionRecords.inspectors,
        checkedOn: inspectionRecords.checkedOn,
        recordId: inspectionRecords.id,
      })
      .from(inspectionRecords)
      .innerJoin(units, eq(units.id, inspectionRecords.unitId))
      .innerJoin(entities, eq(entities.id, inspectionRecords.entityId))
      .where(
        and(
          eq(inspectionRecords.status, 'submitted'),
          inArray(inspectionRecords.itemId, [...filter.itemIds]),
          filter.year ? sql`extract(year from ${inspectionRecords.checkedOn}) = ${filter.year}` : undefined,
        ),
      )
      .orderBy(inspectionRecords.checkedOn, inspectionRecords.submittedAt);
  },
};

/** A targeted inspection with its unit path, for records made under it. */
export async function targetedWithUnit(db: Executor, id: string) {
  const [row] = await db
    .select({ targeted: targetedInspections, unitPath: units.path })
    .from(targetedInspections)
    .innerJoin(units, eq(units.id, targetedInspections.unitId))
    .where(eq(targetedInspections.id, id));
  return row;
}

/** Entities with that public id (unique per unit), oldest first. */
export async function entitiesByPublicId(db: Executor, publicId: string) {
  return db.select().from(entities).where(eq(entities.publicId, publicId)).orderBy(entities.createdAt);
}
