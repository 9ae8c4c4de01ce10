// Access keys as data: which roles unlock which screens and actions. The server checks again; this only hides.
import type { CurrentUser, Role } from './services/types.ts';

const grants = {
  /** Everyone logged in can read the item list, directories and audit log. */
  canRead: 'any',
  canEditItem: ['system-admin', 'department-admin'],
  canPublishItem: ['system-admin', 'department-admin', 'leader'],
  canEditDirectory: ['system-admin', 'department-admin'],
  /** Issue 10.7: full ID / phone numbers, each view audited. */
  canViewPersonalData: ['department-admin', 'inspector'],
  // Plans, tasks and draws: the roles table of docs/api.md (issue 4).
  canEditPlan: ['department-admin'],
  canApprovePlan: ['leader'],
  canCreateTask: ['department-admin', 'drawer'],
  canAnnounceDraw: ['drawer'],
  canAbortDraw: ['drawer', 'leader'],
  canApplyChange: ['drawer', 'department-admin'],
  canDecideChange: ['leader'],
  // Inspections, reports and publication: the roles table of docs/api.md (issue 5).
  canInspect: ['inspector', 'department-admin'],
  canReview: ['leader', 'department-admin'],
  canPublishResult: ['leader', 'department-admin'],
  canFollowUp: ['inspector', 'department-admin', 'leader'],
  // Targeted inspections and the working-day calendar (R-N.9): the roles table of docs/api.md.
  canRegisterTargeted: ['department-admin', 'drawer', 'inspector'],
  canApproveTargeted: ['leader'],
  canManageCalendar: ['system-admin'],
  canManageAccounts: ['system-admin'],
} as const satisfies Record<string, 'any' | readonly Role[]>;

export type AccessKey = keyof typeof grants;
export type Access = Readonly<Record<AccessKey, boolean>>;

export default function access(user: CurrentUser | null): Access {
  const has = (key: AccessKey): boolean => {
    if (!user) return false;
    const grant: 'any' | readonly Role[] = grants[key];
    return grant === 'any' || user.roles.some((role) => grant.includes(role));
  };
  const keys = Object.keys(grants) as AccessKey[];
  return Object.fromEntries(keys.map((key) => [key, has(key)])) as Access;
}
