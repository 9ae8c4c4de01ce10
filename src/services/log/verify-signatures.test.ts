import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'drizzle-orm';
import { onEachDatabase } from '../../../test/support/databases.ts';
import { queryRows } from '../../db/database.ts';
import { seedDemoIfEmpty } from '../demo.service.ts';
import { verifyLog } from './verify-log.service.ts';

// Issue 10.4: the officers' signatures on records and report approvals, checked by verify-log; the
// changes are made as an attacker with the data folder would, every trigger off.
onEachDatabase('issue 10.4 verify-log checks the signatures on records and reports', (handle) => {
  const db = () => handle().db;
  const tamper = (...statements: string[]) =>
    db().transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL session_replication_role = replica`);
      for (const s of statements) await tx.execute(sql.raw(s));
    });
  const codes = async () => new Set((await verifyLog(db())).findings.map((f) => f.code));
  let signed: { record: string; report: string; seq: string; keyId: string };

  test('the demo’s signed records and approvals verify', async () => {
    await seedDemoIfEmpty(handle());
    const report = await verifyLog(db());
    assert.deepEqual(report.findings, []);
    // Seven submitted records (治安's administrator; the eighth is a draft) and five approvals (the leader).
    assert.equal(report.signaturesChecked, 12, JSON.stringify(report));
    const [first] = await queryRows<typeof signed>(
      db(),
      sql`SELECT object_id AS record, data->>'report' AS report, seq::text AS seq,
                 data->'signature'->>'keyId' AS "keyId"
          FROM audit_events WHERE action = 'inspection.report-approve' ORDER BY seq LIMIT 1`,
    );
    assert.ok(first);
    signed = first;
  });

  test('issue 10.4 a submitted record changed in the database no longer matches its signature', async () => {
    const row = `UPDATE inspection_records SET checked_on = checked_on + 1 WHERE id = '${signed.record}'`;
    await tamper(row);
    const found = await codes();
    assert.ok(found.has('signed-record-changed'), [...found].join());
    assert.ok(found.has('signed-report-changed'), 'the approval is bound to the record');
    await tamper(`UPDATE inspection_records SET checked_on = checked_on - 1 WHERE id = '${signed.record}'`);
    assert.deepEqual(await codes(), new Set());
  });

  test('issue 10.4 a changed file of a signed record is reported', async () => {
    const swap = (to: string) =>
      `UPDATE inspection_files SET sha256 = ${to} WHERE id = (SELECT id FROM inspection_files
         WHERE record_id = '${signed.record}' ORDER BY id LIMIT 1)`;
    await tamper(
      `CREATE TABLE kept_sha AS SELECT id, sha256 FROM inspection_files WHERE record_id = '${signed.record}'`,
    );
    await tamper(swap(`repeat('0', 64)`));
    assert.ok((await codes()).has('signed-record-changed'));
    await tamper(
      `UPDATE inspection_files f SET sha256 = k.sha256 FROM kept_sha k WHERE f.id = k.id`,
      'DROP TABLE kept_sha',
    );
    assert.deepEqual(await codes(), new Set());
  });

  test('issue 10.4 an approved report changed in the database no longer matches the reviewer’s signature', async () => {
    await tamper(`UPDATE inspection_reports SET opinion = opinion || '。' WHERE id = '${signed.report}'`);
    assert.ok((await codes()).has('signed-report-changed'));
    await tamper(`UPDATE inspection_reports SET opinion = left(opinion, -1) WHERE id = '${signed.report}'`);
    assert.deepEqual(await codes(), new Set());
  });

  test('issue 10.4 a changed signature or a swapped key is reported', async () => {
    const event = (expr: string) => `UPDATE audit_events SET data = ${expr} WHERE seq = ${signed.seq}`;
    await tamper(`CREATE TABLE kept_event AS SELECT seq, data FROM audit_events WHERE seq = ${signed.seq}`);
    await tamper(event(`jsonb_set(data, '{signature,signature}', to_jsonb(repeat('ab', 64)))`));
    const found = await codes();
    assert.ok(found.has('signature-invalid') && found.has('event-edited'), [...found].join());
    await tamper(event(`(SELECT data FROM kept_event)`));
    assert.deepEqual(await codes(), new Set());
    await tamper(
      `CREATE TABLE kept_key AS SELECT id, public_key FROM account_keys WHERE id = '${signed.keyId}'`,
    );
    await tamper(`UPDATE account_keys SET public_key = repeat('cd', 32) WHERE id = '${signed.keyId}'`);
    assert.ok((await codes()).has('signature-key'));
    await tamper(
      `UPDATE account_keys a SET public_key = k.public_key FROM kept_key k WHERE a.id = k.id`,
      'DROP TABLE kept_key',
      'DROP TABLE kept_event',
    );
    assert.deepEqual(await codes(), new Set());
  });
});
