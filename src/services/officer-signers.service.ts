// Issue 10.4: who signed an inspection record (its submission) and its reports (their approval), and
// whether each signature verifies now — the same checks as verify-log, for one record, on its pages and PDFs.
import type { Database, Executor } from '../db/database.ts';
import { inspectionReportRepository } from '../db/repositories/inspection-report.repository.ts';
import { inspectionRepository } from '../db/repositories/inspection.repository.ts';
import { signedObjectRepository, type OfficerStep } from '../db/repositories/signed-object.repository.ts';
import { reportApprovalDigest } from '../domain/inspection/personal-signature.ts';
import type { Actor } from './actor.ts';
import { requirePermission, requireReadable } from './access.ts';
import { signatureProblem } from './log/verify-signatures.ts';
import { recordDigestOf } from './officer-signature.ts';
import { keyFingerprint } from './signing-key.service.ts';

export interface OfficerSigner {
  readonly step: 'record-submit' | 'report-approve';
  readonly reportId: string | null;
  readonly reportVersion: number | null;
  readonly signerName: string;
  readonly signedAt: string;
  readonly status: 'verified' | 'failed' | 'unsigned';
  readonly scheme: 'ed25519' | 'sm2' | null;
  readonly fingerprint: string | null;
  /** Why it fails, in Chinese; null when it verifies or is unsigned. */
  readonly problem: string | null;
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** The digest the current rows give for this step, so a signature over since-changed content fails. */
async function currentDigests(db: Executor, recordId: string) {
  const row = await inspectionRepository.get(db, recordId);
  const files = await inspectionRepository.files(db, [recordId]);
  const record = row ? recordDigestOf(row.record, files) : undefined;
  const reports = await inspectionReportRepository.reportsOf(db, [recordId]);
  const approval = new Map(
    reports.map((r) => [r.id, record ? reportApprovalDigest(r, record) : undefined] as const),
  );
  return { record, approval, versions: new Map(reports.map((r) => [r.id, r.version])) };
}

function problemOf(
  e: OfficerStep,
  key: Parameters<typeof signatureProblem>[1],
  current: string | undefined,
): string | null {
  const found = signatureProblem({ ...e, signature: e.signature ?? {} }, key);
  if (found) return found.message;
  if (current !== e.digest)
    return e.action === 'inspection.submit'
      ? '检查登记表的当前内容与提交人签名的内容不符'
      : '检查报告或其检查登记表的当前内容与审核人签名通过的内容不符';
  return null;
}

/** Every submission and approval of the record, oldest first, each with its signature's state now. */
export async function signersOfRecord(db: Executor, recordId: string): Promise<OfficerSigner[]> {
  const events = await signedObjectRepository.eventsOf(db, recordId);
  const keyIds = events.map((e) => str(e.signature?.keyId)).filter(Boolean);
  const keys = new Map((await signedObjectRepository.keys(db, keyIds)).map((k) => [k.id, k]));
  const now = await currentDigests(db, recordId);
  return events.map((e) => {
    const submit = e.action === 'inspection.submit';
    const current = submit ? now.record : now.approval.get(e.reportId ?? '');
    const problem = e.signature ? problemOf(e, keys.get(str(e.signature.keyId)), current) : null;
    const scheme = str(e.signature?.scheme);
    return {
      step: submit ? 'record-submit' : 'report-approve',
      reportId: e.reportId,
      reportVersion: now.versions.get(e.reportId ?? '') ?? null,
      signerName: e.actorName,
      signedAt: new Date(e.at).toISOString(),
      status: !e.signature ? 'unsigned' : problem ? 'failed' : 'verified',
      scheme: scheme === 'ed25519' || scheme === 'sm2' ? scheme : null,
      fingerprint: e.signature ? keyFingerprint(str(e.signature.publicKey)) : null,
      problem,
    };
  });
}

export const officerSignersService = {
  /** The record's signers, for a caller who may read the record. */
  async ofRecord(db: Database, actor: Actor, recordId: string): Promise<OfficerSigner[]> {
    requirePermission(actor, 'inspection.read');
    const row = await inspectionRepository.get(db, recordId);
    requireReadable(actor, '检查登记表', recordId, row?.unitPath);
    return signersOfRecord(db, recordId);
  },
};
