import type { Database } from '../db/database.ts';
import { drawRepository } from '../db/repositories/draw.repository.ts';
import type { Actor } from './actor.ts';
import { commitStep, revealStep, signStep } from './draw/ceremony-steps.ts';
import { witnessView } from './draw/draw-view.ts';
import { witnessCodeHash } from './draw/witness-code.ts';
import { downloadBundle, drawService, loadDraw } from './draw.service.ts';
import { registered, statementOf } from './draw/participants.ts';
import { DomainError } from './errors.ts';
import type { SignatureInput, SignerKey } from './draw/statement-signature.ts';

export class InvalidWitnessCodeError extends DomainError {
  constructor() {
    super('invalid-code', '见证码无效');
  }
}

const ROLE_OF = { drawer: 'drawer', supervisor: 'supervisor', witness: 'witness' } as const;

/** Logged-in participants: the supervisor and witnesses with an account. */
export const ceremonyService = {
  async commit(db: Database, actor: Actor, id: string, witness: string, commit: string) {
    await loadDraw(db, actor, id);
    const me = registered(
      await drawRepository.participants(db, [id]),
      actor,
      witness === 'supervisor' ? 'supervisor' : 'witness',
      witness,
    );
    await commitStep(db, actor, id, me.id, commit);
    return drawService.get(db, actor, id);
  },

  async reveal(db: Database, actor: Actor, id: string, witness: string, nonce: string) {
    await loadDraw(db, actor, id);
    const me = registered(
      await drawRepository.participants(db, [id]),
      actor,
      witness === 'supervisor' ? 'supervisor' : 'witness',
      witness,
    );
    await revealStep(db, actor, id, me.id, nonce);
    return drawService.get(db, actor, id);
  },

  async sign(
    db: Database,
    actor: Actor,
    id: string,
    role: keyof typeof ROLE_OF,
    witness: string | undefined,
    statementDigest: string,
    signature: SignatureInput,
  ) {
    await loadDraw(db, actor, id);
    const me = registered(
      await drawRepository.participants(db, [id]),
      actor,
      ROLE_OF[role],
      role === 'witness' ? (witness ?? '') : undefined,
    );
    await signStep(db, actor, id, me.id, statementDigest, signature);
    return drawService.get(db, actor, id);
  },
};

export type WitnessAction =
  | { readonly action: 'status' }
  | ({ readonly action: 'commit'; readonly commit: string } & Partial<SignerKey>)
  | { readonly action: 'reveal'; readonly nonce: string }
  | ({ readonly action: 'sign'; readonly statementDigest: string } & SignatureInput);

/** Witnesses without an account, authenticated by their one-time code (anonymous route). */
async function witnessByCode(db: Database, drawId: string, code: string) {
  const me = await drawRepository.participantByCode(db, witnessCodeHash(code));
  const row = me ? await drawRepository.get(db, me.drawId) : undefined;
  if (!me || !row || row.draw.drawId !== drawId) throw new InvalidWitnessCodeError();
  const actor: Actor = {
    userId: null,
    name: `见证人 ${me.name}（${me.witness}）`,
    unitId: row.task.unitId,
    unitPath: row.unitPath,
    roles: [],
  };
  return { me, row, actor };
}

/** A witness with a one-time code is entitled to the confirmed draw's full bundle (DRAW.md §9); audited. */
export async function witnessBundle(db: Database, drawId: string, code: string) {
  const { row, actor } = await witnessByCode(db, drawId, code);
  return downloadBundle(db, actor, row.draw);
}

export async function witnessAct(db: Database, drawId: string, code: string, act: WitnessAction) {
  const { me, actor } = await witnessByCode(db, drawId, code);
  if (act.action === 'commit') {
    const { scheme, publicKey } = act;
    await commitStep(db, actor, me.drawId, me.id, act.commit, publicKey ? { scheme, publicKey } : undefined);
  }
  if (act.action === 'reveal') await revealStep(db, actor, me.drawId, me.id, act.nonce);
  if (act.action === 'sign') await signStep(db, actor, me.drawId, me.id, act.statementDigest, act);
  const fresh = (await drawRepository.get(db, me.drawId))!.draw;
  const all = await drawRepository.participants(db, [me.drawId]);
  return witnessView(
    fresh,
    all.find((p) => p.id === me.id)!,
    all,
    statementOf(fresh)?.statement ?? null,
  );
}
