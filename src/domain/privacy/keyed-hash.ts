import { keyedMac, type DataKey, type DataKeyring } from './data-key.ts';

/** What a hashed number is: the same number in another field hashes differently. */
export type HashedField = 'id-number' | 'phone';

const PREFIX = 'h1';

/** `h1:<key id>:<hex>`: the keyed hash of a normalised number, for exact search and uniqueness. */
export function personalHash(key: DataKey, field: HashedField, normalised: string): string {
  return `${PREFIX}:${key.id}:${keyedMac(key.cipher, key.hashKey, `${field}\n${normalised}`)}`;
}

/** The number's hash under every readable key: finds rows not yet rotated too. */
export function personalHashes(keyring: DataKeyring, field: HashedField, normalised: string): string[] {
  return [...keyring.keys.values()].map((k) => personalHash(k, field, normalised));
}

export const isPersonalHash = (code: string): boolean => code.startsWith(`${PREFIX}:`);

/** The key id of a hash, or null when `code` is not one. */
export function hashKeyId(code: string): string | null {
  return isPersonalHash(code) ? (code.split(':')[1] ?? null) : null;
}
