import { sql } from 'drizzle-orm';
import type { DatabaseHandle, Executor } from '../database.ts';
import { queryRows } from '../database.ts';
import { csvLine } from './csv-line.ts';

/**
 * Bulk loads go through an unlogged staging table filled by COPY (fast on both drivers), then one
 * INSERT … SELECT merges it inside the caller's transaction. Not a TEMP table: the pg pool may run
 * the COPY and the merge on different connections.
 */
export async function withStagingTable<T>(
  handle: DatabaseHandle,
  columns: readonly string[],
  rows: AsyncIterable<readonly (string | null)[]>,
  merge: (table: string) => Promise<T>,
): Promise<T> {
  const table = `import_stage_${crypto.randomUUID().replace(/-/g, '')}`;
  const defs = columns.map((c) => `${c} text`).join(', ');
  await handle.db.execute(sql.raw(`CREATE UNLOGGED TABLE ${table} (${defs})`));
  try {
    await handle.copyFrom(table, columns, lines(rows));
    return await merge(table);
  } finally {
    await handle.db.execute(sql.raw(`DROP TABLE IF EXISTS ${table}`));
  }
}

async function* lines(rows: AsyncIterable<readonly (string | null)[]>): AsyncGenerator<string> {
  let buffer = '';
  for await (const row of rows) {
    buffer += csvLine(row);
    if (buffer.length > 256 * 1024) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer) yield buffer;
}

export async function mergeCounts(
  db: Executor,
  query: string,
): Promise<{ imported: number; updated: number }> {
  const [row] = await queryRows<{ imported: number; updated: number }>(db, sql.raw(query));
  return { imported: row?.imported ?? 0, updated: row?.updated ?? 0 };
}
