// Inspector teams (DRAW.md §5): per selected entity, pool by pool in plan order, the eligible
// inspectors of the pool without a conflict, by (keyI(e, i), i), under the load cap.
import { compareBytes, utf8 } from './encoding.ts';
import { inspectorKeys } from './entity-keys.ts';
import { understaffed } from './errors.ts';
import type { Outcome } from './errors.ts';
import type { Hasher } from './hasher.ts';
import type { Conflict, InspectorRecord, Plan, TeamPoolResult, TeamResult } from './types.ts';

export interface RankedEntity {
  readonly id: string;
  readonly bytes: Uint8Array;
}

export interface TeamMember {
  readonly id: string;
  readonly bytes: Uint8Array;
}

/**
 * For the k-th entity in processing order and the j-th team pool of the plan: the indices into
 * teamPools(…)[j] in (keyI, id) order. Loads play no part in it, so it can be computed ahead,
 * on other threads (parallel-node.ts).
 */
export type InspectorOrders = (entity: number, pool: number) => ArrayLike<number>;

/** entity id → the inspector ids it may not be teamed with. */
export function conflictIndex(conflicts: readonly Conflict[]): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  for (const { entity, inspector } of conflicts) {
    const barred = index.get(entity) ?? new Set<string>();
    barred.add(inspector);
    index.set(entity, barred);
  }
  return index;
}

/** The eligible inspectors of each team pool, in plan order, each pool in input order. */
export function teamPools(plan: Plan, inspectors: readonly InspectorRecord[]): TeamMember[][] {
  return plan.teams.map((spec) =>
    inspectors
      .filter((i) => i.exclusion === 0 && i.pool === spec.pool)
      .map((i) => ({ id: i.id, bytes: utf8(i.id) })),
  );
}

/** The members in (keyI(entity, i), i) order, as indices. draw.worker.mjs repeats it: keep in step. */
export function inspectorOrder(
  h: Hasher,
  seed: Uint8Array,
  entity: Uint8Array,
  members: readonly TeamMember[],
): Uint32Array {
  const keys = inspectorKeys(
    h,
    seed,
    entity,
    members.map((m) => m.bytes),
  );
  const byId = (a: number, b: number): number =>
    compareBytes(members[a]?.bytes ?? EMPTY, members[b]?.bytes ?? EMPTY);
  return Uint32Array.from(members, (_, k) => k).sort((a, b) => {
    const x = keys[a] ?? '';
    const y = keys[b] ?? '';
    return x < y ? -1 : x > y ? 1 : byId(a, b);
  });
}

const EMPTY = new Uint8Array(0);

/** Takes `size` under the cap, then `reserve` more under the cap from after the last taken. */
function walk(
  order: readonly string[],
  size: number,
  reserve: number,
  maxLoad: number,
  load: ReadonlyMap<string, number>,
): { taken: string[]; spare: string[] } {
  const taken: string[] = [];
  let next = 0;
  while (next < order.length && taken.length < size) {
    const id = order[next++] ?? '';
    if ((load.get(id) ?? 0) < maxLoad) taken.push(id);
  }
  const spare: string[] = [];
  while (next < order.length && spare.length < reserve) {
    const id = order[next++] ?? '';
    if ((load.get(id) ?? 0) < maxLoad) spare.push(id);
  }
  return { taken, spare };
}

export function drawTeams(
  h: Hasher,
  seed: Uint8Array,
  plan: Plan,
  entities: readonly RankedEntity[],
  inspectors: readonly InspectorRecord[],
  conflicts: readonly Conflict[],
  orders?: InspectorOrders,
): Outcome<{ teams: TeamResult[] }> {
  const pools = teamPools(plan, inspectors);
  const orderOf = orders ?? ((k, j) => inspectorOrder(h, seed, entities[k]?.bytes ?? EMPTY, pools[j] ?? []));
  const barredFor = conflictIndex(conflicts);
  const load = new Map<string, number>();
  const teams: TeamResult[] = [];
  for (const [k, entity] of entities.entries()) {
    const barred = barredFor.get(entity.id);
    const teamPools: TeamPoolResult[] = [];
    for (const [j, spec] of plan.teams.entries()) {
      // Sorting first and leaving out the conflicts afterwards keeps the same order.
      const ids = Array.from(orderOf(k, j), (m) => pools[j]?.[m]?.id ?? '').filter((id) => !barred?.has(id));
      const { taken, spare } = walk(ids, spec.size, plan.inspectorReserve, plan.maxLoad, load);
      if (taken.length < spec.size)
        return { ok: false, error: understaffed(entity.id, spec.pool, taken, spec.size) };
      for (const id of taken) load.set(id, (load.get(id) ?? 0) + 1);
      teamPools.push({ pool: spec.pool, inspectors: taken, reserve: spare });
    }
    teams.push({ entity: entity.id, pools: teamPools });
  }
  return { ok: true, teams };
}
