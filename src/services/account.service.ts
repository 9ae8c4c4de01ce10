import type { Database } from '../db/database.ts';
import { unitRepository } from '../db/repositories/unit.repository.ts';
import { userRepository, type UserRow } from '../db/repositories/user.repository.ts';
import { ROLES, type Role } from '../db/schema/index.ts';
import { requirePermission, requireWritable } from './access.ts';
import { roleConflicts, type RoleConflict } from './account-roles.ts';
import type { Actor } from './actor.ts';
import { recordAudit } from './audit.ts';
import { hashPassword } from './auth.service.ts';
import { DomainError, NotFoundError, ValidationFailedError } from './errors.ts';
import { passwordProblems } from './password.service.ts';
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
  readonly password: string;
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

/** Accounts are kept by the system administrator of the unit or a unit above it. */
export const accountService = {
  async create(db: Database, actor: Actor, input: AccountInput): Promise<UserRow> {
    requirePermission(actor, 'account.manage');
    const unit = await unitRepository.get(db, input.unitId);
    requireWritable(actor, '单位', input.unitId, unit?.path);
    const roles = checkRoles(input.roles);
    const weak = passwordProblems(input.username, input.password);
    if (weak.length)
      throw new ValidationFailedError(weak.map((message) => ({ field: 'password', code: 'weak', message })));
    const passwordHash = await hashPassword(input.password);
    return db.transaction(async (tx) => {
      const user = await userRepository.insert(tx, { ...input, roles, passwordHash });
      await recordAudit(tx, actor, 'user.create', { type: 'user', id: user.id }, { roles });
      return user;
    });
  },

  /** Refused when the new set breaks separation of duties; an account's old set is never kept silently. */
  async setRoles(db: Database, actor: Actor, userId: string, next: readonly Role[]): Promise<UserRow> {
    requirePermission(actor, 'account.manage');
    const user = await userRepository.byId(db, userId);
    if (!user) throw new NotFoundError('账号', userId);
    const unit = await unitRepository.get(db, user.unitId);
    requireWritable(actor, '账号', userId, unit?.path);
    const roles = checkRoles(next);
    return db.transaction(async (tx) => {
      const row = await userRepository.setRoles(tx, userId, roles);
      await recordAudit(
        tx,
        actor,
        'user.roles-change',
        { type: 'user', id: userId },
        { from: user.roles, roles },
      );
      return row;
    });
  },

  /** Accounts made before the rule that break it: reported at start, refused at their next change. */
  async breaches(db: Database): Promise<{ username: string; conflicts: RoleConflict[] }[]> {
    return (await userRepository.active(db))
      .map((u) => ({ username: u.username, conflicts: roleConflicts(u.roles) }))
      .filter((b) => b.conflicts.length > 0);
  },
};
