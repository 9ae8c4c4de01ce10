// The bundle (DRAW.md §7): one draw, enough for anyone to re-run it. Lists are in hashing order.
import type { ComputedDraw } from './compute.ts';
import { sortConflicts, sortInspectors } from './digests.ts';
import { compareUtf8 } from './encoding.ts';
import { poolRecord } from './pool-table.ts';
import type { DrawBundle } from './types.ts';

export function drawBundle(draw: ComputedDraw): DrawBundle {
  const { input, order, commitments } = draw.prepared;
  const { plan, pool, seed, inspectors, result } = draw.digests;
  return {
    version: 'RDRAW-1',
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
}
