// `shuangsui keys rotate-data` (issue 10.7): every ciphertext re-encrypted and every hash recomputed
// under a new key id, in batches; the old key stays readable until no row needs it.
import type { Database } from '../../db/database.ts';
import { entityPersonalDataRepository } from '../../db/repositories/entity-personal-data.repository.ts';
import { keyringOf, type DataKeyring } from '../../domain/privacy/data-key.ts';
import { configureDataKeys, keyringOfFile, loadDataKeyring, type DataKeySettings } from './data-keys.ts';
import { rekeyEntities, type RekeyProgress } from './entity-rekey.ts';
import { ensureKeyFile, newStoredKey, readKeyFile, writeKeyFile } from './key-file.ts';
import { checkDataKeys } from './personal-data-startup.ts';

export interface RotationReport {
  readonly keyId: string;
  readonly retired: readonly string[];
  readonly rows: number;
  readonly batches: number;
  /** SS_DATA_KEY mode: the operator drops SS_DATA_KEYS_OLD afterwards; file mode: done here. */
  readonly source: 'environment' | 'data-folder';
}

/**
 * The keyring to rotate to. With SS_DATA_KEY the operator has set the new key and listed the old ones
 * in SS_DATA_KEYS_OLD. Otherwise the data folder's file gets a new current key, written before any row
 * changes; a file that still holds older keys is a rotation stopped half-way, which is resumed.
 */
function targetKeyring(s: DataKeySettings): { keyring: DataKeyring; source: RotationReport['source'] } {
  if (s.dataKey) return { keyring: loadDataKeyring(s).keyring, source: 'environment' };
  const { file } = ensureKeyFile(s.dataDir, s.dataCipher);
  if (file.keys.length > 1) return { keyring: keyringOfFile(file), source: 'data-folder' };
  const next = newStoredKey(s.dataCipher);
  const rotated = { current: next.id, keys: [...file.keys, next] };
  writeKeyFile(s.dataDir, rotated);
  return { keyring: keyringOfFile(rotated), source: 'data-folder' };
}

export async function rotateDataKey(
  db: Database,
  s: DataKeySettings,
  onBatch?: (p: RekeyProgress) => void,
): Promise<RotationReport> {
  const { keyring, source } = targetKeyring(s);
  await checkDataKeys(db, keyring);
  await entityPersonalDataRepository.recordKey(db, keyring.current.id);
  configureDataKeys(keyring);
  const progress = await rekeyEntities(db, keyring, onBatch ? { onBatch } : {});
  const left = await entityPersonalDataRepository.countStale(db, keyring.current.id);
  if (left) throw new Error(`仍有 ${left} 行未换用新密钥（轮换期间有其他进程写入？请停止服务后再运行一次）`);
  const retired = [...keyring.keys.keys()].filter((id) => id !== keyring.current.id);
  await entityPersonalDataRepository.forgetKeys(db, retired);
  if (source === 'data-folder') {
    const file = readKeyFile(s.dataDir)!;
    writeKeyFile(s.dataDir, { current: file.current, keys: file.keys.filter((k) => k.id === file.current) });
    configureDataKeys(keyringOf(keyring.current));
  }
  return { keyId: keyring.current.id, retired, ...progress, source };
}
