import { and, arrayContains, count, eq, ilike, like, or, type SQL } from 'drizzle-orm';
import type { Executor } from '../database.ts';
import { units, users, type Role } from '../schema/index.ts';
import { likePattern, offsetOf, type PageRequest } from './directory-filter.ts';

export interface AccountFilter {
  /** The administrator's unit path: only accounts of this subtree are listed. */
  readonly unitPath: string;
  readonly unitId?: string;
  readonly role?: Role;
  readonly active?: boolean;
  readonly q?: string;
}

const columns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  roles: users.roles,
  active: users.active,
  mustChangePassword: users.mustChangePassword,
  totpEnabledAt: users.totpEnabledAt,
  createdAt: users.createdAt,
  unitId: units.id,
  unitName: units.name,
  unitPath: units.path,
};

type UserRow = typeof users.$inferSelect;
export interface AccountRow extends Pick<
  UserRow,
  | 'id'
  | 'username'
  | 'displayName'
  | 'roles'
  | 'active'
  | 'mustChangePassword'
  | 'totpEnabledAt'
  | 'createdAt'
> {
  readonly unitId: string;
  readonly unitName: string;
  readonly unitPath: string;
}

function where(f: AccountFilter): SQL | undefined {
  return and(
    or(eq(units.path, f.unitPath), like(units.path, `${f.unitPath}/%`)),
    f.unitId ? eq(users.unitId, f.unitId) : undefined,
    f.role ? arrayContains(users.roles, [f.role]) : undefined,
    f.active === undefined ? undefined : eq(users.active, f.active),
    f.q ? or(ilike(users.username, likePattern(f.q)), ilike(users.displayName, likePattern(f.q))) : undefined,
  );
}

/** Accounts as the administrator sees them: never the password hash or the second factor's secret. */
export const accountRepository = {
  async page(db: Executor, f: AccountFilter, p: PageRequest): Promise<{ total: number; rows: AccountRow[] }> {
    const cond = where(f);
    const [total] = await db
      .select({ n: count() })
      .from(users)
      .innerJoin(units, eq(units.id, users.unitId))
      .where(cond);
    const rows = await db
      .select(columns)
      .from(users)
      .innerJoin(units, eq(units.id, users.unitId))
      .where(cond)
      .orderBy(units.path, users.username)
      .offset(offsetOf(p))
      .limit(p.pageSize);
    return { total: total?.n ?? 0, rows };
  },

  async get(db: Executor, id: string): Promise<AccountRow | undefined> {
    const [row] = await db
      .select(columns)
      .from(users)
      .innerJoin(units, eq(units.id, users.unitId))
      .where(eq(users.id, id));
    return row;
  },

  /** Active system administrators anywhere: the last one may not be deactivated or lose the role. */
  async activeSystemAdmins(db: Executor): Promise<number> {
    const [row] = await db
      .select({ n: count() })
      .from(users)
      .where(and(eq(users.active, true), arrayContains(users.roles, ['system-admin'])));
    return row?.n ?? 0;
  },
};
