import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../database.ts';
import { accountKeys } from '../schema/index.ts';

export type AccountKeyRow = typeof accountKeys.$inferSelect;

/** Officers' signing keys (issue 10.4): inserted, revoked once, never deleted (trigger). */
export const accountKeyRepository = {
  async insert(db: Executor, row: Omit<typeof accountKeys.$inferInsert, 'id' | 'createdAt' | 'revokedAt'>) {
    const [out] = await db.insert(accountKeys).values(row).onConflictDoNothing().returning();
    return out;
  },

  async byUser(db: Executor, userId: string): Promise<AccountKeyRow[]> {
    return db
      .select()
      .from(accountKeys)
      .where(eq(accountKeys.userId, userId))
      .orderBy(desc(accountKeys.createdAt));
  },

  async byPublicKey(db: Executor, publicKey: string): Promise<AccountKeyRow | undefined> {
    const [row] = await db.select().from(accountKeys).where(eq(accountKeys.publicKey, publicKey));
    return row;
  },

  async revoke(db: Executor, userId: string, id: string): Promise<boolean> {
    const rows = await db
      .update(accountKeys)
      .set({ revokedAt: new Date() })
      .where(and(eq(accountKeys.id, id), eq(accountKeys.userId, userId), isNull(accountKeys.revokedAt)))
      .returning({ id: accountKeys.id });
    return rows.length === 1;
  },
};
