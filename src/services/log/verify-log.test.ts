import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'drizzle-orm';
import { onEachDatabase } from '../../../test/support/databases.ts';
import { queryRows } from '../../db/database.ts';
import { seedDemoIfEmpty } from '../demo.service.ts';
import { logService, writeCheckpoint } from './checkpoint.service.ts';
import { verifyLog } from './verify-log.service.ts';

// Issue 10.3: direct changes to the database, made with every guard off, are reported.
onEachDatabase('R-10.3 issue 10.3 verify-log on the demo data', (handle) => {
  const db = () => handle().db;
  /** As an attacker with the data folder would: every trigger (guards, foreign keys) off for the change. */
  const tamper = (...statements: string[]) =>
    db().transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL session_replication_role = replica`);
      for (const s of statements) await tx.execute(sql.raw(s));
    });
  const codes = async (recent?: number) => (await verifyLog(db(), { recent })).findings.map((f) => f.code);
  const one = async <T>(q: string) => (await queryRows<T>(db(), sql.raw(q)))[0]!;

  test('the demo data verifies: every leaf, subtree, checkpoint and logged digest holds', async () => {
    await seedDemoIfEmpty(handle());
    await writeCheckpoint(db());
    const report = await verifyLog(db());
    assert.deepEqual(report.findings, []);
    assert.ok(report.size > 50 && report.objectsChecked >= 7, JSON.stringify(report));
    assert.equal(report.latestCheckpoint?.size, report.size);
  });

  test('an edited audit event is reported (the bounded start-up check rehashes only recent events)', async () => {
    const { seq } = await one<{ seq: string }>('SELECT min(seq) AS seq FROM audit_events');
    await tamper(`UPDATE audit_events SET actor_name = actor_name || '改' WHERE seq = ${seq}`);
    assert.deepEqual(await codes(), ['event-edited']);
    assert.deepEqual(await codes(10), []);
    await tamper(`UPDATE audit_events SET actor_name = left(actor_name, -1) WHERE seq = ${seq}`);
    assert.deepEqual(await codes(), []);
  });

  test('a deleted audit event is reported', async () => {
    const { seq } = await one<{ seq: string }>('SELECT max(seq) - 3 AS seq FROM audit_events');
    await tamper(
      `CREATE TABLE kept_event AS SELECT * FROM audit_events WHERE seq = ${seq}`,
      `DELETE FROM audit_events WHERE seq = ${seq}`,
    );
    assert.deepEqual(await codes(), ['event-deleted']);
    assert.deepEqual(await codes(20), ['event-deleted']);
    await tamper(`INSERT INTO audit_events SELECT * FROM kept_event`, `DROP TABLE kept_event`);
    assert.deepEqual(await codes(), []);
  });

  test('a forged audit event inserted directly is reported', async () => {
    await tamper(
      `INSERT INTO audit_events (actor_name, action, object_type, object_id, digest, data)
       VALUES ('伪造', 'draw.confirm', 'draw', 'x', 'aa', '{}')`,
    );
    assert.deepEqual(await codes(20), ['event-unlogged']);
    await tamper(`DELETE FROM audit_events WHERE actor_name = '伪造'`);
    assert.deepEqual(await codes(), []);
  });

  test('a changed result code of a published result is reported (public row and report)', async () => {
    const { id } = await one<{ id: string }>(`SELECT record_id AS id FROM public_results LIMIT 1`);
    await tamper(
      `UPDATE public_results SET result_code = 'serious', body = jsonb_set(body, '{resultCode}', '"serious"') WHERE record_id = '${id}'`,
    );
    assert.deepEqual(await codes(), ['object-changed']);
    const before = await one<{ code: string }>(
      `SELECT result_code AS code FROM public_results WHERE record_id <> '${id}' LIMIT 1`,
    );
    assert.ok(before.code);
    await tamper(
      `UPDATE inspection_reports SET result_code = 'serious' WHERE id = (SELECT report_id FROM inspection_reviews WHERE record_id = (SELECT record_id FROM public_results WHERE record_id <> '${id}' LIMIT 1))`,
    );
    // Issue 10.4: the changed report no longer matches its reviewer's signature either.
    assert.deepEqual(await codes(), ['object-changed', 'object-changed', 'signed-report-changed']);
  });

  test('a follow-up closed directly is reported', async () => {
    const { id } = await one<{ id: string }>(`SELECT id FROM follow_ups WHERE state <> 'closed' LIMIT 1`);
    await tamper(`UPDATE follow_ups SET state = 'closed', closed_on = '2026-12-01' WHERE id = '${id}'`);
    assert.ok((await codes()).filter((c) => c === 'object-changed').length === 3);
  });

  test('a swapped selected entity of a confirmed draw is reported', async () => {
    await tamper(
      `UPDATE draws SET result = jsonb_set(result, '{strata,0,selected,0}', result #> '{strata,0,reserve,0}') WHERE status = 'confirmed'`,
    );
    const found = await codes();
    assert.ok(
      found.includes('draw-result') && found.filter((c) => c === 'object-changed').length === 4,
      found.join(),
    );
  });

  test('proofs served from the stored tree verify against the latest checkpoint', async () => {
    const latest = await logService.latest(db());
    const proof = await logService.inclusion(db(), 3, latest.size);
    assert.equal(proof.rootHash, latest.rootHash);
    const c = await logService.consistency(db(), 5, latest.size);
    assert.equal(c.toRootHash, latest.rootHash);
  });
});
