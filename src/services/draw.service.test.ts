import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { onEachDatabase } from '../../test/support/databases.ts';
import {
  makeDrawWorld,
  planInput,
  runCeremony,
  signAs,
  userActor,
  witnessSecret,
  type DrawWorld,
} from '../../test/support/draw-fixture.ts';
import { loginCookie, testApp } from '../../test/support/server.ts';
import { queryRows } from '../db/database.ts';
import { stratifier, type RiskClass } from '../domain/plan/sampling-group.ts';
import type { PlanInput } from './plan.service.ts';
import { planService } from './plan.service.ts';
import { ceremonyService } from './ceremony.service.ts';
import { drawService } from './draw.service.ts';
import { replacementService } from './replacement.service.ts';
import { targetedInspectionService } from './targeted-inspection.service.ts';
import { taskService } from './task.service.ts';
import { ConflictError, ValidationFailedError } from './errors.ts';

const isCode = (code: string) => (err: unknown) => err instanceof ConflictError && err.code === code;
const evidence = [{ fileName: 'a.txt', contentBase64: Buffer.from('证明').toString('base64') }];

onEachDatabase('draw ceremony: exclusions, concurrency, faults', (database) => {
  let w: DrawWorld;
  const db = () => database().db;
  const admin = () => userActor(w.users.admin, w.org.zhian);
  const drawer = () => userActor(w.users.drawer, w.org.zhian);
  const leader = () => userActor(w.users.leader, w.org.district);
  let planNo = 0;
  async function approvedTask(patch: Partial<PlanInput> = {}, round = 1) {
    const unit = patch.unitId === w.org.district.id ? w.org.district : w.org.zhian;
    const creator = userActor(w.users.admin, unit, ['department-admin']);
    const plan = await planService.create(db(), creator, planInput(w, { name: `计划${++planNo}`, ...patch }));
    await planService.approve(db(), leader(), plan.id);
    return taskService.create(db(), userActor(w.users.drawer, unit, ['drawer']), {
      planId: plan.id,
      round,
      drawDate: round === 1 ? '2026-03-16' : '2026-09-16',
    });
  }
  const poolOf = async (taskId: string) =>
    queryRows<{ public_id: string; exclusion: number }>(
      db(),
      sql`SELECT public_id, exclusion FROM task_entities WHERE task_id = ${taskId}`,
    );
  const selected = (d: { result: { strata: readonly { selected: readonly string[] }[] } | null }) =>
    d.result!.strata.flatMap((s) => [...s.selected]);

  test('setup', async () => {
    w = await makeDrawWorld(database());
  });

  test('R-15.2 a draw that cannot be staffed is refused before it starts, and nothing is stored', async () => {
    const joint = await approvedTask({
      unitId: w.org.district.id,
      teams: [
        { unitId: w.org.zhian.id, size: 1 },
        { unitId: w.org.jiaojing.id, size: 1 },
      ],
    });
    const announce = () =>
      drawService.announce(db(), drawer(), joint.id, {
        supervisorUserId: w.users.supervisor.id,
        witnesses: [],
      });
    await assert.rejects(announce(), isCode('too-few-inspectors'));
    const tight = await approvedTask({ maxLoad: 1 });
    await assert.rejects(
      drawService.announce(db(), drawer(), tight.id, {
        supervisorUserId: w.users.supervisor.id,
        witnesses: [],
      }),
      isCode('capacity-too-low'),
    );
    const rows = await queryRows<{ n: number }>(db(), sql`SELECT count(*)::int AS n FROM draws`);
    assert.equal(rows[0]!.n, 0);
  });

  let superiorDraw: Awaited<ReturnType<typeof drawService.get>>;
  let ownDraw: Awaited<ReturnType<typeof drawService.get>>;

  test('R-N.6 two officers starting the same draw at once: exactly one wins', async () => {
    const task = await approvedTask({ unitId: w.org.district.id });
    const start = () =>
      drawService.announce(db(), drawer(), task.id, {
        supervisorUserId: w.users.supervisor.id,
        witnesses: [],
      });
    const outcomes = await Promise.allSettled([start(), start()]);
    assert.equal(outcomes.filter((o) => o.status === 'fulfilled').length, 1);
    const lost = outcomes.find((o) => o.status === 'rejected');
    assert.ok(lost && isCode('draw-in-progress')(lost.reason));
    const winner = outcomes.find((o) => o.status === 'fulfilled')!;
    await drawService.abort(db(), drawer(), winner.value.draw.id, { reason: '演练：重新登记见证人' });
    superiorDraw = await runCeremony(db(), w, task.id);
    assert.equal(superiorDraw.status, 'confirmed');
    assert.match(superiorDraw.drawId, /-D2$/, 'a new attempt is a new draw id');
    const aborted = (await taskService.get(db(), admin(), task.id)).draws.find((d) => d.attempt === 1);
    assert.deepEqual([aborted?.status, aborted?.abortReason], ['aborted', '演练：重新登记见证人']);
  });

  test('R-18.2 an entity the superior level drew this year for the item is excluded with code 2', async () => {
    const task = await approvedTask();
    const pool = await poolOf(task.id);
    for (const id of selected(superiorDraw))
      assert.equal(pool.find((r) => r.public_id === id)?.exclusion, 2, id);
    ownDraw = await runCeremony(db(), w, task.id);
    assert.ok(!selected(ownDraw).some((id) => selected(superiorDraw).includes(id)));
  });

  test('R-N.3 R-4.1 R-N.5 entities at the yearly cap (3) or under a targeted inspection (4) are excluded; last inspectors conflict', async () => {
    const free = w.entities.find(
      (e) => e.status === 'active' && ![...selected(superiorDraw), ...selected(ownDraw)].includes(e.publicId),
    )!;
    const targeted = await targetedInspectionService.record(db(), admin(), {
      reference: 'TS-2026-001',
      entityId: free.id,
      itemId: null,
      reason: 'complaint',
      from: '2026-09-01',
      to: null,
      note: '群众举报',
    });
    await targetedInspectionService.approve(db(), leader(), targeted.id);
    const task = await approvedTask({ yearlyCap: 1, reservePerStratum: 0 }, 2);
    const pool = await poolOf(task.id);
    for (const id of selected(ownDraw)) assert.equal(pool.find((r) => r.public_id === id)?.exclusion, 3, id);
    assert.equal(pool.find((r) => r.public_id === free.publicId)?.exclusion, 4);
    const { conflicts } = await taskService.inspectors(db(), admin(), task.id);
    const team = ownDraw.result!.teams[0]!;
    assert.ok(
      conflicts.some(
        (c) =>
          c.entity === team.entity &&
          c.inspector === team.pools[0]!.inspectors[0] &&
          c.source === 'last-inspector',
      ),
    );

    const drawn = await runCeremony(db(), w, task.id);
    const out = selected(drawn)[0]!;
    await assert.rejects(
      replacementService.apply(db(), drawer(), drawn.id, { kind: 'entity', out, reason: '停业', evidence }),
      isCode('replacement-list-exhausted'),
    );
    assert.deepEqual(await replacementService.list(db(), drawer(), drawn.id), [], 'nothing stored');
  });

  test('R-21.2 evidence whose content is not base64 is refused by name, nothing stored (it was decoded in part and kept)', async () => {
    const out = selected(ownDraw)[0]!;
    const before = await replacementService.list(db(), drawer(), ownDraw.id);
    await assert.rejects(
      replacementService.apply(db(), drawer(), ownDraw.id, {
        kind: 'entity',
        out,
        reason: '停业',
        evidence: [{ fileName: '停业证明.pdf', contentBase64: '!!!notbase64###' }],
      }),
      (err: unknown) =>
        err instanceof ValidationFailedError &&
        JSON.stringify(err.details).includes('evidence-not-base64') &&
        /不是有效的 base64 编码/.test(JSON.stringify(err.details)),
    );
    assert.deepEqual(await replacementService.list(db(), drawer(), ownDraw.id), before);
  });

  test('R-21.2 a second application to replace the same member while the first is pending is refused (application-pending)', async () => {
    const out = selected(ownDraw)[2]!;
    const apply = () =>
      replacementService.apply(db(), drawer(), ownDraw.id, { kind: 'entity', out, reason: '停业', evidence });
    const first = await apply();
    await assert.rejects(apply(), isCode('application-pending'));
    await replacementService.reject(db(), leader(), first.id, '理由不充分');
    const again = await apply();
    await replacementService.reject(db(), leader(), again.id, '理由不充分');
  });

  test('R-21.2 a change without the leader’s approval changes nothing; a rejected one never applies', async () => {
    const out = selected(ownDraw)[0]!;
    const app = await replacementService.apply(db(), drawer(), ownDraw.id, {
      kind: 'entity',
      out,
      reason: '停业',
      evidence,
    });
    await assert.rejects(
      replacementService.approve(db(), drawer(), app.id, ''),
      (err: unknown) => (err as { code?: string }).code === 'forbidden',
    );
    await replacementService.reject(db(), leader(), app.id, '理由不充分');
    assert.deepEqual((await drawService.get(db(), admin(), ownDraw.id)).replacements, []);
    const team = ownDraw.result!.teams[0]!;
    const inspectorApp = await replacementService.apply(db(), drawer(), ownDraw.id, {
      kind: 'inspector',
      entity: team.entity,
      pool: 'LH-ZA',
      out: team.pools[0]!.inspectors[0]!,
      reason: '因病请假',
      evidence,
    });
    const { replacement } = await replacementService.approve(db(), leader(), inspectorApp.id, '同意');
    assert.equal(replacement.in, team.pools[0]!.reserve[0]);
  });

  test('R-21.2 lists show only draws and applications in the caller’s jurisdiction; names cover entities replaced out', async () => {
    const out = selected(ownDraw)[1]!;
    const app = await replacementService.apply(db(), drawer(), ownDraw.id, {
      kind: 'entity',
      out,
      reason: '停业',
      evidence,
    });
    const { replacement } = await replacementService.approve(db(), leader(), app.id, '同意');
    const detail = await drawService.get(db(), admin(), ownDraw.id);
    assert.ok(detail.names.entities[out], 'the entity replaced out is named');
    assert.ok(detail.names.entities[replacement.in as string], 'the incoming entity is named');

    const mine = await drawService.list(db(), admin(), {});
    assert.ok(mine.some((d) => d.id === ownDraw.id) && mine.some((d) => d.id === superiorDraw.id));
    assert.deepEqual(
      mine.map((d) => d.createdAt),
      mine
        .map((d) => d.createdAt)
        .sort()
        .reverse(),
      'newest first',
    );
    const byTask = await drawService.list(db(), admin(), { taskId: detail.taskId, status: 'confirmed' });
    assert.deepEqual(
      byTask.map((d) => d.id),
      [ownDraw.id],
    );
    const sibling = userActor(w.users.admin, w.org.jiaojing, ['department-admin']);
    const seen = await drawService.list(db(), sibling, {});
    assert.ok(!seen.some((d) => d.id === ownDraw.id) && seen.some((d) => d.id === superiorDraw.id));

    const rejected = await replacementService.listAll(db(), admin(), { status: 'rejected' });
    assert.ok(rejected.length > 0 && rejected.every((a) => a.status === 'rejected'));
    const approved = await replacementService.listAll(db(), admin(), { status: 'approved' });
    assert.ok(approved.some((a) => a.id === app.id));
    assert.deepEqual(await replacementService.listAll(db(), sibling), []);
  });

  test('R-N.6 a crash between reveal and confirmation leaves a draw that is resumed on a new server; two confirmations: one wins', async () => {
    const task = await approvedTask({ name: '恢复演练' }, 2);
    const revealed = await runCeremony(db(), w, task.id, 'revealed');
    assert.equal(revealed.status, 'revealed');
    const app = await testApp(database());
    const cookie = await loginCookie(app, w.users.drawer.username);
    const res = await app.inject({
      method: 'POST',
      url: `/api/admin/draws/${revealed.id}/compute`,
      headers: { cookie },
    });
    assert.equal(res.statusCode, 200, res.body);
    const computed = res.json<{ draw: { statementDigest: string } }>().draw;
    const sign = (
      who: typeof w.users.drawer,
      unit: typeof w.org.zhian,
      role: 'drawer' | 'supervisor' | 'witness',
      witness?: string,
    ) => signAs(db(), userActor(who, unit), revealed.id, role, witness, computed.statementDigest);
    await sign(w.users.drawer, w.org.zhian, 'drawer');
    await sign(w.users.supervisor, w.org.district, 'supervisor');
    await sign(w.users.media, w.org.district, 'witness', 'W1');
    const outcomes = await Promise.allSettled([
      drawService.confirm(db(), drawer(), revealed.id),
      drawService.confirm(db(), drawer(), revealed.id),
    ]);
    assert.equal(outcomes.filter((o) => o.status === 'fulfilled').length, 1);
    const lost = outcomes.find((o) => o.status === 'rejected');
    assert.ok(
      lost && (isCode('draw-state-changed')(lost.reason) || isCode('draw-confirmed')(lost.reason)),
      String(lost?.status === 'rejected' && lost.reason),
    );
    await app.close();
  });

  test('R-N.6 a reveal by someone not registered, or a second commitment, is refused', async () => {
    const task = await approvedTask({ name: '拒绝演练' });
    const { draw } = await drawService.announce(db(), drawer(), task.id, {
      supervisorUserId: w.users.supervisor.id,
      witnesses: [],
    });
    const s = witnessSecret(draw.suite, draw.drawId, 'supervisor');
    await assert.rejects(
      ceremonyService.commit(db(), drawer(), draw.id, 'supervisor', s.commit),
      (err: unknown) => (err as { code?: string }).code === 'not-a-signer',
    );
    const supervisor = userActor(w.users.supervisor, w.org.district);
    await ceremonyService.commit(db(), supervisor, draw.id, 'supervisor', s.commit);
    await assert.rejects(
      ceremonyService.commit(db(), supervisor, draw.id, 'supervisor', s.commit),
      isCode('draw-wrong-state'),
    );
    await assert.rejects(drawService.compute(db(), drawer(), draw.id), isCode('draw-wrong-state'));
  });

  test('R-9.2 R-N.6 issue 12.2 the freeze statement gives every record the stratum of the plan’s stratifier, a regional override included', async () => {
    const rates = [...planInput(w).rates, { riskClass: 'C' as const, regionCode: '150821', percent: 30 }];
    const task = await approvedTask({ rates });
    const rows = await queryRows<{ stratum: string; region: string; risk: RiskClass; key: boolean }>(
      db(),
      sql`SELECT te.stratum, e.region_code AS region, e.risk_class AS risk, cardinality(e.risk_flags) > 0 AS key
          FROM task_entities te JOIN entities e ON e.id = te.entity_id WHERE te.task_id = ${task.id}`,
    );
    const strat = stratifier(rates.map((r) => ({ ...r, rateBp: r.percent * 100 })));
    assert.equal(rows.length, task.poolSize);
    assert.ok(
      rows.some((r) => r.stratum === '150821/G3-150821'),
      'the override has its own stratum',
    );
    assert.ok(
      rows.some((r) => r.stratum === '150802/G3'),
      'other regions keep the class group',
    );
    for (const r of rows) assert.equal(r.stratum, strat.stratumOf(r.region, r.risk, r.key ? ['other'] : []));
  });
});
