// What officers and witnesses see of a draw. Nonces appear only once revealed.
import type { DrawRow, ParticipantRow } from '../../db/repositories/draw.repository.ts';
import type { ReplacementState } from '../../domain/draw/replacements.ts';
import type { DrawResult, JsonObject } from '../../domain/draw/types.ts';
import { replacementsOf } from './draw-state.ts';

export function drawSummary(d: DrawRow) {
  return {
    id: d.id,
    drawId: d.drawId,
    attempt: d.attempt,
    status: d.status,
    suite: d.suite,
    createdAt: d.createdAt.toISOString(),
    confirmedAt: d.confirmedAt?.toISOString() ?? null,
    abortReason: d.abortReason,
  };
}

/** A list row: the summary with the task it belongs to. */
export function drawListRow(d: DrawRow, task: { id: string; code: string; drawDate: string }) {
  return { ...drawSummary(d), taskId: task.id, taskCode: task.code, drawDate: task.drawDate };
}

/** Every entity the record mentions: the original result and both sides of each replacement. */
export function mentionedEntities(result: DrawResult | null, records: readonly JsonObject[]): string[] {
  if (!result) return [];
  const original = result.strata.flatMap((s) => [...s.selected, ...s.reserve]);
  const replaced = replacementsOf(records).flatMap((r) => (r.kind === 'entity' ? [r.out, r.in] : []));
  return [...new Set([...original, ...replaced])];
}

export const drawDigests = (d: DrawRow) => ({
  plan: d.planDigest,
  pool: d.poolDigest,
  inspectors: d.inspectorDigest,
  strata: d.strataDigest,
  seed: d.seed,
  result: d.resultDigest,
  public: d.publicDigest,
});

export function participantView(p: ParticipantRow) {
  return {
    id: p.id,
    role: p.role,
    witness: p.witness,
    kind: p.kind,
    name: p.name,
    userId: p.userId,
    byCode: p.codeHash !== null,
    commit: p.commit,
    committedAt: p.committedAt?.toISOString() ?? null,
    revealedAt: p.revealedAt?.toISOString() ?? null,
    nonce: p.revealedAt ? p.nonce : null,
    signedAt: p.signedAt?.toISOString() ?? null,
    statementDigest: p.statementDigest,
  };
}

export interface ReplacementView {
  readonly seq: number;
  readonly record: JsonObject;
  readonly digest: string;
  readonly createdAt: Date;
}

export function replacementView(r: ReplacementView) {
  return { seq: r.seq, ...r.record, digest: r.digest };
}

export function currentView(state: ReplacementState | null) {
  if (!state) return null;
  return {
    strata: state.strata.map((s) => ({
      stratum: s.stratum,
      selected: [...s.selected],
      reserve: [...s.reserve],
      used: s.used,
    })),
    teams: state.teams.map((t) => ({
      entity: t.entity,
      pools: t.pools.map((p) => ({
        pool: p.pool,
        inspectors: [...p.inspectors],
        reserve: [...p.reserve],
        used: [...p.used],
      })),
    })),
  };
}

/** Witness page: the draw as a witness checks it, and where this witness stands. */
export function witnessView(
  d: DrawRow,
  me: ParticipantRow,
  all: readonly ParticipantRow[],
  statement: string | null,
) {
  return {
    drawId: d.drawId,
    status: d.status,
    witness: me.witness ?? '',
    name: me.name,
    plan: d.plan,
    digests: drawDigests(d),
    commitments: all
      .filter((p) => p.witness)
      .map((p) => ({ witness: p.witness!, committed: p.commit !== null })),
    statement,
    statementDigest: d.statementDigest,
    mine: { commit: me.commit, revealed: me.revealedAt !== null, signed: me.signedAt !== null },
  };
}
