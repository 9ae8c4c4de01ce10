import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { onEachDatabase } from '../../test/support/databases.ts';
import { creditCode } from '../../test/support/codes.ts';
import { makeUser } from '../../test/support/fixtures.ts';
import { demoObjects, documentedRoutes, requestFor, type RouteSpec } from '../../test/support/route-calls.ts';
import { loginCookie, testApp } from '../../test/support/server.ts';
import { entityRepository } from '../db/repositories/entity.repository.ts';
import { importRepository } from '../db/repositories/import.repository.ts';
import { unitRepository } from '../db/repositories/unit.repository.ts';
import type { Role } from '../db/schema/index.ts';
import { accountService } from '../services/account.service.ts';
import { DEMO_PASSWORD, seedDemoIfEmpty } from '../services/demo.service.ts';
import { PERMISSIONS, permits } from '../services/permissions.ts';
import { ROUTE_ACTIONS } from './route-permissions.ts';

const SEED = 20261205;
// Refusals of the caller as such; a route's own answers (bad password, state conflicts) are not refusals.
const REFUSED = new Set(['unauthenticated', 'forbidden', 'invalid-code', 'password-change-required']);
// Run last: they end or change the session the other calls use.
const SESSION_ENDERS = ['changePassword', 'signOutEverywhere', 'logout'];

interface Caller {
  readonly name: string;
  readonly roles: readonly Role[] | null;
  cookie?: string;
}

const CALLERS: Caller[] = [
  { name: 'anonymous', roles: null },
  { name: 'admin', roles: ['system-admin'] },
  { name: 'zhian', roles: ['department-admin'] },
  { name: 'drawer', roles: ['drawer'] },
  { name: 'supervisor', roles: ['supervisor'] },
  { name: 'leader', roles: ['leader'] },
  { name: 'inspector', roles: ['inspector'] },
  { name: 'auditor', roles: ['auditor'] },
];

function expectedAllowed(operationId: string, caller: Caller): boolean {
  const permission = PERMISSIONS[ROUTE_ACTIONS[operationId]!];
  if (permission.scope === 'witness-code') return false; // nobody here holds a witness code
  if (caller.roles === null) return 'anonymous' in permission && permission.anonymous;
  return permits(caller.roles, ROUTE_ACTIONS[operationId]!);
}

function errorCode(type: unknown, body: string): string {
  if (!String(type).includes('json')) return '';
  return (JSON.parse(body) as { error?: { code?: string } }).error?.code ?? '';
}

/** The first of a few generated requests that passes schema validation (checked without a session). */
async function validRequest(app: FastifyInstance, route: RouteSpec, objects: Record<string, string>) {
  let request = requestFor(route, objects, SEED);
  for (let seed = SEED; seed < SEED + 20 && route.body; seed++) {
    request = requestFor(route, objects, seed);
    const res = await app.inject(request);
    if (errorCode(res.headers['content-type'], res.body) !== 'validation-failed') break;
  }
  return request;
}

const ordered = (routes: RouteSpec[]) =>
  [...routes].sort((a, b) => SESSION_ENDERS.indexOf(a.operationId) - SESSION_ENDERS.indexOf(b.operationId));

onEachDatabase('every route as every role matches the permission table (issue 10.2)', (database) => {
  let app: FastifyInstance;
  let routes: RouteSpec[] = [];
  let objects: Record<string, string> = {};

  test('setup: demo data, one signed-in officer per role', { timeout: 180_000 }, async () => {
    await seedDemoIfEmpty(database());
    const zhian = (await unitRepository.byCode(database().db, 'LH-ZA'))!;
    await makeUser(database(), zhian, 'inspector', ['inspector']);
    // The account routes act on an account no caller uses: deactivating or resetting it ends no session here.
    const target = await makeUser(database(), zhian, 'matrix-target', ['inspector']);
    // The import error report names an import: 治安 gets one with a refused row.
    const rejected = [{ row: 2, column: '名称', code: 'required', message: '名称不能为空' }];
    const report = await importRepository.insert(database().db, {
      ...{ unitId: zhian.id, kind: 'entities', fileName: 'a.csv', fileSha256: '0'.repeat(64) },
      ...{ imported: 0, updated: 0, rejected },
    });
    // The demo directory is the district's; 治安 gets one entity of its own to write.
    const code = creditCode(990001);
    await entityRepository.insert(database().db, {
      unitId: zhian.id,
      kind: 'organisation',
      code,
      publicId: code,
      name: '临河区矩阵测试宾馆',
      regionCode: '150802',
      industry: '旅馆业',
      riskClass: 'B',
      riskFlags: [],
      status: 'active',
    });
    app = await testApp(database());
    await app.ready();
    for (const c of CALLERS.filter((c) => c.roles !== null))
      c.cookie = await loginCookie(app, c.name, c.name === 'inspector' ? undefined : DEMO_PASSWORD);
    routes = ordered(documentedRoutes(app));
    objects = { ...(await demoObjects(database())), accounts: target.id, imports: report.id };
  });
  after(async () => {
    await app?.close();
  });

  test('R-17.1 R-21.2 R-N.8 every route maps to an action of the permission table', () => {
    const unmapped = routes.filter((r) => !ROUTE_ACTIONS[r.operationId]).map((r) => `${r.method} ${r.path}`);
    assert.deepEqual(unmapped, [], 'routes without an action in ROUTE_ACTIONS');
    const served = new Set(routes.map((r) => r.operationId));
    assert.deepEqual(
      Object.keys(ROUTE_ACTIONS).filter((id) => !served.has(id)),
      [],
      'actions of routes that no longer exist',
    );
  });

  test(
    'R-17.1 R-21.2 R-N.8 R-3.1 each role is refused exactly where the table says',
    { timeout: 180_000 },
    async () => {
      const mismatches: string[] = [];
      let calls = 0;
      const started = Date.now();
      // An unmapped route is named by the test above.
      for (const route of routes.filter((r) => ROUTE_ACTIONS[r.operationId])) {
        const request = await validRequest(app, route, objects);
        for (const caller of CALLERS) {
          const res = await app.inject({
            ...request,
            headers: { ...request.headers, cookie: caller.cookie ?? '' },
          });
          calls++;
          const code = errorCode(res.headers['content-type'], res.body);
          const refused = REFUSED.has(code);
          const label = `${route.method} ${route.path} (${ROUTE_ACTIONS[route.operationId]}) as ${caller.name}`;
          if (res.statusCode >= 500) mismatches.push(`${label}: ${res.statusCode} ${res.body}`);
          else if (
            code === 'validation-failed' &&
            caller.roles === null &&
            !expectedAllowed(route.operationId, caller)
          )
            mismatches.push(`${label}: the request is invalid before the access check (${res.body})`);
          else if (refused === expectedAllowed(route.operationId, caller))
            mismatches.push(
              `${label}: expected ${refused ? 'allowed' : 'refused'}, got ${res.statusCode} ${code}`,
            );
        }
      }
      assert.deepEqual(mismatches, []);
      console.log(
        `access matrix: ${routes.length} routes × ${CALLERS.length} callers = ${calls} calls in ${Date.now() - started} ms`,
      );
    },
  );

  test('R-3.1 R-6.1 a sibling unit\u2019s department admin gets 404 or 403 on every route naming an object of 治安', async () => {
    const jiaojing = (await unitRepository.byCode(database().db, 'LH-JJ'))!;
    await makeUser(database(), jiaojing, 'jj-admin', ['department-admin']);
    const cookie = await loginCookie(app, 'jj-admin');
    const leaks: string[] = [];
    const named = routes.filter(
      (r) => r.path.startsWith('/api/admin/') && r.path.includes('{') && !r.path.includes('{year}'),
    );
    for (const route of named) {
      const request = await validRequest(app, route, objects);
      const res = await app.inject({ ...request, headers: { ...request.headers, cookie } });
      if (res.statusCode !== 404 && res.statusCode !== 403)
        leaks.push(`${route.method} ${route.path}: ${res.statusCode} ${res.body.slice(0, 120)}`);
    }
    assert.ok(named.length > 40, `${named.length} routes name an object`);
    assert.deepEqual(leaks, []);
  });

  test('R-17.1 the demo accounts obey separation of duties', async () => {
    assert.deepEqual(await accountService.breaches(database().db), []);
  });
});
