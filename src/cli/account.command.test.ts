import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { openDatabase } from '../db/database.ts';
import { login } from '../services/auth.service.ts';

const root = new URL('../../', import.meta.url).pathname;
const cli = (args: string[], dataDir: string, input?: string) =>
  spawnSync(process.execPath, [join(root, 'bin/shuangsui.mjs'), ...args], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', LOG_SIGNING_KEY: '' },
    encoding: 'utf8',
    input,
  });

async function signIn(dataDir: string, username: string, password: string) {
  const handle = await openDatabase({ dataDir });
  try {
    return (await login(handle.db, username, password, false)).user;
  } finally {
    await handle.close();
  }
}

test(
  'issue 10.5 shuangsui account: the first system administrator of a fresh install, forced to change its password',
  { timeout: 180_000 },
  async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ss-account-'));
    try {
      assert.equal(cli(['seed', 'demo'], dir).status, 0);
      const add = ['account', 'add', '--username', 'first.admin', '--name', '首位管理员', '--unit', 'LH'];
      const made = cli([...add, '--roles', 'system-admin', '--json'], dir);
      assert.equal(made.status, 0, made.stderr);
      const out = JSON.parse(made.stdout) as { account: { roles: string[] }; generatedPassword: string };
      assert.deepEqual(out.account.roles, ['system-admin']);
      const user = await signIn(dir, 'first.admin', out.generatedPassword);
      assert.equal(user.mustChangePassword, true);

      const clash = cli([...add.slice(0, 3), 'second', ...add.slice(4), '--roles', 'drawer,supervisor'], dir);
      assert.equal(clash.status, 1);
      assert.match(clash.stderr, /incompatible-roles.*同一账号不能同时担任抽取人和监督人/);
      const taken = cli([...add, '--roles', 'auditor', '--json'], dir);
      assert.equal(taken.status, 1);
      assert.equal((JSON.parse(taken.stdout) as { error: string }).error, 'username-taken');

      const reset = cli(
        ['account', 'reset-password', '--username', 'first.admin', '--password-stdin'],
        dir,
        'Own-Pass#2027x\n',
      );
      assert.equal(reset.status, 0, reset.stderr);
      assert.match(
        reset.stdout,
        /已重置密码：first\.admin（首位管理员，巴彦淖尔市公安局临河区分局，系统管理员）/,
      );
      assert.doesNotMatch(reset.stdout, /初始密码/, 'a typed password is not printed');
      assert.equal((await signIn(dir, 'first.admin', 'Own-Pass#2027x')).mustChangePassword, true);

      assert.equal(cli(['account'], dir).status, 2);
      assert.equal(cli(['account', 'add', '--username', 'x'], dir).status, 2);
      assert.equal(cli(['account', 'reset-password', '--username', 'nobody'], dir).status, 1);
      const help = cli(['account', '--help'], dir);
      assert.equal(help.status, 0);
      assert.match(help.stdout, /--password-stdin/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
);
