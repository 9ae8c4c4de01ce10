// The database a bench runs on: a PGlite data folder of its own (removed by `cleanup`) or a fresh PostgreSQL
// database (`freshPostgres`).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type DatabaseHandle } from '../../src/db/database.ts';
import { unitRepository } from '../../src/db/repositories/unit.repository.ts';
import { freshPostgres } from './fresh-postgres.ts';

export interface BenchDatabase {
  readonly handle: DatabaseHandle;
  /** PostgreSQL's connection string (null on PGlite). */
  readonly url: string | null;
  readonly cleanup: () => Promise<void>;
}

export async function benchDatabase(kind: string): Promise<BenchDatabase> {
  if (kind === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'ss-bench-'));
    const handle = await openDatabase({ dataDir: dir });
    return { handle, url: null, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  return freshPostgres('bench');
}

/** The unit a bench imports into: a district branch of its own. */
export const benchUnit = (handle: DatabaseHandle) =>
  unitRepository.insert(handle.db, {
    code: 'BENCH',
    name: '基准测试分局',
    kind: 'district-branch',
    regionCode: '150802',
    parentId: null,
  });
