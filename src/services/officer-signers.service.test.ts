import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'drizzle-orm';
import { sm2 } from 'sm-crypto-v2';
import { SM2_DEFAULT_USER_ID } from '../domain/draw/signature.ts';
import { recordSignedText, reportSignedText } from '../domain/inspection/personal-signature.ts';
import { onEachDatabase } from '../../test/support/databases.ts';
import { officerSigner, userActor } from '../../test/support/draw-fixture.ts';
import { makeUser } from '../../test/support/fixtures.ts';
import { at, confirmedDraw, refused, type ConfirmedDraw } from '../../test/support/inspection-fixture.ts';
import { recordReadyToSubmit, reportAwaitingReview } from '../../test/support/report-fixture.ts';
import { inspectionReportService } from './inspection-report.service.ts';
import { inspectionService } from './inspection.service.ts';
import { officerSignersService } from './officer-signers.service.ts';
import { keyFingerprint, signingKeyService } from './signing-key.service.ts';

// Issue 10.4: the record and report pages show each signer and whether the signature verifies now.
onEachDatabase('issue 10.4 the signers of a record and its reports, verified by the server', (database) => {
  const db = () => database().db;
  let c: ConfirmedDraw;
  const tamper = (statement: ReturnType<typeof sql>) =>
    db().transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL session_replication_role = replica`);
      await tx.execute(statement);
    });

  test('setup', async () => {
    c = await confirmedDraw(database(), 'signers-inspector');
  });

  test('issue 10.4 R-23.1 a submission without a personal key is shown as unsigned (未签名)', async () => {
    const id = await recordReadyToSubmit(db(), c, 0);
    await inspectionService.submit(db(), c.inspector, id, at('2026-11-20'));
    const signers = await officerSignersService.ofRecord(db(), c.admin, id);
    assert.equal(signers.length, 1);
    assert.deepEqual(
      { ...signers[0], signedAt: undefined },
      {
        step: 'record-submit',
        reportId: null,
        reportVersion: null,
        signerName: c.inspector.name,
        signedAt: undefined,
        status: 'unsigned',
        scheme: null,
        fingerprint: null,
        problem: null,
      },
    );
  });

  test('issue 10.4 R-23.1 an SM2-signed record verifies; changed in the database it fails, restored it verifies', async () => {
    const keys = sm2.generateKeyPairHex();
    await signingKeyService.register(db(), c.inspector, {
      scheme: 'sm2',
      publicKey: keys.publicKey,
      label: '国密测试',
    });
    const id = await recordReadyToSubmit(db(), c, 1);
    const { signingDigest } = await inspectionService.get(db(), c.inspector, id);
    const signature = sm2.doSignature(recordSignedText(signingDigest), keys.privateKey, {
      der: true,
      hash: true,
      userId: SM2_DEFAULT_USER_ID,
    });
    const sig = { scheme: 'sm2' as const, publicKey: keys.publicKey, signature };
    await inspectionService.submit(db(), c.inspector, id, at('2026-11-20'), sig);
    const [signer] = await officerSignersService.ofRecord(db(), c.admin, id);
    assert.equal(signer?.status, 'verified', signer?.problem ?? '');
    assert.equal(signer.scheme, 'sm2');
    assert.equal(signer.fingerprint, keyFingerprint(keys.publicKey));

    await tamper(sql`UPDATE inspection_records SET checked_on = checked_on + 1 WHERE id = ${id}`);
    const [changed] = await officerSignersService.ofRecord(db(), c.admin, id);
    assert.equal(changed?.status, 'failed');
    assert.match(changed.problem ?? '', /当前内容与提交人签名的内容不符/);
    await tamper(sql`UPDATE inspection_records SET checked_on = checked_on - 1 WHERE id = ${id}`);
    assert.equal((await officerSignersService.ofRecord(db(), c.admin, id))[0]?.status, 'verified');
  });

  test('issue 10.4 R-N.8 the reviewer’s approval is listed after the submission, both verified; a forged signature fails', async () => {
    const reportId = await reportAwaitingReview(db(), c, 2);
    const report = await inspectionReportService.get(db(), c.leader, reportId);
    const key = await officerSigner(db(), c.leader);
    const signature = key.signText(reportSignedText(report.approvalDigest));
    const approve = { type: 'approve' as const, opinion: '同意', signature };
    await inspectionReportService.act(db(), c.leader, reportId, approve, at('2026-11-24'));
    const signers = await officerSignersService.ofRecord(db(), c.leader, report.recordId);
    assert.deepEqual(
      signers.map((s) => [s.step, s.status, s.scheme, s.reportId, s.reportVersion]),
      [
        ['record-submit', 'verified', 'ed25519', null, null],
        ['report-approve', 'verified', 'ed25519', reportId, 1],
      ],
    );
    assert.equal(signers[1]?.signerName, c.leader.name);
    await tamper(
      sql`UPDATE audit_events SET data = jsonb_set(data, '{signature,signature}', to_jsonb(repeat('ab', 64)))
          WHERE action = 'inspection.report-approve' AND data->>'report' = ${reportId}`,
    );
    const [, forged] = await officerSignersService.ofRecord(db(), c.leader, report.recordId);
    assert.equal(forged?.status, 'failed');
    assert.match(forged.problem ?? '', /签名无效/);
  });
  test('issue 10.4 another district’s officer gets not-found, as for the record itself', async () => {
    const id = await recordReadyToSubmit(db(), c, 3);
    const other = userActor(
      await makeUser(database(), c.w.org.otherDistrict, 'signers-other-leader', ['leader']),
      c.w.org.otherDistrict,
    );
    assert.deepEqual(await refused(officerSignersService.ofRecord(db(), other, id)), ['not-found']);
    assert.deepEqual(await officerSignersService.ofRecord(db(), c.admin, id), [], 'a draft has no signers');
  });
});
