// RDRAW-2's public view (DRAW.md §9): all that anonymous readers get of a draw. It is made only from
// a draw that computed (or a bundle that verified); no pool record, key, reserve, exclusion, conflict,
// inspector record or salt.
import type { ComputedDraw } from './compute.ts';
import { compareUtf8 } from './encoding.ts';
import { publicPart } from './private-strata.ts';
import type { Commitment, DrawDigests, DrawResult, JsonObject, Reveal } from './types.ts';

export const PUBLIC_VIEW_VERSION = 'RDRAW-2/public';

export type PublicStratum = {
  readonly stratum: string;
  readonly saltCommit: string;
  readonly eligible: number;
  readonly quota: number;
};

export type PublicTeam = {
  readonly entity: string;
  readonly pools: readonly { readonly pool: string; readonly inspectors: readonly string[] }[];
};

export type PublicDigests = {
  readonly plan: string;
  readonly pool: string;
  readonly inspectors: string;
  readonly strata: string;
  readonly seed: string;
  readonly result: string;
  readonly public: string;
};

export type PublicView = {
  readonly version: typeof PUBLIC_VIEW_VERSION;
  readonly plan: JsonObject;
  readonly poolSize: number;
  readonly digests: PublicDigests;
  readonly commitments: readonly Commitment[];
  readonly reveals: readonly Reveal[];
  readonly strata: readonly PublicStratum[];
  readonly selected: readonly string[];
  readonly teams: readonly PublicTeam[];
};

/** What a stored or computed RDRAW-2 draw holds that the view is made of. */
export interface PublicViewSource {
  readonly plan: JsonObject;
  readonly poolSize: number;
  readonly digests: DrawDigests;
  readonly commitments: readonly Commitment[];
  readonly reveals: readonly Reveal[];
  /** The result as computed, before any replacement. */
  readonly result: DrawResult;
  /** salt_commit_g (hex) by stratum. */
  readonly saltCommits: ReadonlyMap<string, string>;
}

export function publicView(source: PublicViewSource): PublicView {
  const { digests } = source;
  const byWitness = <T extends { readonly witness: string }>(list: readonly T[]): T[] =>
    [...list].sort((a, b) => compareUtf8(a.witness, b.witness));
  const part = publicPart(source.result, source.saltCommits) as unknown as Pick<
    PublicView,
    'strata' | 'selected' | 'teams'
  >;
  return {
    version: PUBLIC_VIEW_VERSION,
    plan: source.plan,
    poolSize: source.poolSize,
    digests: {
      plan: digests.plan,
      pool: digests.pool,
      inspectors: digests.inspectors,
      strata: digests.strata ?? '',
      seed: digests.seed,
      result: digests.result,
      public: digests.public ?? '',
    },
    commitments: byWitness(source.commitments).map(({ witness, commit }) => ({ witness, commit })),
    reveals: byWitness(source.reveals).map(({ witness, nonce }) => ({ witness, nonce })),
    strata: part.strata,
    selected: part.selected,
    teams: part.teams,
  };
}

/** The view of a computed RDRAW-2 draw; undefined for RDRAW-1, which has no private strata. */
export function publicViewOfDraw(draw: ComputedDraw): PublicView | undefined {
  const { prepared } = draw;
  if (!prepared.private) return undefined;
  return publicView({
    plan: prepared.input.plan.json,
    poolSize: prepared.input.pool.size,
    digests: draw.digests,
    commitments: prepared.commitments,
    reveals: prepared.input.reveals,
    result: draw.result,
    saltCommits: prepared.private.saltCommits,
  });
}
