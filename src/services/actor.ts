import type { Role } from '../db/schema/index.ts';

/** Who acts: every service method receives it and checks access first. */
export interface Actor {
  readonly userId: string | null;
  readonly name: string;
  readonly unitId: string;
  /** Ids from the root to the actor's unit, '/'-joined (units.path). */
  readonly unitPath: string;
  readonly roles: readonly Role[];
}

/**
 * Issue 10: roles are exact. The system administrator holds only what is granted to 'system-admin' by name
 * (accounts, the calendar, the item list and the directories), not plans, draws, reviews or approvals.
 */
export const hasRole = (actor: Actor, ...roles: Role[]): boolean =>
  roles.some((r) => actor.roles.includes(r));

/** The platform itself acting for a command-line operator on a unit (audited as such). */
export const systemActor = (unit: { id: string; path: string }, name = '系统（命令行）'): Actor => ({
  userId: null,
  name,
  unitId: unit.id,
  unitPath: unit.path,
  roles: ['system-admin'],
});
