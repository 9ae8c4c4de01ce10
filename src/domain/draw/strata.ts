// Strata and their selection (DRAW.md §4): eligible records sorted by (keyE(id), id); the first
// q_g are selected, the next r are the stratum's replacement list.
import { compareUtf8 } from './encoding.ts';
import { entityKey } from './entity-keys.ts';
import type { StratumKeys } from './entity-keys.ts';
import type { Hasher } from './hasher.ts';
import { compareIds, poolIdBytes } from './pool-table.ts';
import type { StratumCount } from './quota.ts';
import { kthSmallest } from './select.ts';
import type { PoolTable } from './types.ts';

export interface StratumStats extends StratumCount {
  /** Index of the stratum in `PoolTable.strata`. */
  readonly index: number;
}

/** Every stratum of the pool (eligible or not), sorted by bytes, with its eligible count. */
export function stratumStats(pool: PoolTable, members: readonly Uint32Array[]): StratumStats[] {
  return pool.strata
    .map((stratum, index) => ({ stratum, index, eligible: members[index]?.length ?? 0 }))
    .sort((a, b) => compareUtf8(a.stratum, b.stratum));
}

/** Orders records by (keyE, id): prefix first, the full key only on a prefix tie. */
export class EntityRanking {
  private readonly fullKeys = new Map<number, string>();

  constructor(
    private readonly h: Hasher,
    private readonly keys: StratumKeys,
    private readonly pool: PoolTable,
    readonly prefixes: Float64Array,
  ) {}

  key(i: number): string {
    let key = this.fullKeys.get(i);
    if (key === undefined) {
      key = entityKey(this.h, this.keys[this.pool.stratumOf[i]!]!, poolIdBytes(this.pool, i));
      this.fullKeys.set(i, key);
    }
    return key;
  }

  readonly compare = (i: number, j: number): number => {
    const d = this.prefixes[i]! - this.prefixes[j]!;
    if (d !== 0) return d;
    const a = this.key(i);
    const b = this.key(j);
    return a < b ? -1 : a > b ? 1 : compareIds(this.pool, i, j);
  };
}

/** Eligible record indices of each stratum index of the pool. */
export function eligibleByStratum(pool: PoolTable): Uint32Array[] {
  const counts = new Uint32Array(pool.strata.length);
  for (let i = 0; i < pool.size; i++) if (pool.exclusion[i] === 0) counts[pool.stratumOf[i]!]!++;
  const members = Array.from(counts, (n) => new Uint32Array(n));
  const fill = new Uint32Array(pool.strata.length);
  for (let i = 0; i < pool.size; i++) {
    if (pool.exclusion[i] !== 0) continue;
    const g = pool.stratumOf[i]!;
    members[g]![fill[g]!++] = i;
  }
  return members;
}

/** The first `count` members in (keyE, id) order, without sorting the whole stratum. */
export function firstRanked(members: Uint32Array, count: number, ranking: EntityRanking): number[] {
  if (count <= 0) return [];
  const { prefixes } = ranking;
  let candidates: number[];
  if (count >= members.length) {
    candidates = Array.from(members);
  } else {
    const values = new Float64Array(members.length);
    for (let k = 0; k < members.length; k++) values[k] = prefixes[members[k]!]!;
    const threshold = kthSmallest(values, count - 1);
    candidates = [];
    for (const i of members) if (prefixes[i]! <= threshold) candidates.push(i);
  }
  return candidates.sort(ranking.compare).slice(0, count);
}
