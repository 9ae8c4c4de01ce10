// Which data keys the process reads and writes personal data with (issue 10.7). Configured once at start
// (server, CLI); without that (tests, one-off scripts) an ephemeral key, like the log signer's.
import { randomBytes } from 'node:crypto';
import {
  dataKeyOf,
  DataKeyFormatError,
  keyringOf,
  type DataCipher,
  type DataKey,
  type DataKeyring,
} from '../../domain/privacy/data-key.ts';
import { ensureKeyFile, type DataKeyFile, type StoredDataKey } from './key-file.ts';

export interface DataKeySettings {
  readonly dataDir: string;
  readonly dataKey: string | null;
  readonly dataKeyId: string;
  readonly dataCipher: DataCipher;
  readonly dataKeysOld: string | null;
}

function secretOf(base64: string, what: string): Uint8Array {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(base64))
    throw new DataKeyFormatError(`${what} 不是 base64 (${what} must be base64 of 32 bytes)`);
  return new Uint8Array(Buffer.from(base64, 'base64'));
}

const keyOf = (k: StoredDataKey, what: string): DataKey =>
  dataKeyOf(k.id, k.cipher, secretOf(k.secret, what));

/** `id:cipher:base64,…` (SS_DATA_KEYS_OLD). */
function oldKeys(text: string | null): DataKey[] {
  if (!text) return [];
  return text.split(',').map((entry) => {
    const [id = '', cipher = '', secret = ''] = entry.trim().split(':');
    if (cipher !== 'aes-256-gcm' && cipher !== 'sm4-gcm')
      throw new DataKeyFormatError(
        `SS_DATA_KEYS_OLD 的每一项须为 编号:aes-256-gcm|sm4-gcm:base64，“${id}”不是`,
      );
    return keyOf({ id, cipher, secret }, 'SS_DATA_KEYS_OLD');
  });
}

export const keyringOfFile = (file: DataKeyFile): DataKeyring => {
  const keys = file.keys.map((k) => keyOf(k, 'data-keys.json'));
  return keyringOf(
    keys.find((k) => k.id === file.current)!,
    keys.filter((k) => k.id !== file.current),
  );
};

/** SS_DATA_KEY (+ SS_DATA_KEYS_OLD), else the data folder's file, made when absent (`generated`). */
export function loadDataKeyring(s: DataKeySettings): { keyring: DataKeyring; generated: boolean } {
  if (s.dataKey) {
    const current = keyOf({ id: s.dataKeyId, cipher: s.dataCipher, secret: s.dataKey }, 'SS_DATA_KEY');
    return { keyring: keyringOf(current, oldKeys(s.dataKeysOld)), generated: false };
  }
  const { file, created } = ensureKeyFile(s.dataDir, s.dataCipher);
  const keyring = keyringOfFile(file);
  return {
    keyring: keyringOf(keyring.current, [...keyring.keys.values(), ...oldKeys(s.dataKeysOld)]),
    generated: created,
  };
}

let configured: DataKeyring | null = null;

export function configureDataKeys(keyring: DataKeyring): void {
  configured = keyring;
}

export function dataKeys(): DataKeyring {
  configured ??= keyringOf(dataKeyOf('ephemeral', 'aes-256-gcm', new Uint8Array(randomBytes(32))));
  return configured;
}
