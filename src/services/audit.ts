import type { Executor } from '../db/database.ts';
import { auditRepository } from '../db/repositories/audit.repository.ts';
import { stateDigest, toPlainJson } from '../domain/audit/state-digest.ts';
import type { Actor } from './actor.ts';
import { appendToLog } from './log/append.ts';

/** Appends one audit event and its Merkle leaf in the caller's transaction (R-10.3, R-5.1, issue 10.3). */
export async function recordAudit(
  tx: Executor,
  actor: Actor,
  action: string,
  object: { type: string; id: string },
  newState: unknown,
): Promise<number> {
  const row = await auditRepository.append(tx, {
    actorId: actor.userId,
    actorName: actor.name,
    unitId: actor.unitId,
    action,
    objectType: object.type,
    objectId: object.id,
    digest: stateDigest(newState),
    data: toPlainJson(newState),
  });
  await appendToLog(tx, row);
  return row.seq;
}
