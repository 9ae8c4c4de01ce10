import { pgTable, text, uuid, timestamp, bigserial, jsonb, index } from 'drizzle-orm/pg-core';

/**
 * Append-only audit log: the database refuses UPDATE, DELETE and TRUNCATE (trigger in the
 * migrations). `seq` orders it; a later Merkle log hashes events in this order.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name').notNull(),
    unitId: uuid('unit_id'),
    action: text('action').notNull(),
    objectType: text('object_type').notNull(),
    objectId: text('object_id').notNull(),
    /** SHA-256 of the canonical JSON of the new state. */
    digest: text('digest').notNull(),
    data: jsonb('data').notNull(),
  },
  (t) => [index('audit_object_idx').on(t.objectType, t.objectId)],
);
