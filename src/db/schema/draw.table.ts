import { sql } from 'drizzle-orm';
import { pgTable, text, uuid, timestamp, integer, jsonb, uniqueIndex } from 'drizzle-orm/pg-core';
import type { DrawResult, JsonObject, Salt } from '../../domain/draw/types.ts';
import { users } from './user.table.ts';
import { tasks } from './task.table.ts';

export const DRAW_STATUSES = [
  'announced',
  'revealing',
  'revealed',
  'computed',
  'confirmed',
  'aborted',
] as const;

/**
 * One attempt at drawing a task (R-N.6). `draw_id` is unique forever; at most one draw per task is
 * not aborted (partial unique index); confirmed and aborted draws never change (trigger).
 */
export const draws = pgTable(
  'draws',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    drawId: text('draw_id').notNull().unique(),
    taskId: uuid('task_id')
      .notNull()
      .references(() => tasks.id),
    attempt: integer('attempt').notNull(),
    suite: text('suite', {
      enum: ['RDRAW-1-SHA256', 'RDRAW-1-SM3', 'RDRAW-2-SHA256', 'RDRAW-2-SM3'],
    }).notNull(),
    status: text('status', { enum: DRAW_STATUSES }).notNull(),
    plan: jsonb('plan').$type<JsonObject>().notNull(),
    planDigest: text('plan_digest').notNull(),
    poolDigest: text('pool_digest').notNull(),
    inspectorDigest: text('inspector_digest').notNull(),
    poolSize: integer('pool_size').notNull(),
    eligible: integer('eligible').notNull(),
    /** RDRAW-2: one private 32-byte salt per stratum, drawn at announcement; never shown before confirmation. */
    salts: jsonb('salts').$type<Salt[]>(),
    strataDigest: text('strata_digest'),
    publicDigest: text('public_digest'),
    seed: text('seed'),
    resultDigest: text('result_digest'),
    result: jsonb('result').$type<DrawResult>(),
    statementDigest: text('statement_digest'),
    abortReason: text('abort_reason'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    revealedAt: timestamp('revealed_at', { withTimezone: true }),
    computedAt: timestamp('computed_at', { withTimezone: true }),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    abortedAt: timestamp('aborted_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('draws_one_live_per_task_idx')
      .on(t.taskId)
      .where(sql`status <> 'aborted'`),
  ],
);

export const PARTICIPANT_ROLES = ['drawer', 'supervisor', 'system', 'witness'] as const;
export const WITNESS_KINDS = ['media', 'special-supervisor', 'entity-representative', 'other'] as const;

/** Drawer, supervisor, the system and the witnesses of a draw. */
export const drawParticipants = pgTable(
  'draw_participants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    drawId: uuid('draw_id')
      .notNull()
      .references(() => draws.id),
    role: text('role', { enum: PARTICIPANT_ROLES }).notNull(),
    /** The RDRAW-1 witness id (`system`, `supervisor`, `W1` …); null for the drawer. */
    witness: text('witness'),
    kind: text('kind', { enum: WITNESS_KINDS }),
    name: text('name').notNull(),
    userId: uuid('user_id').references(() => users.id),
    /** SHA-256 of the one-time code of a witness without an account. */
    codeHash: text('code_hash'),
    commit: text('commit'),
    nonce: text('nonce'),
    committedAt: timestamp('committed_at', { withTimezone: true }),
    revealedAt: timestamp('revealed_at', { withTimezone: true }),
    statementDigest: text('statement_digest'),
    signedAt: timestamp('signed_at', { withTimezone: true }),
    /** The signer's own key and its signature over the statement (issue 10.4); a witness's key is set at commit. */
    signatureScheme: text('signature_scheme', { enum: ['ed25519', 'sm2'] }),
    publicKey: text('public_key'),
    signature: text('signature'),
  },
  (t) => [
    uniqueIndex('draw_participants_witness_idx').on(t.drawId, t.witness),
    uniqueIndex('draw_participants_role_idx')
      .on(t.drawId, t.role)
      .where(sql`role <> 'witness'`),
    uniqueIndex('draw_participants_code_idx').on(t.codeHash),
  ],
);
