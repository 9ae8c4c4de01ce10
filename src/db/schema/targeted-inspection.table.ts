import { pgTable, text, uuid, timestamp, date, index } from 'drizzle-orm/pg-core';
import { units } from './unit.table.ts';
import { users } from './user.table.ts';
import { entities } from './entity.table.ts';
import { items } from './item.table.ts';

export const TARGETED_REASONS = ['complaint', 'assigned', 'case', 'on-the-spot', 'campaign'] as const;

/**
 * A non-random inspection: never consumes a draw; once a leader approves it, its entity is
 * excluded (code 4) from the pools frozen while it is open. A pool already frozen never changes.
 */
export const targetedInspections = pgTable(
  'targeted_inspections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    entityId: uuid('entity_id')
      .notNull()
      .references(() => entities.id),
    itemId: uuid('item_id').references(() => items.id),
    reason: text('reason', { enum: TARGETED_REASONS }).notNull(),
    fromDate: date('from_date').notNull(),
    toDate: date('to_date'),
    note: text('note').notNull(),
    /** The complaint, case or assignment number the inspection answers. */
    reference: text('reference'),
    /** Excludes its entity from random draws only once a leader approves it. */
    status: text('status', { enum: ['pending', 'approved'] })
      .notNull()
      .default('pending'),
    approvedBy: uuid('approved_by').references(() => users.id),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('targeted_inspections_entity_idx').on(t.entityId)],
);
