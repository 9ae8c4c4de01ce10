import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { test } from 'node:test';
import { sql } from 'drizzle-orm';
import { onEachDatabase } from '../../../test/support/databases.ts';
import { queryRows } from '../../db/database.ts';
import { seedDemoIfEmpty } from '../demo.service.ts';
import { logService } from './checkpoint.service.ts';
import { baselineLog, checkLogAtStart, openLog } from './log-startup.ts';

// Issue 10.3: a database written before the tree existed is adopted at its first start.
onEachDatabase('R-10.3 issue 10.3 a database from before the log', (handle) => {
  test('its events become the first leaves, a baseline logs its draws, results and follow-ups, and it verifies', async () => {
    const db = handle().db;
    await seedDemoIfEmpty(handle());
    // As migration 0017 finds an older database: events, no tree, no checkpoint.
    await db.transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL session_replication_role = replica`);
      for (const table of ['audit_log_leaves', 'audit_log_nodes', 'audit_log_checkpoints', 'audit_log_state'])
        await tx.execute(sql.raw(`DELETE FROM ${table}`));
      await tx.execute(
        sql`INSERT INTO audit_log_state (id, legacy_through) SELECT 1, max(seq) FROM audit_events`,
      );
    });
    const pem = generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    const opened = await openLog(db, {
      logSigningKey: pem,
      logOrigin: 'test/log',
      logHash: 'sha256',
      dataDir: '/nonexistent',
    });
    assert.equal(opened.hash, 'sha256');
    const [events] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM audit_events`);
    const [leaves] = await queryRows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM audit_log_leaves`);
    assert.equal(leaves!.n, events!.n);
    assert.equal(await baselineLog(db), true);
    assert.equal(await baselineLog(db), false);
    const report = await checkLogAtStart(db);
    assert.deepEqual(report.findings, []);
    assert.ok(report.objectsChecked >= 7, `${report.objectsChecked}`);
    // No checkpoint survived the upgrade: the start signs one over the adopted events and the baseline.
    assert.equal(report.latestCheckpoint, null);
    assert.equal((await logService.latest(db)).size, events!.n + 1);
  });
});
