import assert from 'node:assert/strict';
import { createHash, createPublicKey, verify } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import canonicalize from 'canonicalize';
import { ed25519Signer, verifySignedText, verifyStatementSignature } from '../draw/signature.ts';
import {
  recordSignedText,
  recordSigningDigest,
  reportApprovalDigest,
  reportSignedText,
  type RecordSigningContent,
  type ReportSigningContent,
} from './personal-signature.ts';

interface Vector {
  privateKeySeedText: string;
  publicKey: string;
  record: RecordSigningContent;
  recordDigest: string;
  recordSignedText: string;
  recordSignature: string;
  report: ReportSigningContent;
  approvalDigest: string;
  reportSignedText: string;
  reportSignature: string;
}
const v = JSON.parse(
  readFileSync(new URL('../../../test/vectors/personal-signatures.json', import.meta.url), 'utf8'),
) as Vector;
const signer = ed25519Signer(createHash('sha256').update(v.privateKeySeedText).digest());

/** Node's own Ed25519 (OpenSSL), not the library the server signs and checks with. */
function opensslVerifies(text: string, signatureHex: string): boolean {
  const der = Buffer.concat([
    Buffer.from('302a300506032b6570032100', 'hex'),
    Buffer.from(v.publicKey, 'hex'),
  ]);
  const key = createPublicKey({ key: der, format: 'der', type: 'spki' });
  return verify(null, Buffer.from(text, 'utf8'), key, Buffer.from(signatureHex, 'hex'));
}

test('issue 10.4 R-23.1 the record and report-approval vector: digests, signed texts and Ed25519 signatures reproduce', () => {
  assert.equal(signer.publicKey, v.publicKey);
  assert.equal(recordSigningDigest(v.record), v.recordDigest);
  assert.equal(recordSignedText(v.recordDigest), v.recordSignedText);
  assert.equal(v.recordSignedText, `SS-RECORD-SIG-1\n${v.recordDigest}`);
  assert.equal(signer.signText(v.recordSignedText).signature, v.recordSignature);
  assert.equal(reportApprovalDigest(v.report, v.recordDigest), v.approvalDigest);
  assert.equal(v.reportSignedText, `SS-REPORT-SIG-1\n${v.approvalDigest}`);
  assert.equal(reportSignedText(v.approvalDigest), v.reportSignedText);
  assert.equal(signer.signText(v.reportSignedText).signature, v.reportSignature);
  assert.ok(opensslVerifies(v.recordSignedText, v.recordSignature));
  assert.ok(opensslVerifies(v.reportSignedText, v.reportSignature));
});

test('issue 10.4 the record digest is SHA-256 of the RFC 8785 JSON, files in id order', () => {
  const r = v.record;
  const files = [...r.files].sort((a, b) => (a.id < b.id ? -1 : 1));
  const content = { format: 'SS-RECORD-1', ...r, files };
  const text = canonicalize(content)!;
  assert.equal(createHash('sha256').update(text, 'utf8').digest('hex'), v.recordDigest);
  assert.equal(recordSigningDigest({ ...r, files: [...r.files].reverse() }), v.recordDigest);
  const withColumns = { ...r, status: 'submitted', createdAt: new Date() } as RecordSigningContent;
  assert.equal(recordSigningDigest(withColumns), v.recordDigest, 'other columns do not count');
});

test('issue 10.4 any change to what the record says, or to a file, changes its digest', () => {
  const r = v.record;
  const changed: RecordSigningContent[] = [
    { ...r, entityId: 'a1b2c3d4-0000-4000-8000-000000000009' },
    { ...r, checkedOn: '2026-03-21' },
    { ...r, rows: r.rows.map((x, i) => (i === 1 ? { ...x, finding: 'compliant' } : x)) },
    { ...r, inspectors: r.inspectors.slice(0, 1) },
    { ...r, responsibleBadgeNumber: '150802002' },
    { ...r, party: { kind: 'refused', reason: '拒绝签字', witness: null } },
    { ...r, files: r.files.map((f, i) => (i === 3 ? { ...f, sha256: '00'.repeat(32) } : f)) },
    { ...r, files: r.files.slice(1) },
  ];
  for (const c of changed) assert.notEqual(recordSigningDigest(c), v.recordDigest);
  const rp = v.report;
  for (const c of [
    { ...rp, resultCode: '1' },
    { ...rp, opinion: '未发现问题' },
    { ...rp, followUps: [] },
    { ...rp, touchesPrivacy: true },
  ])
    assert.notEqual(reportApprovalDigest(c, v.recordDigest), v.approvalDigest);
  assert.notEqual(reportApprovalDigest(rp, '00'.repeat(32)), v.approvalDigest, 'bound to the record');
});

test('issue 10.4 the prefixes keep a record, a report approval and a draw statement signature apart', () => {
  const key = { scheme: 'ed25519' as const, publicKey: v.publicKey };
  const record = { ...key, signature: v.recordSignature };
  assert.ok(verifySignedText(record, recordSignedText(v.recordDigest)));
  assert.ok(!verifySignedText(record, reportSignedText(v.recordDigest)));
  assert.ok(!verifyStatementSignature(record, v.recordDigest));
  const report = { ...key, signature: v.reportSignature };
  assert.ok(!verifySignedText(report, recordSignedText(v.approvalDigest)));
  assert.ok(!verifySignedText(report, reportSignedText(v.recordDigest)));
});
