import {
  pgTable,
  text,
  uuid,
  timestamp,
  integer,
  date,
  jsonb,
  smallint,
  primaryKey,
  index,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { units } from './unit.table.ts';
import { users } from './user.table.ts';
import { inspectors } from './inspector.table.ts';
import { plans } from './plan.table.ts';

export interface TaskTeamJson {
  /** The RDRAW-1 team pool: the department's unit code. */
  readonly pool: string;
  readonly unitId: string;
  readonly size: number;
}

export interface TaskPoolStratum {
  readonly stratum: string;
  readonly exclusion: number;
  readonly n: number;
}

/** One round of one plan: its pools are frozen when it is created (R-N.6). */
export const tasks = pgTable(
  'tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull().unique(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    round: integer('round').notNull(),
    drawDate: date('draw_date').notNull(),
    itemIds: uuid('item_ids').array().notNull(),
    itemCodes: text('item_codes').array().notNull(),
    teams: jsonb('teams').$type<TaskTeamJson[]>().notNull(),
    poolSize: integer('pool_size').notNull(),
    eligible: integer('eligible').notNull(),
    inspectorCount: integer('inspector_count').notNull(),
    eligibleInspectors: integer('eligible_inspectors').notNull(),
    /** The pool's records per (stratum, exclusion), counted as it was frozen (migration 0022). */
    poolStrata: jsonb('pool_strata').$type<TaskPoolStratum[]>().notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('tasks_plan_round_idx').on(t.planId, t.round)],
);

/**
 * The frozen entity pool, every record with its exclusion code; never updated (trigger). Its
 * references to tasks and entities are checked once per statement by a trigger (migration 0006),
 * not per row: a freeze writes 100,000 rows, and two per-row foreign-key checks cost more than
 * the insert itself. No key per record (migration 0021): the engine refuses an id twice in a pool.
 */
export const taskEntities = pgTable(
  'task_entities',
  {
    taskId: uuid('task_id').notNull(),
    publicId: text('public_id').notNull(),
    entityId: uuid('entity_id').notNull(),
    stratum: text('stratum').notNull(),
    exclusion: smallint('exclusion').notNull(),
    reason: text('reason'),
  },
  (t) => [index('task_entities_task_idx').on(t.taskId)],
);

export const taskInspectors = pgTable(
  'task_inspectors',
  {
    taskId: uuid('task_id')
      .notNull()
      .references(() => tasks.id),
    badgeNumber: text('badge_number').notNull(),
    inspectorId: uuid('inspector_id')
      .notNull()
      .references(() => inspectors.id),
    pool: text('pool').notNull(),
    exclusion: smallint('exclusion').notNull(),
    reason: text('reason'),
  },
  (t) => [primaryKey({ columns: [t.taskId, t.badgeNumber] })],
);

/** Pairs never teamed (R-N.5): declared 回避 and last time's inspector of the entity for the item. */
export const taskConflicts = pgTable(
  'task_conflicts',
  {
    taskId: uuid('task_id')
      .notNull()
      .references(() => tasks.id),
    entity: text('entity').notNull(),
    inspector: text('inspector').notNull(),
    source: text('source', { enum: ['declared', 'last-inspector'] }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.taskId, t.entity, t.inspector] })],
);
