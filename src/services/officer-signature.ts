// Issue 10.4: an officer's personal signature on an inspection record (at submission) and on a report
// (at approval), checked against the officer's own active key before the write is accepted. Required
// once the officer has a key; the officers' app makes and registers one in the browser before signing.
import type { Executor } from '../db/database.ts';
import type { InspectionFileMeta, InspectionRecordRow } from '../db/repositories/inspection.repository.ts';
import { accountKeyRepository } from '../db/repositories/account-key.repository.ts';
import { verifySignedText } from '../domain/draw/signature.ts';
import { recordSigningDigest } from '../domain/inspection/personal-signature.ts';
import type { Actor } from './actor.ts';
import { SignatureRejectedError, signerKeyOf, type SignatureInput } from './draw/statement-signature.ts';
import { activeKeyOf } from './signing-key.service.ts';

/** What the audit event keeps (so the Merkle log holds it) and verify-log checks again. */
export interface OfficerSignature {
  readonly digest: string;
  readonly keyId: string;
  readonly scheme: string;
  readonly publicKey: string;
  readonly signature: string;
}

/** The stored record's signing digest: its row and its files' SHA-256. */
export const recordDigestOf = (
  row: InspectionRecordRow,
  files: readonly Pick<InspectionFileMeta, 'id' | 'purpose' | 'kind' | 'sha256'>[],
): string => recordSigningDigest({ ...row, files });

/**
 * The verified signature over `signedText`, or null for an officer without any active key; refused
 * (400) when missing for an officer with a key, by a key not theirs, or not over this text.
 */
export async function acceptOfficerSignature(
  db: Executor,
  actor: Actor,
  input: SignatureInput | undefined,
  signed: { readonly text: string; readonly digest: string; readonly what: string },
): Promise<OfficerSignature | null> {
  if (!input) {
    const keys = actor.userId ? await accountKeyRepository.byUser(db, actor.userId) : [];
    if (keys.some((k) => k.revokedAt === null))
      throw new SignatureRejectedError(
        'signature-required',
        `${signed.what}须由本人用已登记的签名密钥签名后提交，请在本浏览器中签名`,
      );
    return null;
  }
  const key = signerKeyOf(input);
  const registered = actor.userId ? await activeKeyOf(db, actor.userId, key.publicKey) : undefined;
  if (!registered || registered.scheme !== key.scheme)
    throw new SignatureRejectedError(
      'unknown-signing-key',
      '该公钥不是本人账号下登记的有效签名密钥，请先在“我的签名密钥”中生成并登记',
    );
  const sig = { ...key, signature: input.signature };
  if (!verifySignedText(sig, signed.text))
    throw new SignatureRejectedError('bad-signature', `签名无效：不是该公钥对本${signed.what}摘要的签名`);
  return { digest: signed.digest, keyId: registered.id, ...sig };
}
