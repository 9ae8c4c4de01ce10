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

const EMPTY = new Uint8Array(0);

interface Candidate {
  readonly id: string;
  readonly bytes: Uint8Array;
}

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

/** The candidates in (keyI(e, i), i) order. */
function ranked(
  h: Hasher,
  seed: Uint8Array,
  entity: RankedEntity,
  candidates: readonly Candidate[],
): Candidate[] {
  const keys = inspectorKeys(
    h,
    seed,
    entity.bytes,
    candidates.map((c) => c.bytes),
  );
  const order = candidates.map((_, k) => k);
  order.sort((a, b) => {
    const x = keys[a] ?? '';
    const y = keys[b] ?? '';
    return x < y
      ? -1
      : x > y
        ? 1
        : compareBytes(candidates[a]?.bytes ?? EMPTY, candidates[b]?.bytes ?? EMPTY);
  });
  return order.map((k) => candidates[k] ?? { id: '', bytes: EMPTY });
}

/** Takes `size` under the cap, then `reserve` more under the cap from after the last taken. */
function walk(
  order: readonly Candidate[],
  size: number,
  reserve: number,
  maxLoad: number,
  load: ReadonlyMap<string, number>,
): { taken: string[]; spare: string[] } {
  const taken: string[] = [];
  let next = 0;
  while (next < order.length && taken.length < size) {
    const id = order[next++]?.id ?? '';
    if ((load.get(id) ?? 0) < maxLoad) taken.push(id);
  }
  const spare: string[] = [];
  while (next < order.length && spare.length < reserve) {
    const id = order[next++]?.id ?? '';
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
): Outcome<{ teams: TeamResult[] }> {
  const pools = plan.teams.map((spec) => ({
    spec,
    members: inspectors
      .filter((i) => i.exclusion === 0 && i.pool === spec.pool)
      .map((i) => ({ id: i.id, bytes: utf8(i.id) })),
  }));
  const barredFor = conflictIndex(conflicts);
  const load = new Map<string, number>();
  const teams: TeamResult[] = [];
  for (const entity of entities) {
    const barred = barredFor.get(entity.id);
    const teamPools: TeamPoolResult[] = [];
    for (const { spec, members } of pools) {
      const candidates = barred ? members.filter((m) => !barred.has(m.id)) : members;
      const order = ranked(h, seed, entity, candidates);
      const { taken, spare } = walk(order, spec.size, plan.inspectorReserve, plan.maxLoad, load);
      if (taken.length < spec.size)
        return { ok: false, error: understaffed(entity.id, spec.pool, taken, spec.size) };
      for (const id of taken) load.set(id, (load.get(id) ?? 0) + 1);
      teamPools.push({ pool: spec.pool, inspectors: taken, reserve: spare });
    }
    teams.push({ entity: entity.id, pools: teamPools });
  }
  return { ok: true, teams };
}
