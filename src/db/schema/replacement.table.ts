import { customType, pgTable, text, uuid, timestamp, integer, jsonb, primaryKey } from 'drizzle-orm/pg-core';
import type { JsonObject } from '../../domain/draw/types.ts';
import { users } from './user.table.ts';
import { draws } from './draw.table.ts';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => Buffer.from(v),
});

/** A written application for a change of a confirmed draw; decided once, then frozen. */
export const replacementApplications = pgTable('replacement_applications', {
  id: uuid('id').primaryKey().defaultRandom(),
  drawId: uuid('draw_id')
    .notNull()
    .references(() => draws.id),
  kind: text('kind', { enum: ['entity', 'inspector'] }).notNull(),
  out: text('out').notNull(),
  stratum: text('stratum'),
  entity: text('entity'),
  pool: text('pool'),
  reason: text('reason').notNull(),
  status: text('status', { enum: ['pending', 'approved', 'rejected'] })
    .notNull()
    .default('pending'),
  applicantId: uuid('applicant_id').references(() => users.id),
  applicantName: text('applicant_name').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  approverId: uuid('approver_id').references(() => users.id),
  approverName: text('approver_name'),
  decidedAt: timestamp('decided_at', { withTimezone: true }),
  note: text('note'),
});

/** Evidence attached to an application, kept in the database (size-limited by the service). */
export const replacementEvidence = pgTable(
  'replacement_evidence',
  {
    applicationId: uuid('application_id')
      .notNull()
      .references(() => replacementApplications.id),
    index: integer('index').notNull(),
    fileName: text('file_name').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.index] })],
);

/** Applied replacements, in the order they happened; append-only (trigger). */
export const drawReplacements = pgTable(
  'draw_replacements',
  {
    drawId: uuid('draw_id')
      .notNull()
      .references(() => draws.id),
    seq: integer('seq').notNull(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => replacementApplications.id)
      .unique(),
    /** The bundle entry (DRAW.md §6): kind, stratum | entity + pool, out, in, reason, approval, time, signatures. */
    record: jsonb('record').$type<JsonObject>().notNull(),
    digest: text('digest').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.drawId, t.seq] })],
);
