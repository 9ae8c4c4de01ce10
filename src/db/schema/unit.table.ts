import { pgTable, text, uuid, timestamp, index } from 'drizzle-orm/pg-core';

/** Org tree: city bureau → district branch → station / department. `path` is the ids from the root, '/'-joined, for subtree checks. */
export const units = pgTable(
  'units',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    parentId: uuid('parent_id'),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['city-bureau', 'district-branch', 'station', 'department'] }).notNull(),
    regionCode: text('region_code').notNull(),
    path: text('path').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('units_path_idx').on(t.path)],
);
