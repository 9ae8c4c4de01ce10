import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import ExcelJS from 'exceljs';
import { onEachDatabase } from '../../test/support/databases.ts';
import { makeOrg, makeUser, type Org } from '../../test/support/fixtures.ts';
import { loginCookie, multipartFile, testApp } from '../../test/support/server.ts';
import { sampleItem } from '../../test/support/sample-item.ts';
import { creditCode, idNumber } from '../../test/support/codes.ts';

onEachDatabase('HTTP API', (database) => {
  let app: FastifyInstance;
  let org: Org;
  let admin: string;
  let inspector: string;
  let outsider: string;

  test('setup', async () => {
    org = await makeOrg(database());
    await makeUser(database(), org.district, 'lh-admin', ['department-admin', 'leader']);
    await makeUser(database(), org.station, 'cz-inspector', ['inspector']);
    await makeUser(database(), org.otherDistrict, 'wy-admin', ['department-admin']);
    app = await testApp(database());
    admin = await loginCookie(app, 'lh-admin');
    inspector = await loginCookie(app, 'cz-inspector');
    outsider = await loginCookie(app, 'wy-admin');
  });

  test('health and the OpenAPI document are public', async () => {
    const health = await app.inject({ url: '/api/health' });
    assert.deepEqual(health.json(), { status: 'ok', database: database().kind });
    const docs = await app.inject({ url: '/docs/json' });
    assert.equal(docs.statusCode, 200);
    assert.ok(docs.json<{ paths: Record<string, unknown> }>().paths['/api/admin/entities']);
  });

  test('R-3.1 anonymous users reach only public routes; errors have a stable code and a Chinese message', async () => {
    const res = await app.inject({ url: '/api/admin/items' });
    assert.equal(res.statusCode, 401);
    assert.deepEqual(res.json(), { error: { code: 'unauthenticated', message: '请先登录' } });
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'lh-admin', password: 'nope' },
    });
    assert.equal(wrong.statusCode, 401);
    assert.equal(wrong.json<{ error: { code: string } }>().error.code, 'invalid-credentials');
    const me = await app.inject({ url: '/api/auth/me', headers: { cookie: admin } });
    assert.equal(me.json<{ user: { unit: { name: string } } }>().user.unit.name, '临河区分局');
  });

  test('R-8.1 R-7.2 items over HTTP: publish needs a legal basis, the public list shows published ones', async () => {
    const create = await app.inject({
      method: 'POST',
      url: '/api/admin/items',
      headers: { cookie: admin },
      payload: sampleItem(org.district.id, 'HTTP-1', { legalBasis: [] }),
    });
    assert.equal(create.statusCode, 201);
    const id = create.json<{ item: { id: string } }>().item.id;
    const refused = await app.inject({
      method: 'POST',
      url: `/api/admin/items/${id}/publish`,
      headers: { cookie: admin },
      payload: { effectiveFrom: '2026-01-01' },
    });
    assert.equal(refused.statusCode, 409);
    assert.equal(refused.json<{ error: { code: string } }>().error.code, 'legal-basis-required');
    await app.inject({
      method: 'PUT',
      url: `/api/admin/items/${id}/draft`,
      headers: { cookie: admin },
      payload: sampleItem(org.district.id, 'HTTP-1'),
    });
    const ok = await app.inject({
      method: 'POST',
      url: `/api/admin/items/${id}/publish`,
      headers: { cookie: admin },
      payload: { effectiveFrom: '2026-01-01' },
    });
    assert.equal(ok.statusCode, 200);
    const pub = await app.inject({ url: '/api/public/items' });
    const items = pub.json<{ items: { code: string }[] }>().items;
    assert.deepEqual(
      items.map((i) => i.code),
      ['HTTP-1'],
    );
  });

  test('bad input gets a 400 with the failing fields', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/admin/items',
      headers: { cookie: admin },
      payload: { code: 'X' },
    });
    assert.equal(res.statusCode, 400);
    const body = res.json<{ error: { code: string; message: string } }>();
    assert.equal(body.error.code, 'validation-failed');
    assert.match(body.error.message, /请求参数有误/);
  });

  test('R-13.2 import over HTTP (XLSX) reports rejected rows with spreadsheet row numbers; template downloads', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('名录');
    ws.addRow(['名称', '主体类型', '统一社会信用代码', '身份证号', '行政区划代码', '行业', '风险等级']);
    ws.addRow(['临河区HTTP宾馆', '单位', creditCode(501), '', '150802', '旅馆业', 'B']);
    ws.addRow(['坏行', '单位', 'ABC', '', '150802', '旅馆业', 'B']);
    ws.addRow(['赵六', '个人', '', idNumber(501), '150802', '旅馆业', 'A']);
    const file = Buffer.from(await wb.xlsx.writeBuffer());
    const { payload, headers } = multipartFile(
      'file',
      '名录.xlsx',
      file,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const res = await app.inject({
      method: 'POST',
      url: '/api/admin/entities/import',
      headers: { ...headers, cookie: admin },
      payload,
    });
    assert.equal(res.statusCode, 200, res.body);
    const report = res.json<{
      imported: number;
      rejected: { row: number; column: string; code: string }[];
    }>();
    assert.equal(report.imported, 2);
    assert.deepEqual(
      report.rejected.map((r) => [r.row, r.column]),
      [[3, '统一社会信用代码']],
    );
    const tpl = await app.inject({ url: '/api/admin/entities/template.xlsx', headers: { cookie: admin } });
    assert.equal(tpl.statusCode, 200);
    assert.equal(tpl.rawPayload.subarray(0, 2).toString(), 'PK');
  });

  test('R-N.10 the entity list never returns a full ID number', async () => {
    const res = await app.inject({
      url: '/api/admin/entities?q=%E8%B5%B5%E5%85%AD',
      headers: { cookie: admin },
    });
    assert.ok(!res.body.includes(idNumber(501)));
    assert.match(res.body, /1508\*{10}/);
  });

  test('R-6.1 writes outside the unit are refused; other trees see not-found', async () => {
    const list = await app.inject({ url: '/api/admin/entities', headers: { cookie: admin } });
    const id = list.json<{ rows: { id: string }[] }>().rows[0]!.id;
    const asInspector = await app.inject({
      method: 'POST',
      url: `/api/admin/entities/${id}/deregister`,
      headers: { cookie: inspector },
      payload: { date: '2026-01-01', reason: 'x' },
    });
    assert.equal(asInspector.statusCode, 403);
    const asOutsider = await app.inject({ url: `/api/admin/entities/${id}`, headers: { cookie: outsider } });
    assert.equal(asOutsider.statusCode, 404);
    const unchanged = await app.inject({ url: `/api/admin/entities/${id}`, headers: { cookie: admin } });
    assert.equal(unchanged.json<{ entity: { status: string } }>().entity.status, 'active');
  });

  test('logout ends the session', async () => {
    await app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: outsider } });
    const res = await app.inject({ url: '/api/auth/me', headers: { cookie: outsider } });
    assert.equal(res.statusCode, 401);
    await app.close();
  });
});
