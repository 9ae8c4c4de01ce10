import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { onEachDatabase } from '../../test/support/databases.ts';
import { makeDrawWorld } from '../../test/support/draw-fixture.ts';
import { loginCookie, testApp } from '../../test/support/server.ts';

onEachDatabase('GET /api/admin/assessment and /api/admin/todo', (database) => {
  let app: FastifyInstance;
  let leader: string;
  let zhianAdmin: string;
  let districtId: string;
  before(async () => {
    const w = await makeDrawWorld(database());
    districtId = w.org.district.id;
    app = await testApp(database());
    leader = await loginCookie(app, 'leader');
    zhianAdmin = await loginCookie(app, 'za-admin');
  });
  after(() => app?.close());
  const get = (url: string, cookie = leader) => app.inject({ method: 'GET', url, headers: { cookie } });

  test('R-27.1 the dashboard answers for the own subtree and the year', async () => {
    const res = await get('/api/admin/assessment?year=2026');
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json<{ scope: { unitName: string; from: string }; subordinates: unknown[] }>();
    assert.equal(body.scope.unitName, '临河区分局');
    assert.equal(body.scope.from, '2026-01-01');
    assert.equal(body.subordinates.length, 3);
  });

  test('R-27.1 bad periods and a superior unit get Chinese messages with stable codes, never a 500', async () => {
    const reversed = await get('/api/admin/assessment?from=2026-12-01&to=2026-01-01');
    assert.equal(reversed.statusCode, 400);
    assert.match(reversed.json<{ error: { message: string } }>().error.message, /结束日期不能早于开始日期/);
    const badDate = await get('/api/admin/assessment?from=2026-02-30');
    assert.equal(badDate.statusCode, 400);
    assert.match(badDate.body, /开始日期/);
    const superior = await get(`/api/admin/assessment?unitId=${districtId}`, zhianAdmin);
    assert.equal(superior.statusCode, 404);
    assert.equal(superior.json<{ error: { code: string } }>().error.code, 'not-found');
  });

  test('R-27.1 the to-do list answers for the signed-in user', async () => {
    const res = await get('/api/admin/todo');
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(res.json<{ groups: unknown[] }>().groups, []);
    assert.equal((await app.inject({ method: 'GET', url: '/api/admin/todo' })).statusCode, 401);
  });
});
