// Year partitions made ahead (issue 12.7). The DEFAULT partition takes what no year holds, so no write is
// ever refused; a year created late moves its rows out of DEFAULT without a DELETE (the guards refuse one).
import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../database.ts';
import { partitionsOf } from './partition-catalog.ts';
import { defaultPartition, yearPartition, yearStart } from './partition-convert.ts';

const run = (db: Executor, text: string) => db.execute(sql.raw(text));

export interface AddedYear {
  readonly year: number;
  readonly partition: string;
  /** Rows that were in DEFAULT and now are in the year's partition. */
  readonly moved: number;
}

/** Creates `table`'s partitions for `years` that do not exist yet, in the caller's transaction. */
export async function addYearPartitions(
  tx: Executor,
  table: string,
  column: string,
  years: readonly number[],
): Promise<AddedYear[]> {
  await run(tx, `LOCK TABLE "${table}" IN ACCESS EXCLUSIVE MODE`);
  const existing = new Set((await partitionsOf(tx, table)).map((p) => p.name));
  const added: AddedYear[] = [];
  for (const year of years) {
    const name = yearPartition(table, year);
    if (existing.has(name)) continue;
    added.push({ year, partition: name, moved: await addYear(tx, table, column, year) });
  }
  return added;
}

async function addYear(tx: Executor, table: string, column: string, year: number): Promise<number> {
  const fallback = defaultPartition(table);
  const bound = `FOR VALUES FROM (${yearStart(year)}) TO (${yearStart(year + 1)})`;
  const create = `CREATE TABLE "${yearPartition(table, year)}" PARTITION OF "${table}" ${bound}`;
  const [held] = await queryRows<{ n: string }>(
    tx,
    sql.raw(
      `SELECT count(*)::text AS n FROM "${fallback}" WHERE "${column}" >= ${yearStart(year)} AND "${column}" < ${yearStart(year + 1)}`,
    ),
  );
  const moved = Number(held?.n ?? 0);
  if (moved === 0) {
    await run(tx, create);
    return 0;
  }
  // DEFAULT would violate the new bound: it is detached, a new one made, and its rows routed again.
  const old = `${fallback}__old`;
  await run(tx, `ALTER TABLE "${table}" DETACH PARTITION "${fallback}"`);
  await run(tx, `ALTER TABLE "${fallback}" RENAME TO "${old}"`);
  await run(tx, create);
  await run(tx, `CREATE TABLE "${fallback}" PARTITION OF "${table}" DEFAULT`);
  await run(tx, `INSERT INTO "${table}" SELECT * FROM "${old}"`);
  await run(tx, `DROP TABLE "${old}"`);
  return moved;
}
