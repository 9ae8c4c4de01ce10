import type { Database } from '../../db/database.ts';
import { entityRepository } from '../../db/repositories/entity.repository.ts';
import { requirePermission, requireReadable } from '../access.ts';
import type { Actor } from '../actor.ts';
import { recordAudit } from '../audit.ts';
import { openPersonalFields, PersonalDataTamperedError } from './entity-personal-data.ts';

export interface EntityPersonalData {
  readonly idNumber: string | null;
  readonly contactPhone: string | null;
}

/**
 * Issue 10.7: the full ID number and phone of one entity, for the officers whose work needs them (the
 * permission table: directory.personal-data). Every view is an audited event naming the fields shown
 * (never their values); a ciphertext that does not open is audited too, and answered with a named error.
 */
export const personalDataService = {
  async view(db: Database, actor: Actor, id: string, reason?: string): Promise<EntityPersonalData> {
    requirePermission(actor, 'directory.personal-data');
    const row = await entityRepository.get(db, id);
    requireReadable(actor, '市场主体', id, row?.unitPath);
    const entity = row!.entity;
    const object = { type: 'entity', id };
    let plain: EntityPersonalData;
    try {
      plain = openPersonalFields(entity);
    } catch (err) {
      if (err instanceof PersonalDataTamperedError)
        await db.transaction((tx) =>
          recordAudit(tx, actor, 'entity.personal-data-unreadable', object, {
            reason: err.failure.reason,
            keyId: err.failure.keyId,
          }),
        );
      throw err;
    }
    const fields = [...(plain.idNumber ? ['idNumber'] : []), ...(plain.contactPhone ? ['contactPhone'] : [])];
    await db.transaction((tx) =>
      recordAudit(tx, actor, 'entity.personal-data-viewed', object, {
        entity: entity.publicId,
        fields,
        reason: reason?.trim() || null,
      }),
    );
    return plain;
  },
};
