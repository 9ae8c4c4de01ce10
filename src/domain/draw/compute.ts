// The whole RDRAW-1 / RDRAW-2 computation, in phases around its two heavy loops (keyE of every eligible
// entity, keyI of every selected entity × inspector), so that a Node caller can run those loops
// on worker threads (parallel-node.ts).
import {
  drawSeed,
  inspectorDigest,
  planDigest,
  hashPool,
  publicDigest,
  resultDigest,
  witnessCommitment,
} from './digests.ts';
import { compareUtf8, fromHex, toHex } from './encoding.ts';
import { entityKeyPrefixes } from './entity-keys.ts';
import { invalidInput, revealMismatch } from './errors.ts';
import type { Outcome } from './errors.ts';
import type { Hasher } from './hasher.ts';
import { poolOrder } from './pool-order.ts';
import { poolId, poolIdBytes } from './pool-table.ts';
import { inspectorChecks, rateCheck } from './prechecks.ts';
import { entityKeysOf, privateStrata, publicPart } from './private-strata.ts';
import type { PrivateStrata } from './private-strata.ts';
import { quotas } from './quota.ts';
import { EntityRanking, eligibleByStratum, firstRanked, stratumStats } from './strata.ts';
import type { StratumStats } from './strata.ts';
import { drawTeams } from './teams.ts';
import type { InspectorOrders, RankedEntity } from './teams.ts';
import type { Commitment, DrawDigests, DrawInput, DrawResult, StratumResult } from './types.ts';
import { inputProblems } from './validate-input.ts';

export interface PreparedDraw {
  readonly input: DrawInput;
  /** Pool record indices in id byte order. */
  readonly order: Uint32Array;
  readonly strata: readonly (StratumStats & { readonly quota: number })[];
  readonly members: readonly Uint32Array[];
  readonly seed: Uint8Array;
  /** keyE's key per stratum of the pool (`PoolTable.strata` index): the seed, or RDRAW-2's k_g. */
  readonly entityKeys: readonly Uint8Array[];
  /** RDRAW-2 only: the salt commitments and strata digest. */
  readonly private?: PrivateStrata;
  readonly digests: Omit<DrawDigests, 'result' | 'strata' | 'public'>;
  /** Recomputed from the reveals, in witness byte order. */
  readonly commitments: readonly Commitment[];
}

export interface ComputedDraw {
  readonly prepared: PreparedDraw;
  readonly digests: DrawDigests;
  readonly result: DrawResult;
}

function revealedNonces(input: DrawInput): { witness: string; nonce: Uint8Array }[] {
  return input.reveals.map((r) => ({ witness: r.witness, nonce: fromHex(r.nonce) ?? new Uint8Array(0) }));
}

/** commit_j of every reveal, in witness byte order. */
export function witnessCommitments(h: Hasher, input: DrawInput): Commitment[] {
  return revealedNonces(input)
    .sort((a, b) => compareUtf8(a.witness, b.witness))
    .map((n) => ({
      witness: n.witness,
      commit: toHex(witnessCommitment(h, input.plan.drawId, n.witness, n.nonce)),
    }));
}

/** The pre-checks in order (DRAW.md §2): rates, then the inspector pools; the quotas if all pass. */
function preChecked(input: DrawInput, stats: readonly StratumStats[]): Outcome<{ quotas: number[] }> {
  const refused = rateCheck(input.plan, stats);
  if (refused) return { ok: false, error: refused };
  const counts = quotas(input.plan.quota, stats);
  const short = inspectorChecks(input.plan, counts, input.inspectors);
  return short ? { ok: false, error: short } : { ok: true, quotas: counts };
}

/** The commitments recomputed from the reveals; `reveal-mismatch` where given ones differ. */
function checkedCommitments(h: Hasher, input: DrawInput): Outcome<{ commitments: Commitment[] }> {
  const recomputed = witnessCommitments(h, input);
  const claimed = new Map(input.commitments?.map((c) => [c.witness, c.commit]));
  const mismatched = input.commitments ? recomputed.filter((c) => claimed.get(c.witness) !== c.commit) : [];
  if (mismatched.length > 0) return { ok: false, error: revealMismatch(mismatched.map((c) => c.witness)) };
  return { ok: true, commitments: recomputed };
}

/** Phases 1 and 2: input checks, pre-checks, digests, commitments and the seed. */
export function prepareDraw(input: DrawInput, h: Hasher): Outcome<{ prepared: PreparedDraw }> {
  if (h.suite !== input.plan.suite) throw new Error(`hasher ${h.suite} for a ${input.plan.suite} plan`);
  const problems = inputProblems(input);
  if (problems.length > 0) return { ok: false, error: invalidInput(problems) };
  const { order, distinct } = poolOrder(input.pool);
  const pool = hashPool(h, input.pool, order, distinct);
  if (pool.duplicates.length > 0) {
    return {
      ok: false,
      error: invalidInput([{ at: 'pool', problem: 'duplicate id', ids: pool.duplicates }]),
    };
  }
  const members = eligibleByStratum(input.pool);
  const stats = stratumStats(input.pool, members);
  const checked = preChecked(input, stats);
  if (!checked.ok) return checked;
  const revealed = checkedCommitments(h, input);
  if (!revealed.ok) return revealed;
  const plan = planDigest(h, input.plan.json);
  const inspectors = inspectorDigest(h, input.inspectors, input.conflicts);
  const nonces = revealedNonces(input);
  const secret = input.salts ? privateStrata(h, input) : undefined;
  const seed = drawSeed(h, {
    plan,
    pool: pool.digest,
    poolSize: input.pool.size,
    inspectors,
    ...(secret && { strata: secret.digest }),
    nonces,
  });
  const strata = stats.map((s, k) => ({ ...s, quota: checked.quotas[k] ?? 0 }));
  const hex = {
    plan: toHex(plan),
    pool: toHex(pool.digest),
    inspectors: toHex(inspectors),
    seed: toHex(seed),
  };
  const entityKeys = entityKeysOf(h, input, seed);
  const prepared: PreparedDraw = {
    input,
    order,
    strata,
    members,
    seed,
    entityKeys,
    ...(secret && { private: secret }),
    digests: hex,
    commitments: revealed.commitments,
  };
  return { ok: true, prepared };
}

export interface Selection {
  readonly strata: readonly StratumResult[];
  /** Every selected entity, all strata together, in (keyE, id) order: the order teams are drawn in. */
  readonly entities: readonly RankedEntity[];
}

/** Phase 3a, given the keyE prefixes of every eligible record: each stratum's selection and list. */
export function selectEntities(prepared: PreparedDraw, h: Hasher, prefixes: Float64Array): Selection {
  const { input, entityKeys } = prepared;
  const ranking = new EntityRanking(h, entityKeys, input.pool, prefixes);
  const reserve = input.plan.reservePerStratum;
  let selected: number[] = [];
  const strata = prepared.strata.map((s): StratumResult => {
    const ranked = firstRanked(prepared.members[s.index] ?? new Uint32Array(0), s.quota + reserve, ranking);
    selected = selected.concat(ranked.slice(0, s.quota));
    const ids = ranked.map((i) => poolId(input.pool, i));
    const { stratum, eligible, quota } = s;
    return { stratum, eligible, quota, selected: ids.slice(0, quota), reserve: ids.slice(quota) };
  });
  const entities = selected
    .sort(ranking.compare)
    .map((i) => ({ id: poolId(input.pool, i), bytes: poolIdBytes(input.pool, i) }));
  return { strata, entities };
}

/** Phase 3b: the teams and the result digest; `orders` may come precomputed from other threads. */
export function completeDraw(
  prepared: PreparedDraw,
  h: Hasher,
  selection: Selection,
  orders?: InspectorOrders,
): Outcome<{ draw: ComputedDraw }> {
  const { input, seed } = prepared;
  const teams = drawTeams(h, seed, input.plan, selection.entities, input.inspectors, input.conflicts, orders);
  if (!teams.ok) return teams;
  const result: DrawResult = { strata: selection.strata, teams: teams.teams };
  const digests: DrawDigests = { ...prepared.digests, result: toHex(resultDigest(h, result)) };
  const secret = prepared.private;
  if (!secret) return { ok: true, draw: { prepared, digests, result } };
  const part = toHex(publicDigest(h, publicPart(result, secret.saltCommits)));
  const all = { ...digests, strata: toHex(secret.digest), public: part };
  return { ok: true, draw: { prepared, digests: all, result } };
}

export function finishDraw(
  prepared: PreparedDraw,
  h: Hasher,
  prefixes: Float64Array,
): Outcome<{ draw: ComputedDraw }> {
  return completeDraw(prepared, h, selectEntities(prepared, h, prefixes));
}

export function computeDraw(input: DrawInput, h: Hasher): Outcome<{ draw: ComputedDraw }> {
  const prepared = prepareDraw(input, h);
  if (!prepared.ok) return prepared;
  return finishDraw(prepared.prepared, h, entityKeyPrefixes(h, prepared.prepared.entityKeys, input.pool));
}
