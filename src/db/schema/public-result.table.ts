import { bigint, date, index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { entities } from './entity.table.ts';
import { inspectionRecords } from './inspection.table.ts';
import type { ResultSeverity } from '../../domain/publication/result-severity.ts';

/** A published result as the portal shows it (R-26.1, R-N.10): the allow-listed view. */
export interface PublicResultBody {
  readonly publicId: string;
  readonly entityName: string;
  readonly entityCode: string;
  readonly entityAddress: string | null;
  readonly itemCode: string;
  readonly itemName: string;
  readonly inspectionType: string;
  readonly checkedOn: string;
  readonly resultCode: string;
  readonly resultLabel: string;
  readonly severity: ResultSeverity;
  readonly opinion: string;
  readonly handlingSummary: string;
  readonly publishedOn: string;
  readonly inspectors: string[];
}

/**
 * Written once when a result is published, so public reads are one indexed query instead of masking and
 * assembling every row per request (issue 12). Only allow-listed values are stored here.
 */
export const publicResults = pgTable(
  'public_results',
  {
    recordId: uuid('record_id')
      .primaryKey()
      .references(() => inspectionRecords.id),
    seq: bigint('seq', { mode: 'number' }).generatedAlwaysAsIdentity().notNull(),
    entityId: uuid('entity_id')
      .notNull()
      .references(() => entities.id),
    publicId: text('public_id').notNull(),
    entityName: text('entity_name').notNull(),
    entityCode: text('entity_code').notNull(),
    itemCode: text('item_code').notNull(),
    year: integer('year').notNull(),
    resultCode: text('result_code').notNull(),
    publishedOn: date('published_on').notNull(),
    body: jsonb('body').$type<PublicResultBody>().notNull(),
  },
  (t) => [
    // Ascending: read backwards it gives ORDER BY published_on DESC, seq DESC (a DESC NULLS LAST index does not).
    index('public_results_newest_idx').on(t.publishedOn, t.seq),
    index('public_results_code_idx').on(t.entityCode),
    index('public_results_entity_idx').on(t.entityId),
    index('public_results_item_year_idx').on(t.itemCode, t.year),
  ],
);
