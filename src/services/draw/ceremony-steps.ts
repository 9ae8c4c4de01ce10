// Commit, reveal and sign: the steps a participant takes, logged in or with a one-time code.
// Each runs in a transaction holding the draw's row lock, so "the last one in" is decided once.
import type { Database } from '../../db/database.ts';
import {
  drawRepository,
  markRevealed,
  type DrawRow,
  type ParticipantRow,
} from '../../db/repositories/draw.repository.ts';
import { witnessCommitment } from '../../domain/draw/digests.ts';
import { fromHex, toHex } from '../../domain/draw/encoding.ts';
import { nodeHasher } from '../../domain/draw/hash-node.ts';
import { MIN_NONCE_BYTES } from '../../domain/draw/validate-input.ts';
import type { Actor } from '../actor.ts';
import { recordAudit } from '../audit.ts';
import { ConflictError, ValidationFailedError } from '../errors.ts';
import { publicDataChanged } from '../public-data.ts';
import { requireStep } from './draw-step.ts';
import {
  acceptedSignature,
  SignatureRejectedError,
  signerKeyOf,
  type SignatureInput,
  type SignerKey,
} from './statement-signature.ts';

const HEX64 = /^[0-9a-f]{64}$/;

async function step<T>(
  db: Database,
  drawUuid: string,
  fn: (
    draw: DrawRow,
    participants: ParticipantRow[],
    tx: Parameters<Parameters<Database['transaction']>[0]>[0],
  ) => Promise<T>,
) {
  const done = await db.transaction(async (tx) => {
    const draw = (await drawRepository.lock(tx, drawUuid))!;
    const participants = await drawRepository.participants(tx, [drawUuid]);
    return fn(draw, participants, tx);
  });
  // Commitments, reveals and signatures are public as they happen.
  publicDataChanged();
  return done;
}

/** A witness fixes its commitment; when the last one is in, reveals open (R-N.6). */
export async function commitStep(
  db: Database,
  actor: Actor,
  drawUuid: string,
  participantId: string,
  commit: string,
  key?: SignerKey,
): Promise<void> {
  if (!HEX64.test(commit))
    throw new ValidationFailedError([
      { field: 'commit', code: 'bad-commit', message: '承诺值须为 64 位小写十六进制' },
    ]);
  const signerKey = key && signerKeyOf(key);
  await step(db, drawUuid, async (draw, participants, tx) => {
    const me = participants.find((p) => p.id === participantId)!;
    // A witness without an account signs with a key fixed now, before any reveal (issue 10.4).
    if (!me.userId && !signerKey)
      throw new SignatureRejectedError('witness-key-required', '见证人提交承诺时须同时登记本人的签名公钥');
    const others = participants.filter((p) => p.witness && p.id !== me.id);
    const next = requireStep(draw.status, {
      type: 'commit',
      allCommitted: others.every((p) => p.commit !== null),
    });
    if (!(await drawRepository.setCommit(tx, me.id, commit, me.userId ? undefined : signerKey)))
      throw new ConflictError('already-committed', '该见证方已提交承诺，承诺不能更改');
    if (next !== draw.status) await drawRepository.transition(tx, draw.id, draw.status, { status: next });
    await recordAudit(
      tx,
      actor,
      'draw.commit',
      { type: 'draw', id: draw.id },
      {
        drawId: draw.drawId,
        witness: me.witness,
        commit,
        status: next,
        ...(!me.userId && signerKey && { signingKey: signerKey }),
      },
    );
  });
}

/** A witness reveals its nonce; it must match the commitment. After the last witness the system reveals. */
export async function revealStep(
  db: Database,
  actor: Actor,
  drawUuid: string,
  participantId: string,
  nonce: string,
): Promise<void> {
  const bytes = fromHex(nonce);
  if (!bytes || bytes.length < MIN_NONCE_BYTES) {
    throw new ValidationFailedError([
      { field: 'nonce', code: 'bad-nonce', message: `随机数须为至少 ${MIN_NONCE_BYTES} 字节的小写十六进制` },
    ]);
  }
  await step(db, drawUuid, async (draw, participants, tx) => {
    const me = participants.find((p) => p.id === participantId)!;
    const pending = participants.filter(
      (p) => p.witness && p.role !== 'system' && p.id !== me.id && p.revealedAt === null,
    );
    const next = requireStep(draw.status, { type: 'reveal', allRevealed: pending.length === 0 });
    if (me.revealedAt) throw new ConflictError('already-revealed', '该见证方已公开随机数');
    const expected = toHex(witnessCommitment(nodeHasher(draw.suite), draw.drawId, me.witness!, bytes));
    if (expected !== me.commit)
      throw new ConflictError(
        'reveal-mismatch',
        `见证方 ${me.witness} 公开的随机数与其承诺不符（reveal mismatch）`,
        { witness: me.witness },
      );
    await drawRepository.setNonce(tx, me.id, nonce);
    const audit = { drawId: draw.drawId, witness: me.witness, nonce };
    await recordAudit(tx, actor, 'draw.reveal', { type: 'draw', id: draw.id }, audit);
    if (next === 'revealed') {
      const system = participants.find((p) => p.role === 'system')!;
      await markRevealed(tx, system.id);
      await drawRepository.transition(tx, draw.id, draw.status, {
        status: 'revealed',
        revealedAt: new Date(),
      });
      await recordAudit(
        tx,
        actor,
        'draw.reveal',
        { type: 'draw', id: draw.id },
        { drawId: draw.drawId, witness: 'system', nonce: system.nonce },
      );
    }
  });
}

/** A signer signs the statement digest it was shown with its own key (DRAW.md §6, R-20.2, issue 10.4). */
export async function signStep(
  db: Database,
  actor: Actor,
  drawUuid: string,
  participantId: string,
  statementDigest: string,
  signature: SignatureInput,
): Promise<void> {
  await step(db, drawUuid, async (draw, participants, tx) => {
    const me = participants.find((p) => p.id === participantId)!;
    requireStep(draw.status, { type: 'sign' });
    if (statementDigest !== draw.statementDigest)
      throw new ConflictError('statement-mismatch', '签名的声明摘要与本次抽取不符');
    if (me.signedAt) throw new ConflictError('already-signed', '已经签名');
    const sig = await acceptedSignature(tx, me, signature, statementDigest);
    if (!(await drawRepository.setSignature(tx, me.id, statementDigest, sig)))
      throw new ConflictError('already-signed', '已经签名');
    await recordAudit(
      tx,
      actor,
      'draw.sign',
      { type: 'draw', id: draw.id },
      { drawId: draw.drawId, role: me.role, signer: me.witness ?? me.role, statementDigest, ...sig },
    );
  });
}
