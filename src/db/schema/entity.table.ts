import { sql } from 'drizzle-orm';
import { pgTable, text, uuid, timestamp, date, index, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * The entity directory; one directory per unit, partitioned by region. `unit_id`
 * is checked once per statement by a trigger (migration 0007), not by a per-row foreign key: an
 * import inserts up to a million rows of one unit, and the per-row check took 12 of the 21 s.
 */
export const entities = pgTable(
  'entities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id').notNull(),
    kind: text('kind', { enum: ['organisation', 'person'] }).notNull(),
    /** Credit code (organisation), or `h1:<key id>:<hex>`, the keyed hash of a person's ID number: the upsert key. */
    code: text('code').notNull(),
    /** A person's ID number, encrypted (`v1:<key id>:<alg>:…`, issue 10.7), and its masked form for lists. */
    idNumberEnc: text('id_number_enc'),
    idNumberMasked: text('id_number_masked'),
    /** 联系电话: encrypted, its keyed hash (exact search) and masked form. */
    contactPhoneEnc: text('contact_phone_enc'),
    contactPhoneHash: text('contact_phone_hash'),
    contactPhoneMasked: text('contact_phone_masked'),
    /** Public id used in draws: the credit code, or NP-… for a natural person (never the ID number). */
    publicId: text('public_id').notNull(),
    name: text('name').notNull(),
    registrationAuthority: text('registration_authority'),
    legalRepresentative: text('legal_representative'),
    address: text('address'),
    licenceNumber: text('licence_number'),
    licenceValidUntil: date('licence_valid_until'),
    regionCode: text('region_code').notNull(),
    industry: text('industry').notNull(),
    riskClass: text('risk_class', { enum: ['A', 'B', 'C', 'D'] }).notNull(),
    riskFlags: text('risk_flags').array().notNull().default([]),
    status: text('status', { enum: ['active', 'deregistered'] })
      .notNull()
      .default('active'),
    deregisteredAt: date('deregistered_at'),
    deregistrationReason: text('deregistration_reason'),
    /** The import that added the row, and the last import that changed it (their audit events hold the file's digest). */
    createdByImport: uuid('created_by_import'),
    updatedByImport: uuid('updated_by_import'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('entities_unit_code_idx').on(t.unitId, t.code),
    uniqueIndex('entities_unit_public_id_idx').on(t.unitId, t.publicId),
    index('entities_region_idx').on(t.unitId, t.regionCode),
    index('entities_industry_idx').on(t.unitId, t.industry),
    // Persons whose ID number is still in plain (before migration 0023): empty once the start-up converted them.
    index('entities_plain_person_idx')
      .on(t.id)
      .where(sql`${t.kind} = 'person' AND ${t.code} NOT LIKE 'h1:%'`),
  ],
);
