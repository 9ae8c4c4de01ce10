// What a data folder or database holds after a crash, read directly (the server is not running).
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows, type DatabaseTarget } from '../../src/db/database.ts';
import { stateDigest } from '../../src/domain/audit/state-digest.ts';

export interface DrawState {
  readonly id: string;
  readonly status: string;
  readonly hasResult: boolean;
  readonly computeEvents: number;
  readonly confirmEvents: number;
}

export interface Snapshot {
  readonly entities: number;
  /** Entities whose name the renamed import file set (it appends （新） to every name). */
  readonly renamed: number;
  readonly imports: number;
  readonly tasks: number;
  readonly draws: readonly DrawState[];
}

type Count = { n: number };

/** Reads the state and asserts what must hold after any crash: every step is whole or absent. */
export async function snapshotAfterCrash(target: DatabaseTarget): Promise<Snapshot> {
  const handle = await openDatabase(target);
  try {
    const db = handle.db;
    const one = async (q: ReturnType<typeof sql>) => (await queryRows<Count>(db, q))[0]!.n;
    const entities = await one(sql`SELECT count(*)::int AS n FROM entities`);
    const distinct = await one(sql`SELECT count(DISTINCT (unit_id, code))::int AS n FROM entities`);
    assert.equal(distinct, entities, 'no entity twice in one directory');
    const renamed = await one(sql`SELECT count(*)::int AS n FROM entities WHERE name LIKE '%（新）'`);
    const imports = await one(sql`SELECT count(*)::int AS n FROM imports`);
    const importEvents = await one(
      sql`SELECT count(*)::int AS n FROM audit_events WHERE action IN ('import.entities', 'import.inspectors')`,
    );
    assert.equal(importEvents, imports, 'one audit event per import record, and no other');
    const pools = await queryRows<{ id: string; pool_size: number; rows: number }>(
      db,
      sql`SELECT t.id, t.pool_size, (SELECT count(*)::int FROM task_entities e WHERE e.task_id = t.id) AS rows
          FROM tasks t`,
    );
    for (const p of pools) assert.equal(p.rows, p.pool_size, `task ${p.id}: the frozen pool is whole`);
    const taskEvents = await one(
      sql`SELECT count(*)::int AS n FROM audit_events WHERE action = 'task.create'`,
    );
    assert.equal(taskEvents, pools.length, 'one audit event per task');
    const draws = await queryRows<DrawState>(
      db,
      sql`SELECT d.id, d.status, d.result IS NOT NULL AS "hasResult",
            (SELECT count(*)::int FROM audit_events a WHERE a.object_id = d.id::text AND a.action = 'draw.compute') AS "computeEvents",
            (SELECT count(*)::int FROM audit_events a WHERE a.object_id = d.id::text AND a.action = 'draw.confirm') AS "confirmEvents"
          FROM draws d`,
    );
    for (const d of draws) {
      const computed = d.status === 'computed' || d.status === 'confirmed';
      assert.equal(d.hasResult, computed, `draw ${d.id} (${d.status}): a result exactly when computed`);
      assert.equal(d.computeEvents, d.hasResult ? 1 : 0, `draw ${d.id}: one compute event per result`);
      assert.equal(d.confirmEvents, d.status === 'confirmed' ? 1 : 0, `draw ${d.id}: one confirm event`);
    }
    const events = await queryRows<{ seq: number; digest: string; data: unknown }>(
      db,
      sql`SELECT seq, digest, data FROM audit_events`,
    );
    const altered = events.filter((e) => stateDigest(e.data) !== e.digest).map((e) => e.seq);
    assert.deepEqual(altered, [], 'every audit event still matches its digest');
    return { entities, renamed, imports, tasks: pools.length, draws };
  } finally {
    await handle.close();
  }
}
