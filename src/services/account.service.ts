import type { Database } from '../db/database.ts';
import { isUniqueViolation } from '../db/pg-error.ts';
import { accountRepository, type AccountFilter } from '../db/repositories/account.repository.ts';
import type { PageRequest } from '../db/repositories/directory-filter.ts';
import { unitRepository } from '../db/repositories/unit.repository.ts';
import { userRepository } from '../db/repositories/user.repository.ts';
import { ROLES, type Role } from '../db/schema/index.ts';
import { requirePermission, requireWritable } from './access.ts';
import { roleConflicts, type RoleConflict } from './account-roles.ts';
import {
  accountView,
  checkPassword,
  checkUsername,
  generatePassword,
  type AccountView,
} from './account-view.ts';
import type { Actor } from './actor.ts';
import { recordAudit } from './audit.ts';
import { hashPassword } from './auth.service.ts';
import { ConflictError, DomainError, ValidationFailedError } from './errors.ts';
import { ROLE_LABELS } from './permissions.ts';

/** A role set that would let one account author and approve the same object (issue 10.2). */
export class IncompatibleRolesError extends DomainError {
  constructor(readonly conflicts: readonly RoleConflict[]) {
    super(
      'incompatible-roles',
      conflicts
        .map(
          (c) => `同一账号不能同时担任${ROLE_LABELS[c.roles[0]]}和${ROLE_LABELS[c.roles[1]]}（${c.object}）`,
        )
        .join('；'),
      { conflicts },
    );
  }
}

export interface AccountInput {
  readonly username: string;
  readonly displayName: string;
  readonly unitId: string;
  readonly roles: readonly Role[];
  /** Absent: the server generates one and returns it once. */
  readonly password?: string;
}

function checkRoles(roles: readonly Role[]): Role[] {
  const unknown = roles.filter((r) => !ROLES.includes(r));
  if (unknown.length || roles.length === 0)
    throw new ValidationFailedError([
      { field: 'roles', code: 'roles-invalid', message: '请为账号选择至少一个有效角色' },
    ]);
  const conflicts = roleConflicts(roles);
  if (conflicts.length) throw new IncompatibleRolesError(conflicts);
  return [...new Set(roles)];
}

/** The account, if the actor may manage it: another unit's account is not found. */
export async function manageable(db: Database, actor: Actor, id: string) {
  requirePermission(actor, 'account.manage');
  const account = await accountRepository.get(db, id);
  requireWritable(actor, '账号', id, account?.unitPath);
  return account!;
}

/** Accounts are kept by the system administrator of the unit or a unit above it. */
export const accountService = {
  async page(db: Database, actor: Actor, filter: Omit<AccountFilter, 'unitPath'>, page: PageRequest) {
    requirePermission(actor, 'account.manage');
    const { total, rows } = await accountRepository.page(db, { ...filter, unitPath: actor.unitPath }, page);
    return { total, page: page.page, pageSize: page.pageSize, rows: rows.map(accountView) };
  },

  async get(db: Database, actor: Actor, id: string): Promise<AccountView> {
    return accountView(await manageable(db, actor, id));
  },

  /** The new account must change its password at first sign-in (issue 10.5). */
  async create(
    db: Database,
    actor: Actor,
    input: AccountInput,
  ): Promise<{ account: AccountView; generatedPassword?: string }> {
    requirePermission(actor, 'account.manage');
    const unit = await unitRepository.get(db, input.unitId);
    requireWritable(actor, '单位', input.unitId, unit?.path);
    checkUsername(input.username);
    const roles = checkRoles(input.roles);
    const generated = input.password === undefined ? generatePassword(input.username) : undefined;
    const password = input.password ?? generated!;
    checkPassword(input.username, password);
    if (await userRepository.byUsername(db, input.username))
      throw new ConflictError('username-taken', `用户名“${input.username}”已被使用`);
    const passwordHash = await hashPassword(password);
    const id = await db
      .transaction(async (tx) => {
        const { username, displayName, unitId } = input;
        const user = await userRepository.insert(tx, {
          ...{ username, displayName, unitId, roles, passwordHash },
          mustChangePassword: true,
        });
        await recordAudit(
          tx,
          actor,
          'user.create',
          { type: 'user', id: user.id },
          { username, unitId, roles },
        );
        return user.id;
      })
      .catch((err: unknown) => {
        // Two administrators creating the same name at once: the second meets the unique index.
        if (isUniqueViolation(err))
          throw new ConflictError('username-taken', `用户名“${input.username}”已被使用`);
        throw err;
      });
    const account = accountView((await accountRepository.get(db, id))!);
    return generated ? { account, generatedPassword: generated } : { account };
  },

  /** Refused when the new set breaks separation of duties; an account's old set is never kept silently. */
  async setRoles(db: Database, actor: Actor, userId: string, next: readonly Role[]): Promise<AccountView> {
    const account = await manageable(db, actor, userId);
    const roles = checkRoles(next);
    if (account.active && account.roles.includes('system-admin') && !roles.includes('system-admin'))
      await requireAnotherSystemAdmin(db);
    await db.transaction(async (tx) => {
      await userRepository.setRoles(tx, userId, roles);
      await recordAudit(
        tx,
        actor,
        'user.roles-change',
        { type: 'user', id: userId },
        { from: account.roles, roles },
      );
    });
    return accountView((await accountRepository.get(db, userId))!);
  },

  /** Accounts made before the rule that break it: reported at start, refused at their next change. */
  async breaches(db: Database): Promise<{ username: string; conflicts: RoleConflict[] }[]> {
    return (await userRepository.active(db))
      .map((u) => ({ username: u.username, conflicts: roleConflicts(u.roles) }))
      .filter((b) => b.conflicts.length > 0);
  },
};

/** Nobody could manage accounts any more: the last active system administrator stays. */
export async function requireAnotherSystemAdmin(db: Database): Promise<void> {
  if ((await accountRepository.activeSystemAdmins(db)) <= 1)
    throw new ConflictError(
      'last-system-admin',
      '这是最后一个启用的系统管理员账号，不能停用或取消其系统管理员角色',
    );
}
