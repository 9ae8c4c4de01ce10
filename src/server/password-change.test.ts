import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { userRepository } from '../db/repositories/user.repository.ts';
import { DEMO_PASSWORD, hashPassword } from '../services/auth.service.ts';
import { onEachDatabase } from '../../test/support/databases.ts';
import { sendingCsrfToken } from '../../test/support/server.ts';
import { makeOrg, makeUser } from '../../test/support/fixtures.ts';
import { buildApp } from './app.ts';

onEachDatabase('issue 10.5: demo passwords outside demo mode, Secure cookies behind HTTPS', (database) => {
  let production: FastifyInstance;
  let demo: FastifyInstance;
  const NEW_PASSWORD = 'Lin-he#2027-plan';
  const login = (app: FastifyInstance, password: string, headers: Record<string, string> = {}) =>
    app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'demo-admin', password },
      headers,
    });
  const cookieOf = (res: Awaited<ReturnType<typeof login>>) =>
    ['ss_session', 'ss_csrf'].map((n) => `${n}=${res.cookies.find((c) => c.name === n)!.value}`).join('; ');

  test('setup', async () => {
    const org = await makeOrg(database());
    const user = await makeUser(database(), org.zhian, 'demo-admin', ['department-admin']);
    await userRepository.setPassword(database().db, user.id, await hashPassword(DEMO_PASSWORD));
    const config = { secureCookies: 'auto' as const, logLevel: 'silent', trustProxy: true };
    production = sendingCsrfToken(
      await buildApp({ database: database(), config: { ...config, demoMode: false }, logger: false }),
    );
    demo = sendingCsrfToken(
      await buildApp({ database: database(), config: { ...config, demoMode: true }, logger: false }),
    );
  });

  test('outside demo mode the published demo password opens only the password change', async () => {
    const res = await login(production, DEMO_PASSWORD);
    assert.equal(res.statusCode, 200);
    assert.equal(res.json<{ user: { mustChangePassword: boolean } }>().user.mustChangePassword, true);
    const cookie = cookieOf(res);
    const blocked = await production.inject({ method: 'GET', url: '/api/admin/plans', headers: { cookie } });
    assert.equal(blocked.statusCode, 403);
    const error = blocked.json<{ error: { code: string; message: string } }>().error;
    assert.equal(error.code, 'password-change-required');
    assert.match(error.message, /演示密码/);
    const me = await production.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    assert.equal(me.json<{ user: { mustChangePassword: boolean } }>().user.mustChangePassword, true);

    // The demo password itself is refused as the new one.
    const same = await production.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: { cookie },
      payload: { currentPassword: DEMO_PASSWORD, newPassword: DEMO_PASSWORD },
    });
    assert.equal(same.statusCode, 400);

    const changed = await production.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: { cookie },
      payload: { currentPassword: DEMO_PASSWORD, newPassword: NEW_PASSWORD },
    });
    assert.equal(changed.statusCode, 204, changed.body);
    const after = await production.inject({ method: 'GET', url: '/api/admin/plans', headers: { cookie } });
    assert.equal(after.statusCode, 200);

    const again = await login(production, NEW_PASSWORD);
    assert.equal(again.json<{ user: { mustChangePassword: boolean } }>().user.mustChangePassword, false);
    await userRepository.setPassword(
      database().db,
      again.json<{ user: { id: string } }>().user.id,
      await hashPassword(DEMO_PASSWORD),
    );
  });

  test('in demo mode the demo password works as is', async () => {
    const res = await login(demo, DEMO_PASSWORD);
    assert.equal(res.json<{ user: { mustChangePassword: boolean } }>().user.mustChangePassword, false);
    const list = await demo.inject({
      method: 'GET',
      url: '/api/admin/plans',
      headers: { cookie: cookieOf(res) },
    });
    assert.equal(list.statusCode, 200);
  });

  test('the session cookie is Secure on HTTPS (here through a trusted proxy) and not on plain HTTP', async () => {
    const https = await login(demo, DEMO_PASSWORD, { 'x-forwarded-proto': 'https' });
    assert.equal(https.cookies.find((c) => c.name === 'ss_session')?.secure, true);
    const http = await login(demo, DEMO_PASSWORD);
    assert.notEqual(http.cookies.find((c) => c.name === 'ss_session')?.secure, true);
  });

  test('teardown', async () => {
    await production.close();
    await demo.close();
  });
});
