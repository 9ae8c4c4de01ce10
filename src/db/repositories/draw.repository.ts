import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../database.ts';
import { drawParticipants, draws, drawReplacements, tasks, units } from '../schema/index.ts';

export type DrawRow = typeof draws.$inferSelect;
export type NewDraw = Omit<typeof draws.$inferInsert, 'id' | 'createdAt'>;
export type ParticipantRow = typeof drawParticipants.$inferSelect;
export type DrawStatus = DrawRow['status'];

export const drawRepository = {
  async insert(db: Executor, row: NewDraw): Promise<DrawRow> {
    const [out] = await db.insert(draws).values(row).returning();
    return out!;
  },

  async insertParticipants(
    db: Executor,
    rows: readonly (typeof drawParticipants.$inferInsert)[],
  ): Promise<void> {
    await db.insert(drawParticipants).values([...rows]);
  },

  async get(db: Executor, id: string) {
    const [row] = await db
      .select({ draw: draws, task: tasks, unitPath: units.path })
      .from(draws)
      .innerJoin(tasks, eq(tasks.id, draws.taskId))
      .innerJoin(units, eq(units.id, tasks.unitId))
      .where(eq(draws.id, id));
    return row;
  },

  /** Every draw with its task and the task unit's path (for the jurisdiction filter), newest first. */
  async list(db: Executor, filter: { readonly status?: DrawStatus; readonly taskId?: string }) {
    return db
      .select({ draw: draws, task: tasks, unitPath: units.path })
      .from(draws)
      .innerJoin(tasks, eq(tasks.id, draws.taskId))
      .innerJoin(units, eq(units.id, tasks.unitId))
      .where(
        and(
          filter.status ? eq(draws.status, filter.status) : undefined,
          filter.taskId ? eq(draws.taskId, filter.taskId) : undefined,
        ),
      )
      .orderBy(desc(draws.createdAt), desc(draws.attempt));
  },

  async byDrawId(db: Executor, drawId: string) {
    const [row] = await db.select({ id: draws.id }).from(draws).where(eq(draws.drawId, drawId));
    return row?.id;
  },

  /** Locks the draw row for the rest of the transaction: ceremony steps on one draw run one at a time. */
  async lock(db: Executor, id: string): Promise<DrawRow | undefined> {
    const [row] = await db.select().from(draws).where(eq(draws.id, id)).for('update');
    return row;
  },

  async byTask(db: Executor, taskId: string): Promise<DrawRow[]> {
    return db.select().from(draws).where(eq(draws.taskId, taskId)).orderBy(asc(draws.attempt));
  },

  async attempts(db: Executor, taskId: string): Promise<number> {
    const [row] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(draws)
      .where(eq(draws.taskId, taskId));
    return row?.n ?? 0;
  },

  /** Conditional transition: zero rows means someone else changed the state first. */
  async transition(
    db: Executor,
    id: string,
    from: DrawStatus,
    patch: Partial<typeof draws.$inferInsert> & { status: DrawStatus },
  ): Promise<boolean> {
    const rows = await db
      .update(draws)
      .set(patch)
      .where(and(eq(draws.id, id), eq(draws.status, from)))
      .returning({ id: draws.id });
    return rows.length === 1;
  },

  async participants(db: Executor, drawIds: readonly string[]): Promise<ParticipantRow[]> {
    if (drawIds.length === 0) return [];
    return db
      .select()
      .from(drawParticipants)
      .where(inArray(drawParticipants.drawId, [...drawIds]))
      .orderBy(drawParticipants.drawId, drawParticipants.witness);
  },

  async participantByCode(db: Executor, codeHash: string): Promise<ParticipantRow | undefined> {
    const [row] = await db.select().from(drawParticipants).where(eq(drawParticipants.codeHash, codeHash));
    return row;
  },

  /** A code witness's signing key is fixed with its commitment (issue 10.4). */
  async setCommit(
    db: Executor,
    participantId: string,
    commit: string,
    key?: { scheme: 'ed25519' | 'sm2'; publicKey: string },
  ): Promise<boolean> {
    const rows = await db
      .update(drawParticipants)
      .set({
        commit,
        committedAt: new Date(),
        ...(key && { signatureScheme: key.scheme, publicKey: key.publicKey }),
      })
      .where(and(eq(drawParticipants.id, participantId), isNull(drawParticipants.commit)))
      .returning({ id: drawParticipants.id });
    return rows.length === 1;
  },

  async setNonce(db: Executor, participantId: string, nonce: string): Promise<boolean> {
    const rows = await db
      .update(drawParticipants)
      .set({ nonce, revealedAt: new Date() })
      .where(and(eq(drawParticipants.id, participantId), isNull(drawParticipants.nonce)))
      .returning({ id: drawParticipants.id });
    return rows.length === 1;
  },

  async setSignature(
    db: Executor,
    participantId: string,
    statementDigest: string,
    sig?: { scheme: 'ed25519' | 'sm2'; publicKey: string; signature: string },
  ): Promise<boolean> {
    const rows = await db
      .update(drawParticipants)
      .set({
        statementDigest,
        signedAt: new Date(),
        ...(sig && { signatureScheme: sig.scheme, publicKey: sig.publicKey, signature: sig.signature }),
      })
      .where(and(eq(drawParticipants.id, participantId), isNull(drawParticipants.signedAt)))
      .returning({ id: drawParticipants.id });
    return rows.length === 1;
  },

  /** The number of replacements of every draw that has any, in one query. */
  async replacementCounts(db: Executor): Promise<Map<string, number>> {
    const rows = await db
      .select({ drawId: drawReplacements.drawId, n: sql<number>`count(*)::int` })
      .from(drawReplacements)
      .groupBy(drawReplacements.drawId);
    return new Map(rows.map((r) => [r.drawId, Number(r.n)]));
  },

  async replacements(db: Executor, drawId: string) {
    return db
      .select()
      .from(drawReplacements)
      .where(eq(drawReplacements.drawId, drawId))
      .orderBy(drawReplacements.seq);
  },

  async insertReplacement(db: Executor, row: typeof drawReplacements.$inferInsert): Promise<void> {
    await db.insert(drawReplacements).values(row);
  },

  async confirmed(db: Executor) {
    return db
      .select({ draw: draws, task: tasks })
      .from(draws)
      .innerJoin(tasks, eq(tasks.id, draws.taskId))
      .where(eq(draws.status, 'confirmed'))
      .orderBy(desc(draws.confirmedAt));
  },
};

/** The system witness reveals the nonce it stored at announce. */
export async function markRevealed(db: Executor, participantId: string): Promise<void> {
  await db
    .update(drawParticipants)
    .set({ revealedAt: new Date() })
    .where(eq(drawParticipants.id, participantId));
}
