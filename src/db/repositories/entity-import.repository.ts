import { sql } from 'drizzle-orm';
import type { DatabaseHandle, Executor } from '../database.ts';
import { mergeCounts, withStagingTable } from './staging.ts';

export const ENTITY_STAGE_COLUMNS = [
  'kind',
  'code',
  'name',
  'registration_authority',
  'legal_representative',
  'address',
  'licence_number',
  'licence_valid_until',
  'region_code',
  'industry',
  'risk_class',
  'risk_flags',
  'status',
] as const;

const literal = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** New and existing rows of the staging table, counted before the merge (cheaper than RETURNING). */
function countSql(table: string, unitId: string): string {
  return `SELECT (count(*) FILTER (WHERE e.id IS NULL))::int AS imported, count(e.id)::int AS updated
  FROM ${table} s LEFT JOIN entities e ON e.unit_id = ${literal(unitId)}::uuid AND e.code = s.code`;
}

/** Upsert by (unit, code); a person keeps its public number. */
function mergeSql(table: string, unitId: string): string {
  const u = literal(unitId);
  return `
  INSERT INTO entities (unit_id, kind, code, public_id, name, registration_authority, legal_representative, address,
    licence_number, licence_valid_until, region_code, industry, risk_class, risk_flags, status, deregistered_at,
    deregistration_reason)
  SELECT ${u}::uuid, s.kind, s.code,
    CASE WHEN s.kind = 'organisation' THEN s.code
         ELSE 'NP-' || upper(substr(replace(gen_random_uuid()::text, '-', ''), 1, 16)) END,
    s.name, s.registration_authority, s.legal_representative, s.address, s.licence_number,
    s.licence_valid_until::date, s.region_code, s.industry, s.risk_class, s.risk_flags::text[], s.status,
    CASE WHEN s.status = 'deregistered' THEN current_date END,
    CASE WHEN s.status = 'deregistered' THEN '登记数据导入：注销' END
  FROM ${table} s
  ON CONFLICT (unit_id, code) DO UPDATE SET
    kind = EXCLUDED.kind, name = EXCLUDED.name, registration_authority = EXCLUDED.registration_authority,
    legal_representative = EXCLUDED.legal_representative, address = EXCLUDED.address,
    licence_number = EXCLUDED.licence_number, licence_valid_until = EXCLUDED.licence_valid_until,
    region_code = EXCLUDED.region_code, industry = EXCLUDED.industry, risk_class = EXCLUDED.risk_class,
    risk_flags = EXCLUDED.risk_flags, status = EXCLUDED.status,
    deregistered_at = CASE WHEN EXCLUDED.status = 'deregistered'
      THEN coalesce(entities.deregistered_at, current_date) END,
    deregistration_reason = CASE WHEN EXCLUDED.status = 'deregistered'
      THEN coalesce(entities.deregistration_reason, EXCLUDED.deregistration_reason) END,
    updated_at = now()`;
}

export const entityImportRepository = {
  /** Stages the rows with COPY, then merges them in `inTransaction` (which also writes the report and audit). */
  async load<T>(
    handle: DatabaseHandle,
    unitId: string,
    rows: AsyncIterable<readonly (string | null)[]>,
    inTransaction: (tx: Executor, counts: { imported: number; updated: number }) => Promise<T>,
  ): Promise<T> {
    return withStagingTable(handle, ENTITY_STAGE_COLUMNS, rows, (table) =>
      handle.db.transaction(async (tx) => {
        const counts = await mergeCounts(tx, countSql(table, unitId));
        await tx.execute(sql.raw(mergeSql(table, unitId)));
        return inTransaction(tx, counts);
      }),
    );
  },
};
