// The whole RDRAW-1 computation, in two halves around the one heavy step (keyE of every eligible
// entity), so that a Node caller can run that step on worker threads (see parallel-node.ts).
import {
  drawSeed,
  inspectorDigest,
  planDigest,
  poolDigest,
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
import { quotas } from './quota.ts';
import { EntityRanking, eligibleByStratum, firstRanked, stratumStats } from './strata.ts';
import type { StratumStats } from './strata.ts';
import { drawTeams } from './teams.ts';
import type { Commitment, DrawDigests, DrawInput, DrawResult, StratumResult } from './types.ts';
import { inputProblems } from './validate-input.ts';

export interface PreparedDraw {
  readonly input: DrawInput;
  /** Pool record indices in id byte order. */
  readonly order: Uint32Array;
  readonly strata: readonly (StratumStats & { readonly quota: number })[];
  readonly members: readonly Uint32Array[];
  readonly seed: Uint8Array;
  readonly digests: Omit<DrawDigests, 'result'>;
  /** Recomputed from the reveals, in witness byte order. */
  readonly commitments: readonly Commitment[];
}

export interface ComputedDraw {
  readonly prepared: PreparedDraw;
  readonly digests: DrawDigests;
  readonly result: DrawResult;
}

function nonces(input: DrawInput): { witness: string; nonce: Uint8Array }[] {
  return input.reveals.map((r) => ({ witness: r.witness, nonce: fromHex(r.nonce) ?? new Uint8Array(0) }));
}

/** commit_j of every reveal, in witness byte order. */
export function witnessCommitments(h: Hasher, input: DrawInput): Commitment[] {
  return nonces(input)
    .sort((a, b) => compareUtf8(a.witness, b.witness))
    .map((n) => ({
      witness: n.witness,
      commit: toHex(witnessCommitment(h, input.plan.drawId, n.witness, n.nonce)),
    }));
}

/** Phases 1 and 2: input checks, pre-checks, digests, commitments and the seed. */
export function prepareDraw(input: DrawInput, h: Hasher): Outcome<{ prepared: PreparedDraw }> {
  if (h.suite !== input.plan.suite) throw new Error(`hasher ${h.suite} for a ${input.plan.suite} plan`);
  const order = poolOrder(input.pool);
  const problems = inputProblems(input, order);
  if (problems.length > 0) return { ok: false, error: invalidInput(problems) };
  const members = eligibleByStratum(input.pool);
  const stats = stratumStats(input.pool, members);
  const refused = rateCheck(input.plan, stats);
  if (refused) return { ok: false, error: refused };
  const counts = quotas(input.plan.quota, stats);
  const short = inspectorChecks(input.plan, counts, input.inspectors);
  if (short) return { ok: false, error: short };
  const recomputed = witnessCommitments(h, input);
  const claimed = new Map(input.commitments?.map((c) => [c.witness, c.commit]));
  const mismatched = input.commitments ? recomputed.filter((c) => claimed.get(c.witness) !== c.commit) : [];
  if (mismatched.length > 0) return { ok: false, error: revealMismatch(mismatched.map((c) => c.witness)) };
  const plan = planDigest(h, input.plan.json);
  const pool = poolDigest(h, input.pool, order);
  const inspectors = inspectorDigest(h, input.inspectors, input.conflicts);
  const seed = drawSeed(h, { plan, pool, poolSize: input.pool.size, inspectors, nonces: nonces(input) });
  const strata = stats.map((s, k) => ({ ...s, quota: counts[k] ?? 0 }));
  const digests = { plan: toHex(plan), pool: toHex(pool), inspectors: toHex(inspectors), seed: toHex(seed) };
  return { ok: true, prepared: { input, order, strata, members, seed, digests, commitments: recomputed } };
}

/** Phase 3, given the keyE prefixes of every eligible record: strata, teams, result digest. */
export function finishDraw(
  prepared: PreparedDraw,
  h: Hasher,
  prefixes: Float64Array,
): Outcome<{ draw: ComputedDraw }> {
  const { input, seed } = prepared;
  const ranking = new EntityRanking(h, seed, input.pool, prefixes);
  const reserve = input.plan.reservePerStratum;
  const selected: number[] = [];
  const strata: StratumResult[] = prepared.strata.map((s) => {
    const ranked = firstRanked(prepared.members[s.index] ?? new Uint32Array(0), s.quota + reserve, ranking);
    selected.push(...ranked.slice(0, s.quota));
    const ids = ranked.map((i) => poolId(input.pool, i));
    return {
      stratum: s.stratum,
      eligible: s.eligible,
      quota: s.quota,
      selected: ids.slice(0, s.quota),
      reserve: ids.slice(s.quota),
    };
  });
  // Teams go entity by entity, all strata together, in (keyE, id) order.
  const entities = selected
    .sort(ranking.compare)
    .map((i) => ({ id: poolId(input.pool, i), bytes: poolIdBytes(input.pool, i) }));
  const teams = drawTeams(h, seed, input.plan, entities, input.inspectors, input.conflicts);
  if (!teams.ok) return teams;
  const result: DrawResult = { strata, teams: teams.teams };
  const digests = { ...prepared.digests, result: toHex(resultDigest(h, result)) };
  return { ok: true, draw: { prepared, digests, result } };
}

export function computeDraw(input: DrawInput, h: Hasher): Outcome<{ draw: ComputedDraw }> {
  const prepared = prepareDraw(input, h);
  if (!prepared.ok) return prepared;
  return finishDraw(prepared.prepared, h, entityKeyPrefixes(h, prepared.prepared.seed, input.pool));
}
