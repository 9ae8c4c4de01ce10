import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { onEachDatabase } from '../../test/support/databases.ts';
import { at, confirmedDraw, PNG, refused } from '../../test/support/inspection-fixture.ts';
import { userActor, type DrawWorld } from '../../test/support/draw-fixture.ts';
import { testApp } from '../../test/support/server.ts';
import { queryRows } from '../db/database.ts';
import { entityRepository } from '../db/repositories/entity.repository.ts';
import type { Actor } from './actor.ts';
import { calendarService } from './calendar.service.ts';
import { followUpService } from './follow-up.service.ts';
import { inspectionReportService, type ReportInput } from './inspection-report.service.ts';
import { inspectionService } from './inspection.service.ts';
import { publicationService } from './publication.service.ts';
import { taskService } from './task.service.ts';

const png = () => PNG.toString('base64');

onEachDatabase('inspections, reports and publication (issue 5)', (database) => {
  let w: DrawWorld;
  let drawId: string;
  let planId: string;
  let inspector: Actor;
  let admin: Actor;
  let leader: Actor;
  let target: { entity: { id: string; publicId: string }; team: { badgeNumber: string }[] };
  let recordId: string;
  let firstStratum: string;
  const db = () => database().db;
  const count = async (table: string) =>
    (await queryRows<{ n: number }>(db(), sql.raw(`SELECT count(*)::int AS n FROM ${table}`)))[0]!.n;

  test('setup: a confirmed draw', async () => {
    let taskId: string;
    ({ w, inspector, admin, leader, planId, taskId, drawId } = await confirmedDraw(
      database(),
      'inspector-5',
    ));
    const pool = await queryRows<{ public_id: string; stratum: string }>(
      db(),
      sql`SELECT public_id, stratum FROM task_entities WHERE task_id = ${taskId}`,
    );
    const rows = await inspectionService.drawEntities(db(), inspector, drawId);
    const stratum = (publicId: string) => pool.find((p) => p.public_id === publicId)!.stratum;
    target = rows.find((r) => /G[12]$/.test(stratum(r.entity.publicId)))!;
    assert.ok(target, 'a drawn entity of group G1 or G2');
    firstStratum = stratum(target.entity.publicId);
  });

  test('R-22.1 R-11.1 a record for an undrawn entity or with a checklist row outside the item is refused; nothing stored', async () => {
    const drawn = new Set(
      (await inspectionService.drawEntities(db(), inspector, drawId)).map((r) => r.entity.publicId),
    );
    const undrawn = w.entities.find((e) => !drawn.has(e.publicId) && e.status === 'active')!;
    assert.deepEqual(
      (
        await refused(
          inspectionService.create(db(), inspector, { drawId, entityId: undrawn.id, itemId: w.itemId }),
        )
      )[0],
      'entity-not-drawn',
    );
    const bad = await refused(
      inspectionService.create(db(), inspector, {
        drawId,
        entityId: target.entity.id,
        itemId: w.itemId,
        rows: [{ checklistCode: 'C9', finding: 'compliant', note: '' }],
      }),
    );
    assert.ok(bad.includes('checklist-row-not-in-item'), bad.join());
    assert.equal(await count('inspection_records'), 0);
  });

  test('R-22.1 a draft with one inspector on site is kept as a draft and refused at submit', async () => {
    const rec = await inspectionService.create(db(), inspector, {
      drawId,
      entityId: target.entity.id,
      itemId: w.itemId,
      methods: ['on-site', 'document'],
      checkedOn: '2026-03-20',
      inspectors: [{ badgeNumber: target.team[0]!.badgeNumber, signatureId: null }],
    });
    recordId = rec.id;
    assert.equal(rec.status, 'draft');
    assert.equal(rec.basis, 'random');
    const codes = await refused(inspectionService.submit(db(), inspector, recordId, at('2026-03-20')));
    for (const c of [
      'on-site-too-few-inspectors',
      'police-id-not-shown',
      'signature-missing',
      'party-confirmation-missing',
    ])
      assert.ok(codes.includes(c), `${c} in ${codes.join()}`);
    assert.equal((await inspectionService.get(db(), inspector, recordId)).status, 'draft');
  });

  test('R-10.2 R-23.1 an attachment that is not its claimed type or exceeds the limit, a signature image too large to open or signed in the future, is refused; nothing stored', async () => {
    const mismatch = await refused(
      inspectionService.addAttachment(db(), inspector, recordId, {
        kind: 'photo',
        fileName: 'x.jpg',
        mime: 'image/jpeg',
        contentBase64: png(),
      }),
    );
    assert.equal(mismatch[0], 'attachment-type-mismatch');
    const big = Buffer.concat([PNG, Buffer.alloc(21 * 1024 * 1024)]);
    const tooLarge = await refused(
      inspectionService.addAttachment(db(), inspector, recordId, {
        kind: 'photo',
        fileName: 'x.png',
        mime: 'image/png',
        contentBase64: big.toString('base64'),
      }),
    );
    assert.equal(tooLarge[0], 'attachment-too-large');
    // A signature PNG of 1.2 MB can declare 20000 × 20000 pixels; and a signature is not made in the future.
    const huge = Buffer.from(PNG);
    huge.writeUInt32BE(20_000, 16);
    huge.writeUInt32BE(20_000, 20);
    const sign = (contentBase64: string, signedAt?: string) =>
      refused(
        inspectionService.addSignature(db(), inspector, recordId, {
          kind: 'drawn',
          mime: 'image/png',
          contentBase64,
          ...(signedAt && { signedAt }),
        }),
      );
    assert.equal((await sign(huge.toString('base64')))[0], 'image-too-large');
    assert.equal((await sign(png(), '2999-01-01T00:00:00Z'))[0], 'signed-in-future');
    assert.equal(await count('inspection_files'), 0);
  });

  test('R-23.1 R-10.2 signatures of both inspectors and a refusal with a witness; the record is submitted and frozen', async () => {
    const sign = () =>
      inspectionService.addSignature(db(), inspector, recordId, {
        kind: 'drawn',
        mime: 'image/png',
        contentBase64: png(),
      });
    const [s1, s2, sw] = [await sign(), await sign(), await sign()];
    assert.match(s1.sha256, /^[0-9a-f]{64}$/);
    const photo = await inspectionService.addAttachment(db(), inspector, recordId, {
      kind: 'photo',
      fileName: '前台.png',
      mime: 'image/png',
      contentBase64: png(),
    });
    assert.equal(photo.mime, 'image/png');
    await inspectionService.update(db(), inspector, recordId, {
      policeIdShown: true,
      inspectors: [
        { badgeNumber: target.team[0]!.badgeNumber, signatureId: s1.id },
        { badgeNumber: target.team[1]!.badgeNumber, signatureId: s2.id },
      ],
      responsibleBadgeNumber: target.team[0]!.badgeNumber,
      rows: [
        { checklistCode: 'C1', finding: 'non-compliant', note: '未如实登记旅客身份信息' },
        { checklistCode: 'C2', finding: 'compliant', note: '' },
      ],
      party: {
        kind: 'refused',
        reason: '负责人拒绝签字',
        witness: { name: '见证人张某', signatureId: sw.id },
      },
    });
    const done = await inspectionService.submit(db(), inspector, recordId, at('2026-03-20'));
    assert.equal(done.status, 'submitted');
    assert.equal(done.attachments.length, 1);
    assert.equal(done.party?.kind, 'refused');
    assert.equal(
      (await refused(inspectionService.update(db(), inspector, recordId, { policeIdShown: false })))[0],
      'record-submitted',
    );
    await assert.rejects(
      db().execute(sql`UPDATE inspection_records SET police_id_shown = false WHERE id = ${recordId}`),
    );
  });

  const report = (patch: Partial<ReportInput> = {}): ReportInput => ({
    findings: [
      { method: 'on-site', summary: '前台未登记两名旅客，负责人阻止进入客房区' },
      { method: 'document', summary: '登记簿缺页' },
    ],
    opinion: '责令整改，联系人电话 13812345678',
    resultCode: 'serious-non-cooperation',
    nonCooperation: [{ kind: 'blocked-entry', description: '阻止检查人员进入客房区' }],
    handling: { kind: 'own-case', caseNumber: '临公（治）立字〔2026〕12号' },
    followUps: [{ kind: 'abnormal-list', note: '不配合检查，列入经营异常名录' }],
    touchesTradeSecret: false,
    touchesPrivacy: false,
    ...patch,
  });

  test('R-N.7 R-N.8 a result code outside the set is refused; the author cannot review his own report', async () => {
    const codes = await refused(
      inspectionReportService.submit(
        db(),
        admin,
        recordId,
        report({ resultCode: 'all-fine' }),
        at('2026-03-23'),
      ),
    );
    assert.ok(codes.includes('result-code-unknown'), codes.join());
    assert.equal(await count('inspection_reports'), 0);
    const r1 = await inspectionReportService.submit(db(), admin, recordId, report(), at('2026-03-23'));
    assert.equal(r1.review.status, 'awaiting-review');
    assert.equal(
      (
        await refused(
          inspectionReportService.act(
            db(),
            admin,
            r1.id,
            { type: 'approve', opinion: null },
            at('2026-03-24'),
          ),
        )
      )[0],
      'self-review',
    );
    const returned = await inspectionReportService.act(
      db(),
      leader,
      r1.id,
      { type: 'return', opinion: '请补充案件编号' },
      at('2026-03-24'),
    );
    assert.equal(returned.review.status, 'returned');
  });

  test('R-N.8 R-N.9 R-9.2 R-25.1 approval stores the deadline on the official calendar and raises the entity risk', async () => {
    const r2 = await inspectionReportService.submit(db(), admin, recordId, report(), at('2026-03-25'));
    assert.equal(r2.version, 2);
    const before = (await entityRepository.get(db(), target.entity.id))!.entity;
    const approved = await inspectionReportService.act(
      db(),
      leader,
      r2.id,
      { type: 'approve', opinion: null },
      at('2026-09-30'),
    );
    assert.equal(approved.review.status, 'approved');
    assert.equal(
      approved.review.deadline,
      '2026-11-03',
      '20 working days after 30 Sep 2026, National Day off',
    );
    const after = (await entityRepository.get(db(), target.entity.id))!.entity;
    assert.ok(after.riskFlags.includes('refused-inspection'));
    assert.ok(['C', 'D'].includes(after.riskClass) && after.riskClass !== before.riskClass);
    const events = await queryRows<{ n: number }>(
      db(),
      sql`SELECT count(*)::int AS n FROM audit_events WHERE action = 'entity.risk-feedback' AND object_id = ${target.entity.id}`,
    );
    assert.ok(events[0]!.n >= 2, 'each change is its own audited event');
    const overdue = await inspectionReportService.list(
      db(),
      leader,
      { overdue: true },
      { page: 1, pageSize: 20 },
    );
    assert.equal(overdue.rows[0]?.recordId, recordId);
    assert.equal(overdue.rows[0]?.overdue, true);
  });

  test('R-N.10 R-26.1 R-26.2 publication needs privacy approval; the public result and archive are masked', async () => {
    const { rows } = await inspectionReportService.list(db(), leader, {}, { page: 1, pageSize: 5 });
    const reportId = rows[0]!.reportId!;
    assert.equal(
      (
        await refused(
          inspectionReportService.act(
            db(),
            admin,
            reportId,
            { type: 'publish', privacyApproval: false },
            at('2026-10-09'),
          ),
        )
      )[0],
      'privacy-approval-required',
    );
    const published = await inspectionReportService.act(
      db(),
      leader,
      reportId,
      { type: 'publish', privacyApproval: true },
      at('2026-10-09'),
    );
    assert.equal(published.review.status, 'published');
    assert.equal(published.review.overdue, false);
    const app = await testApp(database());
    try {
      const res = await app.inject({ method: 'GET', url: '/api/public/results' });
      assert.equal(res.statusCode, 200);
      const body = res.body;
      assert.ok(!body.includes('13812345678') && body.includes('138****5678'));
      assert.ok(!/riskClass|riskFlags|risk_class|caseNumber|立字/.test(body), body);
      assert.ok(!/(?<![0-9])[1-9]\d{16}[\dXx](?![0-9])/.test(body.replaceAll(target.entity.publicId, '')));
      const row = res.json<{ rows: { publicId: string; inspectors: string[]; resultLabel: string }[] }>()
        .rows[0]!;
      assert.equal(row.publicId, target.entity.publicId);
      assert.equal(row.resultLabel, '不配合检查情节严重');
      assert.ok(row.inspectors.every((s) => /^\S+ \(\d+\)$/.test(s)));
      const arch = await app.inject({
        method: 'GET',
        url: `/api/public/entities/${target.entity.publicId}/archive`,
      });
      assert.equal(arch.statusCode, 200);
      assert.ok(!/riskClass|riskFlags|13812345678/.test(arch.body));
      const archive = arch.json<{ archive: { inspections: unknown[]; lists: { list: string }[] } }>().archive;
      assert.equal(archive.inspections.length, 1);
      assert.equal(archive.lists[0]?.list, '经营异常名录');
    } finally {
      await app.close();
    }
    const admin5 = await publicationService.adminArchive(db(), leader, target.entity.id);
    assert.equal(admin5.results[0]?.status, 'published');
    assert.ok(admin5.riskEvents.length >= 2);
  });

  test('R-N.11 a follow-up is tracked until closed with a note, its dates in order and not ahead of today', async () => {
    const [f] = await followUpService.list(db(), admin, { entityId: target.entity.id });
    assert.equal(f?.state, 'open');
    assert.equal(
      (
        await refused(
          followUpService.advance(db(), admin, f.id, { type: 'close', on: '2026-10-10', note: 'x' }),
        )
      )[0],
      'follow-up-transition',
    );
    // Dates record what happened: not ahead of today, not before the step they follow (found probing).
    const refusedOn = async (step: Parameters<typeof followUpService.advance>[3]) =>
      (await refused(followUpService.advance(db(), admin, f.id, step, at('2026-10-15'))))[1];
    assert.equal(await refusedOn({ type: 'start', on: '2026-10-16' }), 'date-in-future');
    assert.equal(await refusedOn({ type: 'start', on: '2026-01-01' }), 'date-out-of-order');
    await followUpService.advance(db(), admin, f.id, { type: 'start', on: '2026-10-10' });
    assert.equal(await refusedOn({ type: 'close', on: '2026-10-09', note: '已整改' }), 'date-out-of-order');
    const closed = await followUpService.advance(db(), admin, f.id, {
      type: 'close',
      on: '2026-10-20',
      note: '已整改',
    });
    assert.equal(closed.state, 'closed');
  });

  test('R-9.2 R-18.3 the next task freezes the non-cooperating entity in a key stratum (G3 or higher)', async () => {
    const task2 = await taskService.create(db(), userActor(w.users.drawer, w.org.zhian, ['drawer']), {
      planId,
      round: 2,
      drawDate: '2026-09-16',
    });
    const [row] = await queryRows<{ stratum: string }>(
      db(),
      sql`SELECT stratum FROM task_entities WHERE task_id = ${task2.id} AND entity_id = ${target.entity.id}`,
    );
    assert.match(firstStratum, /G[12]$/);
    assert.match(row!.stratum, /G[34]$/);
  });

  test('R-N.9 a year outside the package is provisional until the administrator enters it', async () => {
    assert.equal((await calendarService.deadline(db(), '2026-12-10')).provisional, true);
    const sys: Actor = { ...admin, roles: ['system-admin'] };
    await calendarService.put(db(), sys, 2027, {
      holidays: ['2027-01-01', '2027-01-02', '2027-01-03'],
      workdays: ['2027-01-09'],
    });
    assert.deepEqual(await calendarService.deadline(db(), '2026-12-10'), {
      from: '2026-12-10',
      deadline: '2027-01-08',
      provisional: false,
      missingYears: [],
    });
    const codes = await refused(
      calendarService.put(db(), sys, 2028, { holidays: ['2028-02-30'], workdays: [] }),
    );
    assert.ok(codes.includes('invalid-date'));
  });
});
