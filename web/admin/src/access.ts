// Access keys as data: which roles unlock which screens and actions. The server checks again; this only hides.
import type { CurrentUser, Role } from './services/types.ts';

const grants = {
  /** Everyone logged in can read the item list, directories and audit log. */
  canRead: 'any',
  canEditItem: ['system-admin', 'department-admin'],
  canPublishItem: ['system-admin', 'department-admin', 'leader'],
  canEditDirectory: ['system-admin', 'department-admin'],
} as const satisfies Record<string, 'any' | readonly Role[]>;

export type AccessKey = keyof typeof grants;
export type Access = Readonly<Record<AccessKey, boolean>>;

export default function access(user: CurrentUser | null): Access {
  const has = (key: AccessKey): boolean => {
    if (!user) return false;
    const grant: 'any' | readonly Role[] = grants[key];
    return grant === 'any' || user.roles.some((role) => grant.includes(role));
  };
  return {
    canRead: has('canRead'),
    canEditItem: has('canEditItem'),
    canPublishItem: has('canPublishItem'),
    canEditDirectory: has('canEditDirectory'),
  };
}
