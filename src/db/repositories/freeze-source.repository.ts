import { and, eq, gte, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { Executor } from '../database.ts';
import {
  conflicts,
  draws,
  drawReplacements,
  entities,
  inspectors,
  inspectorUnavailability,
  targetedInspections,
  tasks,
  units,
} from '../schema/index.ts';

const inScope = (path: string) => or(eq(units.path, path), sql`${units.path} LIKE ${`${path}/%`}`);

/** What a task's pools are frozen from, besides the entity directory itself. */
export const freezeSourceRepository = {
  async teamInspectors(db: Executor, unitPath: string) {
    return db
      .select({ inspector: inspectors })
      .from(inspectors)
      .innerJoin(units, eq(units.id, inspectors.unitId))
      .where(inScope(unitPath))
      .orderBy(inspectors.badgeNumber);
  },

  /** inspector id → the reason of a period covering `day` (R-16.1). */
  async unavailableOn(db: Executor, ids: readonly string[], day: string): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await db
      .select({ id: inspectorUnavailability.inspectorId, reason: inspectorUnavailability.reason })
      .from(inspectorUnavailability)
      .where(
        and(
          inArray(inspectorUnavailability.inspectorId, [...ids]),
          lte(inspectorUnavailability.fromDate, day),
          gte(inspectorUnavailability.toDate, day),
        ),
      );
    return new Map(rows.map((r) => [r.id, r.reason]));
  },

  /** Declared 回避 conflicts of the given inspectors, by entity public id (R-N.5). */
  async declaredConflicts(db: Executor, inspectorIds: readonly string[]) {
    if (inspectorIds.length === 0) return [];
    return db
      .select({ entity: entities.publicId, inspector: inspectors.badgeNumber })
      .from(conflicts)
      .innerJoin(entities, eq(entities.id, conflicts.entityId))
      .innerJoin(inspectors, eq(inspectors.id, conflicts.inspectorId))
      .where(inArray(conflicts.inspectorId, [...inspectorIds]));
  },

  /** Open targeted inspections on `day` for any or one of the items (R-4.1), by entity public id. */
  async targetedOn(db: Executor, day: string, itemIds: readonly string[]) {
    return db
      .select({
        publicId: entities.publicId,
        reason: targetedInspections.reason,
        note: targetedInspections.note,
      })
      .from(targetedInspections)
      .innerJoin(entities, eq(entities.id, targetedInspections.entityId))
      .where(
        and(
          eq(targetedInspections.status, 'approved'),
          lte(targetedInspections.fromDate, day),
          or(isNull(targetedInspections.toDate), gte(targetedInspections.toDate, day)),
          or(isNull(targetedInspections.itemId), inArray(targetedInspections.itemId, [...itemIds])),
        ),
      );
  },

  /** Confirmed draws with their task, unit and replacements, for the year and/or items given. */
  async confirmedDraws(db: Executor, filter: { year?: number; itemIds?: readonly string[] }) {
    const rows = await db
      .select({
        draw: draws,
        itemIds: tasks.itemIds,
        taskId: tasks.id,
        unitPath: units.path,
        drawDate: tasks.drawDate,
      })
      .from(draws)
      .innerJoin(tasks, eq(tasks.id, draws.taskId))
      .innerJoin(units, eq(units.id, tasks.unitId))
      .where(
        and(
          eq(draws.status, 'confirmed'),
          filter.year ? sql`extract(year from ${tasks.drawDate}) = ${filter.year}` : undefined,
          filter.itemIds ? sql`${tasks.itemIds} && ${sql.param([...filter.itemIds])}::uuid[]` : undefined,
        ),
      )
      .orderBy(draws.confirmedAt);
    if (rows.length === 0) return [];
    const replacements = await db
      .select({ drawId: drawReplacements.drawId, record: drawReplacements.record })
      .from(drawReplacements)
      .where(
        inArray(
          drawReplacements.drawId,
          rows.map((r) => r.draw.id),
        ),
      )
      .orderBy(drawReplacements.drawId, drawReplacements.seq);
    return rows.map((r) => ({
      ...r,
      replacements: replacements.filter((x) => x.drawId === r.draw.id).map((x) => x.record),
    }));
  },
};
