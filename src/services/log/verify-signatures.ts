// verify-log, part 3 (issue 10.4): each officer's signature on a submitted record or an approved report,
// kept in its audit event (so in the tree), checked again: made by a key registered to that officer, valid
// over the logged digest, and that digest still the one the current rows give.
import type { Executor } from '../../db/database.ts';
import { groupBy } from '../../domain/group-by.ts';
import type { AccountKeyRow } from '../../db/repositories/account-key.repository.ts';
import { inspectionRepository } from '../../db/repositories/inspection.repository.ts';
import { signedObjectRepository, type SignedEvent } from '../../db/repositories/signed-object.repository.ts';
import { isSignatureScheme, verifySignedText } from '../../domain/draw/signature.ts';
import {
  recordSignedText,
  reportApprovalDigest,
  reportSignedText,
} from '../../domain/inspection/personal-signature.ts';
import { recordDigestOf } from '../officer-signature.ts';
import type { LogFinding } from './log-finding.ts';

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** The key, then the signature over the logged digest: what is wrong, or undefined. */
export function signatureProblem(e: SignedEvent, key: AccountKeyRow | undefined): LogFinding | undefined {
  const s = e.signature;
  const what = e.action === 'inspection.submit' ? `检查登记表 ${e.objectId}` : `检查报告 ${e.reportId}`;
  if (!key || key.userId !== e.actorId || key.publicKey !== s.publicKey || key.scheme !== s.scheme)
    return {
      code: 'signature-key',
      message: `${what} 的签名公钥不是签名人账号下登记的密钥：签名或密钥被改动`,
    };
  const scheme = str(s.scheme);
  const text =
    e.action === 'inspection.submit' ? recordSignedText(str(e.digest)) : reportSignedText(str(e.digest));
  const sig = {
    scheme: isSignatureScheme(scheme) ? scheme : 'ed25519',
    publicKey: key.publicKey,
    signature: str(s.signature),
  };
  if (s.digest !== e.digest || !isSignatureScheme(scheme) || !verifySignedText(sig, text))
    return { code: 'signature-invalid', message: `${what} 的签名无效：不是该公钥对记录摘要的签名` };
  return undefined;
}

export async function checkSignedObjects(
  db: Executor,
): Promise<{ findings: LogFinding[]; signatures: number }> {
  const events = await signedObjectRepository.signedEvents(db);
  const recordIds = [...new Set(events.map((e) => e.objectId))];
  const reportIds = events.flatMap((e) => (e.reportId ? [e.reportId] : []));
  const [records, files, reports, keys] = [
    await signedObjectRepository.records(db, recordIds),
    await inspectionRepository.files(db, recordIds),
    await signedObjectRepository.reports(db, reportIds),
    await signedObjectRepository.keys(
      db,
      [...new Set(events.map((e) => str(e.signature.keyId)))].filter(Boolean),
    ),
  ];
  const filesOf = groupBy(files, (f) => f.recordId);
  const recordDigest = new Map(records.map((r) => [r.id, recordDigestOf(r, filesOf.get(r.id) ?? [])]));
  const reportById = new Map(reports.map((r) => [r.id, r]));
  const keyById = new Map(keys.map((k) => [k.id, k]));
  const findings: LogFinding[] = [];
  for (const e of events) {
    const problem = signatureProblem(e, keyById.get(str(e.signature.keyId)));
    if (problem) findings.push(problem);
    const record = recordDigest.get(e.objectId);
    const report = e.reportId ? reportById.get(e.reportId) : undefined;
    if (e.action === 'inspection.submit') {
      if (record !== e.digest)
        findings.push({
          code: 'signed-record-changed',
          message: `检查登记表 ${e.objectId} 的当前内容与提交人签名的内容不符：被直接改动或删除`,
        });
    } else if (!record || !report || reportApprovalDigest(report, record) !== e.digest)
      findings.push({
        code: 'signed-report-changed',
        message: `检查报告 ${e.reportId} 的当前内容与审核人签名通过的内容不符：报告或其检查登记表被直接改动`,
      });
  }
  return { findings, signatures: events.length };
}
