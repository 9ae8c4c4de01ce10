// Who takes part in a draw: the supervisor and the witnesses registered at announce,
// their one-time codes, the check that an act is done by the person registered for it, and the
// statement every signer signs.
import type { Executor } from '../../db/database.ts';
import type { DrawRow, ParticipantRow } from '../../db/repositories/draw.repository.ts';
import { officerRepository } from '../../db/repositories/officer.repository.ts';
import type { WITNESS_KINDS } from '../../db/schema/index.ts';
import { signatureStatement } from '../../domain/draw/digests.ts';
import { toHex, utf8 } from '../../domain/draw/encoding.ts';
import { nodeHasher } from '../../domain/draw/hash-node.ts';
import type { DrawDigests, Suite } from '../../domain/draw/types.ts';
import type { Actor } from '../actor.ts';
import { ConflictError, DomainError, ValidationFailedError } from '../errors.ts';
import { permits } from '../permissions.ts';
import { newWitnessCode, witnessCodeHash } from './witness-code.ts';

/** The caller is not the person registered on the draw for this role. */
export class NotASignerError extends DomainError {
  constructor() {
    super('not-a-signer', '只有登记在本次抽取上的本人才能执行此操作');
  }
}

export type WitnessKind = (typeof WITNESS_KINDS)[number];

export interface AnnounceInput {
  readonly suite?: Suite;
  readonly supervisorUserId: string;
  readonly witnesses: readonly { kind: WitnessKind; name: string; userId?: string | null }[];
}

export function statementOf(
  d: Pick<
    DrawRow,
    | 'drawId'
    | 'suite'
    | 'planDigest'
    | 'poolDigest'
    | 'inspectorDigest'
    | 'seed'
    | 'resultDigest'
    | 'strataDigest'
    | 'publicDigest'
  >,
) {
  if (!d.seed || !d.resultDigest) return null;
  const digests: DrawDigests = {
    plan: d.planDigest,
    pool: d.poolDigest,
    inspectors: d.inspectorDigest,
    seed: d.seed,
    result: d.resultDigest,
    ...(d.strataDigest && { strata: d.strataDigest }),
    ...(d.publicDigest && { public: d.publicDigest }),
  };
  const statement = signatureStatement(d.drawId, d.suite, digests);
  return { statement, digest: toHex(nodeHasher(d.suite).hash(utf8(statement))) };
}

export function registered(
  participants: readonly ParticipantRow[],
  actor: Actor,
  role: ParticipantRow['role'],
  witness?: string,
) {
  const p = participants.find((x) => x.role === role && (witness === undefined || x.witness === witness));
  if (!p || !actor.userId || p.userId !== actor.userId) throw new NotASignerError();
  return p;
}

/**
 * R-N.6: the drawer, the supervisor and every witness of one draw are different people, and
 * none of them is an inspector of the draw's pool (who could be drawn to inspect).
 */
function separationProblems(actor: Actor, input: AnnounceInput, poolUserIds: ReadonlySet<string>) {
  const people = [
    { field: 'drawer', id: actor.userId },
    { field: 'supervisorUserId', id: input.supervisorUserId },
    ...input.witnesses.map((w, i) => ({ field: `witnesses[${i}].userId`, id: w.userId ?? null })),
  ];
  const seen = new Set<string>();
  return people.flatMap(({ field, id }) => {
    if (!id) return [];
    const twice = seen.has(id);
    seen.add(id);
    if (twice)
      return [{ field, code: 'same-person', message: '抽取人、监督人和见证人须为不同的人，同一人不能兼任' }];
    if (poolUserIds.has(id))
      return [
        {
          field,
          code: 'inspector-in-pool',
          message: '本次抽取检查人员名录中的人员不能担任抽取人、监督人或见证人',
        },
      ];
    return [];
  });
}

export async function announceParticipants(
  db: Executor,
  actor: Actor,
  input: AnnounceInput,
  poolUserIds: ReadonlySet<string>,
) {
  const ids = [input.supervisorUserId, ...input.witnesses.flatMap((w) => (w.userId ? [w.userId] : []))];
  const users = await officerRepository.byIds(db, ids);
  const supervisor = users.find((u) => u.id === input.supervisorUserId);
  if (!supervisor || !permits(supervisor.roles, 'draw.supervise') || supervisor.id === actor.userId) {
    throw new ConflictError('supervisor-required', '须登记一名监督人（具有监督人角色，且不是抽取人本人）');
  }
  const separation = separationProblems(actor, input, poolUserIds);
  if (separation.length) throw new ValidationFailedError(separation);
  const problems = input.witnesses.flatMap((w, i) =>
    !w.name.trim()
      ? [{ field: `witnesses[${i}].name`, code: 'required', message: '请填写见证人姓名或名称' }]
      : w.userId && !users.some((u) => u.id === w.userId)
        ? [{ field: `witnesses[${i}].userId`, code: 'not-found', message: '见证人账号不存在' }]
        : [],
  );
  if (problems.length) throw new ValidationFailedError(problems);
  const codes: { witness: string; name: string; code: string }[] = [];
  const witnesses = input.witnesses.map((w, i) => {
    const label = `W${i + 1}`;
    const code = w.userId ? null : newWitnessCode();
    if (code) codes.push({ witness: label, name: w.name.trim(), code });
    return {
      role: 'witness' as const,
      witness: label,
      kind: w.kind,
      name: w.name.trim(),
      userId: w.userId ?? null,
      codeHash: code ? witnessCodeHash(code) : null,
    };
  });
  return { supervisor, witnesses, codes };
}
