import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * The data keys that may have sealed personal numbers (issue 10.7, migration 0026): recorded when a key
 * becomes current, so the start-up check opens one row per key instead of reading the whole directory.
 */
export const dataKeysUsed = pgTable('data_keys_used', {
  keyId: text('key_id').primaryKey(),
  recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
});
