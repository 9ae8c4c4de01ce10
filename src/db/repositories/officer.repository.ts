import { eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../database.ts';
import { units, users } from '../schema/index.ts';
import type { Role } from '../schema/index.ts';

/** Users as the people of a draw: drawer, supervisor, witnesses with an account, leaders. */
export const officerRepository = {
  async byIds(db: Executor, ids: readonly string[]) {
    if (ids.length === 0) return [];
    return db
      .select({
        id: users.id,
        displayName: users.displayName,
        roles: users.roles,
        active: users.active,
        unitPath: units.path,
        unitName: units.name,
      })
      .from(users)
      .innerJoin(units, eq(units.id, users.unitId))
      .where(inArray(users.id, [...ids]));
  },

  async withRole(db: Executor, role: Role) {
    return db
      .select({ id: users.id, displayName: users.displayName, unitPath: units.path, unitName: units.name })
      .from(users)
      .innerJoin(units, eq(units.id, users.unitId))
      .where(sql`${users.active} AND ${role} = ANY(${users.roles})`)
      .orderBy(users.displayName);
  },
};
