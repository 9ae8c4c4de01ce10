// The data folder's keyring (DATA_DIR/data-keys.json, mode 0600) when SS_DATA_KEY is not set: made on
// first start like the log-signing key; `keys rotate-data` adds a key, then drops the old one when done.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_KEY_BYTES, DataKeyFormatError, type DataCipher } from '../../domain/privacy/data-key.ts';

export const DATA_KEY_FILE = 'data-keys.json';

export interface StoredDataKey {
  readonly id: string;
  readonly cipher: DataCipher;
  /** base64 of 32 bytes. */
  readonly secret: string;
}

export interface DataKeyFile {
  readonly current: string;
  readonly keys: readonly StoredDataKey[];
}

export const newKeyId = (): string =>
  `k${new Date().toISOString().slice(0, 10).replace(/-/g, '')}${randomBytes(3).toString('hex')}`;

export const newStoredKey = (cipher: DataCipher): StoredDataKey => ({
  id: newKeyId(),
  cipher,
  secret: randomBytes(DATA_KEY_BYTES).toString('base64'),
});

export function readKeyFile(dataDir: string): DataKeyFile | null {
  const file = join(dataDir, DATA_KEY_FILE);
  if (!existsSync(file)) return null;
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as DataKeyFile;
  if (!parsed.keys?.some((k) => k.id === parsed.current))
    throw new DataKeyFormatError(`${file} 中没有当前数据密钥“${parsed.current}”`);
  return parsed;
}

/** Replaces the file whole (write then rename): a crash leaves the old or the new keyring, never half. */
export function writeKeyFile(dataDir: string, content: DataKeyFile): void {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, DATA_KEY_FILE);
  writeFileSync(`${file}.tmp`, `${JSON.stringify(content, null, 2)}\n`, { mode: 0o600 });
  renameSync(`${file}.tmp`, file);
}

/** The file's keyring, made with one new key when absent; `created` says so (the caller warns). */
export function ensureKeyFile(dataDir: string, cipher: DataCipher): { file: DataKeyFile; created: boolean } {
  const existing = readKeyFile(dataDir);
  if (existing) return { file: existing, created: false };
  const key = newStoredKey(cipher);
  const file = { current: key.id, keys: [key] };
  writeKeyFile(dataDir, file);
  return { file, created: true };
}
