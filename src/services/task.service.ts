import type { Database, Executor } from '../db/database.ts';
import { isUniqueViolation } from '../db/pg-error.ts';
import type { PageRequest } from '../db/repositories/directory-filter.ts';
import type { TaskPoolStratum } from '../db/schema/index.ts';
import { drawRepository } from '../db/repositories/draw.repository.ts';
import { itemRepository } from '../db/repositories/item.repository.ts';
import { planRepository } from '../db/repositories/plan.repository.ts';
import { taskRepository, type TaskRow } from '../db/repositories/task.repository.ts';
import { unitRepository } from '../db/repositories/unit.repository.ts';
import { groupBy } from '../domain/group-by.ts';
import { canRead, requirePermission, requireReadable, requireWritable } from './access.ts';
import type { Actor } from './actor.ts';
import { recordAudit } from './audit.ts';
import { drawSummary } from './draw/draw-view.ts';
import { ConflictError, ValidationFailedError } from './errors.ts';
import { freezeTask } from './task/pool-freeze.ts';

/** The published content of the task's items: object type (= the entity directory) and unit. */
async function publishedItems(db: Executor, itemIds: readonly string[]) {
  const versions = groupBy(await itemRepository.versions(db, itemIds), (v) => v.itemId);
  const rows = await Promise.all(itemIds.map((id) => itemRepository.get(db, id)));
  return rows.map((row) => {
    const v = (versions.get(row!.item.id) ?? []).find((x) => x.status === 'published')!;
    return {
      id: row!.item.id,
      code: row!.item.code,
      unitId: row!.item.unitId,
      name: v.name,
      objectType: v.objectType,
      needsEntityDirectory: v.needsEntityDirectory,
    };
  });
}

/** A department's or station's entity directory is its branch's (R-12.1: shared between items). */
async function directoryScope(db: Executor, unitId: string): Promise<string> {
  const unit = (await unitRepository.get(db, unitId))!;
  if ((unit.kind === 'department' || unit.kind === 'station') && unit.parentId)
    return (await unitRepository.get(db, unit.parentId))!.path;
  return unit.path;
}

function summary(t: TaskRow, planCode: string, status: 'ready' | 'drawing' | 'drawn') {
  return {
    id: t.id,
    code: t.code,
    planId: t.planId,
    planCode,
    round: t.round,
    drawDate: t.drawDate,
    status,
    poolSize: t.poolSize,
    eligible: t.eligible,
    inspectors: t.inspectorCount,
    eligibleInspectors: t.eligibleInspectors,
    createdAt: t.createdAt.toISOString(),
  };
}

async function load(db: Executor, actor: Actor, id: string) {
  const row = await taskRepository.get(db, id);
  requireReadable(actor, '抽查任务', id, row?.unitPath);
  return row!;
}

const countsOf = <K extends string>(keys: readonly K[], rows: readonly { exclusion: number; n: number }[]) =>
  Object.fromEntries(keys.map((k) => [k, rows.find((r) => String(r.exclusion) === k)?.n ?? 0])) as Record<
    K,
    number
  >;

/** Eligible and excluded records per stratum, in stratum order. */
function strataOf(summary: readonly TaskPoolStratum[]) {
  const strata = new Map<string, { stratum: string; eligible: number; excluded: number }>();
  for (const r of summary) {
    const s = strata.get(r.stratum) ?? { stratum: r.stratum, eligible: 0, excluded: 0 };
    if (r.exclusion === 0) s.eligible += r.n;
    else s.excluded += r.n;
    strata.set(r.stratum, s);
  }
  return [...strata.values()];
}

function exclusionsOf(summary: readonly TaskPoolStratum[]) {
  const n = new Map<number, number>();
  for (const r of summary) n.set(r.exclusion, (n.get(r.exclusion) ?? 0) + r.n);
  return [...n].map(([exclusion, count]) => ({ exclusion, n: count }));
}

export const taskService = {
  /** `unitId` and `year` (the dashboard's scope, R-27.1) pick the tasks of the plans it counts. */
  async list(db: Database, actor: Actor, filter: { planId?: string; unitId?: string; year?: number } = {}) {
    const scoped = Boolean(filter.unitId || filter.year);
    const plans = new Map(
      (await planRepository.list(db, { unitId: filter.unitId, year: filter.year })).map((p) => [
        p.plan.id,
        p.plan.code,
      ]),
    );
    const rows = (await taskRepository.list(db, filter.planId)).filter(
      (r) => canRead(actor, r.unitPath) && (!scoped || plans.has(r.task.planId)),
    );
    const states = await taskRepository.drawStates(
      db,
      rows.map((r) => r.task.id),
    );
    return rows.map((r) => summary(r.task, plans.get(r.task.planId) ?? '', states.get(r.task.id) ?? 'ready'));
  },

  async get(db: Database, actor: Actor, id: string) {
    const { task } = await load(db, actor, id);
    const plan = (await planRepository.get(db, task.planId))!;
    const states = await taskRepository.drawStates(db, [id]);
    const items = await publishedItems(db, task.itemIds);
    const teamUnits = await unitRepository.many(
      db,
      task.teams.map((t) => t.unitId),
    );
    const inspectors = await taskRepository.inspectors(db, id);
    const icounts = groupBy(inspectors, (i) => i.exclusion);
    return {
      ...summary(task, plan.plan.code, states.get(id) ?? 'ready'),
      items: items.map((i) => ({ id: i.id, code: i.code, name: i.name })),
      teams: task.teams.map((t) => ({
        pool: t.pool,
        unitName: teamUnits.find((u) => u.id === t.unitId)?.name ?? '',
        size: t.size,
      })),
      strata: strataOf(task.poolStrata),
      exclusions: countsOf(['1', '2', '3', '4', '5'], exclusionsOf(task.poolStrata)),
      inspectorExclusions: {
        '1': icounts.get(1)?.length ?? 0,
        '2': icounts.get(2)?.length ?? 0,
        '3': icounts.get(3)?.length ?? 0,
      },
      draws: (await drawRepository.byTask(db, id)).map(drawSummary),
    };
  },

  async pool(
    db: Database,
    actor: Actor,
    id: string,
    filter: { exclusion?: number; stratum?: string; q?: string },
    page: PageRequest,
  ) {
    await load(db, actor, id);
    const { total, rows } = await taskRepository.poolPage(db, id, filter, page);
    return { total, page: page.page, pageSize: page.pageSize, rows };
  },

  async inspectors(db: Database, actor: Actor, id: string) {
    await load(db, actor, id);
    return {
      inspectors: await taskRepository.inspectors(db, id),
      conflicts: await taskRepository.conflicts(db, id),
    };
  },

  /** One round of an approved plan; freezes the entity and inspector pools (R-17.1, R-18.2, R-N.3–N.5, R-4.1). */
  async create(db: Database, actor: Actor, input: { planId: string; round: number; drawDate: string }) {
    requirePermission(actor, 'task.create');
    const p = await planRepository.get(db, input.planId);
    requireWritable(actor, '抽查计划', input.planId, p?.unitPath);
    const plan = p!.plan;
    if (plan.status !== 'approved')
      throw new ConflictError('plan-not-approved', '计划未经领导批准，不能创建任务或抽取（第十七条）');
    const window = plan.rounds[input.round - 1];
    if (!window)
      throw new ValidationFailedError([
        { field: 'round', code: 'round-window', message: `计划没有第 ${input.round} 批次` },
      ]);
    if (input.drawDate < window.from || input.drawDate > window.to) {
      throw new ValidationFailedError([
        {
          field: 'drawDate',
          code: 'round-window',
          message: `抽取日期须在第 ${input.round} 批次 ${window.from} 至 ${window.to} 之间`,
        },
      ]);
    }
    const items = await publishedItems(
      db,
      (await planRepository.itemIds(db, [plan.id])).map((l) => l.itemId),
    );
    const noDirectory = items.find((i) => !i.needsEntityDirectory);
    if (noDirectory)
      throw new ConflictError(
        'item-needs-no-directory',
        `事项 ${noDirectory.code} 不需要检查对象名录库，不能随机抽取（第十三条）`,
      );
    const teamUnits = await unitRepository.many(
      db,
      plan.teams.map((t) => t.unitId),
    );
    const teams = plan.teams.map((t) => {
      const unit = teamUnits.find((u) => u.id === t.unitId)!;
      const itemCodes = items
        .filter((i) => i.unitId === t.unitId || plan.teams.length === 1)
        .map((i) => i.code);
      return { pool: unit.code, unitId: unit.id, size: t.size, unitPath: unit.path, itemCodes };
    });
    const id = crypto.randomUUID();
    const code = `${plan.code}-R${input.round}`;
    const request = {
      taskId: id,
      unitPath: p!.unitPath,
      scope: {
        path: await directoryScope(db, plan.unitId),
        industries: [...new Set(items.map((i) => i.objectType))],
      },
      year: plan.year,
      drawDate: input.drawDate,
      itemIds: items.map((i) => i.id),
      yearlyCap: plan.yearlyCap,
      rates: plan.rates,
      teams,
    };
    await db
      .transaction(async (tx) => {
        const counts = await freezeTask(tx, request, {
          id,
          code,
          planId: plan.id,
          unitId: plan.unitId,
          round: input.round,
          drawDate: input.drawDate,
          itemIds: items.map((i) => i.id),
          itemCodes: items.map((i) => i.code),
          teams: teams.map((t) => ({ pool: t.pool, unitId: t.unitId, size: t.size })),
          createdBy: actor.userId,
        });
        await recordAudit(tx, actor, 'task.create', { type: 'task', id }, { code, ...input, ...counts });
      })
      .catch((err: unknown) => {
        if (isUniqueViolation(err))
          throw new ConflictError('task-exists', `计划 ${plan.code} 第 ${input.round} 批次已有任务`);
        throw err;
      });
    return this.get(db, actor, id);
  },
};
