import { sql } from 'drizzle-orm';
import type { DatabaseHandle, Executor } from '../database.ts';
import { createStage } from './staging.ts';

// Into a directory that has rows each slice's update and anti-join read the directory once, so fewer,
// larger slices win (same 1M file again: 64 MiB 18–20 s, 16 MiB 22.6 s).
export const SLICE_CHARS = 64 * 1024 * 1024;

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
 * PostgreSQL: the data is staged and merged slice by slice. While the import's transaction merges slice
 * k, slice k + 1 is copied on another connection into an unlogged table shaped like `like` and the parser
 * (a worker thread) reads on, so the merge does not wait for the whole file. All merges run in the one
 * transaction `run` opens, which also writes the report; a failure leaves nothing.
 */
export async function withStagedSlices<C, T>(
  handle: DatabaseHandle,
  like: string,
  columns: readonly string[],
  csv: AsyncIterable<string>,
  run: (inTransaction: (tx: Executor) => Promise<T>) => Promise<T>,
  mergeSlice: (tx: Executor, table: string) => Promise<C>,
  finish: (tx: Executor, merged: readonly C[]) => Promise<T>,
  sliceChars: number = SLICE_CHARS,
  /** The columns the merge joins on: the only statistics it needs (ANALYZE of them alone is cheaper). */
  keyColumns: readonly string[] = columns,
): Promise<T> {
  const source = csv[Symbol.asyncIterator]();
  const tables: string[] = [];
  try {
    return await run(async (tx) => {
      const merged: C[] = [];
      let ended = false;
      let merging: Promise<void> = Promise.resolve();
      while (!ended) {
        const table = await createStage(handle, columns, like);
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
        await handle.db.execute(sql.raw(`ANALYZE ${table} (${keyColumns.join(', ')})`));
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
