// Issue 10.5: what the system administrator does to an account's access. Each change is audited; each
// that takes access away ends the account's sessions in the same transaction.
import type { Database } from '../db/database.ts';
import { accountRepository } from '../db/repositories/account.repository.ts';
import { userRepository } from '../db/repositories/user.repository.ts';
import { manageable, requireAnotherSystemAdmin } from './account.service.ts';
import { accountView, checkPassword, generatePassword, type AccountView } from './account-view.ts';
import type { Actor } from './actor.ts';
import { recordAudit } from './audit.ts';
import { hashPassword } from './auth.service.ts';
import { ConflictError } from './errors.ts';

const reload = async (db: Database, id: string) => accountView((await accountRepository.get(db, id))!);

export const accountCredentialsService = {
  /** A deactivated account cannot sign in, and its open sessions end now. */
  async setActive(db: Database, actor: Actor, id: string, active: boolean): Promise<AccountView> {
    const account = await manageable(db, actor, id);
    if (!active && id === actor.userId) throw new ConflictError('own-account', '不能停用自己正在使用的账号');
    if (!active && account.active && account.roles.includes('system-admin'))
      await requireAnotherSystemAdmin(db);
    if (account.active !== active)
      await db.transaction(async (tx) => {
        await userRepository.setActive(tx, id, active);
        if (!active) await userRepository.deleteSessionsOf(tx, id);
        const action = active ? 'user.reactivate' : 'user.deactivate';
        await recordAudit(tx, actor, action, { type: 'user', id }, { active });
      });
    return reload(db, id);
  },

  /**
   * A new password (typed by the administrator or generated and shown once); the account's sessions end
   * and its next sign-in must choose a password of its own.
   */
  async resetPassword(
    db: Database,
    actor: Actor,
    id: string,
    typed?: string,
  ): Promise<{ account: AccountView; generatedPassword?: string }> {
    const account = await manageable(db, actor, id);
    // One's own password is changed knowing the current one (修改密码): a reset here would let a stolen
    // administrator session take the account over.
    if (id === actor.userId)
      throw new ConflictError(
        'own-account',
        '不能在账号管理中重置自己的密码，请通过“修改密码”并输入当前密码',
      );
    const password = typed ?? generatePassword(account.username);
    checkPassword(account.username, password);
    const hash = await hashPassword(password);
    await db.transaction(async (tx) => {
      await userRepository.setPassword(tx, id, hash, true);
      await userRepository.deleteSessionsOf(tx, id);
      await recordAudit(tx, actor, 'user.password-reset', { type: 'user', id }, { userId: id });
    });
    const view = await reload(db, id);
    return typed === undefined ? { account: view, generatedPassword: password } : { account: view };
  },

  /** For an officer who lost the authenticator: the next sign-in asks for the password only. */
  async resetTotp(db: Database, actor: Actor, id: string): Promise<AccountView> {
    await manageable(db, actor, id);
    if (id === actor.userId)
      throw new ConflictError('own-account', '不能在账号管理中重置自己的动态口令，请由另一位系统管理员办理');
    await db.transaction(async (tx) => {
      await userRepository.setTotp(tx, id, { secret: null, enabledAt: null, lastStep: null });
      await userRepository.deleteSessionsOf(tx, id);
      await recordAudit(tx, actor, 'user.totp-reset', { type: 'user', id }, { userId: id });
    });
    return reload(db, id);
  },
};
