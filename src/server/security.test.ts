import { test } from 'node:test';
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { listenOnLoopback } from '../../test/support/browser.ts';
import { onEachDatabase } from '../../test/support/databases.ts';
import { makeOrg, makeUser, PASSWORD } from '../../test/support/fixtures.ts';
import { loginCookie, testApp } from '../../test/support/server.ts';
import { ACCOUNT_FAILURES, LoginThrottle, WINDOW_MS } from '../services/login-throttle.ts';

onEachDatabase('accounts and browsers: throttled logins, cross-site writes, security headers', (database) => {
  let app: FastifyInstance;
  const login = (username: string, password: string, ip = '10.0.0.1') =>
    app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password },
      remoteAddress: ip,
    });

  test('setup', async () => {
    const org = await makeOrg(database());
    await makeUser(database(), org.zhian, 'guessme', ['department-admin']);
    await makeUser(database(), org.zhian, 'writer', ['department-admin']);
    app = await testApp(database());
  });

  test('what Node’s HTTP parser refuses (headers past its limit, a NUL in the request line, Content-Length with chunking) gets a Chinese error body with a stable code', async () => {
    const own = await testApp(database());
    const { port } = new URL(await listenOnLoopback(own));
    const raw = (request: string) =>
      new Promise<string>((resolve, reject) => {
        const chunks: Buffer[] = [];
        const socket = connect(Number(port), '127.0.0.1', () => socket.write(request));
        socket.on('data', (c: Buffer) => chunks.push(c));
        socket.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
        socket.on('error', reject);
      });
    const bodyOf = (response: string) =>
      JSON.parse(response.slice(response.indexOf('\r\n\r\n') + 4)) as {
        error: { code: string; message: string };
      };
    try {
      const big = await raw(`GET /api/public/results?q=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`);
      assert.match(big, /^HTTP\/1\.1 431 /);
      assert.equal(bodyOf(big).error.code, 'headers-too-large');
      assert.match(bodyOf(big).error.message, /请求头或网址过长/);
      for (const request of [
        'GET /api/public/items\0 HTTP/1.1\r\nHost: x\r\n\r\n',
        'POST /api/public/items HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
      ]) {
        const response = await raw(request);
        assert.match(response, /^HTTP\/1\.1 400 /, JSON.stringify(request));
        assert.deepEqual(bodyOf(response).error, { code: 'bad-request', message: '请求格式错误，无法解析' });
      }
    } finally {
      await own.close();
    }
  });

  test('issue 10: after 5 wrong passwords the account is locked for 15 minutes, even for the right one', async () => {
    for (let k = 0; k < ACCOUNT_FAILURES; k++)
      assert.equal((await login('guessme', `wrong-${k}`)).statusCode, 401);
    const locked = await login('guessme', PASSWORD);
    assert.equal(locked.statusCode, 429);
    const body = locked.json<{ error: { code: string; message: string } }>();
    assert.equal(body.error.code, 'too-many-attempts');
    assert.match(body.error.message, /分钟后再试/);
    // Another account from another address is not affected.
    assert.equal((await login('writer', PASSWORD, '10.0.0.2')).statusCode, 200);
  });

  test('issue 10: the lock ends after the window; a right password clears the count', () => {
    let now = 0;
    const throttle = new LoginThrottle(() => now);
    for (let k = 0; k < ACCOUNT_FAILURES; k++) throttle.failed('a', 'ip');
    assert.throws(() => throttle.check('A', 'ip2'), /登录失败次数过多/);
    now = WINDOW_MS + 1;
    throttle.check('a', 'ip');
    throttle.failed('a', 'ip');
    throttle.succeeded('a');
    throttle.check('a', 'ip');
  });

  test('issue 10: a cross-site write with the session cookie is refused (403), a same-site one passes', async () => {
    const cookie = await loginCookie(app, 'writer');
    const body = { name: 'x' };
    const cross = await app.inject({
      method: 'POST',
      url: '/api/admin/plans',
      headers: { cookie, origin: 'https://evil.example', 'content-type': 'text/plain' },
      payload: JSON.stringify(body),
    });
    assert.equal(cross.statusCode, 403);
    assert.equal(cross.json<{ error: { code: string } }>().error.code, 'forbidden');
    const fetchSite = await app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie, 'sec-fetch-site': 'cross-site' },
    });
    assert.equal(fetchSite.statusCode, 403);
    const same = await app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie, origin: 'http://localhost:80', host: 'localhost:80' },
    });
    assert.equal(same.statusCode, 204);
  });

  test('issue 10: security headers on API answers, a CSP the apps pass', async () => {
    const res = await app.inject({ url: '/api/health' });
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    assert.equal(res.headers['x-frame-options'], 'DENY');
    assert.match(String(res.headers['content-security-policy']), /default-src 'self'/);
    assert.match(String(res.headers['content-security-policy']), /frame-ancestors 'none'/);
  });
});

onEachDatabase('accounts: password change under a policy, sign out everywhere', (database) => {
  let app: FastifyInstance;
  const post = (url: string, cookie: string, payload?: object) =>
    app.inject({ method: 'POST', url, headers: { cookie }, ...(payload && { payload }) });

  test('setup', async () => {
    const org = await makeOrg(database(), '2');
    await makeUser(database(), org.zhian, 'changer', ['department-admin']);
    await makeUser(database(), org.zhian, 'guesser', ['department-admin']);
    app = await testApp(database());
  });

  test('issue 10: wrong current passwords on the password change are limited like sign-ins — a stolen session cannot guess it at will', async () => {
    const session = await loginCookie(app, 'guesser');
    for (let k = 0; k < ACCOUNT_FAILURES; k++) {
      const wrong = await post('/api/auth/password', session, {
        currentPassword: `wrong-${k}`,
        newPassword: 'Guess-New#2026-xyz',
      });
      assert.equal(wrong.statusCode, 401, wrong.body);
    }
    const locked = await post('/api/auth/password', session, {
      currentPassword: PASSWORD,
      newPassword: 'Guess-New#2026-xyz',
    });
    assert.equal(locked.statusCode, 429, locked.body);
    assert.equal(locked.json<{ error: { code: string } }>().error.code, 'too-many-attempts');
  });

  test('issue 10: a weak, reused or demo password is refused with the reasons in Chinese; a good one ends the other sessions', async () => {
    const phone = await loginCookie(app, 'changer');
    const desk = await loginCookie(app, 'changer');
    const weak = await post('/api/auth/password', desk, {
      currentPassword: PASSWORD,
      newPassword: 'changer1',
    });
    assert.equal(weak.statusCode, 400);
    const messages = weak
      .json<{ error: { details: { message: string }[] } }>()
      .error.details.map((d) => d.message);
    assert.ok(
      messages.some((m) => m.includes('至少 10 个字符')) && messages.some((m) => m.includes('用户名')),
    );
    const demo = await post('/api/auth/password', desk, {
      currentPassword: PASSWORD,
      newPassword: 'Demo@2026',
    });
    assert.equal(demo.statusCode, 400);
    const wrong = await post('/api/auth/password', desk, {
      currentPassword: 'nope',
      newPassword: 'Xyz-Strong-2026',
    });
    assert.equal(wrong.statusCode, 401);
    const ok = await post('/api/auth/password', desk, {
      currentPassword: PASSWORD,
      newPassword: 'Xyz-Strong-2026',
    });
    assert.equal(ok.statusCode, 204);
    assert.equal((await app.inject({ url: '/api/auth/me', headers: { cookie: desk } })).statusCode, 200);
    assert.equal((await app.inject({ url: '/api/auth/me', headers: { cookie: phone } })).statusCode, 401);
    const fresh = await loginCookie(app, 'changer', 'Xyz-Strong-2026');
    assert.equal((await post('/api/auth/sessions/revoke-all', fresh)).statusCode, 204);
    assert.equal((await app.inject({ url: '/api/auth/me', headers: { cookie: desk } })).statusCode, 401);
  });
});

onEachDatabase(
  'separation of duties: the system administrator holds no other role (issue 10.2)',
  (database) => {
    let app: FastifyInstance;

    test('setup', async () => {
      const org = await makeOrg(database(), '3');
      await makeUser(database(), org.district, 'sysadmin', ['system-admin']);
      app = await testApp(database());
    });

    test('issue 10.2 a system administrator cannot approve a plan or a change, and is offered as neither drawer nor supervisor', async () => {
      const cookie = await loginCookie(app, 'sysadmin');
      const id = '00000000-0000-4000-8000-000000000000';
      for (const url of [
        `/api/admin/plans/${id}/approve`,
        `/api/admin/replacement-applications/${id}/approve`,
      ]) {
        const res = await app.inject({ method: 'POST', url, headers: { cookie }, payload: { note: '' } });
        assert.equal(res.statusCode, 403, url);
      }
      const officers = await app.inject({ url: '/api/admin/draw-officers', headers: { cookie } });
      const body = officers.json<{
        drawers: { displayName: string }[];
        supervisors: { displayName: string }[];
      }>();
      assert.ok(![...body.drawers, ...body.supervisors].some((o) => o.displayName === 'sysadmin'));
    });
  },
);
