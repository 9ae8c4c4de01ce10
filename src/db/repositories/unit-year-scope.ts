// The dashboard's scope as list filters: a unit with the units below it, and a calendar year.
import { inArray, sql, type AnyColumn, type SQL } from 'drizzle-orm';

/** `unitColumn` is the unit `unitId` or one below it. */
export const inUnitSubtree = (unitColumn: AnyColumn, unitId: string): SQL =>
  sql`${unitColumn} IN (SELECT c.id FROM units c JOIN units p ON p.id = ${unitId}
    WHERE c.path = p.path OR c.path LIKE p.path || '/%')`;

/** The caller's jurisdiction: `unitColumn` is one of the units it may read (none: nothing matches). */
export const inUnits = (unitColumn: AnyColumn, unitIds: readonly string[]): SQL =>
  unitIds.length === 0 ? sql`false` : inArray(unitColumn, [...unitIds]);

/** `dateColumn` falls in `year` (a NULL date does not). */
export const inYear = (dateColumn: AnyColumn, year: number): SQL =>
  sql`(${dateColumn} >= make_date(${year}::int, 1, 1) AND ${dateColumn} < make_date(${year}::int + 1, 1, 1))`;
