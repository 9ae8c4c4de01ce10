import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { ed25519Signer } from '../domain/draw/signature.ts';
import { onEachDatabase } from '../../test/support/databases.ts';
import { makeOrg, makeUser, PASSWORD } from '../../test/support/fixtures.ts';
import { testApp } from '../../test/support/server.ts';
import { csrfTokenOf } from './csrf.ts';

onEachDatabase('issue 10.5: CSRF token on cookie-authenticated writes', (database) => {
  let app: FastifyInstance;
  let session = '';
  let token = '';
  const newKey = () => ({
    scheme: 'ed25519',
    publicKey: ed25519Signer(randomBytes(32)).publicKey,
    label: '测试浏览器',
  });
  const register = (headers: Record<string, string>, payload: object | string = newKey()) =>
    app.inject({ method: 'POST', url: '/api/admin/signing-keys', headers, payload });
  const codeOf = (res: { json: <T>() => T }) => res.json<{ error: { code: string } }>().error.code;

  test('setup: sign-in sets the session cookie and a readable CSRF cookie derived from it', async () => {
    const org = await makeOrg(database());
    await makeUser(database(), org.zhian, 'csrf-user', ['department-admin']);
    app = await testApp(database());
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'csrf-user', password: PASSWORD },
    });
    assert.equal(res.statusCode, 200);
    const cookie = (name: string) => res.cookies.find((c) => c.name === name);
    session = cookie('ss_session')!.value;
    token = cookie('ss_csrf')!.value;
    assert.equal(cookie('ss_csrf')!.httpOnly, undefined, 'the app must be able to read it');
    assert.equal(cookie('ss_csrf')!.sameSite, 'Strict');
    assert.equal(token, csrfTokenOf(session));
    assert.notEqual(token, session);
  });

  test('issue 10.5: a write with a valid session cookie but no X-CSRF-Token is refused (403 csrf-token-invalid)', async () => {
    const res = await register({ cookie: `ss_session=${session}` });
    assert.equal(res.statusCode, 403);
    assert.equal(codeOf(res), 'csrf-token-invalid');
    assert.match(res.json<{ error: { message: string } }>().error.message, /防跨站令牌/);
  });

  test('issue 10.5: a cross-origin text/plain POST with the cookie and no token is refused (403), with or without Origin', async () => {
    const body = JSON.stringify(newKey());
    const withOrigin = await register(
      { cookie: `ss_session=${session}`, origin: 'https://evil.example', 'content-type': 'text/plain' },
      body,
    );
    assert.equal(withOrigin.statusCode, 403);
    // A browser that sends no Origin (or a same-site subdomain): only the token stops it.
    const noOrigin = await register({ cookie: `ss_session=${session}`, 'content-type': 'text/plain' }, body);
    assert.equal(noOrigin.statusCode, 403);
    assert.equal(codeOf(noOrigin), 'csrf-token-invalid');
  });

  test('issue 10.5: a wrong token, another session’s token or a token in the cookie only is refused', async () => {
    const other = csrfTokenOf('another-session-token');
    for (const headers of [
      { cookie: `ss_session=${session}`, 'x-csrf-token': other },
      // One character changed (a token ending in A would otherwise stay the same: this failed 1 run in 64).
      {
        cookie: `ss_session=${session}`,
        'x-csrf-token': `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`,
      },
      { cookie: `ss_session=${session}`, 'x-csrf-token': '' },
      { cookie: `ss_session=${session}; ss_csrf=${token}`, 'x-csrf-token': 'x' },
    ]) {
      const res = await register(headers);
      assert.equal(res.statusCode, 403, JSON.stringify(headers));
      assert.equal(codeOf(res), 'csrf-token-invalid');
    }
    const logout = await app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: `ss_session=${session}` },
    });
    assert.equal(logout.statusCode, 403, 'signing out is a write too');
  });

  test('issue 10.5: with the right token the write passes; reads and sign-in need none', async () => {
    const ok = await register({ cookie: `ss_session=${session}`, 'x-csrf-token': token });
    assert.equal(ok.statusCode, 201, ok.body);
    const read = await app.inject({
      url: '/api/admin/signing-keys',
      headers: { cookie: `ss_session=${session}` },
    });
    assert.equal(read.statusCode, 200);
    const again = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { cookie: `ss_session=${session}` },
      payload: { username: 'csrf-user', password: PASSWORD },
    });
    assert.equal(again.statusCode, 200);
  });

  test('issue 10.5: /api/auth/me gives the token back to a session that lost its cookie', async () => {
    const me = await app.inject({ url: '/api/auth/me', headers: { cookie: `ss_session=${session}` } });
    assert.equal(me.statusCode, 200);
    assert.equal(me.cookies.find((c) => c.name === 'ss_csrf')?.value, token);
  });
});
