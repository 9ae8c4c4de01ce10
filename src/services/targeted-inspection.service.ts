import type { Database } from '../db/database.ts';
import { entityRepository } from '../db/repositories/entity.repository.ts';
import { targetedInspectionRepository } from '../db/repositories/targeted-inspection.repository.ts';
import type { TARGETED_REASONS } from '../db/schema/index.ts';
import { canRead, requirePermission, requireReadable, requireWritable } from './access.ts';
import type { Actor } from './actor.ts';
import { recordAudit } from './audit.ts';
import { ConflictError, ForbiddenError, ValidationFailedError } from './errors.ts';

export type TargetedReason = (typeof TARGETED_REASONS)[number];

export interface TargetedInput {
  readonly entityId: string;
  readonly itemId: string | null;
  readonly reason: TargetedReason;
  readonly from: string;
  readonly to: string | null;
  readonly note: string;
  /** The complaint, case or assignment number. */
  readonly reference: string;
}

/**
 * targeted (non-random) inspections never consume a draw. Each names its case or complaint
 * reference and, once a leader other than its author approves it, excludes its entity (code 4) from
 * the pools frozen afterwards — a drawer cannot pull an entity out of the next draw alone.
 */
export const targetedInspectionService = {
  async record(db: Database, actor: Actor, input: TargetedInput) {
    requirePermission(actor, 'targeted.record');
    const entity = await entityRepository.get(db, input.entityId);
    requireReadable(actor, '市场主体', input.entityId, entity?.unitPath);
    if (input.to !== null && input.to < input.from)
      throw new ValidationFailedError([
        { field: 'to', code: 'period-order', message: '结束日期不能早于开始日期' },
      ]);
    if (!input.note.trim())
      throw new ValidationFailedError([{ field: 'note', code: 'required', message: '请填写定向检查的事由' }]);
    if (!input.reference.trim())
      throw new ValidationFailedError([
        { field: 'reference', code: 'required', message: '请填写投诉举报、案件或交办的编号' },
      ]);
    return db.transaction(async (tx) => {
      const row = await targetedInspectionRepository.insert(tx, {
        unitId: actor.unitId,
        entityId: input.entityId,
        itemId: input.itemId,
        reason: input.reason,
        fromDate: input.from,
        toDate: input.to,
        note: input.note.trim(),
        reference: input.reference.trim(),
        status: 'pending',
        createdBy: actor.userId,
      });
      await recordAudit(tx, actor, 'targeted-inspection.record', { type: 'entity', id: input.entityId }, row);
      return { id: row.id };
    });
  },

  /** A leader approves; from then on the entity is excluded from newly frozen pools (code 4). */
  async approve(db: Database, actor: Actor, id: string) {
    requirePermission(actor, 'targeted.approve');
    const found = await targetedInspectionRepository.get(db, id);
    requireWritable(actor, '定向检查', id, found?.unitPath);
    if (found!.row.createdBy !== null && found!.row.createdBy === actor.userId)
      throw new ForbiddenError('不能批准自己登记的定向检查');
    return db.transaction(async (tx) => {
      const row = await targetedInspectionRepository.approve(tx, id, actor.userId);
      if (!row) throw new ConflictError('targeted-decided', '该定向检查已经批准');
      await recordAudit(tx, actor, 'targeted-inspection.approve', { type: 'entity', id: row.entityId }, row);
      return { id };
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
        reference: row.reference,
        status: row.status,
        createdAt: row.createdAt.toISOString(),
      }));
  },
};
