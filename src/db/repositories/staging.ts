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
  const table = `import_stage_${crypto.randomUUID().replace(/-/g, '')}`;
  const defs = columns.map((c) => `${c} text`).join(', ');
  await handle.db.execute(sql.raw(`CREATE UNLOGGED TABLE ${table} (${defs})`));
  try {
    await handle.copyFrom(table, columns, csv);
    // Without statistics the planner takes the freshly filled table for empty and may pick nested loops.
    await handle.db.execute(sql.raw(`ANALYZE ${table}`));
    return await merge(table);
  } finally {
    await handle.db.execute(sql.raw(`DROP TABLE IF EXISTS ${table}`));
  }
}

export async function mergeCounts(
  db: Executor,
  query: string,
): Promise<{ imported: number; updated: number }> {
  const [row] = await queryRows<{ imported: number; updated: number }>(db, sql.raw(query));
  return { imported: row?.imported ?? 0, updated: row?.updated ?? 0 };
}
