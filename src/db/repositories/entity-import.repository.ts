import { sql } from 'drizzle-orm';
import type { DatabaseHandle, Executor } from '../database.ts';
import { queryRows } from '../database.ts';
import { SLICE_CHARS, withStagedSlices, type MergeCounts } from './staging.ts';

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

// The columns a file sets: a row whose values are all as the file has them is left alone.
const FILE_COLUMNS = `(e.kind, e.name, e.registration_authority, e.legal_representative, e.address,
    e.licence_number, e.licence_valid_until, e.region_code, e.industry, e.risk_class, e.risk_flags, e.status)`;
const FILE_VALUES = `(s.kind, s.name, s.registration_authority, s.legal_representative, s.address,
    s.licence_number, s.licence_valid_until::date, s.region_code, s.industry, s.risk_class, s.risk_flags::text[], s.status)`;

/**
 * Rows already in the unit's directory take the file's values; a person keeps its public number. Only
 * rows that change are written (a monthly re-import is mostly the same rows); the others are counted.
 */
function updateSql(table: string, unitId: string, importId: string): string {
  const u = literal(unitId);
  return `WITH updated AS (
  UPDATE entities e SET kind = s.kind, name = s.name, registration_authority = s.registration_authority,
    legal_representative = s.legal_representative, address = s.address, licence_number = s.licence_number,
    licence_valid_until = s.licence_valid_until::date, region_code = s.region_code, industry = s.industry,
    risk_class = s.risk_class, risk_flags = s.risk_flags::text[], status = s.status,
    deregistered_at = CASE WHEN s.status = 'deregistered' THEN coalesce(e.deregistered_at, current_date) END,
    deregistration_reason = CASE WHEN s.status = 'deregistered'
      THEN coalesce(e.deregistration_reason, '登记数据导入：注销') END,
    updated_by_import = ${literal(importId)}::uuid, updated_at = now()
  FROM ${table} s
  WHERE e.unit_id = ${u}::uuid AND e.code = s.code AND ${FILE_COLUMNS} IS DISTINCT FROM ${FILE_VALUES}
  RETURNING 1)
  SELECT (SELECT count(*) FROM updated)::int AS updated, (SELECT count(*) FROM ${table})::int AS staged`;
}

/**
 * Rows not yet in the directory: a plain insert (an anti-join, cheaper than ON CONFLICT for every row).
 * Into an empty directory without the anti-join: each slice would otherwise scan all rows the earlier
 * slices inserted. A concurrent import of the same codes still fails on the unique index.
 */
function insertSql(table: string, unitId: string, importId: string, emptyDirectory: boolean): string {
  const u = literal(unitId);
  return `WITH inserted AS (
  INSERT INTO entities (unit_id, kind, code, public_id, name, registration_authority, legal_representative, address,
    licence_number, licence_valid_until, region_code, industry, risk_class, risk_flags, status, deregistered_at,
    deregistration_reason, created_by_import)
  SELECT ${u}::uuid, s.kind, s.code,
    CASE WHEN s.kind = 'organisation' THEN s.code
         ELSE 'NP-' || upper(substr(replace(gen_random_uuid()::text, '-', ''), 1, 16)) END,
    s.name, s.registration_authority, s.legal_representative, s.address, s.licence_number,
    s.licence_valid_until::date, s.region_code, s.industry, s.risk_class, s.risk_flags::text[], s.status,
    CASE WHEN s.status = 'deregistered' THEN current_date END,
    CASE WHEN s.status = 'deregistered' THEN '登记数据导入：注销' END, ${literal(importId)}::uuid
  FROM ${table} s
  ${emptyDirectory ? '' : `WHERE NOT EXISTS (SELECT 1 FROM entities e WHERE e.unit_id = ${u}::uuid AND e.code = s.code)`}
  RETURNING 1)
  SELECT count(*)::int AS n FROM inserted`;
}

const emptySql = (unitId: string) =>
  `SELECT (NOT EXISTS (SELECT 1 FROM entities WHERE unit_id = ${literal(unitId)}::uuid))::int AS n`;

async function count(tx: Executor, query: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(tx, sql.raw(query));
  return row?.n ?? 0;
}

export const entityImportRepository = {
  /** Stages the rows with COPY, then merges them in `inTransaction` (which also writes the report and audit). */
  async load<T>(
    handle: DatabaseHandle,
    unitId: string,
    importId: string,
    csv: AsyncIterable<string>,
    inTransaction: (tx: Executor, counts: MergeCounts) => Promise<T>,
  ): Promise<T> {
    // Decided again inside the transaction below; here it only sizes the slices.
    const startsEmpty = (await count(handle.db, emptySql(unitId))) === 1;
    let emptyDirectory = false;
    return withStagedSlices(
      handle,
      ENTITY_STAGE_COLUMNS,
      csv,
      (body) =>
        handle.db.transaction(async (tx) => {
          emptyDirectory = (await count(tx, emptySql(unitId))) === 1;
          return body(tx);
        }),
      async (tx, table) => {
        if (emptyDirectory)
          return {
            imported: await count(tx, insertSql(table, unitId, importId, true)),
            updated: 0,
            unchanged: 0,
          };
        // Update first: the insert's anti-join then leaves exactly the rows that were not there.
        const [u] = await queryRows<{ updated: number; staged: number }>(
          tx,
          sql.raw(updateSql(table, unitId, importId)),
        );
        const imported = await count(tx, insertSql(table, unitId, importId, false));
        // Codes are unique in the file: each staged row was inserted, updated or left as it was.
        return { imported, updated: u!.updated, unchanged: u!.staged - u!.updated - imported };
      },
      (tx, slices) =>
        inTransaction(tx, {
          imported: slices.reduce((n, s) => n + s.imported, 0),
          updated: slices.reduce((n, s) => n + s.updated, 0),
          unchanged: slices.reduce((n, s) => n + s.unchanged, 0),
        }),
      startsEmpty ? SLICE_CHARS.emptyDirectory : SLICE_CHARS.filledDirectory,
    );
  },
};
