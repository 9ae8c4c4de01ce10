// The full bundle of DRAW.md §7 (§9 for RDRAW-2: with the salts), assembled from what was stored;
// lists in hashing order. Only entitled readers get it (draw.service.ts).
import type { DrawRow, ParticipantRow } from '../../db/repositories/draw.repository.ts';
import { sortConflicts, sortInspectors } from '../../domain/draw/digests.ts';
import { compareUtf8 } from '../../domain/draw/encoding.ts';
import { poolOrder } from '../../domain/draw/pool-order.ts';
import { poolRecord } from '../../domain/draw/pool-table.ts';
import type { DrawBundle, JsonObject } from '../../domain/draw/types.ts';
import { versionOf } from '../../domain/draw/types.ts';
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
      // Issue 10.4: outside every digest; `verify` checks each against the statement it rebuilds.
      ...(p.signature && { scheme: p.signatureScheme!, publicKey: p.publicKey!, signature: p.signature }),
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
  const version = versionOf(draw.suite);
  const bundle: DrawBundle = {
    version,
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
  if (version === 'RDRAW-1' || !draw.salts || !draw.strataDigest || !draw.publicDigest) return bundle;
  const salts = [...draw.salts]
    .sort((a, b) => compareUtf8(a.stratum, b.stratum))
    .map(({ stratum, salt }) => ({ stratum, salt }));
  const digests = { ...bundle.digests, strata: draw.strataDigest, public: draw.publicDigest };
  return { ...bundle, digests, salts };
}
