import { sql } from 'drizzle-orm';
import { queryRows, type DatabaseHandle } from '../../src/db/database.ts';

/**
 * Each table's row count and newest row version (xmin): equal fingerprints mean nothing was inserted,
 * deleted or updated (an update writes a new row version; a rolled-back write leaves none visible).
 */
export async function tableFingerprint(handle: DatabaseHandle): Promise<Record<string, string>> {
  const tables = await queryRows<{ name: string }>(
    handle.db,
    sql`SELECT table_name AS name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT LIKE 'import_stage_%'
        ORDER BY table_name`,
  );
  const parts = tables.map(
    ({ name }) =>
      `SELECT '${name}' AS name, count(*) || ':' || coalesce(max(t.xmin::text::bigint), 0) AS print FROM "${name}" t`,
  );
  const rows = await queryRows<{ name: string; print: string }>(
    handle.db,
    sql.raw(parts.join(' UNION ALL ')),
  );
  return Object.fromEntries(rows.map((r) => [r.name, r.print]));
}

/** The tables whose fingerprints differ. */
export const changedTables = (a: Record<string, string>, b: Record<string, string>): string[] =>
  Object.keys({ ...a, ...b }).filter((k) => a[k] !== b[k]);
