// Issue 10.4, DRAW.md §9: each shown signature must be its signer's valid signature over the statement
// rebuilt from the view or bundle — the only check that binds `digests.result` and `digests.public` to
// what the people at the ceremony confirmed. The platform's own record of the computation carries no
// personal key and is not counted as a signature.
import { isSignatureScheme, verifyStatementSignature } from './signature.ts';

/** A signature as published beside the view or in the bundle. */
export interface ShownSignature {
  readonly signer: string;
  readonly role: string;
  readonly statementDigest: string;
  readonly scheme?: string | null;
  readonly publicKey?: string | null;
  readonly signature?: string | null;
}

export interface SignerResult {
  readonly signer: string;
  readonly role: string;
  readonly ok: boolean;
  /** In Chinese, why it failed. */
  readonly problem?: string;
}

const PLATFORM_ROLES = new Set(['system', '平台（系统）']);

export const isPlatformRecord = (s: ShownSignature): boolean =>
  PLATFORM_ROLES.has(s.role) && !s.signature && !s.publicKey;

function problemOf(s: ShownSignature, digest: string): string | undefined {
  if (s.statementDigest !== digest) return '签署的声明与重建的声明不符';
  if (!s.signature || !s.publicKey) return '没有签名人本人的公钥和签名';
  const scheme = s.scheme ?? 'ed25519';
  if (!isSignatureScheme(scheme)) return `不支持的签名算法 ${scheme}`;
  const sig = { scheme, publicKey: s.publicKey, signature: s.signature };
  return verifyStatementSignature(sig, digest) ? undefined : '签名无效（不是该公钥对重建声明的签名）';
}

/** Each person's signature checked against the statement digest; platform records only for the digest. */
export function checkSignatures(statementDigest: string, signatures: readonly ShownSignature[]) {
  const results: SignerResult[] = signatures.map((s) => {
    const problem = isPlatformRecord(s)
      ? s.statementDigest === statementDigest
        ? undefined
        : '平台记录的声明与重建的声明不符'
      : problemOf(s, statementDigest);
    return { signer: s.signer, role: s.role, ok: problem === undefined, ...(problem && { problem }) };
  });
  const personal = signatures.filter((s) => !isPlatformRecord(s)).length;
  const failed = results.filter((r) => !r.ok);
  const detail =
    personal === 0
      ? '没有签名人本人的签名'
      : failed.length > 0
        ? failed.map((r) => `${r.signer}：${r.problem}`).join('；')
        : undefined;
  return { passed: detail === undefined, results, ...(detail && { detail }) };
}

const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** The signatures of a bundle or a signatures file as shown signatures; undefined when not a list of records. */
export function readShownSignatures(json: unknown): ShownSignature[] | undefined {
  if (!Array.isArray(json)) return undefined;
  const records = json.filter(
    (s): s is Record<string, unknown> => typeof s === 'object' && s !== null && !Array.isArray(s),
  );
  if (records.length !== json.length || records.some((r) => typeof r.statementDigest !== 'string'))
    return undefined;
  return records.map((r) => ({
    signer: text(r.signer) ?? '',
    role: text(r.role) ?? '',
    statementDigest: text(r.statementDigest) ?? '',
    scheme: text(r.scheme),
    publicKey: text(r.publicKey),
    signature: text(r.signature),
  }));
}
