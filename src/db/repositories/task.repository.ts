import { and, asc, count, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { PoolTable } from '../../domain/draw/types.ts';
import { queryRows, type Database, type Executor } from '../database.ts';
import {
  draws,
  taskConflicts,
  taskEntities,
  taskInspectors,
  tasks,
  entities,
  inspectors,
  units,
} from '../schema/index.ts';
import { likePattern, offsetOf, type PageRequest } from './directory-filter.ts';
import { copyPoolTable } from './pool-copy.ts';

export type TaskRow = typeof tasks.$inferSelect;
export type NewTask = Omit<typeof tasks.$inferInsert, 'createdAt'>;

/** An exclusion 2–4 decided by the domain for a public id; applied to the active records with that id. */
export interface PoolExclusion {
  readonly publicId: string;
  readonly code: number;
  readonly reason: string | null;
}

/** The plan's stratifier as two small tables (services/task/stratum-table.ts), applied in SQL. */
export interface StratumTable {
  /** Every (risk class, key entity or not): the class it is sampled as and that class's group. */
  readonly groups: readonly {
    readonly riskClass: string;
    readonly key: boolean;
    readonly sampled: string;
    readonly group: string;
  }[];
  /** The plan's regional overrides: (sampled class, region) → its own group. */
  readonly overrides: readonly {
    readonly sampled: string;
    readonly region: string;
    readonly group: string;
  }[];
}

/** What the freeze statement computes each record's stratum and exclusion from (pool-freeze.ts). */
export interface PoolSpec {
  readonly scope: { readonly path: string; readonly industries: readonly string[] };
  readonly strata: StratumTable;
  readonly deregistered: { readonly code: number; readonly reason: string | null };
  readonly exclusions: readonly PoolExclusion[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const scopeOf = (path: string): SQL => sql`(${units.path} = ${path} OR ${units.path} LIKE ${`${path}/%`})`;
const textArray = (values: readonly string[]) => sql`${sql.param([...values])}::text[]`;

export const taskRepository = {
  async get(db: Executor, id: string) {
    const [row] = await db
      .select({ task: tasks, unitPath: units.path, unitName: units.name })
      .from(tasks)
      .innerJoin(units, eq(units.id, tasks.unitId))
      .where(eq(tasks.id, id));
    return row;
  },

  async list(db: Executor, planId: string | undefined) {
    return db
      .select({ task: tasks, unitPath: units.path, unitName: units.name })
      .from(tasks)
      .innerJoin(units, eq(units.id, tasks.unitId))
      .where(planId ? eq(tasks.planId, planId) : undefined)
      .orderBy(asc(tasks.code));
  },

  /** Tasks of a plan with their status derived from their draws. */
  async byPlan(db: Executor, planId: string) {
    const rows = await db.select().from(tasks).where(eq(tasks.planId, planId)).orderBy(tasks.round);
    const states = await this.drawStates(
      db,
      rows.map((t) => t.id),
    );
    return rows.map((t) => ({ ...t, status: states.get(t.id) ?? 'ready' }));
  },

  async drawStates(
    db: Executor,
    taskIds: readonly string[],
  ): Promise<Map<string, 'ready' | 'drawing' | 'drawn'>> {
    if (taskIds.length === 0) return new Map();
    const rows = await db
      .select({ taskId: draws.taskId, status: draws.status })
      .from(draws)
      .where(
        and(
          sql`${draws.taskId} = ANY(${sql.param([...taskIds])}::uuid[])`,
          sql`${draws.status} <> 'aborted'`,
        ),
      );
    return new Map(rows.map((r) => [r.taskId, r.status === 'confirmed' ? 'drawn' : 'drawing']));
  },

  /**
   * The task row and its entity pool in one statement (R-N.6): every directory record of the scope with
   * its stratum and exclusion (1 when deregistered, else the code given for its public id, else 0); the
   * task's pool size and eligible count are counted from the rows as they are written.
   */
  async freeze(
    db: Executor,
    task: Omit<NewTask, 'poolSize' | 'eligible' | 'poolStrata'>,
    pool: PoolSpec,
  ): Promise<{ poolSize: number; eligible: number }> {
    const { groups, overrides } = pool.strata;
    const x = pool.exclusions;
    // The statement's row sets (the trigger's transition table, the counted rows) in memory: with 4 MB
    // a million pool rows went through temporary files.
    await db.execute(sql`SET LOCAL work_mem = '256MB'`);
    const [counts] = await queryRows<{ pool_size: number; eligible: number }>(
      db,
      sql`WITH pool AS (
        INSERT INTO ${taskEntities} (task_id, public_id, entity_id, stratum, exclusion, reason)
        SELECT ${task.id}::uuid, e.public_id, e.id, e.region_code || '/' || COALESCE(o.grp, g.grp),
               CASE WHEN e.status <> 'active' THEN ${pool.deregistered.code}::smallint ELSE COALESCE(x.code, 0::smallint) END,
               CASE WHEN e.status <> 'active' THEN ${pool.deregistered.reason}::text ELSE x.reason END
        FROM ${entities} e JOIN ${units} ON ${units.id} = e.unit_id
        JOIN unnest(${textArray(groups.map((r) => r.riskClass))}, ${sql.param(groups.map((r) => r.key))}::boolean[],
                    ${textArray(groups.map((r) => r.sampled))}, ${textArray(groups.map((r) => r.group))})
             AS g(risk_class, key, sampled, grp)
          ON g.risk_class = e.risk_class AND g.key = (cardinality(e.risk_flags) > 0)
        LEFT JOIN unnest(${textArray(overrides.map((r) => r.sampled))}, ${textArray(overrides.map((r) => r.region))},
                         ${textArray(overrides.map((r) => r.group))}) AS o(sampled, region, grp)
          ON o.sampled = g.sampled AND o.region = e.region_code
        LEFT JOIN unnest(${textArray(x.map((r) => r.publicId))}, ${sql.param(x.map((r) => r.code))}::smallint[],
                         ${textArray(x.map((r) => r.reason ?? ''))}) AS x(public_id, code, reason)
          ON x.public_id = e.public_id
        WHERE ${scopeOf(pool.scope.path)} AND e.industry = ANY(${textArray(pool.scope.industries)})
        RETURNING stratum, exclusion),
      strata AS (SELECT stratum, exclusion, count(*)::int AS n FROM pool GROUP BY stratum, exclusion)
      INSERT INTO ${tasks} (id, code, plan_id, unit_id, round, draw_date, item_ids, item_codes, teams,
                            pool_size, eligible, inspector_count, eligible_inspectors, pool_strata, created_by)
      SELECT ${task.id}::uuid, ${task.code}, ${task.planId}::uuid, ${task.unitId}::uuid, ${task.round}, ${task.drawDate}::date,
             ${sql.param([...task.itemIds])}::uuid[], ${textArray(task.itemCodes)}, ${JSON.stringify(task.teams)}::jsonb,
             COALESCE(sum(n), 0)::int, COALESCE(sum(n) FILTER (WHERE exclusion = 0), 0)::int,
             ${task.inspectorCount}, ${task.eligibleInspectors},
             COALESCE(jsonb_agg(jsonb_build_object('stratum', stratum, 'exclusion', exclusion, 'n', n)
                                ORDER BY stratum COLLATE "C", exclusion), '[]'::jsonb),
             ${task.createdBy ?? null}::uuid
      FROM strata
      RETURNING pool_size, eligible`,
    );
    return { poolSize: counts!.pool_size, eligible: counts!.eligible };
  },

  async insertInspectors(db: Executor, rows: readonly (typeof taskInspectors.$inferInsert)[]): Promise<void> {
    for (let i = 0; i < rows.length; i += 1000)
      await db.insert(taskInspectors).values(rows.slice(i, i + 1000));
  },

  async insertConflicts(db: Executor, rows: readonly (typeof taskConflicts.$inferInsert)[]): Promise<void> {
    for (let i = 0; i < rows.length; i += 1000)
      await db.insert(taskConflicts).values(rows.slice(i, i + 1000));
  },

  async exclusionCounts(db: Executor, taskId: string) {
    return queryRows<{ exclusion: number; n: number }>(
      db,
      sql`SELECT exclusion, count(*)::int AS n FROM ${taskEntities} WHERE task_id = ${taskId} GROUP BY exclusion`,
    );
  },

  /**
   * The frozen pool as the engine's table, read once with COPY in storage order (the engine sorts the
   * ids itself, natively, faster than the database): ≈ 30 bytes a record instead of a row object each.
   */
  async poolTable(db: Database, taskId: string, options: { shared?: boolean } = {}): Promise<PoolTable> {
    if (!UUID.test(taskId)) throw new Error(`not a task id: ${taskId}`);
    return copyPoolTable(
      db,
      `SELECT public_id, stratum, exclusion FROM task_entities WHERE task_id = '${taskId}'`,
      options,
    );
  },

  async poolPage(
    db: Executor,
    taskId: string,
    f: { exclusion?: number; stratum?: string; q?: string },
    p: PageRequest,
  ) {
    const cond = and(
      eq(taskEntities.taskId, taskId),
      f.exclusion !== undefined ? eq(taskEntities.exclusion, f.exclusion) : undefined,
      f.stratum ? eq(taskEntities.stratum, f.stratum) : undefined,
      f.q ? or(ilike(entities.name, likePattern(f.q)), eq(taskEntities.publicId, f.q)) : undefined,
    );
    const [total] = await db
      .select({ n: count() })
      .from(taskEntities)
      .innerJoin(entities, eq(entities.id, taskEntities.entityId))
      .where(cond);
    const rows = await db
      .select({
        entityId: taskEntities.entityId,
        publicId: taskEntities.publicId,
        name: entities.name,
        stratum: taskEntities.stratum,
        exclusion: taskEntities.exclusion,
        reason: taskEntities.reason,
      })
      .from(taskEntities)
      .innerJoin(entities, eq(entities.id, taskEntities.entityId))
      .where(cond)
      .orderBy(taskEntities.publicId)
      .offset(offsetOf(p))
      .limit(p.pageSize);
    return { total: total?.n ?? 0, rows };
  },

  async inspectors(db: Executor, taskId: string) {
    return db
      .select({
        inspectorId: taskInspectors.inspectorId,
        badgeNumber: taskInspectors.badgeNumber,
        name: inspectors.name,
        userId: inspectors.userId,
        pool: taskInspectors.pool,
        exclusion: taskInspectors.exclusion,
        reason: taskInspectors.reason,
      })
      .from(taskInspectors)
      .innerJoin(inspectors, eq(inspectors.id, taskInspectors.inspectorId))
      .where(eq(taskInspectors.taskId, taskId))
      .orderBy(taskInspectors.badgeNumber);
  },

  async conflicts(db: Executor, taskId: string) {
    return db
      .select({
        entity: taskConflicts.entity,
        inspector: taskConflicts.inspector,
        source: taskConflicts.source,
      })
      .from(taskConflicts)
      .where(eq(taskConflicts.taskId, taskId))
      .orderBy(taskConflicts.entity, taskConflicts.inspector);
  },

  /** Names of the given public ids in the task's frozen pool. */
  async entityNames(
    db: Executor,
    taskId: string,
    publicIds: readonly string[],
  ): Promise<Map<string, string>> {
    if (publicIds.length === 0) return new Map();
    const rows = await queryRows<{ public_id: string; name: string }>(
      db,
      sql`SELECT te.public_id, e.name FROM ${taskEntities} te JOIN ${entities} e ON e.id = te.entity_id
          WHERE te.task_id = ${taskId} AND te.public_id = ANY(${textArray(publicIds)})`,
    );
    return new Map(rows.map((r) => [r.public_id, r.name]));
  },
};
