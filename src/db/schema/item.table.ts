import {
  pgTable,
  text,
  uuid,
  timestamp,
  integer,
  boolean,
  date,
  jsonb,
  primaryKey,
} from 'drizzle-orm/pg-core';
import { units } from './unit.table.ts';
import { users } from './user.table.ts';

export interface LegalBasis {
  readonly law: string;
  readonly article: string;
}
export interface CheckContent {
  readonly code: string;
  readonly text: string;
}
export const METHODS = ['on-site', 'document', 'online'] as const;
export type Method = (typeof METHODS)[number];

/** The stable identity of an item; its content lives in versions. */
export const items = pgTable('items', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  unitId: uuid('unit_id')
    .notNull()
    .references(() => units.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A published version is immutable (trigger in the migrations); a change is a new version. */
export const itemVersions = pgTable(
  'item_versions',
  {
    itemId: uuid('item_id')
      .notNull()
      .references(() => items.id),
    version: integer('version').notNull(),
    status: text('status', { enum: ['draft', 'published'] }).notNull(),
    name: text('name').notNull(),
    category: text('category', { enum: ['priority', 'general'] }).notNull(),
    legalBasis: jsonb('legal_basis').$type<LegalBasis[]>().notNull(),
    objectType: text('object_type').notNull(),
    needsEntityDirectory: boolean('needs_entity_directory').notNull().default(true),
    /** Basis points: 200 = 2 %. */
    ratioBp: integer('ratio_bp').notNull(),
    roundsPerYear: integer('rounds_per_year').notNull(),
    methods: text('methods').array().$type<Method[]>().notNull(),
    checklist: jsonb('checklist').$type<CheckContent[]>().notNull(),
    procedure: text('procedure').notNull(),
    higherRule: text('higher_rule'),
    effectiveFrom: date('effective_from'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    publishedBy: uuid('published_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.version] })],
);
