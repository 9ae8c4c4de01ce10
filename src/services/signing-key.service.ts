// Issue 10.4: an officer's signing keys. The key pair is made in the officer's own browser (WebCrypto,
// private half non-extractable); only the public half is registered here, bound to the account.
import { createHash } from 'node:crypto';
import type { Database, Executor } from '../db/database.ts';
import { accountKeyRepository, type AccountKeyRow } from '../db/repositories/account-key.repository.ts';
import { publicKeyProblem, type SignatureScheme } from '../domain/draw/signature.ts';
import type { Actor } from './actor.ts';
import { recordAudit } from './audit.ts';
import { ConflictError, NotFoundError, UnauthenticatedError, ValidationFailedError } from './errors.ts';

export interface NewSigningKey {
  readonly scheme: SignatureScheme;
  readonly publicKey: string;
  readonly label: string;
}

/** What an officer compares by eye: SHA-256 of the public key, first 128 bits, in groups of four. */
export const keyFingerprint = (publicKey: string): string =>
  (
    createHash('sha256').update(Buffer.from(publicKey, 'hex')).digest('hex').slice(0, 32).match(/.{4}/g) ?? []
  ).join(' ');

const view = (k: AccountKeyRow) => ({
  id: k.id,
  scheme: k.scheme,
  publicKey: k.publicKey,
  fingerprint: keyFingerprint(k.publicKey),
  label: k.label,
  createdAt: k.createdAt.toISOString(),
  revokedAt: k.revokedAt?.toISOString() ?? null,
});

function userOf(actor: Actor): string {
  if (!actor.userId) throw new UnauthenticatedError();
  return actor.userId;
}

export const signingKeyService = {
  async list(db: Database, actor: Actor) {
    return (await accountKeyRepository.byUser(db, userOf(actor))).map(view);
  },

  async register(db: Database, actor: Actor, input: NewSigningKey) {
    const userId = userOf(actor);
    const problem = publicKeyProblem(input.scheme, input.publicKey);
    const label = input.label.trim();
    if (problem || !label)
      throw new ValidationFailedError([
        ...(problem ? [{ field: 'publicKey', code: 'bad-public-key', message: problem }] : []),
        ...(!label
          ? [{ field: 'label', code: 'required', message: '请填写保存私钥的浏览器或设备名称' }]
          : []),
      ]);
    return db.transaction(async (tx) => {
      const row = await accountKeyRepository.insert(tx, {
        userId,
        scheme: input.scheme,
        publicKey: input.publicKey,
        label,
      });
      if (!row) throw new ConflictError('key-registered', '该公钥已经登记过，不能重复登记');
      await recordAudit(tx, actor, 'signing-key.register', { type: 'user', id: userId }, view(row));
      return view(row);
    });
  },

  async revoke(db: Database, actor: Actor, id: string) {
    const userId = userOf(actor);
    await db.transaction(async (tx) => {
      if (!(await accountKeyRepository.revoke(tx, userId, id))) throw new NotFoundError('有效的签名公钥', id);
      await recordAudit(tx, actor, 'signing-key.revoke', { type: 'user', id: userId }, { keyId: id });
    });
  },
};

/** The account's active key with this public half, or undefined (unknown, revoked or another person's). */
export async function activeKeyOf(db: Executor, userId: string, publicKey: string) {
  const key = await accountKeyRepository.byPublicKey(db, publicKey);
  return key && key.userId === userId && key.revokedAt === null ? key : undefined;
}
