import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { onEachDatabase } from '../../test/support/databases.ts';
import { at, confirmedDraw, PNG, refused } from '../../test/support/inspection-fixture.ts';
import { userActor, type DrawWorld } from '../../test/support/draw-fixture.ts';
import { queryRows } from '../db/database.ts';
import type { Actor } from './actor.ts';
import { inspectionReportService, type ReportInput } from './inspection-report.service.ts';
import { inspectionService } from './inspection.service.ts';
import { targetedInspectionService } from './targeted-inspection.service.ts';
import { taskService } from './task.service.ts';
import { itemService } from './item.service.ts';
import { actorAt } from '../../test/support/fixtures.ts';
import { sampleItem } from '../../test/support/sample-item.ts';

const noProblem: ReportInput = {
  findings: [
    { method: 'on-site', summary: '现场检查未发现问题' },
    { method: 'document', summary: '登记簿完整' },
  ],
  opinion: '未发现问题',
  resultCode: 'no-problem',
  nonCooperation: [],
  handling: { kind: 'none' },
  followUps: [],
  touchesTradeSecret: false,
  touchesPrivacy: false,
};

onEachDatabase('inspection drafts, re-entry after rejection, targeted records', (database) => {
  let w: DrawWorld;
  let inspector: Actor;
  let admin: Actor;
  let leader: Actor;
  let drawId: string;
  let planId: string;
  let target: { entity: { id: string; publicId: string }; team: { badgeNumber: string }[] };
  let recordId: string;
  const db = () => database().db;

  test('setup: a confirmed draw of a plan with a yearly cap of 1', async () => {
    ({ w, inspector, admin, leader, planId, drawId } = await confirmedDraw(database(), 'inspector-r', {
      yearlyCap: 1,
    }));
    target = (await inspectionService.drawEntities(db(), inspector, drawId))[0]!;
  });

  test('R-10.1 a draft without a check date is kept; submit requires the date', async () => {
    const draft = await inspectionService.create(db(), inspector, {
      drawId,
      entityId: target.entity.id,
      itemId: w.itemId,
      methods: ['on-site', 'document'],
    });
    recordId = draft.id;
    assert.equal(draft.checkedOn, null);
    const bad = await refused(
      inspectionService.update(db(), inspector, recordId, { checkedOn: '2026-02-30' }),
    );
    assert.ok(bad.includes('invalid-date'), 'a date that is given must be valid');
    assert.ok(
      (await refused(inspectionService.submit(db(), inspector, recordId, at('2026-03-20')))).includes(
        'invalid-date',
      ),
    );
    const sign = () =>
      inspectionService.addSignature(db(), inspector, recordId, {
        kind: 'drawn',
        mime: 'image/png',
        contentBase64: PNG.toString('base64'),
      });
    const [s1, s2, sp] = [await sign(), await sign(), await sign()];
    await inspectionService.update(db(), inspector, recordId, {
      checkedOn: '2026-03-20',
      policeIdShown: true,
      inspectors: [
        { badgeNumber: target.team[0]!.badgeNumber, signatureId: s1.id },
        { badgeNumber: target.team[1]!.badgeNumber, signatureId: s2.id },
      ],
      responsibleBadgeNumber: target.team[0]!.badgeNumber,
      rows: [
        { checklistCode: 'C1', finding: 'compliant', note: '' },
        { checklistCode: 'C2', finding: 'compliant', note: '' },
      ],
      party: { kind: 'signed', signerName: '负责人王某', signatureId: sp.id },
    });
    const done = await inspectionService.submit(db(), inspector, recordId, at('2026-03-20'));
    assert.deepEqual([done.status, done.checkedOn], ['submitted', '2026-03-20']);
  });

  test('R-N.8 after a rejection a new report version is reviewed again; the rejected version and its history stay', async () => {
    const v1 = await inspectionReportService.submit(db(), admin, recordId, noProblem, at('2026-03-23'));
    const rejected = await inspectionReportService.act(
      db(),
      leader,
      v1.id,
      { type: 'reject', opinion: '检查事实不清' },
      at('2026-03-24'),
    );
    assert.equal(rejected.review.status, 'rejected');
    const final = await refused(
      inspectionReportService.act(db(), leader, v1.id, { type: 'approve', opinion: null }, at('2026-03-25')),
    );
    assert.equal(final[0], 'review-final');
    const v2 = await inspectionReportService.submit(db(), admin, recordId, noProblem, at('2026-03-26'));
    assert.deepEqual([v2.version, v2.review.status, v2.latest], [2, 'awaiting-review', true]);
    await inspectionReportService.act(
      db(),
      leader,
      v2.id,
      { type: 'approve', opinion: null },
      at('2026-03-27'),
    );
    const first = await inspectionReportService.get(db(), leader, v1.id);
    assert.deepEqual([first.version, first.latest, first.review.status], [1, false, 'rejected']);
    assert.equal(first.opinion, noProblem.opinion, 'the rejected version is kept as it was');
    const second = await inspectionReportService.get(db(), leader, v2.id);
    assert.equal(second.review.status, 'approved');
    assert.deepEqual(
      second.review.history.map((h) => [h.from, h.to]),
      [
        ['not-entered', 'awaiting-review'],
        ['awaiting-review', 'rejected'],
        ['rejected', 'awaiting-review'],
        ['awaiting-review', 'approved'],
      ],
    );
    assert.equal((await inspectionService.get(db(), inspector, recordId)).review.status, 'approved');
  });

  test('R-4.1 a targeted-inspection record is created and never counted as a random draw', async () => {
    const drawn = new Set(
      (await inspectionService.drawEntities(db(), inspector, drawId)).map((r) => r.entity.id),
    );
    const free = w.entities.find((e) => e.status === 'active' && !drawn.has(e.id))!;
    const { id: targetedId } = await targetedInspectionService.record(db(), admin, {
      reference: 'TS-2026-001',
      entityId: free.id,
      itemId: w.itemId,
      reason: 'complaint',
      from: '2026-04-01',
      to: '2026-04-30',
      note: '群众举报',
    });
    const rec = await inspectionService.create(db(), inspector, {
      targetedInspectionId: targetedId,
      itemId: w.itemId,
      checkedOn: '2026-04-02',
    });
    assert.deepEqual([rec.basis, rec.drawId, rec.taskId], ['targeted', null, null]);
    assert.equal(rec.targetedInspectionId, targetedId);
    // the form offers the unit's active inspectors (at least two for an on-site visit).
    assert.ok(rec.team.length >= 2, `team: ${JSON.stringify(rec.team)}`);
    assert.ok(
      !(await inspectionService.drawEntities(db(), inspector, drawId)).some((r) => r.entity.id === free.id),
    );
    const next = await taskService.create(db(), userActor(w.users.drawer, w.org.zhian, ['drawer']), {
      planId,
      round: 2,
      drawDate: '2026-09-16',
    });
    const pool = await queryRows<{ entity_id: string; exclusion: number }>(
      db(),
      sql`SELECT entity_id, exclusion FROM task_entities WHERE task_id = ${next.id}`,
    );
    assert.equal(pool.find((r) => r.entity_id === free.id)?.exclusion, 0, 'not at the yearly cap of 1');
    assert.equal(pool.find((r) => r.entity_id === target.entity.id)?.exclusion, 3, 'the drawn one is');
  });

  test('R-17.2 one visit, one record per item: the second item’s record starts with the visit of the first', async () => {
    const publisher = actorAt(w.org.zhian, 'department-admin', 'leader');
    const { item: second } = await itemService.create(
      db(),
      publisher,
      sampleItem(w.org.zhian.id, 'LH-ZA-002'),
    );
    await itemService.publish(db(), publisher, second.id, '2026-01-01');
    const drawn = new Set(
      (await inspectionService.drawEntities(db(), inspector, drawId)).map((r) => r.entity.id),
    );
    const entity = w.entities.filter((e) => e.status === 'active' && !drawn.has(e.id)).at(-1)!;
    const { id: targetedId } = await targetedInspectionService.record(db(), admin, {
      reference: 'TS-2026-001',
      entityId: entity.id,
      itemId: null,
      reason: 'campaign',
      from: '2026-05-01',
      to: '2026-05-31',
      note: '专项整治',
    });
    const first = await inspectionService.create(
      db(),
      inspector,
      { targetedInspectionId: targetedId, itemId: w.itemId, checkedOn: '2026-05-06' },
      at('2026-05-06'),
    );
    const [a, b] = first.team;
    await inspectionService.update(
      db(),
      inspector,
      first.id,
      {
        methods: ['on-site'],
        policeIdShown: true,
        inspectors: [
          { badgeNumber: a!.badgeNumber, signatureId: null },
          { badgeNumber: b!.badgeNumber, signatureId: null },
        ],
        responsibleBadgeNumber: a!.badgeNumber,
      },
      at('2026-05-06'),
    );
    const joint = await inspectionService.create(
      db(),
      inspector,
      { targetedInspectionId: targetedId, itemId: second.id },
      at('2026-05-06'),
    );
    assert.equal(joint.item.code, 'LH-ZA-002');
    assert.deepEqual(
      [joint.checkedOn, joint.methods, joint.policeIdShown, joint.responsibleBadgeNumber],
      ['2026-05-06', ['on-site'], true, a!.badgeNumber],
    );
    assert.deepEqual(
      joint.inspectors.map((i) => [i.badgeNumber, i.signature]),
      [
        [a!.badgeNumber, null],
        [b!.badgeNumber, null],
      ],
    );
    assert.deepEqual(joint.rows, []);
    assert.equal(joint.party, null);
  });
});
