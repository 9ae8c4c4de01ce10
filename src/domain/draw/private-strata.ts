// RDRAW-2's private strata (DRAW.md §9): one salt per stratum, its commitment, the strata digest,
// each stratum's keyE key, and the public part that the signers sign and anonymous readers get.
import { saltCommitment, stratumKey, strataDigest } from './digests.ts';
import { compareUtf8, fromHex, toHex } from './encoding.ts';
import type { InputProblem } from './errors.ts';
import type { Hasher } from './hasher.ts';
import { duplicates, isLowerHex } from './json-checks.ts';
import type { DrawInput, DrawResult, JsonObject, PoolTable } from './types.ts';
import { isPrivate } from './types.ts';

export const SALT_BYTES = 32;

/** RDRAW-2 needs exactly one 32-byte salt per stratum of the pool; RDRAW-1 takes none. */
export function saltProblems(input: DrawInput): InputProblem[] {
  const { salts } = input;
  if (!isPrivate(input.plan.suite))
    return salts ? [{ at: 'salts', problem: 'salts belong to RDRAW-2 only' }] : [];
  if (!salts) return [{ at: 'salts', problem: 'RDRAW-2 needs one salt per stratum' }];
  const problems: InputProblem[] = [];
  const malformed = salts.filter((s) => !isLowerHex(s.salt, SALT_BYTES, SALT_BYTES)).map((s) => s.stratum);
  if (malformed.length > 0)
    problems.push({ at: 'salts', problem: 'expected a 32-byte salt in lowercase hex', ids: malformed });
  const twice = duplicates(salts.map((s) => s.stratum));
  if (twice.length > 0)
    problems.push({ at: 'salts', problem: 'more than one salt for a stratum', ids: twice });
  const known = new Set(input.pool.strata);
  const given = new Set(salts.map((s) => s.stratum));
  const extra = [...given].filter((g) => !known.has(g));
  if (extra.length > 0) problems.push({ at: 'salts', problem: 'not a stratum of the pool', ids: extra });
  const missing = input.pool.strata.filter((g) => !given.has(g));
  if (missing.length > 0) problems.push({ at: 'salts', problem: 'missing for a stratum', ids: missing });
  return problems;
}

export interface PrivateStrata {
  /** salt_commit_g as lowercase hex, by stratum label. */
  readonly saltCommits: ReadonlyMap<string, string>;
  readonly digest: Uint8Array;
}

/** The salt commitments and strata digest of a checked RDRAW-2 input. */
export function privateStrata(h: Hasher, input: DrawInput): PrivateStrata {
  const commits = (input.salts ?? []).map((s) => ({
    stratum: s.stratum,
    commit: saltCommitment(h, s.stratum, fromHex(s.salt) ?? new Uint8Array(0)),
  }));
  return {
    saltCommits: new Map(commits.map((c) => [c.stratum, toHex(c.commit)])),
    digest: strataDigest(h, commits),
  };
}

/** The keyE key of each stratum of the pool (by `PoolTable.strata` index): k_g, or the seed in RDRAW-1. */
export function entityKeysOf(h: Hasher, input: DrawInput, seed: Uint8Array): Uint8Array[] {
  const pool: PoolTable = input.pool;
  if (!isPrivate(input.plan.suite)) return pool.strata.map(() => seed);
  const salts = new Map(input.salts?.map((s) => [s.stratum, fromHex(s.salt) ?? new Uint8Array(0)]));
  return pool.strata.map((g) => stratumKey(h, seed, g, salts.get(g) ?? new Uint8Array(0)));
}

/** public_part = { strata, selected, teams } (DRAW.md §9), from the result before any replacement. */
export function publicPart(result: DrawResult, saltCommits: ReadonlyMap<string, string>): JsonObject {
  return {
    strata: result.strata.map((s) => ({
      stratum: s.stratum,
      saltCommit: saltCommits.get(s.stratum) ?? '',
      eligible: s.eligible,
      quota: s.quota,
    })),
    selected: result.strata.flatMap((s) => s.selected).sort(compareUtf8),
    teams: [...result.teams]
      .sort((a, b) => compareUtf8(a.entity, b.entity))
      .map((t) => ({
        entity: t.entity,
        pools: t.pools.map((p) => ({ pool: p.pool, inspectors: [...p.inspectors] })),
      })),
  };
}
