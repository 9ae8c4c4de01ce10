import type { Actor } from './actor.ts';
import { ForbiddenError, NotFoundError } from './errors.ts';
import { PERMISSIONS, permits, type Action } from './permissions.ts';

/**
 * Jurisdiction as data: a unit reads its own subtree and its ancestors (data is shared
 * up and down the tree), and writes only in its own subtree.
 */
export function canRead(actor: Actor, unitPath: string): boolean {
  return unitPath.startsWith(actor.unitPath) || actor.unitPath.startsWith(unitPath);
}

export function canWrite(actor: Actor, unitPath: string): boolean {
  return unitPath === actor.unitPath || unitPath.startsWith(`${actor.unitPath}/`);
}

/** The role check of the permission table (services/permissions.ts); scope is checked with the object. */
export function requirePermission(actor: Actor, action: Action): void {
  if (!permits(actor.roles, action)) throw new ForbiddenError(`无权${PERMISSIONS[action].label}`);
}

/** Separation of duties on one object: holds even for an account that may both author and approve. */
export function requireNotAuthor(actor: Actor, authorId: string | null, message: string): void {
  if (authorId !== null && actor.userId !== null && authorId === actor.userId)
    throw new ForbiddenError(message);
}

/** Not-found and forbidden look the same for objects outside the jurisdiction. */
export function requireReadable(actor: Actor, what: string, id: string, unitPath: string | undefined): void {
  if (unitPath === undefined || !canRead(actor, unitPath)) throw new NotFoundError(what, id);
}

export function requireWritable(actor: Actor, what: string, id: string, unitPath: string | undefined): void {
  requireReadable(actor, what, id, unitPath);
  if (!canWrite(actor, unitPath as string)) throw new ForbiddenError('只能修改本单位及下级单位的数据');
}
