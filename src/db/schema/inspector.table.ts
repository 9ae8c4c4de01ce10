import { pgTable, text, uuid, timestamp, date, index, uniqueIndex } from 'drizzle-orm/pg-core';
import { units } from './unit.table.ts';
import { entities } from './entity.table.ts';
import { users } from './user.table.ts';

/** The inspector directory (R-15.1, R-N.4): only certified officers; badge number is the key. */
export const inspectors = pgTable(
  'inspectors',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    name: text('name').notNull(),
    post: text('post'),
    rank: text('rank'),
    badgeNumber: text('badge_number').notNull(),
    level: text('level', { enum: ['city', 'district', 'station'] }).notNull(),
    regionCode: text('region_code').notNull(),
    certificateNumber: text('certificate_number').notNull(),
    certificateValidUntil: date('certificate_valid_until').notNull(),
    qualifiedItemCodes: text('qualified_item_codes').array().notNull().default([]),
    status: text('status', { enum: ['active', 'transferred', 'retired'] })
      .notNull()
      .default('active'),
    userId: uuid('user_id').references(() => users.id),
    /** The import that added the row, and the last import that changed it (their audit events hold the file's digest). */
    createdByImport: uuid('created_by_import'),
    updatedByImport: uuid('updated_by_import'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('inspectors_badge_idx').on(t.badgeNumber), index('inspectors_unit_idx').on(t.unitId)],
);

/** Leave, transfer, training …: excluded from draws in the period. */
export const inspectorUnavailability = pgTable('inspector_unavailability', {
  id: uuid('id').primaryKey().defaultRandom(),
  inspectorId: uuid('inspector_id')
    .notNull()
    .references(() => inspectors.id),
  fromDate: date('from_date').notNull(),
  toDate: date('to_date').notNull(),
  reason: text('reason').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Declared 回避 conflicts (R-N.5): the pair is never teamed. */
export const conflicts = pgTable(
  'conflicts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    inspectorId: uuid('inspector_id')
      .notNull()
      .references(() => inspectors.id),
    entityId: uuid('entity_id')
      .notNull()
      .references(() => entities.id),
    kind: text('kind', { enum: ['relative', 'interest', 'other'] }).notNull(),
    reason: text('reason').notNull(),
    declaredAt: timestamp('declared_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('conflicts_pair_idx').on(t.inspectorId, t.entityId)],
);
