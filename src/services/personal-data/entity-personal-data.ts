// An entity's personal numbers between the services and the stored row (issue 10.7): sealed on write,
// searched by keyed hash, opened only for the audited view.
import type { EntityRecord } from '../../db/repositories/entity.repository.ts';
import { normaliseCode } from '../../domain/directory/cell-value.ts';
import {
  openEntityFields,
  sealEntityFields,
  type SealedEntityFields,
} from '../../domain/privacy/entity-seal.ts';
import { PersonalDataUnreadableError } from '../../domain/privacy/field-cipher.ts';
import { personalHashes } from '../../domain/privacy/keyed-hash.ts';
import { validatePhone } from '../../domain/validation/phone-number.ts';
import type { Executor } from '../../db/database.ts';
import { entityPersonalDataRepository } from '../../db/repositories/entity-personal-data.repository.ts';
import { ConflictError, DomainError } from '../errors.ts';
import { dataKeys } from './data-keys.ts';

/** A stored ciphertext did not open (changed, copied from another row, or a wrong key): never garbage. */
export class PersonalDataTamperedError extends DomainError {
  constructor(readonly failure: PersonalDataUnreadableError) {
    super(
      'personal-data-unreadable',
      `该主体加密保存的个人信息无法解密：${failure.message}。此事件已记入操作日志，请联系系统管理员`,
    );
  }
}

export function sealPersonalFields(
  unitId: string,
  kind: 'organisation' | 'person',
  code: string,
  contactPhone: string | null,
): SealedEntityFields {
  return sealEntityFields(dataKeys().current, { unitId, kind, code, contactPhone: contactPhone || null });
}

/** The full numbers of a row; PersonalDataTamperedError when a ciphertext fails its check. */
export function openPersonalFields(e: EntityRecord): {
  idNumber: string | null;
  contactPhone: string | null;
} {
  try {
    return openEntityFields(dataKeys(), e);
  } catch (err) {
    if (err instanceof PersonalDataUnreadableError) throw new PersonalDataTamperedError(err);
    throw err;
  }
}

/** What a search text matches exactly: ID number hashes (every readable key) and phone hashes. */
export function exactSearchHashes(q: string): { codes: string[]; phones: string[] } {
  const keyring = dataKeys();
  const id = normaliseCode(q);
  const phone = validatePhone(q);
  return {
    codes: /^\d{17}[\dX]$/.test(id) ? personalHashes(keyring, 'id-number', id) : [],
    phones: phone.ok ? personalHashes(keyring, 'phone', phone.phone) : [],
  };
}

/** A person's ID number hashes under every readable key: a duplicate not yet rotated is found too. */
export const idNumberHashes = (idNumber: string): string[] =>
  personalHashes(dataKeys(), 'id-number', normaliseCode(idNumber));

/**
 * While old keys are configured and rows still use them, an import could add a second row for a person
 * whose row still carries an old hash: imports wait for `keys rotate-data` to finish.
 */
export async function refuseImportDuringRotation(db: Executor): Promise<void> {
  const keyring = dataKeys();
  if (keyring.keys.size > 1 && (await entityPersonalDataRepository.anyStale(db, keyring.current.id)))
    throw new ConflictError(
      'data-key-rotation-pending',
      '数据密钥轮换尚未完成，暂不能导入主体名录；请先运行 shuangsui keys rotate-data',
    );
}
