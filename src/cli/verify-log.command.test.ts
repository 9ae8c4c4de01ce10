import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows } from '../db/database.ts';

const root = new URL('../../', import.meta.url).pathname;
const env = (dataDir: string) => ({
  ...process.env,
  DATA_DIR: dataDir,
  DATABASE_URL: '',
  PORT: '0',
  LOG_SIGNING_KEY: '',
});
const cli = (args: string[], dataDir: string) =>
  spawnSync(process.execPath, [join(root, 'bin/shuangsui.mjs'), ...args], {
    cwd: root,
    env: env(dataDir),
    encoding: 'utf8',
  });

/** Runs `start` until it serves (then stops it) or exits; returns its exit code and output. */
function start(dataDir: string): Promise<{ code: number | null; out: string }> {
  const child = spawn(process.execPath, [join(root, 'bin/shuangsui.mjs'), 'start'], {
    cwd: root,
    env: env(dataDir),
  });
  let out = '';
  const read = (b: Buffer) => {
    out += b.toString();
    if (out.includes('双随平台已启动')) child.kill('SIGTERM');
  };
  child.stdout.on('data', read);
  child.stderr.on('data', read);
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, out })));
}

async function onData<T>(
  dataDir: string,
  fn: (db: Awaited<ReturnType<typeof openDatabase>>['db']) => Promise<T>,
) {
  const handle = await openDatabase({ dataDir });
  try {
    return await fn(handle.db);
  } finally {
    await handle.close();
  }
}

void test('R-10.3 issue 10.3 `verify-log` exits 0 on the demo data, 1 with Chinese findings after a direct change; `start` restores a dropped guard and refuses an inconsistent log', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ss-log-'));
  try {
    assert.equal(cli(['seed', 'demo'], dir).status, 0);
    const clean = cli(['verify-log', '--json'], dir);
    assert.equal(clean.status, 0, clean.stdout + clean.stderr);
    assert.equal((JSON.parse(clean.stdout) as { ok: boolean }).ok, true);

    await onData(dir, (db) => db.execute(sql`DROP TRIGGER draws_guard ON draws`));
    const served = await start(dir);
    assert.match(served.out, /已恢复被删除或停用的防篡改触发器：draws_guard/);
    const guards = await onData(dir, (db) =>
      queryRows<{ n: number }>(
        db,
        sql`SELECT count(*)::int AS n FROM pg_trigger WHERE tgname = 'draws_guard'`,
      ),
    );
    assert.equal(guards[0]!.n, 1);

    await onData(dir, (db) =>
      db.transaction(async (tx) => {
        await tx.execute(sql`SET LOCAL session_replication_role = replica`);
        await tx.execute(
          sql`UPDATE draws SET result = jsonb_set(result, '{strata,0,selected,0}', result #> '{strata,0,reserve,0}') WHERE status = 'confirmed'`,
        );
      }),
    );
    const found = cli(['verify-log'], dir);
    assert.equal(found.status, 1);
    assert.match(found.stdout, /抽取结果与其结果摘要不符：抽中的对象或人员被改动/);
    const codes = (JSON.parse(cli(['verify-log', '--json'], dir).stdout) as { findings: { code: string }[] })
      .findings;
    assert.ok(codes.some((f) => f.code === 'draw-result'));

    const refused = await start(dir);
    assert.equal(refused.code, 1);
    assert.match(refused.out, /拒绝启动：审计日志与数据库不一致[\s\S]*抽中的对象或人员被改动/);
    assert.doesNotMatch(refused.out, /双随平台已启动/);
    assert.equal(cli(['verify-log', '--checkpoint', join(dir, 'none.txt')], dir).status, 1);
    assert.equal(cli(['verify-log', 'extra'], dir).status, 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
