import { bigint, pgTable, text, uuid, timestamp, boolean } from 'drizzle-orm/pg-core';
import { units } from './unit.table.ts';

export const ROLES = [
  'system-admin',
  'department-admin',
  'drawer',
  'supervisor',
  'leader',
  'inspector',
  'auditor',
] as const;
export type Role = (typeof ROLES)[number];

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  passwordHash: text('password_hash').notNull(),
  unitId: uuid('unit_id')
    .notNull()
    .references(() => units.id),
  roles: text('roles').array().$type<Role[]>().notNull(),
  active: boolean('active').notNull().default(true),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  /** Optional second factor (RFC 6238): the secret counts once a first code confirmed it. */
  totpSecret: text('totp_secret'),
  totpEnabledAt: timestamp('totp_enabled_at', { withTimezone: true }),
  /** The last accepted 30-second step: a code is good once. */
  totpLastStep: bigint('totp_last_step', { mode: 'number' }),
  /** Set when an administrator created or reset the account: the first sign-in must change the password. */
  mustChangePassword: boolean('must_change_password').notNull().default(false),
});

/** Server-side sessions; the cookie holds the token, the table its SHA-256. */
export const sessions = pgTable('sessions', {
  tokenHash: text('token_hash').primaryKey(),
  userId: uuid('user_id')
    .notNull()
    .references(() => users.id),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  /** Opened with the demo accounts' published password outside demo mode: only a password change is allowed. */
  mustChangePassword: boolean('must_change_password').notNull().default(false),
});
