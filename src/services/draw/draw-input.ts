// The RDRAW-1 / RDRAW-2 input of a draw, read back from the frozen pools and the participants. All draw
// logic is the engine's (src/domain/draw); this file only assembles its input.
import type { Database } from '../../db/database.ts';
import type { DrawRow, ParticipantRow } from '../../db/repositories/draw.repository.ts';
import { taskRepository } from '../../db/repositories/task.repository.ts';
import type { InputProblem } from '../../domain/draw/errors.ts';
import { readPlan } from '../../domain/draw/validate-plan.ts';
import type {
  Commitment,
  Conflict,
  DrawInput,
  InspectorRecord,
  JsonObject,
  Plan,
  PoolTable,
  Reveal,
} from '../../domain/draw/types.ts';

export interface FrozenPools {
  readonly pool: PoolTable;
  readonly inspectors: readonly InspectorRecord[];
  readonly conflicts: readonly Conflict[];
}

/** `shared`: the pool table in shared memory, for the compute's worker threads. */
export async function frozenPools(
  db: Database,
  taskId: string,
  options: { shared?: boolean } = {},
): Promise<FrozenPools> {
  const pool = await taskRepository.poolTable(db, taskId, options);
  const inspectors = (await taskRepository.inspectors(db, taskId)).map((i) => ({
    id: i.badgeNumber,
    pool: i.pool,
    exclusion: i.exclusion,
  }));
  const conflicts = (await taskRepository.conflicts(db, taskId)).map((c) => ({
    entity: c.entity,
    inspector: c.inspector,
  }));
  return { pool, inspectors, conflicts };
}

/** The plan as the engine reads it; a stored plan that does not read is a bug, not a user error. */
export function enginePlan(json: JsonObject): Plan {
  const problems: InputProblem[] = [];
  const plan = readPlan(json, problems);
  if (!plan) throw new Error(`draw plan does not read: ${JSON.stringify(problems)}`);
  return plan;
}

/** Placeholder reveals, one per witness: phase 1 (digests and pre-checks) does not depend on them. */
export function placeholderReveals(plan: Plan): Reveal[] {
  return plan.witnesses.map((witness) => ({ witness, nonce: '00'.repeat(16) }));
}

export function revealsOf(participants: readonly ParticipantRow[]): Reveal[] {
  return participants
    .filter((p) => p.witness && p.nonce && p.revealedAt)
    .map((p) => ({ witness: p.witness!, nonce: p.nonce! }));
}

export function commitmentsOf(participants: readonly ParticipantRow[]): Commitment[] {
  return participants
    .filter((p) => p.witness && p.commit)
    .map((p) => ({ witness: p.witness!, commit: p.commit! }));
}

export async function drawInput(
  db: Database,
  draw: DrawRow,
  participants: readonly ParticipantRow[],
): Promise<DrawInput> {
  const pools = await frozenPools(db, draw.taskId, { shared: true });
  return {
    plan: enginePlan(draw.plan),
    ...pools,
    reveals: revealsOf(participants),
    commitments: commitmentsOf(participants),
    ...(draw.salts && { salts: draw.salts }),
  };
}
