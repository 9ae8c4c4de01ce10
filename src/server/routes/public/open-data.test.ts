// The public lists as open data: search, filters, paging bounds, CSV, ETag/304, on the demo cycle.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { onEachDatabase } from '../../../../test/support/databases.ts';
import { testApp } from '../../../../test/support/server.ts';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../../db/database.ts';
import { seedDemoIfEmpty, type SeedResult } from '../../../services/demo.service.ts';
import { syncPublicRows } from '../../../services/publication/public-row.ts';
import { demoActors } from '../../../services/demo/demo-actors.ts';
import { inspectionReportService } from '../../../services/inspection-report.service.ts';
import { registeredDemoSigner } from '../../../services/demo/demo-keys.ts';
import { reportSignedText } from '../../../domain/inspection/personal-signature.ts';

interface Row {
  publicId: string;
  entityName: string;
  entityCode: string;
  itemCode: string;
  checkedOn: string;
  resultCode: string;
  severity: string;
}
type Page = { total: number; page: number; pageSize: number; rows: Row[] };

const BOM = '\uFEFF';
const ID_NUMBER = /(?<![0-9A-Z])[1-9]\d{16}[\dXx](?![0-9A-Z])/;

onEachDatabase('the public lists as open data', (database) => {
  let app: FastifyInstance;
  let all: Row[];
  const get = (url: string, headers: Record<string, string> = {}) =>
    app.inject({ method: 'GET', url, headers });

  let seeded: SeedResult | null;

  before(async () => {
    seeded = await seedDemoIfEmpty(database());
    app = await testApp(database());
    all = (await get('/api/public/results?pageSize=50')).json<Page>().rows;
  });
  after(async () => app?.close());

  test('R-26.3 results as JSON with page, pageSize, total, ETag and Cache-Control; If-None-Match answers 304', async () => {
    const res = await get('/api/public/results?page=1&pageSize=2');
    assert.equal(res.statusCode, 200);
    const body = res.json<Page>();
    assert.deepEqual([body.total, body.page, body.pageSize, body.rows.length], [5, 1, 2, 2]);
    assert.match(String(res.headers['cache-control']), /max-age=\d+/);
    const etag = String(res.headers.etag);
    assert.match(etag, /^W\/".+"$/);
    const again = await get('/api/public/results?page=1&pageSize=2', { 'if-none-match': etag });
    assert.equal(again.statusCode, 304);
    assert.equal(again.body, '');
    const other = await get('/api/public/results?page=2&pageSize=2', { 'if-none-match': etag });
    assert.equal(other.statusCode, 200, 'another page is another resource');
    assert.notEqual(other.headers.etag, etag);
  });

  test('R-26.3 R-N.10 results as CSV: UTF-8 with BOM, Chinese headers, the same rows, no ID or phone number', async () => {
    const res = await get('/api/public/results.csv');
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-type'], 'text/csv; charset=utf-8');
    assert.match(String(res.headers['content-disposition']), /attachment; filename="results\.csv"/);
    assert.equal(res.headers['x-total-count'], '5');
    assert.ok(res.body.startsWith(BOM), 'starts with the byte order mark');
    const lines = res.body.slice(1).trimEnd().split('\r\n');
    assert.equal(lines[0]!.split(',')[0], '检查对象名称');
    assert.ok(lines[0]!.includes('统一社会信用代码') && lines[0]!.includes('检查结果'));
    assert.equal(lines.length, 1 + 5);
    for (const r of all) assert.ok(res.body.includes(r.entityName));
    assert.ok(!res.body.includes('13904781234') && !/riskClass|风险等级|[ABCD]类/.test(res.body));
    const ids = all.reduce(
      (text, r) => text.replaceAll(r.publicId, '').replaceAll(r.entityCode, ''),
      res.body,
    );
    assert.ok(!ID_NUMBER.test(ids), 'no ID number in the clear');
  });

  test('R-26.3 every public list has a CSV with a BOM and Chinese headers', async () => {
    const heads: Record<string, string> = {
      '/api/public/items.csv': '事项编码',
      '/api/public/plans.csv': '计划编号',
      '/api/public/draws.csv': '抽取编号',
      '/api/public/entities.csv': '公示编号',
    };
    for (const [url, first] of Object.entries(heads)) {
      const res = await get(url);
      assert.equal(res.statusCode, 200, url);
      assert.equal(res.headers['content-type'], 'text/csv; charset=utf-8', url);
      assert.ok(res.body.startsWith(`${BOM}${first},`), url);
      assert.ok(Number(res.headers['x-total-count']) >= 1, `${url} has rows`);
    }
    const items = (await get('/api/public/items')).json<{
      total: number;
      items: Record<string, unknown>[];
    }>();
    assert.ok(items.total >= 1 && items.items.length === items.total);
    assert.ok(
      items.items.every((i) => !('publishedBy' in i) && typeof i.code === 'string'),
      'R-N.10 no account id',
    );
  });

  test('R-26.1 R-26.2 results and archives found by entity name and by credit code', async () => {
    const target = all.find((r) => /^[0-9A-Z]{18}$/.test(r.entityCode))!;
    const part = target.entityName.slice(1, 4);
    const byName = (await get(`/api/public/results?q=${encodeURIComponent(part)}`)).json<Page>();
    assert.ok(byName.total >= 1 && byName.rows.every((r) => r.entityName.includes(part)));
    assert.ok(byName.rows.some((r) => r.publicId === target.publicId));
    const byCode = (await get(`/api/public/results?q=${target.entityCode}`)).json<Page>();
    assert.ok(byCode.total >= 1 && byCode.rows.every((r) => r.entityCode === target.entityCode));
    const entities = (await get(`/api/public/entities?q=${encodeURIComponent(part)}`)).json<{
      total: number;
      rows: { publicId: string; results: number }[];
    }>();
    assert.ok(entities.rows.some((e) => e.publicId === target.publicId && e.results >= 1));
    const none = (await get(`/api/public/results?q=${encodeURIComponent('不存在的单位%_')}`)).json<Page>();
    assert.equal(none.total, 0);
  });

  test('R-26.1 results filtered by item, year and result code; tags carry the severity', async () => {
    const sample = all.find((r) => r.resultCode === 'serious-non-cooperation')!;
    assert.equal(sample.severity, 'serious');
    assert.ok(all.filter((r) => r.resultCode === 'no-problem').every((r) => r.severity === 'none'));
    const year = Number(sample.checkedOn.slice(0, 4));
    const filtered = (
      await get(`/api/public/results?item=${sample.itemCode}&year=${year}&result=serious-non-cooperation`)
    ).json<Page>();
    assert.equal(filtered.total, 1);
    assert.equal(filtered.rows[0]!.publicId, sample.publicId);
    assert.equal((await get(`/api/public/results?year=${year + 1}`)).json<Page>().total, 0);
    assert.equal((await get('/api/public/results?result=no-problem')).json<Page>().total, 3);
  });

  test('R-26.3 keyset paging: `after` the previous page’s next gives the next page; a deep page matches too', async () => {
    const first = (await get('/api/public/results?pageSize=2')).json<Page & { next: string }>();
    assert.match(first.next, /^\d{4}-\d{2}-\d{2}\.\d+$/);
    const byCursor = (await get(`/api/public/results?pageSize=2&after=${first.next}`)).json<Page>();
    const byPage = (await get('/api/public/results?pageSize=2&page=2')).json<Page>();
    assert.deepEqual(byCursor.rows, byPage.rows);
    assert.deepEqual(
      [...first.rows, ...byPage.rows].map((r) => r.publicId),
      all.slice(0, 4).map((r) => r.publicId),
    );
    const last = (await get('/api/public/results?pageSize=2&page=3')).json<Page & { next: string | null }>();
    assert.equal(last.rows.length, 1);
    assert.equal(last.next, null);
    const bad = await get('/api/public/results?after=yesterday');
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json<{ error: { code: string } }>().error.code, 'validation-failed');
  });

  test('R-26.3 bad paging and unknown ids answer 400 and 404 with a code, never 500', async () => {
    for (const q of [
      'page=99999999999999999999',
      'page=0',
      'page=abc',
      'pageSize=0',
      'pageSize=201',
      'year=1',
      'result=%3Cscript%3E',
    ]) {
      const res = await get(`/api/public/results?${q}`);
      assert.equal(res.statusCode, 400, q);
      assert.equal(res.json<{ error: { code: string } }>().error.code, 'validation-failed', q);
    }
    assert.equal((await get('/api/public/results.csv?pageSize=5001')).statusCode, 400);
    assert.equal((await get('/api/public/items.csv?page=99999999999999999999')).statusCode, 400);
    const missing = await get('/api/public/entities/NO-SUCH-ID/archive');
    assert.equal(missing.statusCode, 404);
    assert.equal(missing.json<{ error: { code: string } }>().error.code, 'not-found');
  });

  test('R-26.1 a publication reaches the cached list at once (the in-process cache is invalidated)', async () => {
    const before = await get('/api/public/results?pageSize=50');
    assert.equal(before.json<Page>().total, 5);
    const a = await demoActors(database().db);
    const waiting = await inspectionReportService.list(
      database().db,
      a.leader,
      { status: 'awaiting-review' },
      { page: 1, pageSize: 10 },
    );
    const id = waiting.rows[0]!.reportId!;
    // The demo leader holds a signing key, so an approval carries the leader's signature (issue 10.4).
    const report = await inspectionReportService.get(database().db, a.leader, id);
    const signer = await registeredDemoSigner(database().db, a.leader, 'leader');
    await inspectionReportService.act(database().db, a.leader, id, {
      type: 'approve',
      opinion: null,
      signature: signer.signText(reportSignedText(report.approvalDigest)),
    });
    await inspectionReportService.act(database().db, a.zhian, id, {
      type: 'publish',
      privacyApproval: false,
    });
    const afterwards = await get('/api/public/results?pageSize=50', {
      'if-none-match': String(before.headers.etag),
    });
    assert.equal(afterwards.statusCode, 200);
    assert.equal(afterwards.json<Page>().total, 6);
  });

  test('R-26.3 any successful write through the API drops the cached answers at once', async () => {
    const before = (await get('/api/public/results?pageSize=50')).json<Page>();
    const [gone] = await queryRows<{ record_id: string }>(
      database().db,
      sql`DELETE FROM public_results WHERE record_id = (SELECT record_id FROM public_results LIMIT 1) RETURNING record_id`,
    );
    try {
      assert.equal(
        (await get('/api/public/results?pageSize=50')).json<Page>().total,
        before.total,
        'still cached',
      );
      const login = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'leader', password: seeded!.password },
      });
      assert.equal(login.statusCode, 200);
      assert.equal((await get('/api/public/results?pageSize=50')).json<Page>().total, before.total - 1);
    } finally {
      assert.ok(gone);
      await syncPublicRows(database().db);
    }
  });
});
