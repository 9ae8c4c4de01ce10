import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { queryRows } from '../db/database.ts';
import { onEachDatabase } from '../../test/support/databases.ts';
import {
  at,
  confirmedDraw,
  PNG,
  refused,
  type ConfirmedDraw,
} from '../../test/support/inspection-fixture.ts';
import { reportAwaitingReview } from '../../test/support/report-fixture.ts';
import { userActor } from '../../test/support/draw-fixture.ts';
import { actorAt } from '../../test/support/fixtures.ts';
import { assessmentService } from './assessment.service.ts';
import { inspectionReportService } from './inspection-report.service.ts';
import { replacementService } from './replacement.service.ts';
import { taskService } from './task.service.ts';

const DEC_1 = at('2026-12-01');

onEachDatabase('assessment dashboard figures', (database) => {
  let c: ConfirmedDraw;
  let poolSize: number;
  let selected: number;
  const db = () => database().db;
  const figures = (actor = c.leader, q = {}, now = DEC_1) => assessmentService.figures(db(), actor, q, now);

  test('setup: three inspected entities, two approved, one published, one change applied for', async () => {
    c = await confirmedDraw(database(), 'inspector-as');
    const ids = [];
    for (const n of [0, 1, 2]) ids.push(await reportAwaitingReview(db(), c, n));
    for (const id of ids.slice(0, 2))
      await inspectionReportService.act(
        db(),
        c.leader,
        id,
        { type: 'approve', opinion: null },
        at('2026-11-24'),
      );
    await inspectionReportService.act(
      db(),
      c.leader,
      ids[0]!,
      { type: 'publish', privacyApproval: false },
      at('2026-11-25'),
    );
    const drawer = userActor(c.w.users.drawer, c.w.org.zhian);
    await taskService.create(db(), drawer, { planId: c.planId, round: 2, drawDate: '2026-11-25' });
    const [row] = await queryRows<{ pool_size: number; selected: number }>(
      db(),
      sql`SELECT t.pool_size, (SELECT sum(jsonb_array_length(s->'selected'))::int
            FROM jsonb_array_elements(d.result->'strata') s) AS selected
          FROM draws d JOIN tasks t ON t.id = d.task_id WHERE d.id = ${c.drawId}`,
    );
    ({ pool_size: poolSize, selected } = row!);
    const [first] = await queryRows<{ s: string }>(
      db(),
      sql`SELECT d.result->'strata'->0->'selected'->>0 AS s FROM draws d WHERE d.id = ${c.drawId}`,
    );
    await replacementService.apply(db(), drawer, c.drawId, {
      kind: 'entity',
      out: first!.s,
      reason: '经营场所已停业',
      evidence: [{ fileName: '停业证明.png', contentBase64: PNG.toString('base64') }],
    });
  });

  test('R-27.1 plan completion, ratio and rounds against the plan and the 2 %/2-round floor', async () => {
    const f = await figures();
    assert.deepEqual(f.floor, { rateBp: 200, rounds: 2 });
    assert.equal(f.plans.length, 1);
    const p = f.plans[0]!;
    assert.equal(p.planId, c.planId);
    assert.equal(p.roundsPlanned, 2);
    assert.equal(p.roundsDrawn, 1);
    assert.equal(p.roundsDue, 2, 'both round windows closed by 1 December');
    assert.equal(p.plannedRateBp, 500, 'the lowest rate of the plan: class A, 5 %');
    assert.equal(p.directory, poolSize);
    assert.equal(p.drawn, selected);
    assert.equal(p.inspected, 3);
    assert.equal(p.achievedBp, Math.floor(30_000 / poolSize));
    assert.equal(p.completionPercent, Math.floor(300 / selected));
    assert.equal(p.meetsFloor, false, 'one round drawn of the two the floor requires');
    assert.equal(p.overdueTasks, 1, 'round 2 was due on 25 November and is not drawn');
    assert.equal(p.flag, 'red');
    assert.deepEqual(f.joint, { tasks: 2, joint: 0 });
    assert.equal(f.totals.belowFloor, 1);
    assert.equal(
      f.totals.overdueRounds,
      1,
      'round 2: its window closed and its task’s date passed, counted once',
    );
  });

  test('R-27.1 share by result code, publication timeliness, changes and workload', async () => {
    const f = await figures();
    assert.deepEqual(
      f.resultCodes.map((r) => [r.code, r.count]),
      [['no-problem', 2]],
    );
    assert.match(f.resultCodes[0]!.label, /未发现/);
    assert.equal(f.timeliness.approved, 2);
    assert.equal(f.timeliness.onTime, 1);
    assert.equal(f.timeliness.late, 0);
    assert.equal(f.timeliness.pending, 1);
    assert.equal(f.timeliness.flag, null);
    const later = await figures(c.leader, {}, at('2026-12-21'));
    assert.equal(
      later.timeliness.dueSoon + later.timeliness.overdue,
      1,
      'the unpublished one is near or past',
    );
    assert.notEqual(later.timeliness.flag, null);
    assert.deepEqual(
      { total: f.changes.total, pending: f.changes.pending, entity: f.changes.entity },
      { total: 1, pending: 1, entity: 1 },
    );
    assert.deepEqual(f.changes.reasons, [{ reason: '经营场所已停业', count: 1 }]);
    assert.equal(
      f.workload.reduce((n, w) => n + w.records, 0),
      6,
      'three records with two inspectors each',
    );
    const year = f.coverage.find((y) => y.year === 2026)!;
    assert.deepEqual(year, { year: 2026, directory: poolSize, inspected: 3 });
  });

  test('R-27.1 a period outside the work shows nothing; a reversed period is refused', async () => {
    const f = await figures(c.leader, { year: 2025 });
    assert.equal(f.plans.length, 0);
    assert.equal(f.timeliness.approved, 0);
    assert.deepEqual(await refused(figures(c.leader, { from: '2026-12-01', to: '2026-01-01' })), [
      'validation-failed',
      'period-reversed',
    ]);
  });

  test('R-27.1 jurisdiction: a superior sees its subordinates, a sibling department sees nothing of the other', async () => {
    const district = await figures(c.leader);
    const zhian = district.subordinates.find((s) => s.unitId === c.w.org.zhian.id)!;
    assert.deepEqual(
      {
        plans: zhian.plans,
        roundsDrawn: zhian.roundsDrawn,
        inspections: zhian.inspections,
        onTime: zhian.onTime,
      },
      { plans: 1, roundsDrawn: 1, inspections: 3, onTime: 1 },
    );
    const jj = district.subordinates.find((s) => s.unitId === c.w.org.jiaojing.id)!;
    assert.equal(jj.plans + jj.inspections, 0);
    const city = await figures(actorAt(c.w.org.city, 'auditor'), { unitId: c.w.org.district.id });
    assert.equal(city.plans.length, 1, 'the city bureau reads the district below it');
    const sibling = actorAt(c.w.org.jiaojing, 'leader');
    assert.equal((await figures(sibling)).plans.length, 0);
    assert.deepEqual(await refused(figures(sibling, { departmentId: c.w.org.zhian.id })), ['not-found']);
    const other = actorAt(c.w.org.otherDistrict, 'leader');
    assert.deepEqual(await refused(figures(other, { unitId: c.w.org.district.id })), ['not-found']);
    assert.deepEqual(
      await refused(figures(c.admin, { unitId: c.w.org.district.id })),
      ['not-found'],
      'a department does not read its superior',
    );
  });
});
