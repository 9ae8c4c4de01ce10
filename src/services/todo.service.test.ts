import { test } from 'node:test';
import assert from 'node:assert/strict';
import { onEachDatabase } from '../../test/support/databases.ts';
import { at, confirmedDraw, type ConfirmedDraw } from '../../test/support/inspection-fixture.ts';
import { reportAwaitingReview } from '../../test/support/report-fixture.ts';
import { runCeremony, userActor } from '../../test/support/draw-fixture.ts';
import { inspectionReportService } from './inspection-report.service.ts';
import { inspectionService } from './inspection.service.ts';
import { taskService } from './task.service.ts';
import { todoService } from './todo.service.ts';
import type { Actor } from './actor.ts';

onEachDatabase('the home page to-do list', (database) => {
  let c: ConfirmedDraw;
  let round2: string;
  const db = () => database().db;
  const kinds = async (actor: Actor, day = '2026-12-01') =>
    Object.fromEntries(
      (await todoService.list(db(), actor, at(day))).groups.map((g) => [
        g.kind,
        g.items.map((i) => `${i.label}|${i.flag ?? ''}`),
      ]),
    );

  test('setup: one report awaiting review, one approved unpublished, round 2 due, a draft record', async () => {
    c = await confirmedDraw(database(), 'inspector-todo');
    await reportAwaitingReview(db(), c, 0);
    const approved = await reportAwaitingReview(db(), c, 1);
    await inspectionReportService.act(
      db(),
      c.leader,
      approved,
      { type: 'approve', opinion: null },
      at('2026-11-24'),
    );
    const drawer = userActor(c.w.users.drawer, c.w.org.zhian);
    round2 = (await taskService.create(db(), drawer, { planId: c.planId, round: 2, drawDate: '2026-11-25' }))
      .id;
    const third = (await inspectionService.drawEntities(db(), c.inspector, c.drawId))[2]!;
    await inspectionService.create(db(), c.inspector, {
      drawId: c.drawId,
      entityId: third.entity.id,
      itemId: c.w.itemId,
      methods: ['on-site'],
    });
  });

  test('R-27.1 a leader sees reports awaiting review and results to publish', async () => {
    const list = await kinds(c.leader);
    assert.equal(list.review?.length, 1);
    assert.equal(list.publish?.length, 1);
    assert.equal(list.task, undefined, 'drawing is not the leader’s work');
  });

  test('R-27.1 issue 11.2 review and publication rows name the item by its name, the code beside it', async () => {
    const { groups } = await todoService.list(db(), c.leader, at('2026-12-01'));
    const rows = groups.filter((g) => g.kind === 'review' || g.kind === 'publish').flatMap((g) => g.items);
    assert.equal(rows.length, 2);
    for (const r of rows) {
      assert.equal(r.detail, '旅馆业治安管理检查', 'the name of the version checked, not the code');
      assert.match(r.code ?? '', /^[A-Z]+-[A-Z]+-\d+$/);
    }
    const [record] = (await todoService.list(db(), c.inspector, at('2026-12-01'))).groups[0]!.items;
    assert.equal(record!.detail, '旅馆业治安管理检查');
  });

  test('R-27.1 a drawer sees the task whose draw date has passed (red) and nothing to review', async () => {
    const list = await kinds(userActor(c.w.users.drawer, c.w.org.zhian));
    assert.deepEqual(Object.keys(list), ['task']);
    assert.equal(list.task!.length, 1);
    assert.match(list.task![0]!, /\|red$/);
  });

  test('R-27.1 a department administrator sees publications by their deadline, yellow when near', async () => {
    const admin = c.admin;
    const now = await todoService.list(db(), admin, at('2026-12-01'));
    const publish = now.groups.find((g) => g.kind === 'publish')!.items[0]!;
    assert.ok(publish.due! > '2026-12-10', `20 working days after 24 November: ${publish.due}`);
    assert.equal(publish.flag, null);
    const dayBefore = new Date(Date.parse(`${publish.due}T00:00:00Z`) - 86_400_000)
      .toISOString()
      .slice(0, 10);
    const near = await kinds(admin, dayBefore);
    assert.match(near.publish![0]!, /\|yellow$/);
    const after = await kinds(admin, '2027-01-31');
    assert.match(after.publish![0]!, /\|red$/);
    assert.ok(near.review && near.task, 'a department administrator reviews and creates tasks too');
  });

  test('R-27.1 an inspector sees the own draft record; an auditor has nothing to do', async () => {
    const list = await kinds(c.inspector);
    assert.deepEqual(Object.keys(list), ['record']);
    const auditor = userActor(c.w.users.media, c.w.org.district);
    assert.deepEqual(await kinds(auditor), {});
  });

  test('R-27.1 a sibling department’s leader sees none of 治安’s work', async () => {
    const sibling: Actor = { ...c.leader, unitId: c.w.org.jiaojing.id, unitPath: c.w.org.jiaojing.path };
    assert.deepEqual(await kinds(sibling), {});
  });

  test('R-27.1 R-20.1 a supervisor sees a draw still open for witnessing, none before it is announced', async () => {
    const supervisor = userActor(c.w.users.supervisor, c.w.org.district);
    assert.deepEqual(await kinds(supervisor), {});
    await runCeremony(db(), c.w, round2, 'revealed');
    const open = await kinds(supervisor);
    assert.deepEqual(Object.keys(open), ['witness']);
    assert.match(open.witness![0]!, /\|red$/, 'its draw date, 25 November, has passed');
    const drawer = await todoService.list(db(), userActor(c.w.users.drawer, c.w.org.zhian), at('2026-12-01'));
    assert.ok(drawer.groups[0]!.items[0]!.detail, 'the drawer’s task row names the draw under way');
  });
});
