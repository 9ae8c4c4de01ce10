import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { onEachDatabase } from '../../../../test/support/databases.ts';
import { makeOrg, makeUser, type Org } from '../../../../test/support/fixtures.ts';
import { loginCookie, testApp } from '../../../../test/support/server.ts';
import { accountCredentialsService } from '../../../services/account-credentials.service.ts';
import { systemActor } from '../../../services/actor.ts';

interface Account {
  id: string;
  username: string;
  roles: string[];
  active: boolean;
  mustChangePassword: boolean;
}
type Created = { account: Account; generatedPassword?: string };

onEachDatabase('issue 10.2 10.5 account management routes', (database) => {
  let app: FastifyInstance;
  let org: Org;
  let admin: string;
  const call = (method: 'GET' | 'POST' | 'PUT', url: string, cookie: string, payload?: object) =>
    app.inject({ method, url: `/api/admin/accounts${url}`, headers: { cookie }, payload });
  const login = (username: string, password: string) =>
    app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  const cookieOf = (res: Awaited<ReturnType<typeof login>>) =>
    ['ss_session', 'ss_csrf'].map((n) => `${n}=${res.cookies.find((c) => c.name === n)!.value}`).join('; ');
  const errorOf = (res: { json: <T>() => T }) =>
    res.json<{ error: { code: string; message: string } }>().error;

  test('setup', async () => {
    org = await makeOrg(database());
    await makeUser(database(), org.district, 'lh-admin', ['system-admin']);
    await makeUser(database(), org.otherDistrict, 'wy-admin', ['system-admin']);
    await makeUser(database(), org.zhian, 'za-leader', ['department-admin']);
    app = await testApp(database());
    admin = await loginCookie(app, 'lh-admin');
  });

  test('issue 10.5 R-10.3 a created account signs in forced to change its generated password, then works', async () => {
    const res = await call('POST', '', admin, {
      username: 'wang.jg',
      displayName: '王建国',
      unitId: org.zhian.id,
      roles: ['drawer'],
    });
    assert.equal(res.statusCode, 201, res.body);
    const { account, generatedPassword } = res.json<Created>();
    assert.equal(account.mustChangePassword, true);
    assert.match(generatedPassword!, /^[\w]{4}-[\w]{4}-[\w]{4}-[\w]{4}$/);

    const first = await login('wang.jg', generatedPassword!);
    assert.equal(first.statusCode, 200);
    assert.equal(first.json<{ user: { mustChangePassword: boolean } }>().user.mustChangePassword, true);
    const cookie = cookieOf(first);
    const blocked = await app.inject({ method: 'GET', url: '/api/admin/plans', headers: { cookie } });
    assert.equal(blocked.statusCode, 403);
    assert.equal(errorOf(blocked).code, 'password-change-required');
    assert.match(errorOf(blocked).message, /初始密码/);
    const changed = await app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: { cookie },
      payload: { currentPassword: generatedPassword, newPassword: 'Wang#Jg-2027-own' },
    });
    assert.equal(changed.statusCode, 204, changed.body);
    const after = await app.inject({ method: 'GET', url: '/api/admin/plans', headers: { cookie } });
    assert.equal(after.statusCode, 200);
    // The flag is gone from the account too: the next sign-in is not forced.
    const again = await login('wang.jg', 'Wang#Jg-2027-own');
    assert.equal(again.json<{ user: { mustChangePassword: boolean } }>().user.mustChangePassword, false);

    const audit = await app.inject({
      method: 'GET',
      url: `/api/admin/audit?objectType=user&objectId=${account.id}`,
      headers: { cookie: admin },
    });
    const actions = audit.json<{ rows: { action: string }[] }>().rows.map((r) => r.action);
    assert.ok(actions.includes('user.create'), actions.join());
  });

  test('issue 10.2 R-17.1 incompatible roles and bad input are refused in Chinese, at their field', async () => {
    const base = { displayName: '李四', unitId: org.zhian.id, password: 'Li-Si#2026-abc' };
    const both = await call('POST', '', admin, {
      ...base,
      username: 'lisi',
      roles: ['drawer', 'supervisor'],
    });
    assert.equal(both.statusCode, 400);
    assert.equal(errorOf(both).code, 'incompatible-roles');
    assert.match(errorOf(both).message, /^同一账号不能同时担任抽取人和监督人/);
    const badName = await call('POST', '', admin, { ...base, username: 'Li Si', roles: ['drawer'] });
    assert.equal(errorOf(badName).code, 'validation-failed');
    assert.match(errorOf(badName).message, /用户名须为/);
    const weak = await call('POST', '', admin, {
      ...base,
      username: 'lisi',
      roles: ['drawer'],
      password: 'abc',
    });
    assert.equal(weak.statusCode, 400);
    assert.match(errorOf(weak).message, /新密码至少/);
    const ok = await call('POST', '', admin, { ...base, username: 'lisi', roles: ['drawer'] });
    assert.equal(ok.statusCode, 201);
    assert.equal(ok.json<Created>().generatedPassword, undefined, 'a typed password is not echoed');
    const dup = await call('POST', '', admin, { ...base, username: 'lisi', roles: ['drawer'] });
    assert.equal(dup.statusCode, 409);
    assert.equal(errorOf(dup).code, 'username-taken');
    // Two administrators creating one name at the same moment: one account, the other a 409, never a 500.
    const racing = await Promise.all(
      [1, 2].map(() => call('POST', '', admin, { ...base, username: 'wangwu', roles: ['drawer'] })),
    );
    assert.deepEqual(racing.map((r) => r.statusCode).sort(), [201, 409]);
    const id = ok.json<Created>().account.id;
    const roles = await call('PUT', `/${id}/roles`, admin, { roles: ['drawer', 'leader'] });
    assert.equal(errorOf(roles).code, 'incompatible-roles');
    const fine = await call('PUT', `/${id}/roles`, admin, { roles: ['supervisor'] });
    assert.deepEqual(fine.json<{ account: Account }>().account.roles, ['supervisor']);
  });

  test('issue 10.2 R-3.1 another unit\u2019s administrator neither sees nor manages the accounts', async () => {
    const wy = await loginCookie(app, 'wy-admin');
    const list = await call('GET', '?pageSize=100', wy, undefined);
    const names = list.json<{ rows: Account[] }>().rows.map((a) => a.username);
    assert.deepEqual(names, ['wy-admin']);
    const mine = await call('GET', '?q=lisi', admin, undefined);
    const lisi = mine.json<{ rows: Account[] }>().rows[0]!;
    for (const [method, url, payload] of [
      ['GET', `/${lisi.id}`, undefined],
      ['PUT', `/${lisi.id}/roles`, { roles: ['drawer'] }],
      ['PUT', `/${lisi.id}/active`, { active: false }],
      ['POST', `/${lisi.id}/password-reset`, {}],
      ['POST', `/${lisi.id}/totp-reset`, undefined],
    ] as const)
      assert.equal((await call(method, url, wy, payload)).statusCode, 404, `${method} ${url}`);
    const create = await call('POST', '', wy, {
      username: 'wy-new',
      displayName: '五原',
      unitId: org.zhian.id,
      roles: ['drawer'],
    });
    assert.equal(create.statusCode, 404);
    const filtered = await call('GET', `?unitId=${org.zhian.id}&hasRole=supervisor&active=true`, admin);
    assert.deepEqual(
      filtered.json<{ rows: Account[] }>().rows.map((a) => a.username),
      ['lisi'],
    );
  });

  test('issue 10.5 a deactivated account cannot sign in and its sessions end; reactivated it can', async () => {
    const session = cookieOf(await login('lisi', 'Li-Si#2026-abc'));
    const lisi = (await call('GET', '?q=lisi', admin)).json<{ rows: Account[] }>().rows[0]!;
    const off = await call('PUT', `/${lisi.id}/active`, admin, { active: false });
    assert.equal(off.json<{ account: Account }>().account.active, false);
    const me = await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: session } });
    assert.equal(me.statusCode, 401);
    assert.equal((await login('lisi', 'Li-Si#2026-abc')).statusCode, 401);
    await call('PUT', `/${lisi.id}/active`, admin, { active: true });
    assert.equal((await login('lisi', 'Li-Si#2026-abc')).statusCode, 200);
  });

  test('issue 10.5 a password reset ends the sessions and forces a change; the TOTP reset clears it', async () => {
    const session = cookieOf(await login('lisi', 'Li-Si#2026-abc'));
    const lisi = (await call('GET', '?q=lisi', admin)).json<{ rows: Account[] }>().rows[0]!;
    const reset = await call('POST', `/${lisi.id}/password-reset`, admin, {});
    const { generatedPassword, account } = reset.json<Created>();
    assert.equal(account.mustChangePassword, true);
    const me = await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: session } });
    assert.equal(me.statusCode, 401);
    assert.equal((await login('lisi', 'Li-Si#2026-abc')).statusCode, 401);
    const fresh = await login('lisi', generatedPassword!);
    assert.equal(fresh.json<{ user: { mustChangePassword: boolean } }>().user.mustChangePassword, true);
    const totp = await call('POST', `/${lisi.id}/totp-reset`, admin);
    assert.equal(totp.json<{ account: { totpEnabled: boolean } }>().account.totpEnabled, false);
  });

  test('issue 10.5 the administrator cannot deactivate itself, reset its own password or TOTP, nor remove the last system administrator', async () => {
    const self = (await call('GET', '?q=lh-admin', admin)).json<{ rows: Account[] }>().rows[0]!;
    const own = await call('PUT', `/${self.id}/active`, admin, { active: false });
    assert.equal(own.statusCode, 409);
    assert.equal(errorOf(own).code, 'own-account');
    // Nor reset its own password or TOTP: a stolen session would take the account over (found probing).
    for (const path of ['password-reset', 'totp-reset']) {
      const reset = await call('POST', `/${self.id}/${path}`, admin, {});
      assert.equal(reset.statusCode, 409, path);
      assert.equal(errorOf(reset).code, 'own-account', path);
    }
    // The city's administrator takes the other two away, then is the last one itself.
    await makeUser(database(), org.city, 'city-admin', ['system-admin']);
    const city = await loginCookie(app, 'city-admin');
    const all = (await call('GET', '?hasRole=system-admin', city)).json<{ rows: Account[] }>().rows;
    const byName = new Map(all.map((a) => [a.username, a.id]));
    for (const name of ['wy-admin', 'lh-admin'])
      assert.equal(
        (await call('PUT', `/${byName.get(name)}/active`, city, { active: false })).statusCode,
        200,
      );
    const demote = await call('PUT', `/${byName.get('city-admin')}/roles`, city, { roles: ['auditor'] });
    assert.equal(demote.statusCode, 409);
    assert.equal(errorOf(demote).code, 'last-system-admin');
    assert.match(errorOf(demote).message, /最后一个启用的系统管理员/);
    const cli = systemActor(org.city);
    const last = await accountCredentialsService
      .setActive(database().db, cli, byName.get('city-admin')!, false)
      .catch((e: unknown) => e);
    assert.equal((last as { code?: string }).code, 'last-system-admin');
  });

  test('issue 10.2 roles without account.manage get 403 on every account route', async () => {
    const leader = await loginCookie(app, 'za-leader');
    for (const [method, url] of [
      ['GET', ''],
      ['POST', ''],
    ] as const) {
      const res = await call(
        method,
        url,
        leader,
        method === 'POST'
          ? { username: 'x-y', displayName: 'x', unitId: org.zhian.id, roles: ['drawer'] }
          : undefined,
      );
      assert.equal(res.statusCode, 403, `${method} ${url}`);
      assert.equal(errorOf(res).code, 'forbidden');
    }
  });
});
