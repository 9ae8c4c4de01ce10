// The key that signs checkpoints (issue 10.3): Ed25519 from LOG_SIGNING_KEY, else from the data folder
// (made on first start). Without configuration (tests, one-off commands) an ephemeral key signs.
import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface LogSigner {
  readonly origin: string;
  readonly publicKey: Uint8Array;
  sign(message: Uint8Array): Uint8Array;
}

export const KEY_FILE = 'log-signing-key.pem';
export const DEFAULT_ORIGIN = 'shuangsui/audit-log';

export const rawPublicKey = (key: KeyObject): Uint8Array =>
  new Uint8Array(Buffer.from(createPublicKey(key).export({ format: 'jwk' }).x!, 'base64url'));

export function signerOf(privateKey: KeyObject, origin = DEFAULT_ORIGIN): LogSigner {
  if (privateKey.asymmetricKeyType !== 'ed25519')
    throw new Error('LOG_SIGNING_KEY 必须是 Ed25519 私钥 (PKCS#8 PEM)');
  return {
    origin,
    publicKey: rawPublicKey(privateKey),
    sign: (message) => new Uint8Array(sign(null, message, privateKey)),
  };
}

/** The configured PEM, else the data folder's key file, created (mode 0600) when absent. */
export function loadSigningKey(pem: string | null, dataDir: string): KeyObject {
  if (pem) return createPrivateKey(pem.replace(/\\n/g, '\n'));
  const file = join(dataDir, KEY_FILE);
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    const { privateKey } = generateKeyPairSync('ed25519');
    writeFileSync(file, privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600, flag: 'wx' });
  }
  return createPrivateKey(readFileSync(file, 'utf8'));
}

/** Ed25519 verification of a raw 32-byte public key. */
export function verifyEd25519(publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean {
  try {
    const key = createPublicKey({
      key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(publicKey).toString('base64url') },
      format: 'jwk',
    });
    return verify(null, message, key, signature);
  } catch {
    return false;
  }
}

let current: LogSigner | null = null;

export function configureLogSigner(signer: LogSigner): void {
  current = signer;
}

export function logSigner(): LogSigner {
  current ??= signerOf(generateKeyPairSync('ed25519').privateKey);
  return current;
}
