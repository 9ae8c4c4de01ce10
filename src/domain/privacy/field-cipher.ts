import {
  createCipheriv,
  createDecipheriv,
  createSecretKey,
  randomFillSync,
  type KeyObject,
} from 'node:crypto';
import { sm4 } from 'sm-crypto-v2';
import type { DataCipher, DataKey, DataKeyring } from './data-key.ts';

// `v1:<key id>:<alg>:<base64 of nonce ‖ ciphertext ‖ tag>`: self-describing, so rotation and reading need
// nothing beside the text. The associated data binds it to one row and field.
const VERSION = 'v1';
const ALG: Readonly<Record<DataCipher, string>> = { 'aes-256-gcm': 'A256GCM', 'sm4-gcm': 'SM4GCM' };
const NONCE = 12;
const TAG = 16;

export class PersonalDataUnreadableError extends Error {
  override name = 'PersonalDataUnreadableError';
  constructor(
    readonly reason: 'format' | 'unknown-key' | 'tag',
    readonly keyId: string | null,
  ) {
    super(
      reason === 'format'
        ? '加密的个人信息格式无效'
        : reason === 'unknown-key'
          ? `加密的个人信息使用了未配置的数据密钥“${keyId}”`
          : '加密的个人信息未通过完整性校验（密文被改动、被复制到其他记录，或密钥不符）',
    );
  }
}

// Nonces from a pool filled 4 KiB at a time, and one KeyObject per key: sealing a million rows in the
// import's worker spends its time in the cipher, not in getting random bytes or importing the key.
const pool = Buffer.alloc(4096);
let used = pool.length;
function nonce(): Buffer {
  if (used + NONCE > pool.length) {
    randomFillSync(pool);
    used = 0;
  }
  used += NONCE;
  return Buffer.from(pool.subarray(used - NONCE, used));
}

const keyObjects = new WeakMap<DataKey, KeyObject>();
function aesKey(key: DataKey): KeyObject {
  let k = keyObjects.get(key);
  if (!k) keyObjects.set(key, (k = createSecretKey(key.encryptKey)));
  return k;
}

function seal(key: DataKey, nonce: Buffer, plain: Buffer, ad: Buffer): Buffer {
  if (key.cipher === 'sm4-gcm') {
    const r = sm4.encrypt(plain, key.encryptKey, {
      mode: 'gcm',
      iv: nonce,
      associatedData: ad,
      output: 'array',
      outputTag: true,
    });
    return Buffer.concat([r.output, r.tag ?? new Uint8Array()]);
  }
  const c = createCipheriv('aes-256-gcm', aesKey(key), nonce).setAAD(ad);
  return Buffer.concat([c.update(plain), c.final(), c.getAuthTag()]);
}

function open(key: DataKey, nonce: Buffer, body: Buffer, ad: Buffer): string {
  const data = body.subarray(0, body.length - TAG);
  const tag = body.subarray(body.length - TAG);
  try {
    if (key.cipher === 'sm4-gcm')
      return sm4.decrypt(data, key.encryptKey, {
        mode: 'gcm',
        iv: nonce,
        associatedData: ad,
        tag,
        output: 'string',
      });
    const d = createDecipheriv('aes-256-gcm', key.encryptKey, nonce).setAAD(ad).setAuthTag(tag);
    return Buffer.concat([d.update(data), d.final()]).toString('utf8');
  } catch {
    throw new PersonalDataUnreadableError('tag', key.id);
  }
}

/** Encrypts `plain` under `key`, bound to `boundTo` (which row and field it belongs to). */
export function sealField(key: DataKey, plain: string, boundTo: string): string {
  const iv = nonce();
  const body = seal(key, iv, Buffer.from(plain, 'utf8'), Buffer.from(boundTo, 'utf8'));
  return `${VERSION}:${key.id}:${ALG[key.cipher]}:${Buffer.concat([iv, body]).toString('base64')}`;
}

/** The key id a sealed text names, or null when it is not one. */
export function sealedKeyId(sealed: string): string | null {
  const parts = sealed.split(':');
  return parts.length === 4 && parts[0] === VERSION ? (parts[1] ?? null) : null;
}

/** Decrypts a sealed text; a wrong binding, key or changed byte throws, never returns garbage. */
export function openField(keyring: DataKeyring, sealed: string, boundTo: string): string {
  const [version, keyId, alg, b64] = sealed.split(':');
  if (version !== VERSION || !keyId || !alg || !b64) throw new PersonalDataUnreadableError('format', null);
  const key = keyring.keys.get(keyId);
  if (!key) throw new PersonalDataUnreadableError('unknown-key', keyId);
  if (ALG[key.cipher] !== alg) throw new PersonalDataUnreadableError('tag', keyId);
  const bytes = Buffer.from(b64, 'base64');
  if (bytes.length < NONCE + TAG) throw new PersonalDataUnreadableError('format', keyId);
  return open(key, bytes.subarray(0, NONCE), bytes.subarray(NONCE), Buffer.from(boundTo, 'utf8'));
}
