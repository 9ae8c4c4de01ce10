// The bundle (DRAW.md §7, §9): one draw, enough for anyone to re-run it. Lists are in hashing order;
// an RDRAW-2 bundle adds the salts (stratum order) and the strata and public digests.
import type { ComputedDraw } from './compute.ts';
import { sortConflicts, sortInspectors } from './digests.ts';
import { compareUtf8 } from './encoding.ts';
import { poolRecord } from './pool-table.ts';
import type { DrawBundle } from './types.ts';
import { versionOf } from './types.ts';

export function drawBundle(draw: ComputedDraw): DrawBundle {
  const { input, order, commitments } = draw.prepared;
  const { plan, pool, seed, inspectors, result, strata, public: publicPart } = draw.digests;
  const version = versionOf(input.plan.suite);
  const bundle: DrawBundle = {
    version,
    plan: input.plan.json,
    pool: Array.from(order, (i) => poolRecord(input.pool, i)),
    inspectors: sortInspectors(input.inspectors).map(({ id, pool, exclusion }) => ({ id, pool, exclusion })),
    conflicts: sortConflicts(input.conflicts).map(({ entity, inspector }) => ({ entity, inspector })),
    commitments,
    reveals: [...input.reveals]
      .sort((a, b) => compareUtf8(a.witness, b.witness))
      .map(({ witness, nonce }) => ({ witness, nonce })),
    digests: { plan, pool, inspectors, seed, result },
    result: draw.result,
    signatures: [],
    replacements: [],
  };
  if (version === 'RDRAW-1' || strata === undefined || publicPart === undefined) return bundle;
  const salts = [...(input.salts ?? [])]
    .sort((a, b) => compareUtf8(a.stratum, b.stratum))
    .map(({ stratum, salt }) => ({ stratum, salt }));
  return { ...bundle, digests: { ...bundle.digests, strata, public: publicPart }, salts };
}
