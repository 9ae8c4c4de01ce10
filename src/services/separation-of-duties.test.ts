import { test } from 'node:test';
import assert from 'node:assert/strict';
import { onEachDatabase } from '../../test/support/databases.ts';
import { planInput, userActor } from '../../test/support/draw-fixture.ts';
import { makeUser, PASSWORD } from '../../test/support/fixtures.ts';
import { at, confirmedDraw, refused, type ConfirmedDraw } from '../../test/support/inspection-fixture.ts';
import { reportAwaitingReview } from '../../test/support/report-fixture.ts';
import { inspectionReportService } from './inspection-report.service.ts';
import { accountService } from './account.service.ts';
import { drawService } from './draw.service.ts';
import { planService } from './plan.service.ts';
import { replacementService } from './replacement.service.ts';

const evidence = [{ fileName: 'a.txt', contentBase64: Buffer.from('证明').toString('base64') }];

onEachDatabase('separation of duties (issue 10.2)', (database) => {
  let c: ConfirmedDraw;
  test('setup: a confirmed draw in 治安', async () => {
    c = await confirmedDraw(database(), '检查员甲');
  });

  test('R-17.1 an account holding both department-admin and leader cannot approve its own plan', async () => {
    const { w } = c;
    // Made before the rule (directly in the table), as an existing database may hold it.
    const both = await makeUser(database(), w.org.zhian, 'both-plan', ['department-admin', 'leader']);
    const actor = userActor(both, w.org.zhian);
    const plan = await planService.create(database().db, actor, planInput(w, { name: '自编自批计划' }));
    const err = await planService.approve(database().db, actor, plan.id).catch((e: unknown) => e);
    assert.equal((err as { code?: string }).code, 'forbidden');
    assert.match((err as Error).message, /不能批准自己编制的抽查计划/);
    assert.equal((await planService.get(database().db, actor, plan.id)).status, 'draft');
    const approved = await planService.approve(database().db, c.leader, plan.id);
    assert.equal(approved.status, 'approved', 'another leader approves it');
  });

  test('R-21.2 an account holding drawer and leader cannot approve or reject its own replacement application', async () => {
    const { w } = c;
    const both = await makeUser(database(), w.org.zhian, 'both-repl', ['drawer', 'leader']);
    const actor = userActor(both, w.org.zhian);
    const draw = await drawService.get(database().db, actor, c.drawId);
    const out = draw.result!.strata.flatMap((s) => [...s.selected])[0]!;
    const app = await replacementService.apply(database().db, actor, c.drawId, {
      kind: 'entity',
      out,
      reason: '停业',
      evidence,
    });
    assert.deepEqual(await refused(replacementService.approve(database().db, actor, app.id, '')), [
      'forbidden',
    ]);
    assert.deepEqual(await refused(replacementService.reject(database().db, actor, app.id, '不同意')), [
      'forbidden',
    ]);
    const { application } = await replacementService.approve(database().db, c.leader, app.id, '同意');
    assert.equal(application.status, 'approved', 'another leader decides it');
  });

  test('R-17.1 R-21.2 R-N.8 accounts: incompatible role sets are refused with a stable code, in Chinese', async () => {
    const { w } = c;
    const admin = userActor(
      await makeUser(database(), w.org.district, 'sysadmin', ['system-admin']),
      w.org.district,
    );
    const account = (username: string, roles: Parameters<typeof accountService.create>[2]['roles']) =>
      accountService.create(database().db, admin, {
        username,
        displayName: username,
        unitId: w.org.zhian.id,
        roles,
        password: PASSWORD,
      });
    for (const roles of [
      ['department-admin', 'leader'],
      ['drawer', 'supervisor'],
      ['drawer', 'leader'],
      ['inspector', 'leader'],
      ['system-admin', 'auditor'],
    ] as const) {
      const err = await account(`bad-${roles.join('-')}`, roles).catch((e: unknown) => e);
      assert.equal((err as { code?: string }).code, 'incompatible-roles', roles.join('+'));
      assert.match((err as Error).message, /^同一账号不能同时担任/);
    }
    const { account: ok } = await account('drawer-2', ['drawer']);
    assert.deepEqual(ok.roles, ['drawer']);
    assert.deepEqual(
      await refused(accountService.setRoles(database().db, admin, ok.id, ['drawer', 'supervisor'])),
      ['incompatible-roles'],
    );
    assert.deepEqual((await accountService.setRoles(database().db, admin, ok.id, ['supervisor'])).roles, [
      'supervisor',
    ]);
    const byLeader = {
      username: 'x',
      displayName: 'x',
      unitId: w.org.zhian.id,
      roles: ['drawer'] as const,
      password: PASSWORD,
    };
    assert.deepEqual(await refused(accountService.create(database().db, c.leader, byLeader)), ['forbidden']);
  });

  test('R-17.1 accounts made before the rule are reported, not silently changed', async () => {
    const breaches = await accountService.breaches(database().db);
    assert.deepEqual(breaches.map((b) => b.username).sort(), ['both-plan', 'both-repl']);
  });
});

onEachDatabase('separation of duties reaches the inspection (issue 10.2)', (database) => {
  test('R-N.8 who recorded and submitted the 检查登记表 cannot review its report, even when a colleague typed the report', async () => {
    const c = await confirmedDraw(database(), '检查员乙');
    const reportId = await reportAwaitingReview(database().db, c, 0);
    // The inspector who submitted the record, holding the leader's review right as well.
    const inspectorAsLeader = { ...c.inspector, roles: [...c.inspector.roles, 'leader' as const] };
    for (const step of [
      { type: 'approve', opinion: null },
      { type: 'return', opinion: '请补充' },
    ] as const) {
      const err = await inspectionReportService
        .act(database().db, inspectorAsLeader, reportId, step, at('2026-11-24'))
        .catch((e: unknown) => e);
      assert.equal((err as { code?: string }).code, 'self-review', step.type);
    }
    const approved = await inspectionReportService.act(
      database().db,
      c.leader,
      reportId,
      { type: 'approve', opinion: null },
      at('2026-11-24'),
    );
    assert.equal(approved.review.status, 'approved', 'another leader approves it');
  });
});
