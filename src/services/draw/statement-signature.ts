// Issue 10.4, R-20.2: a signer's signature over the draw statement is accepted only from the signer's own
// key — an officer's active key bound to the account, a code witness's key fixed with its commitment —
// and only when it verifies over this draw's statement digest.
import type { Executor } from '../../db/database.ts';
import type { ParticipantRow } from '../../db/repositories/draw.repository.ts';
import {
  isSignatureScheme,
  publicKeyProblem,
  verifyStatementSignature,
  type SignatureScheme,
  type StatementSignature,
} from '../../domain/draw/signature.ts';
import { DomainError } from '../errors.ts';
import { activeKeyOf } from '../signing-key.service.ts';

export interface SignerKey {
  readonly scheme?: SignatureScheme;
  readonly publicKey: string;
}
export interface SignatureInput extends SignerKey {
  readonly signature: string;
}

/** A signature refused: malformed, by a key that is not the signer's, or not over this statement (400). */
export class SignatureRejectedError extends DomainError {}

export function signerKeyOf(key: SignerKey): { scheme: SignatureScheme; publicKey: string } {
  const scheme = key.scheme ?? 'ed25519';
  if (!isSignatureScheme(scheme)) throw new SignatureRejectedError('bad-public-key', '不支持的签名算法');
  const problem = publicKeyProblem(scheme, key.publicKey);
  if (problem) throw new SignatureRejectedError('bad-public-key', problem);
  return { scheme, publicKey: key.publicKey };
}

/** The verified signature to store, or a named refusal. */
export async function acceptedSignature(
  db: Executor,
  me: ParticipantRow,
  input: SignatureInput,
  statementDigest: string,
): Promise<StatementSignature> {
  const key = signerKeyOf(input);
  if (me.userId) {
    const registered = await activeKeyOf(db, me.userId, key.publicKey);
    if (!registered || registered.scheme !== key.scheme)
      throw new SignatureRejectedError(
        'unknown-signing-key',
        '该公钥不是签名人本人账号下登记的有效签名密钥，请先在本浏览器生成并登记签名密钥',
      );
  } else if (!me.publicKey || me.publicKey !== key.publicKey || me.signatureScheme !== key.scheme) {
    throw new SignatureRejectedError(
      'unknown-signing-key',
      '该公钥不是见证人提交承诺时登记的签名公钥，请在提交承诺的同一浏览器中签名',
    );
  }
  const sig = { ...key, signature: input.signature };
  if (!verifyStatementSignature(sig, statementDigest))
    throw new SignatureRejectedError('bad-signature', '签名无效：不是该公钥对本次抽取声明摘要的签名');
  return sig;
}
