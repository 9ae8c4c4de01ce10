import { sql } from 'drizzle-orm';
import {
  customType,
  pgTable,
  text,
  uuid,
  timestamp,
  integer,
  boolean,
  date,
  jsonb,
  index,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { units } from './unit.table.ts';
import { users } from './user.table.ts';
import { entities } from './entity.table.ts';
import { items, type Method } from './item.table.ts';
import { draws } from './draw.table.ts';
import { tasks } from './task.table.ts';
import { targetedInspections } from './targeted-inspection.table.ts';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => Buffer.from(v),
});

export interface RecordInspectorJson {
  readonly badgeNumber: string;
  readonly name: string;
  readonly signatureId: string | null;
}
export interface ChecklistRowJson {
  readonly checklistCode: string;
  readonly finding: 'compliant' | 'non-compliant' | 'not-applicable';
  readonly note: string;
}
export type PartyJson =
  | { readonly kind: 'signed'; readonly signerName: string; readonly signatureId: string }
  | {
      readonly kind: 'refused';
      readonly reason: string;
      readonly witness: { readonly name: string; readonly signatureId: string } | null;
    };

/**
 * The inspection record (检查登记表, R-22.1, R-23.1): a draft while the officer fills it on the phone,
 * then submitted and frozen (trigger). Random: a confirmed draw's entity; targeted.
 */
export const inspectionRecords = pgTable(
  'inspection_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    entityId: uuid('entity_id')
      .notNull()
      .references(() => entities.id),
    itemId: uuid('item_id')
      .notNull()
      .references(() => items.id),
    itemVersion: integer('item_version').notNull(),
    basis: text('basis', { enum: ['random', 'targeted'] }).notNull(),
    drawId: uuid('draw_id').references(() => draws.id),
    taskId: uuid('task_id').references(() => tasks.id),
    targetedInspectionId: uuid('targeted_inspection_id').references(() => targetedInspections.id),
    status: text('status', { enum: ['draft', 'submitted'] })
      .notNull()
      .default('draft'),
    checkedOn: date('checked_on'),
    methods: text('methods').array().$type<Method[]>().notNull().default([]),
    policeIdShown: boolean('police_id_shown').notNull().default(false),
    inspectors: jsonb('inspectors').$type<RecordInspectorJson[]>().notNull().default([]),
    responsibleBadgeNumber: text('responsible_badge_number'),
    rows: jsonb('rows').$type<ChecklistRowJson[]>().notNull().default([]),
    party: jsonb('party').$type<PartyJson | null>(),
    createdBy: uuid('created_by').references(() => users.id),
    createdByName: text('created_by_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    submittedBy: uuid('submitted_by').references(() => users.id),
    submittedByName: text('submitted_by_name'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('inspection_records_draw_entity_item_idx')
      .on(t.drawId, t.entityId, t.itemId)
      .where(sql`draw_id IS NOT NULL`),
    uniqueIndex('inspection_records_targeted_item_idx')
      .on(t.targetedInspectionId, t.itemId)
      .where(sql`targeted_inspection_id IS NOT NULL`),
    index('inspection_records_entity_idx').on(t.entityId),
  ],
);

/** Attachments and signature images, fixed by their SHA-256; never changed (trigger). */
export const inspectionFiles = pgTable(
  'inspection_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    recordId: uuid('record_id')
      .notNull()
      .references(() => inspectionRecords.id),
    purpose: text('purpose', { enum: ['attachment', 'signature'] }).notNull(),
    /** photo | document | statement for attachments; drawn | seal-photo for signatures. */
    kind: text('kind').notNull(),
    mime: text('mime').notNull(),
    fileName: text('file_name').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    signedAt: timestamp('signed_at', { withTimezone: true }),
    uploadedBy: uuid('uploaded_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('inspection_files_record_idx').on(t.recordId)],
);
