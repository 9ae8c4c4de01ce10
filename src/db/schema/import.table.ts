import { pgTable, text, uuid, timestamp, integer, jsonb } from 'drizzle-orm/pg-core';
import { units } from './unit.table.ts';
import { users } from './user.table.ts';

export interface RejectedRow {
  readonly row: number;
  readonly column: string;
  readonly code: string;
  readonly message: string;
}

/** One report per import: what was kept, what was rejected and why. */
export const imports = pgTable('imports', {
  id: uuid('id').primaryKey().defaultRandom(),
  unitId: uuid('unit_id')
    .notNull()
    .references(() => units.id),
  kind: text('kind', { enum: ['entities', 'inspectors'] }).notNull(),
  fileName: text('file_name').notNull(),
  fileSha256: text('file_sha256').notNull(),
  imported: integer('imported').notNull(),
  updated: integer('updated').notNull(),
  /** Rows already as the file has them (not rewritten); 0 for imports before this column. */
  unchanged: integer('unchanged').notNull().default(0),
  rejected: jsonb('rejected').$type<RejectedRow[]>().notNull(),
  actorId: uuid('actor_id').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
