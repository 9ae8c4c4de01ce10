import type { Role } from '../db/schema/index.ts';
import { PERMISSIONS, SEPARATED_DUTIES } from './permissions.ts';

export interface RoleConflict {
  readonly roles: readonly [Role, Role];
  /** What one account holding both roles could author and approve itself. */
  readonly object: string;
}

const rolesOf = (action: keyof typeof PERMISSIONS): readonly Role[] => PERMISSIONS[action].roles;

/**
 * Role sets no account may hold (issue 10.2), derived from the table: a role that authors an object and
 * another that approves it; the system administrator holds no business role at all.
 */
export function roleConflicts(roles: readonly Role[]): RoleConflict[] {
  const held = [...new Set(roles)];
  const found = new Map<string, RoleConflict>();
  const add = (a: Role, b: Role, object: string) => {
    const key = [a, b].sort().join('+');
    if (!found.has(key)) found.set(key, { roles: [a, b], object });
  };
  if (held.includes('system-admin'))
    for (const r of held) if (r !== 'system-admin') add('system-admin', r, '系统管理与业务办理');
  for (const pair of SEPARATED_DUTIES)
    for (const a of held.filter((r) => rolesOf(pair.author).includes(r)))
      for (const b of held.filter((r) => rolesOf(pair.approver).includes(r)))
        if (a !== b) add(a, b, pair.object);
  return [...found.values()];
}

/** Every pair of roles the table keeps apart (for the documentation). */
export function incompatibleRolePairs(all: readonly Role[]): RoleConflict[] {
  return all.flatMap((a, i) => all.slice(i + 1).flatMap((b) => roleConflicts([a, b])));
}
