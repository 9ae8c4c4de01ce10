import type { Database } from '../db/database.ts';
import { isUniqueViolation } from '../db/pg-error.ts';
import type { PageRequest } from '../db/repositories/directory-filter.ts';
import { entityRepository } from '../db/repositories/entity.repository.ts';
import {
  inspectorRepository,
  type InspectorRecord,
  type InspectorFilter,
} from '../db/repositories/inspector.repository.ts';
import { itemRepository } from '../db/repositories/item.repository.ts';
import { unitRepository } from '../db/repositories/unit.repository.ts';
import { checkInspectorInput, type InspectorInput } from '../domain/directory/inspector-input.ts';
import { regionName } from '../domain/region/region.ts';
import { requirePermission, requireReadable, requireWritable } from './access.ts';
import type { Actor } from './actor.ts';
import { recordAudit } from './audit.ts';
import { historyOf } from './audit.service.ts';
import { ConflictError, ValidationFailedError } from './errors.ts';
import { today } from './clock.ts';
import { unitService } from './unit.service.ts';

export type { InspectorInput };

export function inspectorSummary(i: InspectorRecord, unitName: string, unavailable: boolean) {
  return {
    id: i.id,
    name: i.name,
    post: i.post,
    rank: i.rank,
    badgeNumber: i.badgeNumber,
    level: i.level,
    regionCode: i.regionCode,
    regionName: regionName(i.regionCode),
    unitId: i.unitId,
    unitName,
    certificateNumber: i.certificateNumber,
    certificateValidUntil: i.certificateValidUntil,
    qualifiedItemCodes: i.qualifiedItemCodes,
    status: i.status,
    availableToday: i.status === 'active' && !unavailable && i.certificateValidUntil >= today(),
  };
}

async function validate(db: Database, input: InspectorInput): Promise<void> {
  const known = new Set((await itemRepository.byCodes(db, input.qualifiedItemCodes)).map((i) => i.code));
  const problems = checkInspectorInput(input, known);
  if (problems.length) throw new ValidationFailedError(problems);
}

async function load(db: Database, actor: Actor, id: string, write: boolean) {
  const row = await inspectorRepository.get(db, id);
  (write ? requireWritable : requireReadable)(actor, '执法检查人员', id, row?.unitPath);
  return row!;
}

const duplicateBadge = (err: unknown): never => {
  if (isUniqueViolation(err)) throw new ConflictError('duplicate-badge', '该警号已在执法检查人员名录库中');
  throw err;
};

export const inspectorService = {
  async page(db: Database, actor: Actor, filter: Omit<InspectorFilter, 'unitIds'>, page: PageRequest) {
    const unitIds = await unitService.readableIds(db, actor);
    const { total, rows } = await inspectorRepository.page(db, { ...filter, unitIds }, page);
    const away = await inspectorRepository.unavailableOn(
      db,
      rows.map((r) => r.inspector.id),
      today(),
    );
    const out = rows.map((r) => inspectorSummary(r.inspector, r.unitName, away.has(r.inspector.id)));
    return { total, page: page.page, pageSize: page.pageSize, rows: out };
  },

  async get(db: Database, actor: Actor, id: string) {
    const row = await load(db, actor, id, false);
    const away = await inspectorRepository.unavailableOn(db, [id], today());
    const unavailability = (await inspectorRepository.unavailability(db, id)).map((u) => ({
      id: u.id,
      from: u.fromDate,
      to: u.toDate,
      reason: u.reason,
    }));
    const conflicts = (await inspectorRepository.conflicts(db, id)).map(({ conflict: c, entityName }) => ({
      id: c.id,
      entityId: c.entityId,
      entityName,
      kind: c.kind,
      reason: c.reason,
      declaredAt: c.declaredAt.toISOString(),
    }));
    return {
      inspector: inspectorSummary(row.inspector, row.unitName, away.has(id)),
      unavailability,
      conflicts,
      history: await historyOf(db, { type: 'inspector', id }, [
        row.inspector.createdByImport,
        row.inspector.updatedByImport,
      ]),
    };
  },

  async create(db: Database, actor: Actor, unitId: string, input: InspectorInput) {
    requirePermission(actor, 'directory.edit');
    const unit = await unitRepository.get(db, unitId);
    requireWritable(actor, '单位', unitId, unit?.path);
    await validate(db, input);
    const row = await db
      .transaction(async (tx) => {
        const out = await inspectorRepository.insert(tx, {
          ...input,
          unitId,
          qualifiedItemCodes: [...input.qualifiedItemCodes],
        });
        await recordAudit(tx, actor, 'inspector.create', { type: 'inspector', id: out.id }, out);
        return out;
      })
      .catch(duplicateBadge);
    return inspectorSummary(row, unit!.name, false);
  },

  async update(db: Database, actor: Actor, id: string, patch: Partial<InspectorInput>) {
    requirePermission(actor, 'directory.edit');
    const { inspector: cur, unitName } = await load(db, actor, id, true);
    const merged: InspectorInput = {
      name: patch.name ?? cur.name,
      post: patch.post ?? cur.post ?? undefined,
      rank: patch.rank ?? cur.rank ?? undefined,
      badgeNumber: patch.badgeNumber ?? cur.badgeNumber,
      level: patch.level ?? cur.level,
      regionCode: patch.regionCode ?? cur.regionCode,
      certificateNumber: patch.certificateNumber ?? cur.certificateNumber,
      certificateValidUntil: patch.certificateValidUntil ?? cur.certificateValidUntil,
      qualifiedItemCodes: patch.qualifiedItemCodes ?? cur.qualifiedItemCodes,
      status: patch.status ?? cur.status,
    };
    await validate(db, merged);
    const row = await db
      .transaction(async (tx) => {
        const out = await inspectorRepository.update(tx, id, {
          ...merged,
          qualifiedItemCodes: [...merged.qualifiedItemCodes],
        });
        await recordAudit(tx, actor, 'inspector.update', { type: 'inspector', id }, out);
        return out;
      })
      .catch(duplicateBadge);
    return inspectorSummary(row, unitName, false);
  },

  /** leave, transfer … the inspector is not drawn in the period. */
  async addUnavailability(db: Database, actor: Actor, id: string, from: string, to: string, reason: string) {
    requirePermission(actor, 'directory.edit');
    await load(db, actor, id, true);
    if (to < from)
      throw new ValidationFailedError([
        { field: 'to', code: 'period-order', message: '结束日期不能早于开始日期' },
      ]);
    if (!reason.trim())
      throw new ValidationFailedError([{ field: 'reason', code: 'required', message: '请填写原因' }]);
    return db.transaction(async (tx) => {
      const row = await inspectorRepository.addUnavailability(tx, {
        inspectorId: id,
        fromDate: from,
        toDate: to,
        reason,
      });
      await recordAudit(tx, actor, 'inspector.unavailable', { type: 'inspector', id }, row);
      return { id: row.id };
    });
  },

  /** R-N.5: a declared 回避 conflict; the pair is never teamed in a draw. */
  async addConflict(
    db: Database,
    actor: Actor,
    id: string,
    entityId: string,
    kind: 'relative' | 'interest' | 'other',
    reason: string,
  ) {
    requirePermission(actor, 'inspector.conflict');
    await load(db, actor, id, true);
    const entity = await entityRepository.get(db, entityId);
    requireReadable(actor, '市场主体', entityId, entity?.unitPath);
    if (!reason.trim())
      throw new ValidationFailedError([{ field: 'reason', code: 'required', message: '请填写回避理由' }]);
    return db
      .transaction(async (tx) => {
        const row = await inspectorRepository.addConflict(tx, { inspectorId: id, entityId, kind, reason });
        await recordAudit(tx, actor, 'inspector.conflict', { type: 'inspector', id }, row);
        return { id: row.id };
      })
      .catch((err: unknown) => {
        if (isUniqueViolation(err)) throw new ConflictError('duplicate-conflict', '该回避关系已登记');
        throw err;
      });
  },
};
