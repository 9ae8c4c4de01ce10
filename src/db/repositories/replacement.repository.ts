import { and, desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../database.ts';
import { draws, replacementApplications, replacementEvidence, tasks, units } from '../schema/index.ts';
import { inUnitSubtree } from './unit-year-scope.ts';

export type ApplicationRow = typeof replacementApplications.$inferSelect;
export type EvidenceRow = typeof replacementEvidence.$inferSelect;

export const replacementRepository = {
  async insert(
    db: Executor,
    row: typeof replacementApplications.$inferInsert,
    evidence: readonly Omit<typeof replacementEvidence.$inferInsert, 'applicationId'>[],
  ) {
    const [app] = await db.insert(replacementApplications).values(row).returning();
    if (evidence.length)
      await db.insert(replacementEvidence).values(evidence.map((e) => ({ ...e, applicationId: app!.id })));
    return app!;
  },

  async get(db: Executor, id: string): Promise<ApplicationRow | undefined> {
    const [row] = await db.select().from(replacementApplications).where(eq(replacementApplications.id, id));
    return row;
  },

  async byDraw(db: Executor, drawId: string): Promise<ApplicationRow[]> {
    return db
      .select()
      .from(replacementApplications)
      .where(eq(replacementApplications.drawId, drawId))
      .orderBy(replacementApplications.createdAt);
  },

  /** Applications of every draw with the task unit's path (for the jurisdiction filter), newest first. */
  async list(db: Executor, f: { status?: ApplicationRow['status']; unitId?: string; year?: number }) {
    return db
      .select({ app: replacementApplications, unitPath: units.path })
      .from(replacementApplications)
      .innerJoin(draws, eq(draws.id, replacementApplications.drawId))
      .innerJoin(tasks, eq(tasks.id, draws.taskId))
      .innerJoin(units, eq(units.id, tasks.unitId))
      .where(
        and(
          f.status ? eq(replacementApplications.status, f.status) : undefined,
          f.unitId ? inUnitSubtree(tasks.unitId, f.unitId) : undefined,
          // The dashboard counts an application in the Beijing year it was made.
          f.year
            ? sql`extract(year FROM ${replacementApplications.createdAt} AT TIME ZONE 'Asia/Shanghai') = ${f.year}`
            : undefined,
        ),
      )
      .orderBy(desc(replacementApplications.createdAt));
  },

  /** Evidence without its bytes, for lists. */
  async evidenceList(db: Executor, applicationId: string) {
    return db
      .select({
        index: replacementEvidence.index,
        fileName: replacementEvidence.fileName,
        size: replacementEvidence.size,
        sha256: replacementEvidence.sha256,
      })
      .from(replacementEvidence)
      .where(eq(replacementEvidence.applicationId, applicationId))
      .orderBy(replacementEvidence.index);
  },

  async evidence(db: Executor, applicationId: string, index: number): Promise<EvidenceRow | undefined> {
    const [row] = await db
      .select()
      .from(replacementEvidence)
      .where(and(eq(replacementEvidence.applicationId, applicationId), eq(replacementEvidence.index, index)));
    return row;
  },

  /** Conditional: only a pending application is decided. */
  async decide(
    db: Executor,
    id: string,
    patch: {
      status: 'approved' | 'rejected';
      approverId: string | null;
      approverName: string;
      note: string | null;
    },
  ): Promise<boolean> {
    const rows = await db
      .update(replacementApplications)
      .set({ ...patch, decidedAt: new Date() })
      .where(and(eq(replacementApplications.id, id), eq(replacementApplications.status, 'pending')))
      .returning({ id: replacementApplications.id });
    return rows.length === 1;
  },
};
