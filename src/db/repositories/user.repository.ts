import { and, eq, gt, lt, ne } from 'drizzle-orm';
import type { Executor } from '../database.ts';
import { sessions, units, users } from '../schema/index.ts';

export type UserRow = typeof users.$inferSelect;
export type NewUser = Omit<typeof users.$inferInsert, 'id' | 'createdAt'>;

export const userRepository = {
  async insert(db: Executor, user: NewUser): Promise<UserRow> {
    const [row] = await db.insert(users).values(user).returning();
    return row!;
  },

  async byUsername(db: Executor, username: string): Promise<UserRow | undefined> {
    const [row] = await db.select().from(users).where(eq(users.username, username));
    return row;
  },

  async createSession(
    db: Executor,
    tokenHash: string,
    userId: string,
    expiresAt: Date,
    mustChangePassword = false,
  ): Promise<void> {
    await db.insert(sessions).values({ tokenHash, userId, expiresAt, mustChangePassword });
  },

  /** The session that changed the password may do everything again. */
  async passwordChanged(db: Executor, tokenHash: string): Promise<void> {
    await db.update(sessions).set({ mustChangePassword: false }).where(eq(sessions.tokenHash, tokenHash));
  },

  async deleteSession(db: Executor, tokenHash: string): Promise<void> {
    await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
  },

  async setPassword(db: Executor, userId: string, passwordHash: string): Promise<void> {
    await db.update(users).set({ passwordHash }).where(eq(users.id, userId));
  },

  /** Signs the user out everywhere; `keep` spares the session making the request. */
  async deleteSessionsOf(db: Executor, userId: string, keep?: string): Promise<void> {
    await db
      .delete(sessions)
      .where(and(eq(sessions.userId, userId), keep ? ne(sessions.tokenHash, keep) : undefined));
  },

  async setRoles(db: Executor, id: string, roles: UserRow['roles']): Promise<UserRow> {
    const [row] = await db.update(users).set({ roles }).where(eq(users.id, id)).returning();
    return row!;
  },

  async active(db: Executor): Promise<UserRow[]> {
    return db.select().from(users).where(eq(users.active, true));
  },

  async byId(db: Executor, id: string): Promise<UserRow | undefined> {
    const [row] = await db.select().from(users).where(eq(users.id, id));
    return row;
  },

  async deleteExpiredSessions(db: Executor, now: Date): Promise<void> {
    await db.delete(sessions).where(lt(sessions.expiresAt, now));
  },

  /** The live session's user with the unit path needed for access checks. */
  async bySession(db: Executor, tokenHash: string, now: Date) {
    const [row] = await db
      .select({ user: users, unit: units, mustChangePassword: sessions.mustChangePassword })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .innerJoin(units, eq(units.id, users.unitId))
      .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now), eq(users.active, true)));
    return row;
  },
};
