import { sql } from 'drizzle-orm';
import type { DatabaseHandle, Executor } from '../database.ts';
import { queryRows } from '../database.ts';
import { SLICE_CHARS, withStagedSlices } from './staged-slices.ts';
import { stageInTransaction, type MergeCounts } from './staging.ts';

/** The columns of an import's COPY lines, in order: ids first, then what the file sets. */
export const ENTITY_STAGE_COLUMNS = [
  'id',
  'public_id',
  'unit_id',
  'created_by_import',
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
  'deregistered_at',
  'deregistration_reason',
  'id_number_enc',
  'id_number_masked',
  'contact_phone_enc',
  'contact_phone_hash',
  'contact_phone_masked',
] as const;

const literal = (s: string) => `'${s.replace(/'/g, "''")}'`;

// The columns a file sets: a row whose values are all as the file has them is left alone. A phone is
// compared by its keyed hash (a ciphertext differs every time); its ciphertext goes along when it changed.
const FILE_COLUMNS = `kind, name, registration_authority, legal_representative, address, contact_phone_hash,
  licence_number, licence_valid_until, region_code, industry, risk_class, risk_flags, status`;
const inRow = (alias: string) =>
  `(${FILE_COLUMNS.split(',')
    .map((c) => `${alias}.${c.trim()}`)
    .join(', ')})`;

/**
 * Rows already in the unit's directory take the file's values; a person keeps its public number. Only
 * rows that change are written (a monthly re-import is mostly the same rows); the others are counted.
 */
function updateSql(table: string, unitId: string, importId: string): string {
  return `WITH updated AS (
  UPDATE entities e SET (${FILE_COLUMNS}) = ${inRow('s')},
    deregistered_at = CASE WHEN s.status = 'deregistered' THEN coalesce(e.deregistered_at, s.deregistered_at) END,
    deregistration_reason = CASE WHEN s.status = 'deregistered'
      THEN coalesce(e.deregistration_reason, s.deregistration_reason) END,
    contact_phone_enc = s.contact_phone_enc, contact_phone_masked = s.contact_phone_masked,
    id_number_enc = s.id_number_enc, id_number_masked = s.id_number_masked,
    updated_by_import = ${literal(importId)}::uuid, updated_at = now()
  FROM ${table} s
  WHERE e.unit_id = ${literal(unitId)}::uuid AND e.code = s.code AND ${inRow('e')} IS DISTINCT FROM ${inRow('s')}
  RETURNING 1)
  SELECT (SELECT count(*) FROM updated)::int AS updated, (SELECT count(*) FROM ${table})::int AS staged`;
}

/** Rows not yet in the directory (an anti-join; the update before it changed only rows that were there). */
function insertSql(table: string, unitId: string): string {
  const columns = ENTITY_STAGE_COLUMNS.join(', ');
  return `WITH inserted AS (
  INSERT INTO entities (${columns}) SELECT ${columns} FROM ${table} s
  WHERE NOT EXISTS (SELECT 1 FROM entities e WHERE e.unit_id = ${literal(unitId)}::uuid AND e.code = s.code)
  RETURNING 1)
  SELECT count(*)::int AS n FROM inserted`;
}

const emptySql = (unitId: string) =>
  `SELECT (NOT EXISTS (SELECT 1 FROM entities WHERE unit_id = ${literal(unitId)}::uuid))::int AS n`;

async function count(tx: Executor, query: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(tx, sql.raw(query));
  return row?.n ?? 0;
}

/** Merges staged rows into a directory that has rows: update the changed ones, insert the new ones. */
async function merge(tx: Executor, table: string, unitId: string, importId: string): Promise<MergeCounts> {
  const [u] = await queryRows<{ updated: number; staged: number }>(
    tx,
    sql.raw(updateSql(table, unitId, importId)),
  );
  const imported = await count(tx, insertSql(table, unitId));
  // Codes are unique in the file: each staged row was inserted, updated or left as it was.
  return { imported, updated: u!.updated, unchanged: u!.staged - u!.updated - imported };
}

const sum = (counts: readonly MergeCounts[]): MergeCounts => ({
  imported: counts.reduce((n, c) => n + c.imported, 0),
  updated: counts.reduce((n, c) => n + c.updated, 0),
  unchanged: counts.reduce((n, c) => n + c.unchanged, 0),
});

export const entityImportRepository = {
  /**
   * Loads COPY lines (ENTITY_STAGE_COLUMNS) in one transaction, which `inTransaction` ends with the
   * report and audit: whole or absent. An empty directory takes the lines straight into `entities`
   * (no staging, no second pass). One with rows on PostgreSQL is staged and merged in slices while the
   * parse goes on; on PGlite (one connection) it is staged whole in a temporary table, then merged.
   * A second import of the same codes at the same moment fails on the unique index of (unit_id, code).
   */
  async load<T>(
    handle: DatabaseHandle,
    unitId: string,
    importId: string,
    csv: AsyncIterable<string>,
    inTransaction: (tx: Executor, counts: MergeCounts) => Promise<T>,
  ): Promise<T> {
    const startsEmpty = (await count(handle.db, emptySql(unitId))) === 1;
    if (handle.kind === 'postgres' && !startsEmpty)
      return withStagedSlices(
        handle,
        'entities',
        ENTITY_STAGE_COLUMNS,
        csv,
        (body) => handle.db.transaction(body),
        (tx, table) => merge(tx, table, unitId, importId),
        (tx, slices) => inTransaction(tx, sum(slices)),
        SLICE_CHARS,
        ['code'],
      );
    return handle.db.transaction(async (tx) => {
      // Decided again here: another import may have filled the directory meanwhile.
      if ((await count(tx, emptySql(unitId))) === 1) {
        const imported = await handle.copyInTransaction(tx, 'entities', ENTITY_STAGE_COLUMNS, csv);
        return inTransaction(tx, { imported, updated: 0, unchanged: 0 });
      }
      const table = await stageInTransaction(handle, tx, 'entities', ENTITY_STAGE_COLUMNS, csv, ['code']);
      const counts = await merge(tx, table, unitId, importId);
      await tx.execute(sql.raw(`DROP TABLE ${table}`));
      return inTransaction(tx, counts);
    });
  },
};
