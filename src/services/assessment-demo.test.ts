import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { onEachDatabase } from '../../test/support/databases.ts';
import { queryRows } from '../db/database.ts';
import { assessmentService } from './assessment.service.ts';
import { seedDemoIfEmpty } from './demo.service.ts';
import { demoActors, type DemoActors } from './demo/demo-actors.ts';

// The dashboard over the demo cycle equals what plain SQL over the same tables counts (issue 11, "Done when").
onEachDatabase('assessment figures over the demo data', (database) => {
  let a: DemoActors;
  const db = () => database().db;
  const count = async (query: ReturnType<typeof sql>) => (await queryRows<{ n: number }>(db(), query))[0]!.n;

  test('setup: the demo seed', { timeout: 180_000 }, async () => {
    await seedDemoIfEmpty(database());
    a = await demoActors(db());
  });

  test('R-27.1 the leader’s 2026 figures equal direct counts over the demo tables', async () => {
    const f = await assessmentService.figures(db(), a.leader, { year: 2026 });
    const inspected = await count(
      sql`SELECT count(DISTINCT entity_id)::int AS n FROM inspection_records WHERE status = 'submitted' AND basis = 'random'`,
    );
    assert.ok(inspected >= 7, `the demo inspects its hotels (${inspected})`);
    assert.equal(f.totals.inspected, inspected);
    const codes = await queryRows<{ code: string; n: number }>(
      db(),
      sql`SELECT rep.result_code AS code, count(*)::int AS n FROM inspection_reviews v
          JOIN inspection_reports rep ON rep.id = v.report_id
          WHERE v.status IN ('approved', 'published') GROUP BY 1 ORDER BY 2 DESC, 1`,
    );
    assert.deepEqual(
      f.resultCodes.map((r) => ({ code: r.code, n: r.count })),
      codes,
    );
    assert.equal(
      f.timeliness.onTime,
      await count(sql`SELECT count(*)::int AS n FROM inspection_reviews WHERE published_on <= deadline`),
    );
    assert.equal(f.timeliness.onTime, 5, 'the demo publishes five results, all on time');
    assert.equal(
      f.changes.approved,
      await count(sql`SELECT count(*)::int AS n FROM replacement_applications WHERE status = 'approved'`),
    );
    assert.equal(f.changes.approved, 1);
    assert.equal(
      f.workload.reduce((n, w) => n + w.records, 0),
      await count(
        sql`SELECT coalesce(sum(jsonb_array_length(inspectors)), 0)::int AS n FROM inspection_records WHERE status = 'submitted'`,
      ),
    );
    const plan = f.plans.find((p) => p.code === 'LH-ZA-001' || p.code.startsWith('LH-ZA'))!;
    assert.equal(plan.roundsDrawn, 1);
    assert.equal(
      plan.directory,
      await count(sql`SELECT max(pool_size)::int AS n FROM tasks WHERE plan_id = ${plan.planId}`),
    );
  });
});
