import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { Secret, TOTP } from 'otpauth';
import { onEachDatabase } from '../../test/support/databases.ts';
import { actorAt, makeOrg, makeUser, PASSWORD } from '../../test/support/fixtures.ts';
import { userRepository } from '../db/repositories/user.repository.ts';
import { totpService } from '../services/totp.service.ts';
import { loginCookie, testApp } from '../../test/support/server.ts';

/** What the officer's phone shows: computed from the secret the server handed out, independently of it. */
const codeAt = (secret: string, at: number) =>
  new TOTP({ secret: Secret.fromBase32(secret), period: 30, digits: 6, algorithm: 'SHA1' }).generate({
    timestamp: at,
  });

onEachDatabase('issue 10.5: optional second factor (TOTP, RFC 6238) for an administrator', (database) => {
  let app: FastifyInstance;
  let cookie: string;
  let secret: string;
  let org: Awaited<ReturnType<typeof makeOrg>>;
  const login = (payload: Record<string, string>) =>
    app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'sysadmin', ...payload } });
  const post = (url: string, payload?: unknown) =>
    app.inject({ method: 'POST', url, headers: { cookie }, ...(payload ? { payload } : {}) });
  const errorOf = (res: { json: <T>() => T }) =>
    res.json<{ error: { code: string; message: string } }>().error;

  test('setup', async () => {
    org = await makeOrg(database());
    await makeUser(database(), org.city, 'sysadmin', ['system-admin']);
    app = await testApp(database());
    cookie = await loginCookie(app, 'sysadmin');
  });

  test('enrolling: a secret and an otpauth URI; a wrong code does not turn it on', async () => {
    const started = await post('/api/auth/totp/setup');
    assert.equal(started.statusCode, 200);
    const body = started.json<{ secret: string; uri: string }>();
    secret = body.secret;
    assert.match(body.uri, /^otpauth:\/\/totp\/.*sysadmin\?.*secret=[A-Z2-7]+/);
    assert.match(decodeURIComponent(body.uri), /issuer=双随平台/);
    const wrong = await post('/api/auth/totp/enable', { totp: codeAt(secret, Date.now() - 600_000) });
    assert.equal(wrong.statusCode, 400);
    assert.match(errorOf(wrong).message, /动态验证码不正确/);
    // Not on yet: the password alone still signs in.
    assert.equal((await login({ password: PASSWORD })).statusCode, 200);
    const badShape = await post('/api/auth/totp/enable', { totp: '12ab56' });
    assert.equal(badShape.statusCode, 400);
    assert.match(errorOf(badShape).message, /动态验证码/);
    const enabled = await post('/api/auth/totp/enable', { totp: codeAt(secret, Date.now()) });
    assert.equal(enabled.statusCode, 204, enabled.body);
    const me = await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    assert.equal(me.json<{ user: { totpEnabled: boolean } }>().user.totpEnabled, true);
  });

  test('signing in then needs the current code, each code once; wrong codes count as failed sign-ins', async () => {
    const noCode = await login({ password: PASSWORD });
    assert.equal(noCode.statusCode, 401);
    assert.equal(errorOf(noCode).code, 'totp-required');
    // A wrong password never reveals whether the account has a second factor.
    const wrongPassword = await login({ password: 'Wrong-password-1' });
    assert.equal(errorOf(wrongPassword).code, 'invalid-credentials');

    const next = codeAt(secret, Date.now() + 30_000);
    const ok = await login({ password: PASSWORD, totp: next });
    assert.equal(ok.statusCode, 200, ok.body);
    const replay = await login({ password: PASSWORD, totp: next });
    assert.equal(replay.statusCode, 401);
    assert.equal(errorOf(replay).code, 'invalid-totp');
    const old = await login({ password: PASSWORD, totp: codeAt(secret, Date.now() - 300_000) });
    assert.equal(errorOf(old).code, 'invalid-totp');
  });

  test('turning it off needs the password and a code not used before', async () => {
    const noPassword = await post('/api/auth/totp/disable', { password: 'nope-nope-1', totp: '000000' });
    assert.equal(noPassword.statusCode, 400);
    assert.match(errorOf(noPassword).message, /密码错误/);
    // The sign-in above used the next step's code: this step's is now spent as well.
    const spent = await post('/api/auth/totp/disable', {
      password: PASSWORD,
      totp: codeAt(secret, Date.now()),
    });
    assert.equal(spent.statusCode, 400);
    // A minute later (the clock passed in), the code then shown turns it off.
    const user = await userRepository.byUsername(database().db, 'sysadmin');
    const at = Date.now() + 60_000;
    const actor = { ...actorAt(org.city, 'system-admin'), userId: user!.id };
    await totpService.disable(database().db, actor, PASSWORD, codeAt(secret, at), at);
    assert.equal((await login({ password: PASSWORD })).statusCode, 200);
  });

  test('teardown', async () => {
    await app.close();
  });
});
