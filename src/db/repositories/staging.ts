import { sql } from 'drizzle-orm';
import type { DatabaseHandle, Executor } from '../database.ts';
import { queryRows } from '../database.ts';

/**
 * Bulk loads go through an unlogged staging table filled by COPY (`csv`: CSV lines, fast on both
 * drivers), then the merge runs inside the caller's transaction. Not a TEMP table: the pg pool may run
 * the COPY and the merge on different connections.
 */
export async function withStagingTable<T>(
  handle: DatabaseHandle,
  columns: readonly string[],
  csv: AsyncIterable<string>,
  merge: (table: string) => Promise<T>,
): Promise<T> {
  const table = await createStage(handle, columns);
  try {
    await handle.copyFrom(table, columns, csv);
    // Without statistics the planner takes the freshly filled table for empty and may pick nested loops.
    await handle.db.execute(sql.raw(`ANALYZE ${table}`));
    return await merge(table);
  } finally {
    await handle.db.execute(sql.raw(`DROP TABLE IF EXISTS ${table}`));
  }
}

/**
 * Stages COPY data in a temporary table shaped like `like` (columns, types, NOT NULLs, defaults) on the
 * connection of `tx`, inside it: the COPY streams while the caller's parser reads on, and the table is
 * dropped when the transaction ends, committed or not. Answers the table's name.
 */
export async function stageInTransaction(
  handle: DatabaseHandle,
  tx: Executor,
  like: string,
  columns: readonly string[],
  csv: AsyncIterable<string>,
  keyColumns: readonly string[] = columns,
): Promise<string> {
  const table = `import_stage_${crypto.randomUUID().replace(/-/g, '')}`;
  await tx.execute(sql.raw(`CREATE TEMP TABLE ${table} (LIKE ${like} INCLUDING DEFAULTS) ON COMMIT DROP`));
  await handle.copyInTransaction(tx, table, columns, csv);
  // Without statistics the planner takes the freshly filled table for empty and may pick nested loops.
  await tx.execute(sql.raw(`ANALYZE ${table} (${keyColumns.join(', ')})`));
  return table;
}

/** An unlogged staging table: text columns, or shaped like the table `like` (columns, types, defaults). */
export async function createStage(
  handle: DatabaseHandle,
  columns: readonly string[],
  like?: string,
): Promise<string> {
  const table = `import_stage_${crypto.randomUUID().replace(/-/g, '')}`;
  const defs = like ? `LIKE ${like} INCLUDING DEFAULTS` : columns.map((c) => `${c} text`).join(', ');
  await handle.db.execute(sql.raw(`CREATE UNLOGGED TABLE ${table} (${defs})`));
  return table;
}

/** What a merge did: rows added, rows whose values changed, rows already as the file has them. */
export interface MergeCounts {
  readonly imported: number;
  readonly updated: number;
  readonly unchanged: number;
}

export async function mergeCounts(db: Executor, query: string): Promise<MergeCounts> {
  const [row] = await queryRows<MergeCounts>(db, sql.raw(query));
  return { imported: row?.imported ?? 0, updated: row?.updated ?? 0, unchanged: row?.unchanged ?? 0 };
}
