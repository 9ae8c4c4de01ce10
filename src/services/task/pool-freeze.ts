// Freezing a task's pools (R-N.6): every record in scope with its exclusion code (DRAW.md §2).
import type { Executor } from '../../db/database.ts';
import { freezeSourceRepository } from '../../db/repositories/freeze-source.repository.ts';
import { inspectionRepository } from '../../db/repositories/inspection.repository.ts';
import { taskRepository, type NewTask, type PoolExclusion } from '../../db/repositories/task.repository.ts';
import type { TaskTeamJson } from '../../db/schema/index.ts';
import type { PlanRate } from '../../domain/plan/sampling-group.ts';
import { entityExclusion, inspectorExclusion } from '../../domain/task/exclusion.ts';
import { currentState } from '../draw/draw-state.ts';
import { stratumTable } from './stratum-table.ts';

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

/**
 * Exclusions 2–4 by public id, decided by the domain rule for the few entities that were drawn, drawn
 * by a superior or are under a targeted inspection; the freeze statement applies them to active records.
 */
async function candidateExclusions(tx: Executor, r: FreezeRequest): Promise<PoolExclusion[]> {
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
      t.publicId,
      `${t.reason} ${t.note}`,
    ]),
  );
  return [...new Set([...drawn.keys(), ...superior.keys(), ...targeted.keys()])].flatMap((publicId) => {
    const x = entityExclusion({
      status: 'active',
      superiorDrawn: superior.get(publicId) ?? null,
      drawsThisYear: drawn.get(publicId) ?? 0,
      yearlyCap: r.yearlyCap,
      targeted: targeted.get(publicId) ?? null,
    });
    return x.code === 0 ? [] : [{ publicId, code: x.code, reason: x.reason }];
  });
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

/**
 * Writes the task row and its pools (R-N.6). The entity pool is one INSERT … SELECT over the directory,
 * strata and exclusions computed in SQL from the domain's tables, the task row with its counts in the
 * same statement (the task row never changes, and the pool's counts are known only as it is written).
 */
export async function freezeTask(
  tx: Executor,
  r: FreezeRequest,
  task: Omit<NewTask, keyof FrozenCounts | 'poolStrata'>,
): Promise<FrozenCounts> {
  const exclusions = await candidateExclusions(tx, r);
  const inspectors = await freezeInspectors(tx, r);
  const conflicts = await freezeConflicts(tx, r, inspectors);
  const inspectorCounts = {
    inspectorCount: inspectors.length,
    eligibleInspectors: inspectors.filter((i) => i.exclusion === 0).length,
  };
  const deregistered = entityExclusion({
    status: 'deregistered',
    superiorDrawn: null,
    drawsThisYear: 0,
    yearlyCap: r.yearlyCap,
    targeted: null,
  });
  const pool = await taskRepository.freeze(
    tx,
    { ...task, ...inspectorCounts },
    {
      scope: r.scope,
      strata: stratumTable(r.rates),
      deregistered,
      exclusions,
    },
  );
  await taskRepository.insertInspectors(tx, inspectors);
  await taskRepository.insertConflicts(tx, conflicts);
  return { ...pool, ...inspectorCounts };
}
