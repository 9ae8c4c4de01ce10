import type { Executor } from '../db/database.ts';
import { auditRepository } from '../db/repositories/audit.repository.ts';
import { stateDigest, toPlainJson } from '../domain/audit/state-digest.ts';
import type { Actor } from './actor.ts';

/** Appends one audit event in the caller's transaction (R-10.3, R-5.1: who did what, when). */
export async function recordAudit(
  tx: Executor,
  actor: Actor,
  action: string,
  object: { type: string; id: string },
  newState: unknown,
): Promise<number> {
  return auditRepository.append(tx, {
    actorId: actor.userId,
    actorName: actor.name,
    unitId: actor.unitId,
    action,
    objectType: object.type,
    objectId: object.id,
    digest: stateDigest(newState),
    data: toPlainJson(newState),
  });
}
