import { createHmac } from 'node:crypto';
import { sm3 } from 'sm-crypto-v2';

/** The cipher of personal data at rest (issue 10.7); SM4 goes with SM3 for the keyed hash. */
export type DataCipher = 'aes-256-gcm' | 'sm4-gcm';
export const DATA_CIPHERS: readonly DataCipher[] = ['aes-256-gcm', 'sm4-gcm'];

/** One configured data key: its id, its cipher and the two keys derived from its secret. */
export interface DataKey {
  readonly id: string;
  readonly cipher: DataCipher;
  /** 32 bytes for AES-256-GCM, 16 for SM4-GCM. */
  readonly encryptKey: Uint8Array;
  /** Key of the search hash: separate, so a leaked hash key reveals no ciphertext. */
  readonly hashKey: Uint8Array;
}

export const DATA_KEY_BYTES = 32;
const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;

export class DataKeyFormatError extends Error {
  override name = 'DataKeyFormatError';
}

/** HMAC-SHA256, or HMAC-SM3 with SM4: hex. */
export function keyedMac(cipher: DataCipher, key: Uint8Array, text: string): string {
  if (cipher === 'sm4-gcm') return sm3(text, { key, mode: 'hmac' });
  return createHmac('sha256', key).update(text, 'utf8').digest('hex');
}

export function dataKeyOf(id: string, cipher: DataCipher, secret: Uint8Array): DataKey {
  if (!KEY_ID.test(id))
    throw new DataKeyFormatError(`数据密钥编号“${id}”只能由字母、数字、- 和 _ 组成（1–32 个字符）`);
  if (secret.length !== DATA_KEY_BYTES)
    throw new DataKeyFormatError(
      `数据密钥须为 ${DATA_KEY_BYTES} 字节（base64 编码），实际 ${secret.length} 字节`,
    );
  const derive = (label: string) =>
    Buffer.from(keyedMac(cipher, secret, `shuangsui/personal-data/v1/${label}`), 'hex');
  return Object.freeze({
    id,
    cipher,
    encryptKey: new Uint8Array(derive('encrypt').subarray(0, cipher === 'sm4-gcm' ? 16 : 32)),
    hashKey: new Uint8Array(derive('search-hash')),
  });
}

/** The keys that can read (all) and the one that writes (`current`). */
export interface DataKeyring {
  readonly current: DataKey;
  readonly keys: ReadonlyMap<string, DataKey>;
}

export function keyringOf(current: DataKey, older: readonly DataKey[] = []): DataKeyring {
  const keys = new Map(older.map((k) => [k.id, k]));
  keys.set(current.id, current);
  return Object.freeze({ current, keys });
}
