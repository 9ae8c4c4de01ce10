import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './user.table.ts';

/** An officer's signing keys (issue 10.4): public half only, one per browser or device; revoked, never deleted. */
export const accountKeys = pgTable(
  'account_keys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    scheme: text('scheme', { enum: ['ed25519', 'sm2'] }).notNull(),
    publicKey: text('public_key').notNull().unique(),
    /** Which browser or device holds the private half, as the officer named it. */
    label: text('label').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('account_keys_user_idx').on(t.userId)],
);
