import type { Database, Executor } from '../db/database.ts';
import { guardCodeOf, isUniqueViolation } from '../db/pg-error.ts';
import { itemRepository } from '../db/repositories/item.repository.ts';
import { planRepository, type PlanWithUnit } from '../db/repositories/plan.repository.ts';
import { taskRepository } from '../db/repositories/task.repository.ts';
import { unitRepository } from '../db/repositories/unit.repository.ts';
import { bpToPercent, percentToBp } from '../domain/item/item-rules.ts';
import { checkPlan, type PlanContent, type PlanItemFacts } from '../domain/plan/plan-rules.ts';
import { groupLabel, type RiskClass } from '../domain/plan/sampling-group.ts';
import { groupBy } from '../domain/group-by.ts';
import { canRead, requireNotAuthor, requirePermission, requireReadable, requireWritable } from './access.ts';
import type { Actor } from './actor.ts';
import { recordAudit } from './audit.ts';
import { publicDataChanged } from './public-data.ts';
import { ConflictError, ValidationFailedError } from './errors.ts';

export interface PlanInput {
  readonly unitId: string;
  readonly year: number;
  readonly name: string;
  readonly itemIds: readonly string[];
  readonly rounds: readonly { from: string; to: string }[];
  readonly rates: readonly { riskClass: RiskClass; regionCode: string | null; percent: number }[];
  readonly teams: readonly { unitId: string; size: number }[];
  readonly yearlyCap: number;
  readonly reservePerStratum?: number;
  readonly inspectorReserve?: number;
  readonly maxLoad?: number | null;
}

const DEFAULT_RESERVE_PER_STRATUM = 3;
const DEFAULT_INSPECTOR_RESERVE = 2;

/** Item facts for the rules: published or not, and the higher rule of the version in force. */
export async function planItemFacts(
  db: Executor,
  itemIds: readonly string[],
): Promise<(PlanItemFacts & { name: string })[]> {
  const versions = groupBy(await itemRepository.versions(db, itemIds), (v) => v.itemId);
  const rows = await Promise.all([...new Set(itemIds)].map((id) => itemRepository.get(db, id)));
  return rows.flatMap((row) => {
    if (!row) return [];
    const list = versions.get(row.item.id) ?? [];
    const published = list.find((v) => v.status === 'published');
    const shown = published ?? list[0];
    return [
      {
        id: row.item.id,
        code: row.item.code,
        unitId: row.item.unitId,
        published: !!published,
        higherRule: shown?.higherRule ?? null,
        name: shown?.name ?? '',
      },
    ];
  });
}

function content(input: PlanInput): PlanContent {
  return {
    unitId: input.unitId,
    year: input.year,
    name: input.name.trim(),
    rounds: input.rounds.map((r) => ({ from: r.from, to: r.to })),
    rates: input.rates.map((r) => ({
      riskClass: r.riskClass,
      regionCode: r.regionCode || null,
      rateBp: percentToBp(r.percent),
    })),
    teams: input.teams.map((t) => ({ unitId: t.unitId, size: t.size })),
    yearlyCap: input.yearlyCap,
    reservePerStratum: input.reservePerStratum ?? DEFAULT_RESERVE_PER_STRATUM,
    inspectorReserve: input.inspectorReserve ?? DEFAULT_INSPECTOR_RESERVE,
    maxLoad: input.maxLoad ?? null,
  };
}

async function validate(db: Executor, actor: Actor, input: PlanInput): Promise<PlanContent> {
  const unit = await unitRepository.get(db, input.unitId);
  requireWritable(actor, '单位', input.unitId, unit?.path);
  const teamUnits = await unitRepository.many(
    db,
    input.teams.map((t) => t.unitId),
  );
  for (const t of input.teams)
    requireReadable(actor, '单位', t.unitId, teamUnits.find((u) => u.id === t.unitId)?.path);
  const facts = await planItemFacts(db, input.itemIds);
  const problems = checkPlan(content(input), facts);
  if (facts.length !== new Set(input.itemIds).size)
    problems.push({ field: 'itemIds', code: 'item-not-found', message: '抽查事项不存在' });
  input.rates.forEach((r, i) => {
    if (Math.abs(percentToBp(r.percent) - r.percent * 100) > 1e-6) {
      problems.push({ field: `rates[${i}]`, code: 'ratio-precision', message: '抽查比例最多保留两位小数' });
    }
  });
  if (problems.length) throw new ValidationFailedError(problems);
  return content(input);
}

const row = (c: PlanContent, actor: Actor) => ({
  unitId: c.unitId,
  year: c.year,
  name: c.name,
  rounds: [...c.rounds],
  rates: [...c.rates],
  teams: [...c.teams],
  yearlyCap: c.yearlyCap,
  reservePerStratum: c.reservePerStratum,
  inspectorReserve: c.inspectorReserve,
  maxLoad: c.maxLoad,
  createdBy: actor.userId,
});

function summary(p: PlanWithUnit, itemCodes: readonly string[]) {
  return {
    id: p.plan.id,
    code: p.plan.code,
    unitId: p.plan.unitId,
    unitName: p.unitName,
    year: p.plan.year,
    name: p.plan.name,
    status: p.plan.status,
    itemCodes: [...itemCodes],
    rounds: p.plan.rounds.length,
    joint: p.plan.teams.length > 1,
    approvedAt: p.plan.approvedAt?.toISOString() ?? null,
    updatedAt: p.plan.updatedAt.toISOString(),
  };
}

async function detail(db: Executor, p: PlanWithUnit) {
  const links = await planRepository.itemIds(db, [p.plan.id]);
  const facts = await planItemFacts(
    db,
    links.map((l) => l.itemId),
  );
  const teamUnits = await unitRepository.many(
    db,
    p.plan.teams.map((t) => t.unitId),
  );
  const tasks = await taskRepository.byPlan(db, p.plan.id);
  return {
    ...summary(
      p,
      links.map((l) => l.code),
    ),
    items: facts.map((f) => ({
      id: f.id,
      code: f.code,
      name: f.name,
      unitId: f.unitId,
      higherRule: f.higherRule,
    })),
    rounds: p.plan.rounds.map((r, i) => ({ round: i + 1, from: r.from, to: r.to })),
    rates: p.plan.rates.map((r) => ({
      riskClass: r.riskClass,
      regionCode: r.regionCode,
      percent: bpToPercent(r.rateBp),
      group: groupLabel(r.riskClass, r.regionCode),
    })),
    teams: p.plan.teams.map((t) => {
      const u = teamUnits.find((x) => x.id === t.unitId);
      return { unitId: t.unitId, unitCode: u?.code ?? '', unitName: u?.name ?? '', size: t.size };
    }),
    yearlyCap: p.plan.yearlyCap,
    reservePerStratum: p.plan.reservePerStratum,
    inspectorReserve: p.plan.inspectorReserve,
    maxLoad: p.plan.maxLoad,
    createdBy: p.plan.createdBy,
    approvedBy: p.plan.approvedBy,
    tasks: tasks.map((t) => ({ id: t.id, code: t.code, round: t.round, status: t.status })),
  };
}

export type PlanDetail = Awaited<ReturnType<typeof detail>>;

async function load(db: Executor, actor: Actor, id: string, write: boolean): Promise<PlanWithUnit> {
  const p = await planRepository.get(db, id);
  (write ? requireWritable : requireReadable)(actor, '抽查计划', id, p?.unitPath);
  return p!;
}

const refuseApproved = (err: unknown): never => {
  if (guardCodeOf(err) === 'plan-approved') throw new ConflictError('plan-approved', '计划已批准，不能修改');
  if (isUniqueViolation(err)) throw new ConflictError('duplicate-plan', '本单位本年度已有同名计划');
  throw err;
};

export const planService = {
  async list(
    db: Database,
    actor: Actor,
    filter: { year?: number; status?: 'draft' | 'approved'; unitId?: string },
  ) {
    const rows = (await planRepository.list(db, filter)).filter((p) => canRead(actor, p.unitPath));
    const codes = groupBy(
      await planRepository.itemIds(
        db,
        rows.map((p) => p.plan.id),
      ),
      (l) => l.planId,
    );
    return rows.map((p) =>
      summary(
        p,
        (codes.get(p.plan.id) ?? []).map((l) => l.code),
      ),
    );
  },

  async get(db: Database, actor: Actor, id: string): Promise<PlanDetail> {
    return detail(db, await load(db, actor, id, false));
  },

  async create(db: Database, actor: Actor, input: PlanInput): Promise<PlanDetail> {
    requirePermission(actor, 'plan.edit');
    const c = await validate(db, actor, input);
    const unit = (await unitRepository.get(db, c.unitId))!;
    const id = await db
      .transaction(async (tx) => {
        const code = `${unit.code}-${c.year}-${await planRepository.nextNumber(tx, c.unitId, c.year)}`;
        const plan = await planRepository.insert(tx, code, row(c, actor));
        await planRepository.setItems(tx, plan.id, [...new Set(input.itemIds)]);
        await recordAudit(
          tx,
          actor,
          'plan.create',
          { type: 'plan', id: plan.id },
          { ...c, code, itemIds: input.itemIds },
        );
        return plan.id;
      })
      .catch(refuseApproved);
    return this.get(db, actor, id);
  },

  async update(db: Database, actor: Actor, id: string, input: PlanInput): Promise<PlanDetail> {
    requirePermission(actor, 'plan.edit');
    const p = await load(db, actor, id, true);
    if (p.plan.status !== 'draft') throw new ConflictError('plan-approved', '计划已批准，不能修改');
    if (input.unitId !== p.plan.unitId) {
      throw new ValidationFailedError([
        { field: 'unitId', code: 'immutable', message: '计划的牵头单位创建后不能修改' },
      ]);
    }
    const c = await validate(db, actor, input);
    await db
      .transaction(async (tx) => {
        await planRepository.update(tx, id, row(c, actor));
        await planRepository.setItems(tx, id, [...new Set(input.itemIds)]);
        await recordAudit(tx, actor, 'plan.update', { type: 'plan', id }, { ...c, itemIds: input.itemIds });
      })
      .catch(refuseApproved);
    return this.get(db, actor, id);
  },

  /** the leader approves; the approved plan is published and fixed. */
  async approve(db: Database, actor: Actor, id: string): Promise<PlanDetail> {
    requirePermission(actor, 'plan.approve');
    const p = await load(db, actor, id, true);
    requireNotAuthor(actor, p.plan.createdBy, '不能批准自己编制的抽查计划');
    await db.transaction(async (tx) => {
      if (!(await planRepository.approve(tx, id, actor.userId)))
        throw new ConflictError('plan-approved', '计划已批准');
      await recordAudit(tx, actor, 'plan.approve', { type: 'plan', id }, { approvedBy: actor.name });
    });
    publicDataChanged();
    return this.get(db, actor, id);
  },

  /** Public (R-17.1, R-N.2): approved plans with group labels, never risk classes. */
  async published(db: Database, year?: number) {
    const rows = await planRepository.list(db, { status: 'approved', ...(year ? { year } : {}) });
    const links = groupBy(
      await planRepository.itemIds(
        db,
        rows.map((p) => p.plan.id),
      ),
      (l) => l.planId,
    );
    const facts = new Map(
      (
        await planItemFacts(
          db,
          [...links.values()].flat().map((l) => l.itemId),
        )
      ).map((f) => [f.id, f]),
    );
    return rows.map((p) => ({
      code: p.plan.code,
      unitName: p.unitName,
      year: p.plan.year,
      name: p.plan.name,
      items: (links.get(p.plan.id) ?? []).map((l) => ({
        code: l.code,
        name: facts.get(l.itemId)?.name ?? '',
      })),
      rounds: p.plan.rounds.map((r, i) => ({ round: i + 1, from: r.from, to: r.to })),
      rates: p.plan.rates.map((r) => ({
        group: groupLabel(r.riskClass, r.regionCode),
        regionCode: r.regionCode,
        percent: bpToPercent(r.rateBp),
      })),
      approvedAt: p.plan.approvedAt?.toISOString() ?? '',
    }));
  },
};
