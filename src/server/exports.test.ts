import { test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { entityRepository } from '../db/repositories/entity.repository.ts';
import { onEachDatabase } from '../../test/support/databases.ts';
import { confirmedDraw, type ConfirmedDraw } from '../../test/support/inspection-fixture.ts';
import { makeUser } from '../../test/support/fixtures.ts';
import { creditCode } from '../../test/support/codes.ts';
import { loginCookie, multipartFile, testApp } from '../../test/support/server.ts';
import { EXPORT_MAX_ROWS, ExportTooLargeError, requireExportable } from '../services/exports/table-file.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function readSheet(body: Buffer) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(body as unknown as ArrayBuffer);
  return book.worksheets[0]!;
}

onEachDatabase('list exports as XLSX and CSV', (database) => {
  let app: FastifyInstance;
  let c: ConfirmedDraw;
  const cookie: Record<string, string> = {};
  const get = (who: string, url: string) => app.inject({ url, headers: { cookie: cookie[who]! } });

  test('setup', { timeout: 120_000 }, async () => {
    c = await confirmedDraw(database(), 'export-inspector');
    await entityRepository.insert(database().db, {
      unitId: c.w.org.district.id,
      kind: 'organisation',
      code: creditCode(999),
      publicId: creditCode(999),
      name: '=HYPERLINK("http://x.example","点我")宾馆',
      regionCode: '150802',
      industry: '旅馆业',
      riskClass: 'B',
      riskFlags: [],
      status: 'active',
    });
    await makeUser(database(), c.w.org.jiaojing, 'jj-exporter', ['department-admin']);
    app = await testApp(database());
    cookie.admin = await loginCookie(app, c.w.users.admin.username);
    cookie.auditor = await loginCookie(app, c.w.users.media.username);
    cookie.other = await loginCookie(app, 'jj-exporter');
    cookie.leader = await loginCookie(app, c.w.users.leader.username);
  });

  test('R-26.3 the entity directory as XLSX holds the rows of the JSON list under the same filter', async () => {
    const filter = 'q=%E5%AE%BE%E9%A6%861&status=active';
    const json = await get('admin', `/api/admin/entities?${filter}&pageSize=500`);
    assert.equal(json.statusCode, 200, json.body);
    const list = json.json<{ total: number; rows: { name: string; code: string; updatedAt: string }[] }>();
    assert.ok(list.total > 5 && list.total < 60, `a real filter: ${list.total}`);
    const res = await get('admin', `/api/admin/entities/export?${filter}&format=xlsx`);
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.headers['content-type'], XLSX);
    assert.match(String(res.headers['content-disposition']), /filename\*=UTF-8''%E5%B8%82%E5%9C%BA/);
    const sheet = await readSheet(res.rawPayload);
    assert.equal(sheet.getCell('A1').value, '名称');
    assert.equal(sheet.getCell('B1').value, '统一社会信用代码／证件号码');
    assert.equal(sheet.views[0]?.state, 'frozen', 'the header row stays in view');
    assert.equal(sheet.rowCount, list.total + 1);
    const rows = sheet.getSheetValues().slice(2) as unknown[][];
    assert.deepEqual(
      rows.map((r) => [r[1], r[2]]),
      list.rows.map((r) => [r.name, r.code]),
    );
    const updated = rows[0]![10];
    assert.ok(updated instanceof Date, 'timestamps are dates, not text');
    const beijing = new Date(Date.parse(list.rows[0]!.updatedAt) + 8 * 3600_000);
    assert.equal(updated.toISOString().slice(0, 19), beijing.toISOString().slice(0, 19));
  });

  test('R-26.3 CSV is UTF-8 with a BOM and CRLF, and a cell that looks like a formula is read as text', async () => {
    const res = await get('admin', '/api/admin/entities/export?q=HYPERLINK&format=csv');
    assert.equal(res.statusCode, 200, res.body);
    assert.match(String(res.headers['content-type']), /^text\/csv/);
    const body = res.rawPayload;
    assert.deepEqual([...body.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const text = body.toString('utf8').slice(1);
    const lines = text.split('\r\n');
    assert.match(lines[0]!, /^名称,/);
    assert.equal(lines.length, 3, 'the header, one row and the final line break');
    assert.ok(lines[1]!.startsWith(`"'=HYPERLINK(""http://x.example"",""点我"")宾馆"`), lines[1]);
  });

  test('R-10.3 exports are in the audit log with their filter; the audit log itself exports', async () => {
    const res = await get('auditor', '/api/admin/audit/export?format=xlsx');
    assert.equal(res.statusCode, 200, res.body);
    const sheet = await readSheet(res.rawPayload);
    const actions = (sheet.getColumn(4).values as unknown[]).slice(2);
    assert.ok(actions.includes('导出列表'), JSON.stringify(actions.slice(0, 5)));
    assert.ok(actions.includes('抽取确认'), 'actions by their Chinese name');
    // Whoever reads the log gets in the file exactly the events the list shows them.
    const list = await get('other', '/api/admin/audit?pageSize=500');
    const file = await get('other', '/api/admin/audit/export?format=csv');
    assert.equal(file.statusCode, list.statusCode, file.body);
    if (list.statusCode === 200) {
      const seqs = list.json<{ rows: { seq: number }[] }>().rows.map((r) => String(r.seq));
      const lines = file.body.trim().split('\r\n').slice(1);
      assert.deepEqual(
        lines.map((l) => l.split(',')[0]),
        seqs.filter((s) => lines.some((l) => l.startsWith(`${s},`))),
      );
      assert.ok(lines.length >= seqs.length, 'no event of the list is missing from the file');
    }
  });

  test('R-26.3 each list exports only what the caller may read: another department gets no draw', async () => {
    const mine = await get('admin', '/api/admin/draws/export?format=csv');
    assert.equal(mine.statusCode, 200, mine.body);
    assert.equal(mine.body.trim().split('\r\n').length, 2);
    const other = await get('other', '/api/admin/draws/export?format=csv');
    assert.equal(other.statusCode, 200, other.body);
    assert.equal(other.body.trim().split('\r\n').length, 1, 'the header only');
    for (const url of [
      '/api/admin/inspectors/export',
      '/api/admin/tasks/export',
      '/api/admin/reports/export',
    ]) {
      const r = await get('admin', url);
      assert.equal(r.statusCode, 200, `${url}: ${r.body}`);
      assert.equal(r.headers['content-type'], XLSX);
    }
    const bad = await get('admin', '/api/admin/entities/export?format=pdf');
    assert.equal(bad.statusCode, 400);
    assert.match(bad.json<{ error: { message: string } }>().error.message, /导出格式/);
  });

  test('R-26.3 an export over the row limit is refused with a Chinese message, never cut', () => {
    assert.doesNotThrow(() => requireExportable(EXPORT_MAX_ROWS));
    assert.throws(
      () => requireExportable(EXPORT_MAX_ROWS + 1),
      (err: unknown) => err instanceof ExportTooLargeError && /超过单次导出上限 50000 条/.test(err.message),
    );
  });

  test('R-27.1 R-26.3 the yearly statistics for the superior level: one workbook, the figures of the dashboard', async () => {
    const json = await get('leader', '/api/admin/assessment?year=2026');
    assert.equal(json.statusCode, 200, json.body);
    const figures = json.json<{
      totals: { plans: number; roundsDrawn: number };
      plans: { code: string }[];
    }>();
    assert.ok(figures.totals.roundsDrawn >= 1);
    const res = await get('leader', '/api/admin/assessment/statistics.xlsx?year=2026');
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.headers['content-type'], XLSX);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    assert.deepEqual(
      book.worksheets.map((w) => w.name),
      ['汇总', '计划完成情况', '检查结果分类', '下级单位', '检查人员工作量'],
    );
    const summary = new Map(
      (book.getWorksheet('汇总')!.getSheetValues().slice(2) as unknown[][]).map((r) => [r[1], r[2]]),
    );
    assert.equal(summary.get('抽查计划数'), figures.totals.plans);
    assert.equal(summary.get('已确认抽取轮次'), figures.totals.roundsDrawn);
    const plans = book.getWorksheet('计划完成情况')!;
    assert.deepEqual(
      (plans.getColumn(1).values as unknown[]).slice(2),
      figures.plans.map((p) => p.code),
    );
  });

  test('R-13.2 the import error report downloads as CSV with the row, the column and the Chinese reason', async () => {
    const csv =
      '名称,主体类型,统一社会信用代码,行政区划代码,行业,风险等级\n' +
      `临河区导出测试宾馆,单位,${creditCode(4001)},150802,旅馆业,B\n` +
      '临河区坏代码宾馆,单位,91150802XXXXXXXXXX,150802,旅馆业,B\n';
    const { payload, headers } = multipartFile('file', '名录.csv', Buffer.from(csv));
    const imported = await app.inject({
      method: 'POST',
      url: '/api/admin/entities/import',
      headers: { ...headers, cookie: cookie.admin! },
      payload,
    });
    assert.equal(imported.statusCode, 200, imported.body);
    const report = imported.json<{ id: string; rejected: { row: number; message: string }[] }>();
    assert.equal(report.rejected.length, 1);
    const res = await get('admin', `/api/admin/entities/imports/${report.id}/errors?format=csv`);
    assert.equal(res.statusCode, 200, res.body);
    const lines = res.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    assert.equal(lines[0], '行号,列,问题');
    assert.equal(lines.length, 2);
    assert.ok(lines[1]!.startsWith(`${report.rejected[0]!.row},`), lines[1]);
    assert.ok(lines[1]!.includes(report.rejected[0]!.message));
    const xlsx = await get('admin', `/api/admin/entities/imports/${report.id}/errors`);
    assert.equal((await readSheet(xlsx.rawPayload)).getCell('C2').value, report.rejected[0]!.message);
    const other = await get('other', `/api/admin/entities/imports/${report.id}/errors`);
    assert.equal(other.statusCode, 404, 'another department does not read this import');
    const wrongKind = await get('admin', `/api/admin/inspectors/imports/${report.id}/errors`);
    assert.equal(wrongKind.statusCode, 404, 'an entity import is not an inspector import');
  });
});
