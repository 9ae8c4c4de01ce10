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

// Slices of COPY data. Into an empty directory small ones (≈ 65,000 entity rows) keep the merges in
// pace with the parse — 1M rows on PostgreSQL: 8 MiB 26.7 s, 16 MiB 24.2–25.0 s, 32 MiB 24.8 s, 64 MiB
// 26–30 s (the last merge waited after the parse). Into a filled one each slice's update and anti-join
// read the directory once, so there fewer, larger slices win (same 1M file again: 64 MiB 18–20 s, 16 MiB 22.6 s).
export const SLICE_CHARS = { emptyDirectory: 16 * 1024 * 1024, filledDirectory: 64 * 1024 * 1024 };

/** The next up to `max` characters of COPY data from a shared iterator; `ended()` once it is used up. */
async function* slice(
  source: AsyncIterator<string>,
  max: number,
  ended: () => void,
): AsyncGenerator<string, void, undefined> {
  for (let size = 0; size < max;) {
    const next = await source.next();
    if (next.done) {
      ended();
      return;
    }
    size += next.value.length;
    yield next.value;
  }
}

/**
 * Like withStagingTable, but on PostgreSQL the data is staged and merged slice by slice: while the
 * import's transaction merges slice k, slice k + 1 is copied on another connection and the parser
 * (a worker thread) reads on, so the merge no longer waits for the whole file. All merges run in the
 * one transaction `run` opens, which also writes the report; a failure leaves nothing. PGlite has one
 * connection that its transaction holds, so there the whole file is staged first, then merged.
 */
export async function withStagedSlices<C, T>(
  handle: DatabaseHandle,
  columns: readonly string[],
  csv: AsyncIterable<string>,
  run: (inTransaction: (tx: Executor) => Promise<T>) => Promise<T>,
  mergeSlice: (tx: Executor, table: string) => Promise<C>,
  finish: (tx: Executor, merged: readonly C[]) => Promise<T>,
  sliceChars: number,
): Promise<T> {
  if (handle.kind === 'pglite')
    return withStagingTable(handle, columns, csv, (table) =>
      run(async (tx) => finish(tx, [await mergeSlice(tx, table)])),
    );
  const source = csv[Symbol.asyncIterator]();
  const tables: string[] = [];
  try {
    return await run(async (tx) => {
      const merged: C[] = [];
      let ended = false;
      let merging: Promise<void> = Promise.resolve();
      while (!ended) {
        const table = await createStage(handle, columns);
        tables.push(table);
        const copied = handle.copyFrom(
          table,
          columns,
          slice(source, sliceChars, () => (ended = true)),
        );
        // A failed merge must not leave the copy unawaited, nor a failed copy the merge.
        const [copy] = await Promise.allSettled([copied, merging]);
        await merging;
        if (copy.status === 'rejected') throw copy.reason;
        await handle.db.execute(sql.raw(`ANALYZE ${table}`));
        merging = mergeSlice(tx, table).then((c) => void merged.push(c));
        merging.catch(() => undefined); // handled above, once the next copy is done; not "unhandled" meanwhile
      }
      await merging;
      return finish(tx, merged);
    });
  } finally {
    for (const table of tables) await handle.db.execute(sql.raw(`DROP TABLE IF EXISTS ${table}`));
  }
}

async function createStage(handle: DatabaseHandle, columns: readonly string[]): Promise<string> {
  const table = `import_stage_${crypto.randomUUID().replace(/-/g, '')}`;
  const defs = columns.map((c) => `${c} text`).join(', ');
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
