import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { onEachDatabase } from '../../test/support/databases.ts';
import { confirmedDraw, type ConfirmedDraw } from '../../test/support/inspection-fixture.ts';
import { makeUser } from '../../test/support/fixtures.ts';
import { pdfFonts, pdfQrCodes, pdfText } from '../../test/support/pdf-read.ts';
import { loginCookie, testApp } from '../../test/support/server.ts';
import { loadConfig } from '../config.ts';
import { buildApp } from './app.ts';
import { drawService } from '../services/draw.service.ts';
import { inspectionReportService } from '../services/inspection-report.service.ts';
import { inspectionService } from '../services/inspection.service.ts';
import { planService } from '../services/plan.service.ts';
import { at } from '../../test/support/inspection-fixture.ts';
import { reportAwaitingReview } from '../../test/support/report-fixture.ts';
import { userActor } from '../../test/support/draw-fixture.ts';

onEachDatabase('official documents as PDF', (database) => {
  let app: FastifyInstance;
  let c: ConfirmedDraw;
  const cookie: Record<string, string> = {};

  test('setup', { timeout: 120_000 }, async () => {
    c = await confirmedDraw(database(), 'doc-inspector');
    await makeUser(database(), c.w.org.jiaojing, 'jj-admin', ['department-admin']);
    app = await testApp(database());
    cookie.drawer = await loginCookie(app, c.w.users.drawer.username);
    cookie.auditor = await loginCookie(app, c.w.users.media.username);
    cookie.other = await loginCookie(app, 'jj-admin');
  });

  test('R-20.2 the draw record PDF: title, credit codes, badge numbers, digests, signers and a QR code to the portal', async () => {
    const res = await app.inject({
      url: `/api/admin/draws/${c.drawId}/record.pdf`,
      headers: { cookie: cookie.drawer!, host: 'shuangsui.example.cn' },
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.headers['content-type'], 'application/pdf');
    const draw = await drawService.get(database().db, userActor(c.w.users.drawer, c.w.org.zhian), c.drawId);
    assert.match(
      String(res.headers['content-disposition']),
      new RegExp(`filename\\*=UTF-8''${encodeURIComponent(`抽取记录表-${draw.drawId}.pdf`)}`),
    );
    const pdf = res.rawPayload;
    if (process.env.DOC_OUT) writeFileSync(`${process.env.DOC_OUT}/draw-record.pdf`, pdf);
    const text = pdfText(pdf).replace(/ +/g, ' ');
    assert.match(text, /“双随机”抽查抽取记录表/);
    const selected = draw.result!.strata.flatMap((s) => s.selected);
    assert.ok(selected.length > 0);
    for (const code of selected) assert.ok(text.includes(code), `credit code ${code}`);
    const badges = draw.result!.teams.flatMap((t) => t.pools.flatMap((p) => p.inspectors));
    for (const badge of badges) assert.ok(text.includes(badge), `badge ${badge}`);
    assert.ok(text.includes(draw.digests.seed!.slice(0, 8)), 'the seed, in groups of 8');
    assert.match(text, /抽取人：/);
    assert.match(text, /监督人：/);
    assert.match(text, /盖章/);
    const url = `http://shuangsui.example.cn/#/draws/${draw.drawId}`;
    assert.ok(text.replace(/\s/g, '').includes(url), 'the URL is printed under the QR code');
    assert.deepEqual(pdfQrCodes(pdf), [url]);
    assert.match(pdfFonts(pdf), /WenQuanYiMicroHei\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes/);
    assert.ok(pdf.length < 200_000, `a subset font keeps the file small: ${pdf.length} bytes`);
  });

  test('R-20.2 with PUBLIC_URL the QR code points there, whatever Host the request carried', async () => {
    const configured = await buildApp({
      database: database(),
      config: {
        secureCookies: false,
        logLevel: 'silent',
        publicUrl: loadConfig({ PUBLIC_URL: 'https://portal.example.gov.cn/ss/' }).publicUrl,
      },
      logger: false,
    });
    const res = await configured.inject({
      url: `/api/admin/draws/${c.drawId}/record.pdf`,
      headers: { cookie: cookie.drawer!, host: 'evil.example' },
    });
    await configured.close();
    assert.equal(res.statusCode, 200, res.body);
    const draw = await drawService.get(database().db, userActor(c.w.users.drawer, c.w.org.zhian), c.drawId);
    assert.deepEqual(pdfQrCodes(res.rawPayload), [`https://portal.example.gov.cn/ss/#/draws/${draw.drawId}`]);
    assert.throws(() => loadConfig({ PUBLIC_URL: 'javascript:alert(1)' }), /PUBLIC_URL/);
  });

  test('R-10.3 issuing the draw record is in the audit log; another department gets 404', async () => {
    const audit = await app.inject({
      url: `/api/admin/audit?objectType=draw&objectId=${c.drawId}`,
      headers: { cookie: cookie.auditor! },
    });
    assert.equal(audit.statusCode, 200, audit.body);
    const events = audit.json<{ rows: { action: string; actorId: string }[] }>().rows;
    assert.ok(
      events.some((e) => e.action === 'document.issue' && e.actorId === c.w.users.drawer.id),
      JSON.stringify(events),
    );
    const other = await app.inject({
      url: `/api/admin/draws/${c.drawId}/record.pdf`,
      headers: { cookie: cookie.other! },
    });
    assert.equal(other.statusCode, 404, other.body);
    assert.equal(other.json<{ error: { code: string } }>().error.code, 'not-found');
  });

  test('R-22.1 the inspection notice names the entity, the items and contents, the inspectors with badge numbers, and how to verify', async () => {
    const draw = await drawService.get(database().db, userActor(c.w.users.drawer, c.w.org.zhian), c.drawId);
    const team = draw.result!.teams[0]!;
    const res = await app.inject({
      url: `/api/admin/draws/${c.drawId}/notice.pdf?entity=${team.entity}`,
      headers: { cookie: cookie.drawer!, host: 'shuangsui.example.cn' },
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.headers['content-type'], 'application/pdf');
    if (process.env.DOC_OUT) writeFileSync(`${process.env.DOC_OUT}/notice.pdf`, res.rawPayload);
    const text = pdfText(res.rawPayload).replace(/ +/g, ' ');
    assert.match(text, /检查通知书/);
    assert.ok(text.includes(draw.names.entities[team.entity]!), 'the entity by name');
    assert.ok(text.includes(team.entity), 'and by credit code');
    const badges = team.pools.flatMap((p) => p.inspectors);
    assert.ok(badges.length >= 2);
    for (const b of badges)
      assert.ok(text.includes(b) && text.includes(draw.names.inspectors[b]!), `inspector ${b}`);
    assert.match(text, /请准备的材料/);
    assert.deepEqual(pdfQrCodes(res.rawPayload), [`http://shuangsui.example.cn/#/draws/${draw.drawId}`]);

    const notDrawn = c.w.entities.find((e) => !draw.result!.teams.some((t) => t.entity === e.publicId))!;
    const refused = await app.inject({
      url: `/api/admin/draws/${c.drawId}/notice.pdf?entity=${notDrawn.publicId}`,
      headers: { cookie: cookie.drawer! },
    });
    assert.equal(refused.statusCode, 404, 'no notice for an entity this draw did not select');
    assert.match(refused.json<{ error: { message: string } }>().error.message, /检查对象/);
    const other = await app.inject({
      url: `/api/admin/draws/${c.drawId}/notice.pdf?entity=${team.entity}`,
      headers: { cookie: cookie.other! },
    });
    assert.equal(other.statusCode, 404);
  });

  test('R-23.1 the inspection record PDF: entity, checklist findings, inspectors with badge numbers, the party', async () => {
    const db = database().db;
    const [target] = await inspectionService.drawEntities(db, c.inspector, c.drawId);
    const rec = await inspectionService.create(db, c.inspector, {
      drawId: c.drawId,
      entityId: target!.entity.id,
      itemId: c.w.itemId,
      methods: ['on-site'],
      checkedOn: '2026-03-20',
      inspectors: target!.team.slice(0, 2).map((t) => ({ badgeNumber: t.badgeNumber, signatureId: null })),
      rows: [{ checklistCode: 'C1', finding: 'non-compliant', note: '登记簿缺两页' }],
    });
    const cookieOf = await loginCookie(app, 'doc-inspector');
    const res = await app.inject({
      url: `/api/admin/inspections/${rec.id}/record.pdf`,
      headers: { cookie: cookieOf },
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.headers['content-type'], 'application/pdf');
    if (process.env.DOC_OUT) writeFileSync(`${process.env.DOC_OUT}/inspection-record.pdf`, res.rawPayload);
    const text = pdfText(res.rawPayload).replace(/ +/g, ' ');
    assert.match(text, /检查登记表/);
    assert.ok(text.includes(target!.entity.publicId));
    for (const t of target!.team.slice(0, 2)) assert.ok(text.includes(t.badgeNumber), t.badgeNumber);
    assert.match(text, /不符合/);
    assert.match(text, /登记簿缺两页/);
    assert.match(text, /尚未提交/, 'a draft says so');
    const other = await app.inject({
      url: `/api/admin/inspections/${rec.id}/record.pdf`,
      headers: { cookie: cookie.other! },
    });
    assert.equal(other.statusCode, 404);
  });

  test('R-24.1 R-24.2 issue 11.3 the inspection report PDF: entity, inspectors with badges, findings, result in Chinese, handling, signatures, seal, QR code to the draw', async () => {
    const db = database().db;
    const id = await reportAwaitingReview(db, c, 1);
    await inspectionReportService.act(
      db,
      c.leader,
      id,
      { type: 'approve', opinion: '同意' },
      at('2026-11-24'),
    );
    const report = await inspectionReportService.get(db, c.leader, id);
    const record = await inspectionService.get(db, c.leader, report.recordId);
    const res = await app.inject({
      url: `/api/admin/reports/${id}/report.pdf`,
      headers: { cookie: await loginCookie(app, 'doc-inspector'), host: 'shuangsui.example.cn' },
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.headers['content-type'], 'application/pdf');
    assert.match(String(res.headers['content-disposition']), /filename\*=UTF-8''/);
    if (process.env.DOC_OUT) writeFileSync(`${process.env.DOC_OUT}/inspection-report.pdf`, res.rawPayload);
    const text = pdfText(res.rawPayload).replace(/ +/g, ' ');
    assert.match(text, /检查结果报告/);
    const flat = text.replace(/\s/g, '');
    assert.ok(flat.includes(report.entity.name) && flat.includes(report.entity.publicId), 'entity and code');
    for (const i of record.inspectors)
      assert.ok(flat.includes(i.name) && flat.includes(i.badgeNumber), `inspector ${i.badgeNumber}`);
    assert.match(text, /现场检查未发现问题/, 'the findings');
    assert.ok(
      text.includes(report.resultLabel) && !text.includes('no-problem'),
      'the result code in Chinese',
    );
    assert.match(text, /无需处理/, 'the handling');
    assert.match(text, /后续处置/);
    assert.match(text, /审核人：/);
    assert.match(text, /盖章/);
    assert.ok(!/尚未审核通过/.test(text), 'an approved report carries no draft warning');
    const draw = await drawService.get(db, userActor(c.w.users.drawer, c.w.org.zhian), c.drawId);
    assert.deepEqual(pdfQrCodes(res.rawPayload), [`http://shuangsui.example.cn/#/draws/${draw.drawId}`]);
    const other = await app.inject({
      url: `/api/admin/reports/${id}/report.pdf`,
      headers: { cookie: cookie.other! },
    });
    assert.equal(other.statusCode, 404);
  });

  test('R-17.1 issue 11.3 the annual plan PDF: items, ratios per group, rounds with their tasks, approval and a QR code to the portal', async () => {
    const res = await app.inject({
      url: `/api/admin/plans/${c.planId}/plan.pdf`,
      headers: { cookie: cookie.drawer!, host: 'shuangsui.example.cn' },
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.headers['content-type'], 'application/pdf');
    if (process.env.DOC_OUT) writeFileSync(`${process.env.DOC_OUT}/annual-plan.pdf`, res.rawPayload);
    const plan = await planService.get(database().db, c.leader, c.planId);
    const text = pdfText(res.rawPayload).replace(/ +/g, ' ');
    assert.match(text, new RegExp(`${plan.year}年度“双随机”抽查工作计划`));
    const flat = text.replace(/\s/g, '');
    assert.ok(flat.includes(plan.code) && flat.includes(plan.name.replace(/\s/g, '')));
    for (const i of plan.items) assert.ok(flat.includes(i.code) && flat.includes(i.name), `item ${i.code}`);
    for (const r of plan.rates)
      assert.ok(flat.includes(`${r.group}`) && flat.includes(`${r.percent}%`), r.group);
    for (const r of plan.rounds) assert.ok(flat.includes(`${r.from}至${r.to}`), `round ${r.round}`);
    assert.ok(flat.includes(plan.tasks[0]!.code), 'the round-1 task');
    assert.match(text, /已批准/);
    assert.match(text, /批准人：/);
    assert.match(text, /盖章/);
    assert.deepEqual(pdfQrCodes(res.rawPayload), ['http://shuangsui.example.cn/#/plans']);
    const other = await app.inject({
      url: `/api/admin/plans/${c.planId}/plan.pdf`,
      headers: { cookie: cookie.other! },
    });
    assert.equal(other.statusCode, 404);
  });
});
