import type { Database } from '../db/database.ts';
import { entityRepository } from '../db/repositories/entity.repository.ts';
import { targetedInspectionRepository } from '../db/repositories/targeted-inspection.repository.ts';
import type { TARGETED_REASONS } from '../db/schema/index.ts';
import { canRead, DIRECTORY_EDITORS, requireReadable, requireRole } from './access.ts';
import type { Actor } from './actor.ts';
import { recordAudit } from './audit.ts';
import { ValidationFailedError } from './errors.ts';

export type TargetedReason = (typeof TARGETED_REASONS)[number];

export interface TargetedInput {
  readonly entityId: string;
  readonly itemId: string | null;
  readonly reason: TargetedReason;
  readonly from: string;
  readonly to: string | null;
  readonly note: string;
}

/** targeted (non-random) inspections never consume a draw; their entity is excluded with code 4. */
export const targetedInspectionService = {
  async record(db: Database, actor: Actor, input: TargetedInput) {
    requireRole(actor, ...DIRECTORY_EDITORS, 'drawer', 'inspector');
    const entity = await entityRepository.get(db, input.entityId);
    requireReadable(actor, '市场主体', input.entityId, entity?.unitPath);
    if (input.to !== null && input.to < input.from)
      throw new ValidationFailedError([
        { field: 'to', code: 'period-order', message: '结束日期不能早于开始日期' },
      ]);
    if (!input.note.trim())
      throw new ValidationFailedError([{ field: 'note', code: 'required', message: '请填写定向检查的事由' }]);
    return db.transaction(async (tx) => {
      const row = await targetedInspectionRepository.insert(tx, {
        unitId: actor.unitId,
        entityId: input.entityId,
        itemId: input.itemId,
        reason: input.reason,
        fromDate: input.from,
        toDate: input.to,
        note: input.note.trim(),
        createdBy: actor.userId,
      });
      await recordAudit(tx, actor, 'targeted-inspection.record', { type: 'entity', id: input.entityId }, row);
      return { id: row.id };
    });
  },

  async list(db: Database, actor: Actor, entityId?: string) {
    return (await targetedInspectionRepository.list(db, entityId))
      .filter((r) => canRead(actor, r.unitPath))
      .map(({ row, entityName }) => ({
        id: row.id,
        entityId: row.entityId,
        entityName,
        itemId: row.itemId,
        reason: row.reason,
        from: row.fromDate,
        to: row.toDate,
        note: row.note,
        createdAt: row.createdAt.toISOString(),
      }));
  },
};
