import type { Role } from '../db/schema/index.ts';
import type { Actor } from './actor.ts';
import { hasRole } from './actor.ts';
import { ForbiddenError, NotFoundError } from './errors.ts';

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

export function requireRole(actor: Actor, ...roles: Role[]): void {
  if (!hasRole(actor, ...roles)) throw new ForbiddenError();
}

/** Not-found and forbidden look the same for objects outside the jurisdiction. */
export function requireReadable(actor: Actor, what: string, id: string, unitPath: string | undefined): void {
  if (unitPath === undefined || !canRead(actor, unitPath)) throw new NotFoundError(what, id);
}

export function requireWritable(actor: Actor, what: string, id: string, unitPath: string | undefined): void {
  requireReadable(actor, what, id, unitPath);
  if (!canWrite(actor, unitPath as string)) throw new ForbiddenError('只能修改本单位及下级单位的数据');
}

export const DIRECTORY_EDITORS: Role[] = ['system-admin', 'department-admin'];
export const ITEM_PUBLISHERS: Role[] = ['system-admin', 'department-admin', 'leader'];
