import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { onEachDatabase } from '../../test/support/databases.ts';
import { openDatabase, migrate, queryRows } from './database.ts';
import { DataDirLockedError, lockDataDir } from './data-dir-lock.ts';
import { guardCodeOf } from './pg-error.ts';
import { writeFileSync } from 'node:fs';

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

function lockDataDirAs(dir: string, pid: number): unknown {
  writeFileSync(join(dir, 'shuangsui.lock'), String(pid));
  try {
    lockDataDir(dir);
    return null;
  } catch (err) {
    return err;
  }
}
