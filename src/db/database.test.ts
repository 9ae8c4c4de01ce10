import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { onEachDatabase } from '../../test/support/databases.ts';
import { openDatabase, migrate, queryRows } from './database.ts';
import { DataDirLockedError, lockDataDir, processStartTime } from './data-dir-lock.ts';
import { guardCodeOf } from './pg-error.ts';
import { readFileSync, writeFileSync } from 'node:fs';

onEachDatabase('database', (db) => {
  test('R-10.3 the audit table refuses UPDATE, DELETE and TRUNCATE', async () => {
    const { db: d } = db();
    await d.execute(
      sql`INSERT INTO audit_events (actor_name, action, object_type, object_id, digest, data) VALUES ('t', 'x', 'y', 'z', 'd', '{}')`,
    );
    const refused = (err: unknown) => guardCodeOf(err) === 'append-only';
    await assert.rejects(d.execute(sql`UPDATE audit_events SET action = 'changed'`), refused);
    await assert.rejects(d.execute(sql`DELETE FROM audit_events`), refused);
    await assert.rejects(d.execute(sql`TRUNCATE audit_events`), refused);
    const rows = await queryRows<{ action: string }>(d, sql`SELECT action FROM audit_events`);
    assert.deepEqual(
      rows.map((r) => r.action),
      ['x'],
    );
  });

  test('R-12.1 R-14.1 an entity belongs to an existing unit (checked per statement); units and entities are never deleted', async () => {
    const { db: d } = db();
    const code = (err: unknown) => guardCodeOf(err);
    const unit = crypto.randomUUID();
    await d.execute(
      sql`INSERT INTO units (id, code, name, kind, region_code, path) VALUES (${unit}, 'REF-T', '引用测试分局', 'district-branch', '150802', ${unit})`,
    );
    const entity = (u: string, c: string) =>
      sql`INSERT INTO entities (unit_id, kind, code, public_id, name, region_code, industry, risk_class)
          VALUES (${u}, 'organisation', ${c}, ${c}, '测试旅馆', '150802', '旅馆业', 'A')`;
    await assert.rejects(
      d.execute(entity(crypto.randomUUID(), 'REF-1')),
      (e) => code(e) === 'unit-reference',
    );
    await d.execute(entity(unit, 'REF-2'));
    await assert.rejects(
      d.execute(sql`UPDATE entities SET unit_id = gen_random_uuid() WHERE code = 'REF-2'`),
      (e) => code(e) === 'unit-reference',
    );
    await assert.rejects(
      d.execute(sql`DELETE FROM entities WHERE code = 'REF-2'`),
      (e) => code(e) === 'append-only',
    );
    await assert.rejects(
      d.execute(sql`DELETE FROM units WHERE id = ${unit}`),
      (e) => code(e) === 'append-only',
    );
    const rows = await queryRows<{ n: number }>(
      d,
      sql`SELECT count(*)::int AS n FROM entities WHERE code LIKE 'REF-%'`,
    );
    assert.equal(rows[0]?.n, 1);
  });

  test('migrations are idempotent: a second run changes nothing', async () => {
    await migrate(db());
  });
});

test('a second process cannot open a PGlite data folder that is held', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ss-lock-'));
  const release = lockDataDir(dir);
  try {
    // The lock file names this process; a foreign live pid (here: the parent) must be refused.
    const child = lockDataDirAs(dir, process.ppid);
    assert.ok(child instanceof DataDirLockedError);
    assert.match(child.message, /正被进程/);
  } finally {
    release();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a lock held by this very process through another handle is refused', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ss-lock-'));
  const release = lockDataDir(dir);
  try {
    assert.throws(
      () => lockDataDir(dir),
      (err) => err instanceof DataDirLockedError && err.pid === process.pid,
    );
  } finally {
    release();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a stale lock whose pid now belongs to another process (start time differs) is taken over', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ss-lock-'));
  const started = processStartTime(1);
  try {
    assert.ok(started, 'this test needs /proc (Linux)');
    // pid 1 is alive; with its true start time the lock is held, with another one it is stale.
    assert.ok(lockDataDirAs(dir, `1 ${started}`) instanceof DataDirLockedError);
    const taken = lockDataDirAs(dir, `1 ${Number(started) + 1}`);
    assert.equal(typeof taken, 'function');
    assert.equal(
      readFileSync(join(dir, 'shuangsui.lock'), 'utf8'),
      `${process.pid} ${processStartTime(process.pid)}`,
    );
    (taken as () => void)();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an embedded database in a data folder persists across opens', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ss-data-'));
  try {
    let handle = await openDatabase({ dataDir: dir });
    await migrate(handle);
    await handle.db.execute(
      sql`INSERT INTO audit_events (actor_name, action, object_type, object_id, digest, data) VALUES ('t', 'kept', 'y', 'z', 'd', '{}')`,
    );
    await handle.close();
    handle = await openDatabase({ dataDir: dir });
    const rows = await queryRows<{ n: number }>(handle.db, sql`SELECT count(*)::int AS n FROM audit_events`);
    assert.equal(rows[0]?.n, 1);
    await handle.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

function lockDataDirAs(dir: string, lock: number | string): unknown {
  writeFileSync(join(dir, 'shuangsui.lock'), String(lock));
  try {
    return lockDataDir(dir);
  } catch (err) {
    return err;
  }
}
