// The dashboard's scope as list filters: a unit with the units below it, and a calendar year.
import { sql, type AnyColumn, type SQL } from 'drizzle-orm';

/** `unitColumn` is the unit `unitId` or one below it. */
export const inUnitSubtree = (unitColumn: AnyColumn, unitId: string): SQL =>
  sql`${unitColumn} IN (SELECT c.id FROM units c JOIN units p ON p.id = ${unitId}
    WHERE c.path = p.path OR c.path LIKE p.path || '/%')`;

/** `dateColumn` falls in `year` (a NULL date does not). */
export const inYear = (dateColumn: AnyColumn, year: number): SQL =>
  sql`(${dateColumn} >= make_date(${year}::int, 1, 1) AND ${dateColumn} < make_date(${year}::int + 1, 1, 1))`;
