// What a record is checked against: the confirmed draw's current state (after replacements) or the
// targeted inspection, and the item's published checklist.
import type { Executor } from '../../db/database.ts';
import { drawRepository } from '../../db/repositories/draw.repository.ts';
import { entityRepository, type EntityRecord } from '../../db/repositories/entity.repository.ts';
import { freezeSourceRepository } from '../../db/repositories/freeze-source.repository.ts';
import { targetedWithUnit } from '../../db/repositories/inspection.repository.ts';
import { itemRepository } from '../../db/repositories/item.repository.ts';
import { taskRepository } from '../../db/repositories/task.repository.ts';
import type { CheckContent, Method, targetedInspections } from '../../db/schema/index.ts';
import type { TargetedReason } from '../../domain/inspection/targeted.ts';
import { requireReadable } from '../access.ts';
import type { Actor } from '../actor.ts';
import { currentState } from '../draw/draw-state.ts';
import { ConflictError, NotFoundError } from '../errors.ts';

export interface RecordScope {
  readonly basis: 'random' | 'targeted';
  readonly unitId: string;
  readonly unitPath: string;
  readonly entity: EntityRecord;
  readonly item: {
    readonly id: string;
    readonly code: string;
    readonly name: string;
    readonly version: number;
    readonly checklist: readonly CheckContent[];
    readonly methods: readonly Method[];
  };
  readonly drawId: string | null;
  readonly taskId: string | null;
  readonly taskCode: string | null;
  readonly targeted: typeof targetedInspections.$inferSelect | null;
  readonly team: readonly { readonly badgeNumber: string; readonly name: string }[];
  readonly window: { readonly from: string; readonly to: string } | null;
}

/** The stored targeted reasons and the rule's names for the same five circumstances. */
export const TARGETED_REASON_OF: Readonly<Record<string, TargetedReason>> = {
  complaint: 'complaint',
  assigned: 'assigned-or-referred',
  case: 'case-investigation',
  'on-the-spot': 'violation-on-spot',
  campaign: 'special-campaign',
};

async function publishedItem(db: Executor, itemId: string) {
  const item = await itemRepository.get(db, itemId);
  const version = (await itemRepository.versions(db, [itemId]))
    .filter((v) => v.status === 'published')
    .sort((a, b) => b.version - a.version)[0];
  if (!item || !version) throw new ConflictError('item-not-published', '该事项尚未公布，不能检查（第八条）');
  return {
    id: itemId,
    code: item.item.code,
    name: version.name,
    version: version.version,
    checklist: version.checklist,
    methods: version.methods,
  };
}

async function loadEntity(db: Executor, actor: Actor, entityId: string) {
  const row = await entityRepository.get(db, entityId);
  requireReadable(actor, '市场主体', entityId, row?.unitPath);
  return row!.entity;
}

/** A confirmed draw's entity and its current team (R-19.2, R-21.2: after approved replacements). */
export async function randomScope(
  db: Executor,
  actor: Actor,
  key: { drawId: string; entityId: string; itemId: string },
  strict = true,
): Promise<RecordScope> {
  const row = await drawRepository.get(db, key.drawId);
  requireReadable(actor, '抽取', key.drawId, row?.unitPath);
  const { draw, task, unitPath } = row!;
  if (draw.status !== 'confirmed')
    throw new ConflictError('draw-not-confirmed', '只有已确认的抽取才能登记检查');
  const entity = await loadEntity(db, actor, key.entityId);
  const state = await currentState(
    db,
    draw,
    (await drawRepository.replacements(db, draw.id)).map((r) => r.record),
  );
  if (strict && !state.strata.some((s) => s.selected.includes(entity.publicId)))
    throw new ConflictError(
      'entity-not-drawn',
      '该检查对象未在本次抽取中被抽中（或已被递补替换），不能登记随机抽查',
    );
  if (!task.itemIds.includes(key.itemId))
    throw new ConflictError('item-not-in-task', '该事项不属于本次抽查任务');
  const badges = (state.teams.find((t) => t.entity === entity.publicId)?.pools ?? []).flatMap((p) => [
    ...p.inspectors,
  ]);
  const names = new Map((await taskRepository.inspectors(db, task.id)).map((i) => [i.badgeNumber, i.name]));
  return {
    basis: 'random',
    unitId: task.unitId,
    unitPath,
    entity,
    item: await publishedItem(db, key.itemId),
    drawId: draw.id,
    taskId: task.id,
    taskCode: task.code,
    targeted: null,
    team: badges.map((b) => ({ badgeNumber: b, name: names.get(b) ?? b })),
    window: { from: task.drawDate, to: `${task.drawDate.slice(0, 4)}-12-31` },
  };
}

/** A targeted inspection: any active inspector of its unit's subtree may carry it out. */
export async function targetedScope(
  db: Executor,
  actor: Actor,
  key: { targetedInspectionId: string; itemId: string },
): Promise<RecordScope> {
  const row = await targetedWithUnit(db, key.targetedInspectionId);
  requireReadable(actor, '定向检查', key.targetedInspectionId, row?.unitPath);
  const { targeted, unitPath } = row!;
  if (targeted.itemId !== null && targeted.itemId !== key.itemId)
    throw new ConflictError('targeted-item-mismatch', '定向检查登记的事项与本检查登记表不符');
  const entity = await loadEntity(db, actor, targeted.entityId);
  const team = (await freezeSourceRepository.teamInspectors(db, unitPath))
    .map((r) => r.inspector)
    .filter((i) => i.status === 'active');
  return {
    basis: 'targeted',
    unitId: targeted.unitId,
    unitPath,
    entity,
    item: await publishedItem(db, key.itemId),
    drawId: null,
    taskId: null,
    taskCode: null,
    targeted,
    team: team.map((i) => ({ badgeNumber: i.badgeNumber, name: i.name })),
    window: { from: targeted.fromDate, to: targeted.toDate ?? '9999-12-31' },
  };
}

export async function scopeOfRecord(
  db: Executor,
  actor: Actor,
  r: {
    drawId: string | null;
    targetedInspectionId: string | null;
    entityId: string;
    itemId: string;
    id: string;
  },
  strict = true,
): Promise<RecordScope> {
  if (r.drawId)
    return randomScope(db, actor, { drawId: r.drawId, entityId: r.entityId, itemId: r.itemId }, strict);
  if (r.targetedInspectionId)
    return targetedScope(db, actor, { targetedInspectionId: r.targetedInspectionId, itemId: r.itemId });
  throw new NotFoundError('检查登记表', r.id);
}
