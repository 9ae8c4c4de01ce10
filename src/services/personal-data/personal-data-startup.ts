// At start (server and CLI): the data keys are loaded and checked against the rows they must open, and
// ID numbers stored in plain before issue 10.7 are converted once (idempotent: none are left after).
import type { Database } from '../../db/database.ts';
import {
  entityPersonalDataRepository,
  type StoredPersonalRow,
} from '../../db/repositories/entity-personal-data.repository.ts';
import { openEntityFields } from '../../domain/privacy/entity-seal.ts';
import type { DataKeyring } from '../../domain/privacy/data-key.ts';
import { PersonalDataUnreadableError } from '../../domain/privacy/field-cipher.ts';
import { configureDataKeys, loadDataKeyring, type DataKeySettings } from './data-keys.ts';
import { rekeyEntities } from './entity-rekey.ts';
import { DATA_KEY_FILE, readKeyFile } from './key-file.ts';

/** The configured keys cannot open the personal data already stored: the server must not start. */
export class DataKeyError extends Error {
  override name = 'DataKeyError';
}

const HINT =
  '请配置加密这些数据时使用的 SS_DATA_KEY / SS_DATA_KEY_ID（轮换中另加 SS_DATA_KEYS_OLD），或从备份恢复 ' +
  `DATA_DIR/${DATA_KEY_FILE}（docs/operations.md「个人信息加密」）`;

const repo = entityPersonalDataRepository;

/** The recorded keys, each with one of the rows it seals (none: it seals nothing any more). */
async function recordedKeys(db: Database): Promise<{ keyId: string; sample?: StoredPersonalRow }[]> {
  const keys = [];
  for (const keyId of await repo.recordedKeyIds(db))
    keys.push({ keyId, sample: await repo.sampleUnder(db, keyId) });
  return keys;
}

/**
 * Throws DataKeyError unless every recorded key that still seals rows is configured and opens one of
 * them. A recorded key that is not configured and seals nothing any more is forgotten.
 */
export async function checkDataKeys(
  db: Database,
  keyring: DataKeyring,
  recorded?: readonly { keyId: string; sample?: StoredPersonalRow }[],
): Promise<void> {
  recorded ??= await recordedKeys(db);
  const unused = recorded.filter((k) => !k.sample && !keyring.keys.has(k.keyId)).map((k) => k.keyId);
  await repo.forgetKeys(db, unused);
  for (const { keyId, sample } of recorded) {
    if (!sample) continue;
    if (!keyring.keys.has(keyId))
      throw new DataKeyError(
        `拒绝启动：数据库中的个人信息由数据密钥“${keyId}”加密，但未配置该密钥。${HINT}\n` +
          `(refusing to start: personal data is encrypted under data key "${keyId}", which is not configured)`,
      );
    try {
      openEntityFields(keyring, sample);
    } catch (err) {
      if (!(err instanceof PersonalDataUnreadableError)) throw err;
      throw new DataKeyError(
        `拒绝启动：配置的数据密钥“${keyId}”无法解密数据库中的个人信息（密钥错误）。${HINT}\n` +
          `(refusing to start: the configured data key "${keyId}" does not decrypt the stored personal data)`,
      );
    }
  }
}

export interface PersonalDataOpened {
  /** A key file was made in the data folder (no SS_DATA_KEY): the caller warns. */
  readonly generated: boolean;
  /** Rows converted from plain ID numbers. */
  readonly converted: number;
  readonly keyId: string;
}

export async function openPersonalData(db: Database, settings: DataKeySettings): Promise<PersonalDataOpened> {
  // A missing key file is not replaced by a new key while rows need the old one.
  const recorded = await recordedKeys(db);
  if (!settings.dataKey && !readKeyFile(settings.dataDir)) {
    if (recorded.some((k) => k.sample))
      throw new DataKeyError(
        `拒绝启动：数据库中有加密的个人信息，但既没有设置 SS_DATA_KEY，数据目录中也没有 ${DATA_KEY_FILE}。${HINT}\n` +
          `(refusing to start: encrypted personal data is stored but no data key is configured)`,
      );
  }
  const { keyring, generated } = loadDataKeyring(settings);
  await checkDataKeys(db, keyring, recorded);
  await repo.recordKey(db, keyring.current.id);
  configureDataKeys(keyring);
  const { rows } = await rekeyEntities(db, keyring, { plainOnly: true });
  return { generated, converted: rows, keyId: keyring.current.id };
}

export const GENERATED_KEY_WARNING =
  `未配置 SS_DATA_KEY：已在数据目录生成个人信息加密密钥 ${DATA_KEY_FILE}；请与数据库一同备份（丢失则无法解密身份证号和联系电话），` +
  '生产环境请配置 SS_DATA_KEY (no SS_DATA_KEY: a data key was generated in the data folder; back it up with the database)';
