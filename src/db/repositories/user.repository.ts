import { and, eq, gt, isNull, lt, ne, or } from 'drizzle-orm';
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

  async setTotp(
    db: Executor,
    userId: string,
    totp: { secret: string | null; enabledAt: Date | null; lastStep: number | null },
  ): Promise<void> {
    await db
      .update(users)
      .set({ totpSecret: totp.secret, totpEnabledAt: totp.enabledAt, totpLastStep: totp.lastStep })
      .where(eq(users.id, userId));
  },

  /** Records a used step; false when that step (or a later one) was used already: a replayed code. */
  async useTotpStep(db: Executor, userId: string, step: number): Promise<boolean> {
    const rows = await db
      .update(users)
      .set({ totpLastStep: step })
      .where(and(eq(users.id, userId), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
      .returning({ id: users.id });
    return rows.length === 1;
  },

  /** The session that changed the password may do everything again. */
  async passwordChanged(db: Executor, tokenHash: string): Promise<void> {
    await db.update(sessions).set({ mustChangePassword: false }).where(eq(sessions.tokenHash, tokenHash));
  },

  async deleteSession(db: Executor, tokenHash: string): Promise<void> {
    await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
  },

  /** `mustChange`: an administrator set it, so the next sign-in must choose a new one (issue 10.5). */
  async setPassword(db: Executor, userId: string, passwordHash: string, mustChange = false): Promise<void> {
    await db.update(users).set({ passwordHash, mustChangePassword: mustChange }).where(eq(users.id, userId));
  },

  async setActive(db: Executor, id: string, active: boolean): Promise<UserRow> {
    const [row] = await db.update(users).set({ active }).where(eq(users.id, id)).returning();
    return row!;
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
