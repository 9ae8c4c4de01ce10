// Freezing a task's pools (R-N.6): every record in scope with its exclusion code (DRAW.md §2).
import type { Executor } from '../../db/database.ts';
import { freezeSourceRepository } from '../../db/repositories/freeze-source.repository.ts';
import { inspectionRepository } from '../../db/repositories/inspection.repository.ts';
import {
  taskRepository,
  type FreezeExclusion,
  type StratumKey,
} from '../../db/repositories/task.repository.ts';
import type { TaskTeamJson } from '../../db/schema/index.ts';
import type { PlanRate, RiskClass } from '../../domain/plan/sampling-group.ts';
import { stratifier } from '../../domain/plan/sampling-group.ts';
import { entityExclusion, inspectorExclusion } from '../../domain/task/exclusion.ts';
import { currentState } from '../draw/draw-state.ts';

export interface FreezeRequest {
  readonly taskId: string;
  /** The plan's unit: superiors are its ancestors. */
  readonly unitPath: string;
  /** The entity directory the items apply to: the unit tree and the items' object types. */
  readonly scope: { readonly path: string; readonly industries: readonly string[] };
  readonly year: number;
  readonly drawDate: string;
  readonly itemIds: readonly string[];
  readonly yearlyCap: number;
  readonly rates: readonly PlanRate[];
  /** Team pools with their unit path and the task's item codes of that department. */
  readonly teams: readonly (TaskTeamJson & {
    readonly unitPath: string;
    readonly itemCodes: readonly string[];
  })[];
}

const overlaps = (a: readonly string[], b: readonly string[]) => a.some((x) => b.includes(x));

/** Exclusions 2–4 of active entities in scope, decided by the domain rule. */
async function entityExclusions(tx: Executor, r: FreezeRequest): Promise<FreezeExclusion[]> {
  const drawn = new Map<string, number>();
  const superior = new Map<string, string>();
  for (const d of await freezeSourceRepository.confirmedDraws(tx, { year: r.year })) {
    const state = await currentState(tx, d.draw, d.replacements);
    const byAncestor = r.unitPath.startsWith(`${d.unitPath}/`) && overlaps(d.itemIds, r.itemIds);
    for (const id of state.strata.flatMap((s) => s.selected)) {
      drawn.set(id, (drawn.get(id) ?? 0) + 1);
      if (byAncestor) superior.set(id, d.draw.drawId);
    }
  }
  // R-18.2 "planned or already inspected": a superior's submitted inspection record counts as well.
  for (const rec of await inspectionRepository.submittedFor(tx, { year: r.year, itemIds: r.itemIds }))
    if (r.unitPath.startsWith(`${rec.unitPath}/`) && !superior.has(rec.publicId))
      superior.set(rec.publicId, `检查登记表 ${rec.checkedOn ?? ''}`);
  const targeted = new Map(
    (await freezeSourceRepository.targetedOn(tx, r.drawDate, r.itemIds)).map((t) => [
      t.entityId,
      `${t.reason} ${t.note}`,
    ]),
  );
  const candidates = await taskRepository.scopeEntities(
    tx,
    r.scope,
    [...new Set([...drawn.keys(), ...superior.keys()])],
    [...targeted.keys()],
  );
  return candidates.flatMap((e) => {
    const x = entityExclusion({
      status: 'active',
      superiorDrawn: superior.get(e.public_id) ?? null,
      drawsThisYear: drawn.get(e.public_id) ?? 0,
      yearlyCap: r.yearlyCap,
      targeted: targeted.get(e.id) ?? null,
    });
    return x.code === 0 ? [] : [{ entityId: e.id, code: x.code, reason: x.reason }];
  });
}

async function strataKeys(tx: Executor, r: FreezeRequest): Promise<StratumKey[]> {
  const strat = stratifier(r.rates);
  return (await taskRepository.strataKeys(tx, r.scope.path, r.scope.industries)).map((k) => ({
    region: k.region,
    riskClass: k.risk_class,
    key: k.key,
    stratum: strat.stratumOf(k.region, k.risk_class as RiskClass, k.key ? ['other'] : []),
  }));
}

async function freezeInspectors(tx: Executor, r: FreezeRequest) {
  const rows: {
    taskId: string;
    badgeNumber: string;
    inspectorId: string;
    pool: string;
    exclusion: number;
    reason: string | null;
  }[] = [];
  for (const team of r.teams) {
    const members = (await freezeSourceRepository.teamInspectors(tx, team.unitPath)).map((m) => m.inspector);
    const away = await freezeSourceRepository.unavailableOn(
      tx,
      members.map((m) => m.id),
      r.drawDate,
    );
    for (const m of members) {
      if (rows.some((x) => x.badgeNumber === m.badgeNumber)) continue;
      const x = inspectorExclusion({ ...m, unavailable: away.get(m.id) ?? null }, r.drawDate, team.itemCodes);
      rows.push({
        taskId: r.taskId,
        badgeNumber: m.badgeNumber,
        inspectorId: m.id,
        pool: team.pool,
        exclusion: x.code,
        reason: x.reason,
      });
    }
  }
  return rows;
}

/** Declared conflicts of the pool's inspectors, and last time's inspectors of each entity for the items (R-N.5). */
async function freezeConflicts(
  tx: Executor,
  r: FreezeRequest,
  inspectors: readonly { inspectorId: string; badgeNumber: string }[],
) {
  const pairs = new Map<
    string,
    { taskId: string; entity: string; inspector: string; source: 'declared' | 'last-inspector' }
  >();
  const badges = new Set(inspectors.map((i) => i.badgeNumber));
  const last = new Map<string, readonly string[]>();
  for (const d of await freezeSourceRepository.confirmedDraws(tx, { itemIds: r.itemIds })) {
    const state = await currentState(tx, d.draw, d.replacements);
    for (const team of state.teams)
      last.set(
        team.entity,
        team.pools.flatMap((p) => p.inspectors),
      );
  }
  // R-N.5: who actually inspected (a submitted record) overrides the team that was drawn.
  for (const rec of await inspectionRepository.submittedFor(tx, { itemIds: r.itemIds }))
    last.set(
      rec.publicId,
      rec.inspectors.map((i) => i.badgeNumber),
    );
  for (const [entity, members] of last) {
    for (const inspector of members.filter((b) => badges.has(b)))
      pairs.set(`${entity}\u0000${inspector}`, {
        taskId: r.taskId,
        entity,
        inspector,
        source: 'last-inspector',
      });
  }
  for (const c of await freezeSourceRepository.declaredConflicts(
    tx,
    inspectors.map((i) => i.inspectorId),
  )) {
    pairs.set(`${c.entity}\u0000${c.inspector}`, {
      taskId: r.taskId,
      entity: c.entity,
      inspector: c.inspector,
      source: 'declared',
    });
  }
  return [...pairs.values()];
}

export interface FrozenCounts {
  readonly poolSize: number;
  readonly eligible: number;
  readonly inspectorCount: number;
  readonly eligibleInspectors: number;
}

/** The counts go into the task row, which is written first and never changes. */
export async function prepareFreeze(tx: Executor, r: FreezeRequest) {
  const exclusions = await entityExclusions(tx, r);
  const strata = await strataKeys(tx, r);
  const inspectors = await freezeInspectors(tx, r);
  const conflicts = await freezeConflicts(tx, r, inspectors);
  const scope = await taskRepository.scopeCounts(tx, r.scope);
  const counts: FrozenCounts = {
    poolSize: scope.total,
    eligible: scope.active - exclusions.length,
    inspectorCount: inspectors.length,
    eligibleInspectors: inspectors.filter((i) => i.exclusion === 0).length,
  };
  const write = async (t: Executor) => {
    const deregistered = entityExclusion({
      status: 'deregistered',
      superiorDrawn: null,
      drawsThisYear: 0,
      yearlyCap: r.yearlyCap,
      targeted: null,
    });
    await taskRepository.freezeEntities(t, r.taskId, r.scope, strata, deregistered, exclusions);
    await taskRepository.insertInspectors(t, inspectors);
    await taskRepository.insertConflicts(t, conflicts);
  };
  return { counts, write };
}
