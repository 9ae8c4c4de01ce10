// The current state of a confirmed draw: its result with the replacements applied so far, replayed
// by the engine's own rule (DRAW.md §6), so the platform and `verify` cannot disagree.
import type { Executor } from '../../db/database.ts';
import type { DrawRow } from '../../db/repositories/draw.repository.ts';
import { taskRepository } from '../../db/repositories/task.repository.ts';
import { checkReplacements, readReplacement, type ReplacementState } from '../../domain/draw/replacements.ts';
import type { Conflict, JsonObject, Replacement } from '../../domain/draw/types.ts';

export function replacementsOf(records: readonly JsonObject[]): Replacement[] {
  return records.flatMap((r) => {
    const read = readReplacement(r);
    return read ? [read] : [];
  });
}

export function stateAfter(
  draw: Pick<DrawRow, 'drawId' | 'result'>,
  records: readonly JsonObject[],
  conflicts: readonly Conflict[],
): ReplacementState {
  if (!draw.result) return { strata: [], teams: [] };
  const replayed = checkReplacements(draw.result, replacementsOf(records), conflicts);
  // Stored replacements were checked by the same rule when they were made.
  if (!replayed.ok)
    throw new Error(`draw ${draw.drawId}: stored replacements do not replay: ${replayed.error.message}`);
  return replayed.state;
}

export async function currentState(
  db: Executor,
  draw: DrawRow,
  records: readonly JsonObject[],
): Promise<ReplacementState> {
  const conflicts = records.length > 0 ? await taskRepository.conflicts(db, draw.taskId) : [];
  return stateAfter(draw, records, conflicts);
}
