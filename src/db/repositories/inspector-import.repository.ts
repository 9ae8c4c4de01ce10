import { sql } from 'drizzle-orm';
import type { DatabaseHandle, Executor } from '../database.ts';
import { queryRows } from '../database.ts';
import { mergeCounts, withStagingTable, type MergeCounts } from './staging.ts';

export const INSPECTOR_STAGE_COLUMNS = [
  'line',
  'name',
  'post',
  'rank',
  'badge_number',
  'level',
  'region_code',
  'certificate_number',
  'certificate_valid_until',
  'qualified_item_codes',
  'status',
] as const;

const literal = (s: string) => `'${s.replace(/'/g, "''")}'`;

// The columns a file sets: a row whose values are all as the file has them is left alone.
const FILE_COLUMNS = (o: string) => `(${o}.name, ${o}.post, ${o}.rank, ${o}.level, ${o}.region_code,
  ${o}.certificate_number, ${o}.certificate_valid_until, ${o}.qualified_item_codes, ${o}.status)`;
const FILE_VALUES = `(s.name, s.post, s.rank, s.level, s.region_code, s.certificate_number,
  s.certificate_valid_until::date, s.qualified_item_codes::text[], s.status)`;

function countSql(table: string, unitId: string): string {
  const changed = `${FILE_COLUMNS('o')} IS DISTINCT FROM ${FILE_VALUES}`;
  return `SELECT (count(*) FILTER (WHERE o.id IS NULL))::int AS imported,
    (count(o.id) FILTER (WHERE ${changed}))::int AS updated,
    (count(o.id) FILTER (WHERE NOT (${changed})))::int AS unchanged
  FROM ${table} s LEFT JOIN inspectors o ON o.badge_number = s.badge_number
  WHERE o.id IS NULL OR o.unit_id = ${literal(unitId)}::uuid`;
}

function mergeSql(table: string, unitId: string, importId: string): string {
  const u = literal(unitId);
  const i = literal(importId);
  return `
  INSERT INTO inspectors (unit_id, name, post, rank, badge_number, level, region_code, certificate_number,
    certificate_valid_until, qualified_item_codes, status, created_by_import)
  SELECT ${u}::uuid, s.name, s.post, s.rank, s.badge_number, s.level, s.region_code, s.certificate_number,
    s.certificate_valid_until::date, s.qualified_item_codes::text[], s.status, ${i}::uuid
  FROM ${table} s
  WHERE NOT EXISTS (SELECT 1 FROM inspectors o WHERE o.badge_number = s.badge_number AND o.unit_id <> ${u}::uuid)
  ON CONFLICT (badge_number) DO UPDATE SET
    name = EXCLUDED.name, post = EXCLUDED.post, rank = EXCLUDED.rank, level = EXCLUDED.level,
    region_code = EXCLUDED.region_code, certificate_number = EXCLUDED.certificate_number,
    certificate_valid_until = EXCLUDED.certificate_valid_until,
    qualified_item_codes = EXCLUDED.qualified_item_codes, status = EXCLUDED.status,
    updated_by_import = ${i}::uuid, updated_at = now()
  WHERE ${FILE_COLUMNS('inspectors')} IS DISTINCT FROM ${FILE_COLUMNS('EXCLUDED')}`;
}

export const inspectorImportRepository = {
  /** Badge numbers are unique nationwide: a badge held by another unit is reported, not taken over. */
  async load<T>(
    handle: DatabaseHandle,
    unitId: string,
    importId: string,
    csv: AsyncIterable<string>,
    inTransaction: (
      tx: Executor,
      counts: MergeCounts,
      foreign: readonly { line: number; badge: string }[],
    ) => Promise<T>,
  ): Promise<T> {
    return withStagingTable(handle, INSPECTOR_STAGE_COLUMNS, csv, (table) =>
      handle.db.transaction(async (tx) => {
        const foreign = await queryRows<{ line: number; badge: string }>(
          tx,
          sql.raw(
            `SELECT s.line::int AS line, s.badge_number AS badge FROM ${table} s JOIN inspectors o
               ON o.badge_number = s.badge_number AND o.unit_id <> ${literal(unitId)}::uuid ORDER BY 1`,
          ),
        );
        const counts = await mergeCounts(tx, countSql(table, unitId));
        await tx.execute(sql.raw(mergeSql(table, unitId, importId)));
        return inTransaction(tx, counts, foreign);
      }),
    );
  },
};
