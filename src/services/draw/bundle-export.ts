// The bundle of DRAW.md §7, assembled from what was stored; lists in hashing order.
import type { DrawRow, ParticipantRow } from '../../db/repositories/draw.repository.ts';
import { sortConflicts, sortInspectors } from '../../domain/draw/digests.ts';
import { compareUtf8 } from '../../domain/draw/encoding.ts';
import { poolOrder } from '../../domain/draw/pool-order.ts';
import { poolRecord } from '../../domain/draw/pool-table.ts';
import type { DrawBundle, JsonObject } from '../../domain/draw/types.ts';
import type { FrozenPools } from './draw-input.ts';
import { commitmentsOf, revealsOf } from './draw-input.ts';

const byWitness = <T extends { witness: string }>(list: readonly T[]) =>
  [...list].sort((a, b) => compareUtf8(a.witness, b.witness));

/** Signatures by role and witness label only: no names, no user ids (R-N.10). */
function signatures(participants: readonly ParticipantRow[]): JsonObject[] {
  return participants
    .filter((p) => p.signedAt && p.statementDigest)
    .sort((a, b) => a.signedAt!.getTime() - b.signedAt!.getTime())
    .map((p) => ({
      role: p.role,
      signer: p.witness ?? p.role,
      statementDigest: p.statementDigest!,
      signedAt: p.signedAt!.toISOString(),
    }));
}

export function exportBundle(
  draw: DrawRow,
  pools: FrozenPools,
  participants: readonly ParticipantRow[],
  replacements: readonly JsonObject[],
): DrawBundle {
  if (!draw.result || !draw.seed || !draw.resultDigest) throw new Error(`draw ${draw.drawId} has no result`);
  const { order } = poolOrder(pools.pool);
  return {
    version: 'RDRAW-1',
    plan: draw.plan,
    pool: Array.from(order, (i) => poolRecord(pools.pool, i)),
    inspectors: sortInspectors(pools.inspectors).map(({ id, pool, exclusion }) => ({ id, pool, exclusion })),
    conflicts: sortConflicts(pools.conflicts).map(({ entity, inspector }) => ({ entity, inspector })),
    commitments: byWitness(commitmentsOf(participants)),
    reveals: byWitness(revealsOf(participants)),
    digests: {
      plan: draw.planDigest,
      pool: draw.poolDigest,
      inspectors: draw.inspectorDigest,
      seed: draw.seed,
      result: draw.resultDigest,
    },
    result: draw.result,
    signatures: signatures(participants),
    replacements: [...replacements],
  };
}
