// Issue 10.5: officers change their own password under a policy, and may sign out everywhere. A
// password change ends every other session of the account.
import { verify } from '@node-rs/argon2';
import { createHash } from 'node:crypto';
import type { Database } from '../db/database.ts';
import { userRepository } from '../db/repositories/user.repository.ts';
import type { Actor } from './actor.ts';
import { recordAudit } from './audit.ts';
import { DEMO_PASSWORD, hashPassword } from './auth.service.ts';
import { InvalidCredentialsError, UnauthenticatedError, ValidationFailedError } from './errors.ts';

export const MIN_PASSWORD_LENGTH = 10;

/** Why a new password is refused, in Chinese; empty when it is acceptable. */
export function passwordProblems(username: string, password: string): string[] {
  const problems: string[] = [];
  if ([...password].length < MIN_PASSWORD_LENGTH) problems.push(`新密码至少 ${MIN_PASSWORD_LENGTH} 个字符`);
  const kinds = [/[a-z]/, /[A-Z]/, /\d/, /[^a-zA-Z\d]/].filter((r) => r.test(password)).length;
  if (kinds < 3) problems.push('新密码须包含大写字母、小写字母、数字和符号中的至少三类');
  if (password.toLowerCase().includes(username.toLowerCase())) problems.push('新密码不能包含用户名');
  if (password === DEMO_PASSWORD) problems.push('不能使用演示账号的公开密码');
  return problems;
}

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

export const passwordService = {
  async change(db: Database, actor: Actor, current: string, next: string, sessionToken?: string) {
    if (!actor.userId) throw new UnauthenticatedError();
    const user = await userRepository.byId(db, actor.userId);
    if (!user) throw new UnauthenticatedError();
    if (!(await verify(user.passwordHash, current).catch(() => false))) throw new InvalidCredentialsError();
    const problems = passwordProblems(user.username, next);
    if (current === next) problems.push('新密码不能与当前密码相同');
    if (problems.length > 0)
      throw new ValidationFailedError(
        problems.map((message) => ({ field: 'newPassword', code: 'weak-password', message })),
      );
    const hash = await hashPassword(next);
    await db.transaction(async (tx) => {
      await userRepository.setPassword(tx, user.id, hash);
      await userRepository.deleteSessionsOf(tx, user.id, sessionToken ? tokenHash(sessionToken) : undefined);
      if (sessionToken) await userRepository.passwordChanged(tx, tokenHash(sessionToken));
      await recordAudit(
        tx,
        actor,
        'user.password-change',
        { type: 'user', id: user.id },
        { userId: user.id },
      );
    });
  },

  async signOutEverywhere(db: Database, actor: Actor) {
    if (!actor.userId) throw new UnauthenticatedError();
    await db.transaction(async (tx) => {
      await userRepository.deleteSessionsOf(tx, actor.userId!);
      await recordAudit(tx, actor, 'user.sign-out-everywhere', { type: 'user', id: actor.userId! }, {});
    });
  },
};
