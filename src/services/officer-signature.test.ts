import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../db/database.ts';
import { ed25519Signer, signedText } from '../domain/draw/signature.ts';
import { recordSignedText, reportSignedText } from '../domain/inspection/personal-signature.ts';
import { onEachDatabase } from '../../test/support/databases.ts';
import { officerSigner } from '../../test/support/draw-fixture.ts';
import { at, confirmedDraw, refused, type ConfirmedDraw } from '../../test/support/inspection-fixture.ts';
import {
  NO_PROBLEM_REPORT,
  recordReadyToSubmit,
  reportAwaitingReview,
} from '../../test/support/report-fixture.ts';
import { inspectionReportService } from './inspection-report.service.ts';
import { inspectionService } from './inspection.service.ts';
import { signingKeyService } from './signing-key.service.ts';

interface Logged {
  data: { recordDigest?: string; approvalDigest?: string; signature: Record<string, string> | null };
}

onEachDatabase(
  'issue 10.4: inspection records and reports signed with the officer’s own key',
  (database, kind) => {
    const db = () => database().db;
    let c: ConfirmedDraw;
    const lastEvent = async (action: string) =>
      (
        await queryRows<Logged>(
          db(),
          sql`SELECT data FROM audit_events WHERE action = ${action} ORDER BY seq DESC LIMIT 1`,
        )
      )[0]!.data;

    test('setup', async () => {
      c = await confirmedDraw(database(), 'sig-inspector');
    });

    test('issue 10.4 an officer with no key yet submits unsigned; the log says so', async () => {
      const id = await recordReadyToSubmit(db(), c, 0);
      const done = await inspectionService.submit(db(), c.inspector, id, at('2026-11-20'));
      assert.equal(done.status, 'submitted');
      assert.equal((await lastEvent('inspection.submit')).signature, null);
    });

    test('issue 10.4 R-23.1 once the officer has a key, a record is accepted only with their valid signature over SS-RECORD-SIG-1', async () => {
      const key = await officerSigner(db(), c.inspector);
      const id = await recordReadyToSubmit(db(), c, 1);
      const { signingDigest } = await inspectionService.get(db(), c.inspector, id);
      const submit = (s?: { publicKey: string; signature: string }) =>
        inspectionService.submit(db(), c.inspector, id, at('2026-11-20'), s);
      assert.deepEqual(await refused(submit()), ['signature-required']);
      // A draw-statement signature over the same digest is not a record signature.
      assert.deepEqual(await refused(submit(key.sign(signingDigest))), ['bad-signature']);
      assert.deepEqual(await refused(submit(key.signText(reportSignedText(signingDigest)))), [
        'bad-signature',
      ]);
      const other = await officerSigner(db(), c.admin);
      assert.deepEqual(await refused(submit(other.signText(recordSignedText(signingDigest)))), [
        'unknown-signing-key',
      ]);
      const signature = key.signText(recordSignedText(signingDigest));
      assert.equal((await submit(signature)).status, 'submitted');
      const logged = await lastEvent('inspection.submit');
      assert.equal(logged.recordDigest, signingDigest);
      assert.equal(logged.signature?.signature, signature.signature);
      assert.equal(logged.signature?.publicKey, key.publicKey);
      const keyId = (await signingKeyService.list(db(), c.inspector)).find(
        (k) => k.publicKey === key.publicKey,
      )!.id;
      assert.equal(logged.signature?.keyId, keyId);
    });

    test('issue 10.4 a revoked key no longer signs a record', async () => {
      const key = ed25519Signer(randomBytes(32));
      const { id: keyId } = await signingKeyService.register(db(), c.inspector, {
        scheme: 'ed25519',
        publicKey: key.publicKey,
        label: '旧手机',
      });
      const id = await recordReadyToSubmit(db(), c, 2);
      await signingKeyService.revoke(db(), c.inspector, keyId);
      const { signingDigest } = await inspectionService.get(db(), c.inspector, id);
      const signature = key.signText(recordSignedText(signingDigest));
      const submitted = inspectionService.submit(db(), c.inspector, id, at('2026-11-20'), signature);
      assert.deepEqual(await refused(submitted), ['unknown-signing-key']);
    });

    test('issue 10.4 R-23.1 an edit that lands while the officer submits is refused, never signed over', async (t) => {
      const key = await officerSigner(db(), c.inspector);
      const id = await recordReadyToSubmit(db(), c, 4);
      const { signingDigest } = await inspectionService.get(db(), c.inspector, id);
      let submitted: Promise<unknown> | undefined;
      // Another session holds the draft (an edit in flight) while the submit starts, then changes the check date.
      await db().transaction(async (tx) => {
        await tx.execute(sql`UPDATE inspection_records SET updated_at = now() WHERE id = ${id}`);
        submitted = inspectionService.submit(
          db(),
          c.inspector,
          id,
          at('2026-11-20'),
          key.signText(recordSignedText(signingDigest)),
        );
        submitted.catch(() => undefined);
        await new Promise((r) => setTimeout(r, kind === 'postgres' ? 300 : 0));
        await tx.execute(sql`UPDATE inspection_records SET checked_on = checked_on - 1 WHERE id = ${id}`);
      });
      // PostgreSQL: the submit read the draft before the edit and waits on its lock; PGlite (one connection) reads after.
      const codes = await refused(submitted!);
      assert.deepEqual(codes, kind === 'postgres' ? ['record-changed'] : ['bad-signature']);
      const after = await inspectionService.get(db(), c.inspector, id);
      assert.equal(after.status, 'draft');
      t.diagnostic(`refused with ${codes.join(',')}`);
    });

    test('issue 10.4 R-N.8 the reviewer signs the approval over SS-REPORT-SIG-1 + the report and record digests', async () => {
      const reportId = await reportAwaitingReview(db(), c, 3);
      const leaderKey = await officerSigner(db(), c.leader);
      const report = await inspectionReportService.get(db(), c.leader, reportId);
      const approve = (signature?: { publicKey: string; signature: string }) =>
        inspectionReportService.act(
          db(),
          c.leader,
          reportId,
          { type: 'approve', opinion: '同意', signature },
          at('2026-11-24'),
        );
      assert.deepEqual(await refused(approve()), ['signature-required']);
      assert.deepEqual(await refused(approve(leaderKey.signText(recordSignedText(report.approvalDigest)))), [
        'bad-signature',
      ]);
      assert.deepEqual(await refused(approve(leaderKey.signText(signedText(report.approvalDigest)))), [
        'bad-signature',
      ]);
      const signature = leaderKey.signText(reportSignedText(report.approvalDigest));
      assert.equal((await approve(signature)).review.status, 'approved');
      const logged = await lastEvent('inspection.report-approve');
      assert.equal(logged.approvalDigest, report.approvalDigest);
      assert.equal(logged.signature?.signature, signature.signature);
      assert.ok(NO_PROBLEM_REPORT.opinion);
    });
  },
);
