import { maskIdNumber, maskPhone } from './mask.ts';
import type { DataKey, DataKeyring } from './data-key.ts';
import { openField, sealField } from './field-cipher.ts';
import { personalHash } from './keyed-hash.ts';

/** How an entity's personal numbers are stored (issue 10.7): never in plain. */
export interface SealedEntityFields {
  /** Credit code (organisation), or the keyed hash of the ID number (person): the upsert key. */
  readonly code: string;
  readonly idNumberEnc: string | null;
  readonly idNumberMasked: string | null;
  readonly contactPhoneEnc: string | null;
  readonly contactPhoneHash: string | null;
  readonly contactPhoneMasked: string | null;
}

export interface PlainEntityFields {
  readonly unitId: string;
  readonly kind: 'organisation' | 'person';
  /** The credit code, or the normalised ID number. */
  readonly code: string;
  /** Normalised (validatePhone), or null. */
  readonly contactPhone: string | null;
}

/**
 * A ciphertext's associated data: the row (unit and upsert key — an import's row gets its final id only
 * when it is merged) and the field. Copied to another row or field, it no longer decrypts.
 */
export const boundTo = (unitId: string, code: string, field: 'id-number' | 'phone'): string =>
  `entities/${unitId}/${code}/${field}`;

export function sealEntityFields(key: DataKey, e: PlainEntityFields): SealedEntityFields {
  const person = e.kind === 'person';
  const code = person ? personalHash(key, 'id-number', e.code) : e.code;
  const phone = e.contactPhone;
  return {
    code,
    idNumberEnc: person ? sealField(key, e.code, boundTo(e.unitId, code, 'id-number')) : null,
    idNumberMasked: person ? maskIdNumber(e.code) : null,
    contactPhoneEnc: phone ? sealField(key, phone, boundTo(e.unitId, code, 'phone')) : null,
    contactPhoneHash: phone ? personalHash(key, 'phone', phone) : null,
    contactPhoneMasked: phone ? maskPhone(phone) : null,
  };
}

/** What a stored row holds of its personal numbers. */
export interface StoredEntityFields {
  readonly unitId: string;
  readonly kind: 'organisation' | 'person';
  readonly code: string;
  readonly idNumberEnc: string | null;
  readonly contactPhoneEnc: string | null;
}

/** The full numbers of a stored row; a ciphertext that fails its tag throws PersonalDataUnreadableError. */
export function openEntityFields(
  keyring: DataKeyring,
  e: StoredEntityFields,
): { idNumber: string | null; contactPhone: string | null } {
  return {
    idNumber: e.idNumberEnc
      ? openField(keyring, e.idNumberEnc, boundTo(e.unitId, e.code, 'id-number'))
      : null,
    contactPhone: e.contactPhoneEnc
      ? openField(keyring, e.contactPhoneEnc, boundTo(e.unitId, e.code, 'phone'))
      : null,
  };
}
