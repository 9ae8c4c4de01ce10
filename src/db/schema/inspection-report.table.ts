import {
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
import type { MethodFindings } from '../../domain/inspection/report.ts';
import type { NonCooperation } from '../../domain/inspection/non-cooperation.ts';
import type { Handling } from '../../domain/inspection/handling.ts';
import type { FollowUpKind } from '../../domain/inspection/follow-up.ts';
import type { ReviewState } from '../../domain/inspection/review-flow.ts';
import { users } from './user.table.ts';
import { entities } from './entity.table.ts';
import { inspectionRecords } from './inspection.table.ts';

export interface FollowUpRequestJson {
  readonly kind: FollowUpKind;
  readonly note: string;
}

/** A version of the inspection report (检查报告, R-24.1); never changed: a returned report gets a new version. */
export const inspectionReports = pgTable(
  'inspection_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    recordId: uuid('record_id')
      .notNull()
      .references(() => inspectionRecords.id),
    version: integer('version').notNull(),
    authorId: uuid('author_id').references(() => users.id),
    authorName: text('author_name').notNull(),
    findings: jsonb('findings').$type<MethodFindings[]>().notNull(),
    opinion: text('opinion').notNull(),
    resultCode: text('result_code').notNull(),
    nonCooperation: jsonb('non_cooperation').$type<NonCooperation[]>().notNull(),
    handling: jsonb('handling').$type<Handling>().notNull(),
    followUps: jsonb('follow_ups').$type<FollowUpRequestJson[]>().notNull(),
    touchesTradeSecret: boolean('touches_trade_secret').notNull(),
    touchesPrivacy: boolean('touches_privacy').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('inspection_reports_record_version_idx').on(t.recordId, t.version)],
);

/**
 * The review state of a record's result (R-N.8) as the domain's transition function keeps it, plus the
 * columns lists filter on: status, approval day and publication deadline (R-N.9).
 */
export const inspectionReviews = pgTable(
  'inspection_reviews',
  {
    recordId: uuid('record_id')
      .primaryKey()
      .references(() => inspectionRecords.id),
    status: text('status').notNull(),
    reportId: uuid('report_id').references(() => inspectionReports.id),
    state: jsonb('state').$type<ReviewState>().notNull(),
    approvedOn: date('approved_on'),
    deadline: date('deadline'),
    /** 暂定: counted on weekends alone through a year no calendar covered; recounted when it is entered. */
    deadlineProvisional: boolean('deadline_provisional').notNull().default(false),
    publishedOn: date('published_on'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('inspection_reviews_status_idx').on(t.status)],
);

/** Follow-up of a finding (R-N.11), opened when its report is approved and tracked until closed. */
export const followUps = pgTable(
  'follow_ups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => inspectionReports.id),
    recordId: uuid('record_id')
      .notNull()
      .references(() => inspectionRecords.id),
    entityId: uuid('entity_id')
      .notNull()
      .references(() => entities.id),
    kind: text('kind').$type<FollowUpKind>().notNull(),
    note: text('note').notNull(),
    state: text('state', { enum: ['open', 'in-progress', 'closed'] })
      .notNull()
      .default('open'),
    openedOn: date('opened_on').notNull(),
    startedOn: date('started_on'),
    closedOn: date('closed_on'),
    closingNote: text('closing_note'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('follow_ups_entity_idx').on(t.entityId)],
);

/** A year of the working-day calendar entered by an administrator (R-N.9); replaces the package's year. */
export const calendarYears = pgTable('calendar_years', {
  year: integer('year').primaryKey(),
  holidays: text('holidays').array().notNull(),
  workdays: text('workdays').array().notNull(),
  updatedBy: uuid('updated_by').references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
