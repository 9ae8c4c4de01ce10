import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { onEachDatabase } from '../../../test/support/databases.ts';
import { queryRows, type Executor } from '../database.ts';
import { withStagedSlices } from './staging.ts';

async function* lines(n: number): AsyncGenerator<string> {
  for (let i = 1; i <= n; i++) yield `${i},第${i}行\n`;
}

const stageTables = (db: Executor) =>
  queryRows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM pg_tables WHERE tablename LIKE 'import_stage_%'`,
  ).then((r) => r[0]!.n);

onEachDatabase('staged slices', (db, kind) => {
  test('R-13.2 a large import is staged and merged slice by slice in one transaction', async () => {
    const { db: d } = db();
    await d.execute(sql`CREATE TABLE slice_target (n int PRIMARY KEY, label text)`);
    const sizes: number[] = [];
    const total = await withStagedSlices(
      db(),
      ['n', 'label'],
      lines(1000),
      (body) => d.transaction(body),
      async (tx, table) => {
        const [row] = await queryRows<{ n: number }>(
          tx,
          sql.raw(
            `WITH i AS (INSERT INTO slice_target SELECT n::int, label FROM ${table} RETURNING 1) SELECT count(*)::int AS n FROM i`,
          ),
        );
        sizes.push(row!.n);
        return row!.n;
      },
      async (_tx, merged) => merged.reduce((a, b) => a + b, 0),
      2000,
    );
    assert.equal(total, 1000);
    // PostgreSQL: ~2,000 characters a slice; PGlite: one slice (its transaction holds its one connection).
    if (kind === 'postgres') assert.ok(sizes.length >= 4, `slices: ${sizes.join(',')}`);
    else assert.deepEqual(sizes, [1000]);
    const [row] = await queryRows<{ n: number; labels: number }>(
      d,
      sql`SELECT count(*)::int AS n, count(DISTINCT label)::int AS labels FROM slice_target`,
    );
    assert.deepEqual(row, { n: 1000, labels: 1000 });
    assert.equal(await stageTables(d), 0);
  });

  test('R-13.2 a merge that fails in a later slice leaves nothing, and no staging table behind', async () => {
    const { db: d } = db();
    await d.execute(sql`CREATE TABLE slice_fail (n int PRIMARY KEY CHECK (n <> 900))`);
    await assert.rejects(
      withStagedSlices(
        db(),
        ['n', 'label'],
        lines(1000),
        (body) => d.transaction(body),
        (tx, table) => tx.execute(sql.raw(`INSERT INTO slice_fail SELECT n::int FROM ${table}`)),
        async () => 'done',
        2000,
      ),
      (err: Error) =>
        /slice_fail_n_check/.test(String((err.cause as Error | undefined)?.message ?? err.message)),
    );
    const [row] = await queryRows<{ n: number }>(d, sql`SELECT count(*)::int AS n FROM slice_fail`);
    assert.equal(row!.n, 0);
    assert.equal(await stageTables(d), 0);
  });
});
