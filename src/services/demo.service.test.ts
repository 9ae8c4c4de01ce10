import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { onEachDatabase } from '../../test/support/databases.ts';
import { testApp } from '../../test/support/server.ts';
import { queryRows } from '../db/database.ts';
import { drawRepository } from '../db/repositories/draw.repository.ts';
import { entityRepository } from '../db/repositories/entity.repository.ts';
import { nodeHasher } from '../domain/draw/hash-node.ts';
import { readBundle } from '../domain/draw/read-bundle.ts';
import type { JsonValue } from '../domain/draw/types.ts';
import { verifyBundle } from '../domain/draw/verify.ts';
import { seedDemoIfEmpty, type SeedResult } from './demo.service.ts';
import { demoActors, type DemoActors } from './demo/demo-actors.ts';
import { bundleOf } from './draw.service.ts';
import { inspectionReportService } from './inspection-report.service.ts';
import { inspectionService } from './inspection.service.ts';
import { targetedInspectionService } from './targeted-inspection.service.ts';

interface PublicRow {
  publicId: string;
  entityName: string;
  resultLabel: string;
  opinion: string;
  inspectors: string[];
}

onEachDatabase('the demo seed: one whole cycle through the services', (database) => {
  let seeded: SeedResult;
  let a: DemoActors;
  const db = () => database().db;
  const PAGE = { page: 1, pageSize: 100 };

  test('setup: the demo seed of an empty database', { timeout: 120_000 }, async () => {
    seeded = (await seedDemoIfEmpty(database()))!;
    assert.ok(seeded.cycle, 'the cycle is seeded with the directories');
    a = await demoActors(db());
  });

  test('R-20.2 R-21.2 R-N.6 the demo draw is confirmed, has an approved replacement and its bundle verifies', async () => {
    const draw = (await drawRepository.get(db(), seeded.cycle!.drawId))!.draw;
    assert.equal(draw.status, 'confirmed');
    const bundle = await bundleOf(db(), draw);
    const read = readBundle(JSON.parse(JSON.stringify(bundle)) as JsonValue);
    assert.ok(read.ok);
    assert.equal(read.claims.replacements.length, 1);
    const verdict = verifyBundle(nodeHasher(read.input.plan.suite), read.input, read.claims);
    assert.ok(verdict.ok && verdict.mismatches.length === 0, JSON.stringify(verdict));
  });

  test('R-22.1 R-23.1 R-N.8 records in draft and submitted, reports awaiting review and published', async () => {
    const records = await inspectionService.list(db(), a.zhian, {}, PAGE);
    const count = (s: string) => records.rows.filter((r) => r.status === s).length;
    assert.equal(count('draft'), 1);
    assert.equal(count('submitted'), 7);
    const reports = await inspectionReportService.list(db(), a.leader, {}, PAGE);
    const byStatus = (s: string) => reports.rows.filter((r) => r.status === s);
    assert.equal(byStatus('awaiting-review').length, 2);
    assert.equal(byStatus('published').length, 5);
    for (const r of byStatus('published')) {
      assert.ok(r.deadline && r.publishedOn! <= r.deadline, 'R-N.9 published within its deadline');
      const full = await inspectionReportService.get(db(), a.leader, r.reportId!);
      const approval = full.review.history.find((h) => h.to === 'approved')!;
      assert.notEqual(approval.actor, full.author, 'reviewed by someone other than the author');
    }
    for (const row of records.rows.filter((r) => r.status === 'submitted')) {
      const record = await inspectionService.get(db(), a.zhian, row.id);
      assert.equal(record.inspectors.length, 2);
      assert.ok(record.policeIdShown && record.inspectors.every((i) => i.signature));
      assert.equal(record.rows.length, 7);
      assert.ok(record.party?.kind === 'signed' || record.party?.reason);
    }
  });

  test('R-26.1 R-26.2 R-N.10 published results and the credit archive are public, with personal data masked', async () => {
    const app = await testApp(database());
    try {
      const res = await app.inject({ method: 'GET', url: '/api/public/results?pageSize=50' });
      assert.equal(res.statusCode, 200);
      const { total, rows } = res.json<{ total: number; rows: PublicRow[] }>();
      assert.equal(total, 5);
      const labels = rows.map((r) => r.resultLabel);
      assert.equal(labels.filter((l) => l === '未发现问题').length, 3);
      assert.ok(labels.includes('发现问题待后续处理') && labels.includes('不配合检查情节严重'));
      assert.ok(!res.body.includes('13904781234') && res.body.includes('139****1234'));
      assert.ok(!/riskClass|riskFlags|caseNumber|立字/.test(res.body));
      const ids = rows.reduce((body, r) => body.replaceAll(r.publicId, ''), res.body);
      assert.ok(!/(?<![0-9])[1-9]\d{16}[\dXx](?![0-9])/.test(ids), 'no ID number in the clear');
      assert.ok(rows.every((r) => r.inspectors.length === 2));
      const refused = rows.find((r) => r.resultLabel === '不配合检查情节严重')!;
      const arch = await app.inject({
        method: 'GET',
        url: `/api/public/entities/${refused.publicId}/archive`,
      });
      assert.equal(arch.statusCode, 200);
      const archive = arch.json<{ archive: { inspections: unknown[]; lists: { list: string }[] } }>().archive;
      assert.equal(archive.inspections.length, 1);
      assert.equal(archive.lists[0]?.list, '经营异常名录');
    } finally {
      await app.close();
    }
  });

  test('R-25.1 R-9.2 R-N.11 the non-cooperation raised the entity risk; the problem has an open follow-up', async () => {
    const reports = await inspectionReportService.list(db(), a.leader, { status: 'published' }, PAGE);
    const refused = reports.rows.find((r) => r.resultCode === 'serious-non-cooperation')!;
    const entity = (await entityRepository.get(db(), refused.entity.id))!.entity;
    assert.ok(entity.riskFlags.includes('refused-inspection'));
    assert.ok(['C', 'D'].includes(entity.riskClass));
    const followUps = await queryRows<{ kind: string; state: string }>(
      db(),
      sql`SELECT kind, state FROM follow_ups ORDER BY kind`,
    );
    assert.deepEqual(
      followUps.map((f) => `${f.kind}:${f.state}`),
      ['abnormal-list:open', 'order-to-correct:open'],
    );
  });

  test('R-4.1 one targeted inspection is registered on a complaint', async () => {
    const targeted = await targetedInspectionService.list(db(), a.zhian);
    assert.equal(targeted.length, 1);
    assert.equal(targeted[0]!.id, seeded.cycle!.targetedInspectionId);
    assert.equal(targeted[0]!.reason, 'complaint');
    assert.ok(targeted[0]!.note.includes('投诉'));
  });

  test('a second start of a seeded database loads nothing', async () => {
    const before = await queryRows<{ n: number }>(db(), sql`SELECT count(*)::int AS n FROM audit_events`);
    assert.equal(await seedDemoIfEmpty(database()), null);
    const after = await queryRows<{ n: number }>(db(), sql`SELECT count(*)::int AS n FROM audit_events`);
    assert.equal(after[0]!.n, before[0]!.n);
  });
});
