// Converting plain ID numbers (at start, once) and rotating to a new data key (`keys rotate-data`):
// rows are re-sealed in batches, each batch in its own transaction (whole or absent), in id order, so a
// run stopped half-way resumes where it stopped. Old keys stay readable until no row names them.
import type { Database } from '../../db/database.ts';
import {
  entityPersonalDataRepository as repo,
  type ResealedRow,
  type StoredPersonalRow,
} from '../../db/repositories/entity-personal-data.repository.ts';
import type { DataKeyring } from '../../domain/privacy/data-key.ts';
import { openEntityFields, sealEntityFields } from '../../domain/privacy/entity-seal.ts';
import { isPersonalHash } from '../../domain/privacy/keyed-hash.ts';

export const REKEY_BATCH_ROWS = 1000;

export interface RekeyProgress {
  readonly rows: number;
  readonly batches: number;
}

function plainOf(keyring: DataKeyring, row: StoredPersonalRow) {
  // A row from before issue 10.7 holds its ID number in `code`; its phone (none then) is null.
  if (row.kind === 'person' && !isPersonalHash(row.code)) return { idNumber: row.code, contactPhone: null };
  return openEntityFields(keyring, row);
}

function resealed(keyring: DataKeyring, row: StoredPersonalRow): ResealedRow {
  const plain = plainOf(keyring, row);
  const code = row.kind === 'person' ? plain.idNumber! : row.code;
  const sealed = sealEntityFields(keyring.current, {
    unitId: row.unitId,
    kind: row.kind,
    code,
    contactPhone: plain.contactPhone,
  });
  return { id: row.id, ...sealed };
}

/**
 * Re-seals every row not under the current key (`plainOnly`: only persons still in plain). A ciphertext
 * that does not open stops the run with PersonalDataUnreadableError before its batch is written.
 */
export async function rekeyEntities(
  db: Database,
  keyring: DataKeyring,
  opts: { plainOnly?: boolean; batchRows?: number; onBatch?: (p: RekeyProgress) => void } = {},
): Promise<RekeyProgress> {
  const keyId = opts.plainOnly ? null : keyring.current.id;
  let after: string | null = null;
  let progress: RekeyProgress = { rows: 0, batches: 0 };
  for (;;) {
    const last: string | null = await db.transaction(async (tx) => {
      const rows = await repo.stale(tx, keyId, after, opts.batchRows ?? REKEY_BATCH_ROWS);
      await repo.reseal(
        tx,
        rows.map((r) => resealed(keyring, r)),
      );
      progress = { rows: progress.rows + rows.length, batches: progress.batches + (rows.length ? 1 : 0) };
      return rows.at(-1)?.id ?? null;
    });
    if (last === null) return progress;
    after = last;
    opts.onBatch?.(progress);
  }
}
