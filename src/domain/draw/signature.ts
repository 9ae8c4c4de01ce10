// Per-signer signatures over a draw statement (issue 10.4, R-20.2): each signer signs, with a key of its
// own, the domain-separated text `RDRAW-SIG-1\n` + the statement digest (lowercase hex). Ed25519 (RFC 8032)
// by default; SM2 (GB/T 32918.2, SM3, default user ID, DER signature) as the alternative suite.
import { ed25519 } from '@noble/curves/ed25519';
import { sm2 } from 'sm-crypto-v2';
import { fromHex, toHex, utf8 } from './encoding.ts';

export const SIGNATURE_SCHEMES = ['ed25519', 'sm2'] as const;
export type SignatureScheme = (typeof SIGNATURE_SCHEMES)[number];

/** Keeps a statement signature from being replayed as a signature over anything else. */
export const SIGNATURE_PREFIX = 'RDRAW-SIG-1\n';
export const SM2_DEFAULT_USER_ID = '1234567812345678';

export interface StatementSignature {
  readonly scheme: SignatureScheme;
  /** Ed25519: the raw 32-byte key; SM2: the uncompressed point 04‖x‖y; lowercase hex. */
  readonly publicKey: string;
  /** Ed25519: 64 bytes; SM2: DER SEQUENCE { r, s }; lowercase hex. */
  readonly signature: string;
}

export function signedText(statementDigest: string): string {
  return `${SIGNATURE_PREFIX}${statementDigest}`;
}

const KEY_HEX: Record<SignatureScheme, RegExp> = {
  ed25519: /^[0-9a-f]{64}$/,
  sm2: /^04[0-9a-f]{128}$/,
};

export function isSignatureScheme(s: unknown): s is SignatureScheme {
  return typeof s === 'string' && (SIGNATURE_SCHEMES as readonly string[]).includes(s);
}

/** In Chinese, what is wrong with a public key, or undefined when it is well formed. */
export function publicKeyProblem(scheme: SignatureScheme, publicKey: string): string | undefined {
  if (!KEY_HEX[scheme].test(publicKey))
    return scheme === 'ed25519'
      ? 'Ed25519 公钥须为 32 字节（64 位小写十六进制）'
      : 'SM2 公钥须为未压缩点 04‖x‖y（130 位小写十六进制）';
  if (scheme === 'sm2' && !sm2OnCurve(publicKey)) return 'SM2 公钥不在曲线上';
  return undefined;
}

/** sm-crypto-v2 throws on some malformed points instead of answering false. */
function sm2OnCurve(publicKey: string): boolean {
  try {
    return sm2.verifyPublicKey(publicKey);
  } catch {
    return false;
  }
}

/** True only when `signature` is the key's valid signature over the statement digest's signed text. */
export function verifyStatementSignature(sig: StatementSignature, statementDigest: string): boolean {
  return verifySignedText(sig, signedText(statementDigest));
}

/** True only when `signature` is the key's valid signature over `text` (already domain-separated). */
export function verifySignedText(sig: StatementSignature, text: string): boolean {
  if (publicKeyProblem(sig.scheme, sig.publicKey) !== undefined) return false;
  if (!/^([0-9a-f]{2})+$/.test(sig.signature)) return false;
  try {
    if (sig.scheme === 'sm2')
      return sm2.doVerifySignature(text, sig.signature, sig.publicKey, {
        der: true,
        hash: true,
        userId: SM2_DEFAULT_USER_ID,
      });
    const bytes = fromHex(sig.signature);
    const key = fromHex(sig.publicKey);
    if (!bytes || bytes.length !== 64 || !key) return false;
    return ed25519.verify(bytes, utf8(text), key, { zip215: false });
  } catch {
    return false;
  }
}

/** An Ed25519 signer from a 32-byte private key (demo keys, tests, the CLI); browsers use WebCrypto. */
export function ed25519Signer(privateKey: Uint8Array) {
  const publicKey = toHex(ed25519.getPublicKey(privateKey));
  return {
    scheme: 'ed25519' as const,
    publicKey,
    sign: (statementDigest: string): StatementSignature => ({
      scheme: 'ed25519',
      publicKey,
      signature: toHex(ed25519.sign(utf8(signedText(statementDigest)), privateKey)),
    }),
    /** Any domain-separated text (inspection records and reports have their own prefixes). */
    signText: (text: string): StatementSignature => ({
      scheme: 'ed25519',
      publicKey,
      signature: toHex(ed25519.sign(utf8(text), privateKey)),
    }),
  };
}
