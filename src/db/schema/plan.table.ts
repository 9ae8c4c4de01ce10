import { pgTable, text, uuid, timestamp, integer, jsonb, primaryKey, uniqueIndex } from 'drizzle-orm/pg-core';
import { units } from './unit.table.ts';
import { users } from './user.table.ts';
import { items } from './item.table.ts';

export interface PlanRoundJson {
  readonly from: string;
  readonly to: string;
}
export interface PlanRateJson {
  readonly riskClass: 'A' | 'B' | 'C' | 'D';
  readonly regionCode: string | null;
  readonly rateBp: number;
}
export interface PlanTeamJson {
  readonly unitId: string;
  readonly size: number;
}

/** Annual plan per department; approved plans never change (trigger in the migrations). */
export const plans = pgTable(
  'plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull().unique(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    year: integer('year').notNull(),
    name: text('name').notNull(),
    status: text('status', { enum: ['draft', 'approved'] })
      .notNull()
      .default('draft'),
    rounds: jsonb('rounds').$type<PlanRoundJson[]>().notNull(),
    rates: jsonb('rates').$type<PlanRateJson[]>().notNull(),
    /** One team pool per department; more than one makes a joint inspection. */
    teams: jsonb('teams').$type<PlanTeamJson[]>().notNull(),
    yearlyCap: integer('yearly_cap').notNull(),
    reservePerStratum: integer('reserve_per_stratum').notNull(),
    inspectorReserve: integer('inspector_reserve').notNull(),
    maxLoad: integer('max_load'),
    createdBy: uuid('created_by').references(() => users.id),
    approvedBy: uuid('approved_by').references(() => users.id),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('plans_unit_year_name_idx').on(t.unitId, t.year, t.name)],
);

export const planItems = pgTable(
  'plan_items',
  {
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id),
    itemId: uuid('item_id')
      .notNull()
      .references(() => items.id),
  },
  (t) => [primaryKey({ columns: [t.planId, t.itemId] })],
);
