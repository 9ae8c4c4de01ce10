import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../database.ts';
import { queryRows } from '../database.ts';
import type { SealedEntityFields } from '../../domain/privacy/entity-seal.ts';

/** A row's personal numbers as stored (plain `code` for a person not yet converted). */
export interface StoredPersonalRow {
  readonly id: string;
  readonly unitId: string;
  readonly kind: 'organisation' | 'person';
  readonly code: string;
  readonly idNumberEnc: string | null;
  readonly contactPhoneEnc: string | null;
}

export type ResealedRow = { readonly id: string } & SealedEntityFields;

const like = (prefix: string) => `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Rows whose numbers are plain (`keyId` null) or under another key than `keyId`. */
function staleWhere(keyId: string | null): SQL {
  if (keyId === null) return sql`kind = 'person' AND code NOT LIKE 'h1:%'`;
  return sql`((kind = 'person' AND code NOT LIKE ${like(`h1:${keyId}:`)})
    OR (contact_phone_enc IS NOT NULL AND contact_phone_enc NOT LIKE ${like(`v1:${keyId}:`)}))`;
}

export const entityPersonalDataRepository = {
  /** The next `limit` stale rows after `afterId` (id order: a run resumes where it stopped), locked. */
  async stale(
    db: Executor,
    keyId: string | null,
    afterId: string | null,
    limit: number,
  ): Promise<StoredPersonalRow[]> {
    const after = afterId === null ? sql`TRUE` : sql`id > ${afterId}::uuid`;
    return queryRows<StoredPersonalRow>(
      db,
      sql`SELECT id, unit_id AS "unitId", kind, code, id_number_enc AS "idNumberEnc",
        contact_phone_enc AS "contactPhoneEnc"
      FROM entities WHERE ${after} AND ${staleWhere(keyId)} ORDER BY id LIMIT ${limit} FOR UPDATE`,
    );
  },

  async countStale(db: Executor, keyId: string | null): Promise<number> {
    const [row] = await queryRows<{ n: number }>(
      db,
      sql`SELECT count(*)::int AS n FROM entities WHERE ${staleWhere(keyId)}`,
    );
    return row?.n ?? 0;
  },

  async anyStale(db: Executor, keyId: string): Promise<boolean> {
    const rows = await queryRows(db, sql`SELECT 1 FROM entities WHERE ${staleWhere(keyId)} LIMIT 1`);
    return rows.length > 0;
  },

  /** The data keys recorded as having sealed rows (migration 0026), oldest first. */
  async recordedKeyIds(db: Executor): Promise<string[]> {
    const rows = await queryRows<{ keyId: string }>(
      db,
      sql`SELECT key_id AS "keyId" FROM data_keys_used ORDER BY recorded_at, key_id`,
    );
    return rows.map((r) => r.keyId);
  },

  /** Recorded before the key seals anything (start, rotation). */
  async recordKey(db: Executor, keyId: string): Promise<void> {
    await db.execute(sql`INSERT INTO data_keys_used (key_id) VALUES (${keyId}) ON CONFLICT DO NOTHING`);
  },

  async forgetKeys(db: Executor, keyIds: readonly string[]): Promise<void> {
    if (keyIds.length)
      await db.execute(sql`DELETE FROM data_keys_used WHERE key_id = ANY(${sql.param([...keyIds])}::text[])`);
  },

  /** One row sealed under `keyId` (to check the configured key opens it), or none. */
  async sampleUnder(db: Executor, keyId: string): Promise<StoredPersonalRow | undefined> {
    const [row] = await queryRows<StoredPersonalRow>(
      db,
      sql`SELECT id, unit_id AS "unitId", kind, code, id_number_enc AS "idNumberEnc", contact_phone_enc AS "contactPhoneEnc"
      FROM entities WHERE split_part(coalesce(id_number_enc, contact_phone_enc), ':', 2) = ${keyId}
        AND (id_number_enc IS NOT NULL OR contact_phone_enc IS NOT NULL)
      LIMIT 1`,
    );
    return row;
  },

  /** Writes re-sealed numbers, one statement for the batch. */
  async reseal(db: Executor, rows: readonly ResealedRow[]): Promise<void> {
    if (rows.length === 0) return;
    const col = (f: (r: ResealedRow) => string | null) => sql`${sql.param(rows.map(f))}::text[]`;
    await db.execute(sql`
      UPDATE entities e SET code = v.code, id_number_enc = v.ie, id_number_masked = v.im,
        contact_phone_enc = v.pe, contact_phone_hash = v.ph, contact_phone_masked = v.pm
      FROM unnest(${sql.param(rows.map((r) => r.id))}::uuid[], ${col((r) => r.code)}, ${col((r) => r.idNumberEnc)},
        ${col((r) => r.idNumberMasked)}, ${col((r) => r.contactPhoneEnc)}, ${col((r) => r.contactPhoneHash)},
        ${col((r) => r.contactPhoneMasked)}) AS v(id, code, ie, im, pe, ph, pm)
      WHERE e.id = v.id`);
  },

  /** Whether a unit's directory already has one of these codes (a person's hash under any readable key). */
  async codeTaken(
    db: Executor,
    unitId: string,
    codes: readonly string[],
    exceptId?: string,
  ): Promise<boolean> {
    const except = exceptId ? sql`AND id <> ${exceptId}::uuid` : sql``;
    const rows = await queryRows(
      db,
      sql`SELECT 1 FROM entities WHERE unit_id = ${unitId}::uuid AND code = ANY(${sql.param([...codes])}::text[]) ${except} LIMIT 1`,
    );
    return rows.length > 0;
  },
};
