import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { onEachDatabase } from '../../../test/support/databases.ts';
import { queryRows, type Executor } from '../database.ts';
import { stageInTransaction } from './staging.ts';

async function* lines(n: number): AsyncGenerator<string> {
  for (let i = 1; i <= n; i++) yield `${i},第${i}行\n`;
}

const stageTables = (db: Executor) =>
  queryRows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM pg_class WHERE relname LIKE 'import_stage_%'`,
  ).then((r) => r[0]!.n);

onEachDatabase('staging in the import transaction', (db) => {
  test('R-13.2 rows are staged on the transaction’s own connection and merged in it; no table is left', async () => {
    const { db: d } = db();
    await d.execute(sql`CREATE TABLE stage_target (n int PRIMARY KEY, label text NOT NULL)`);
    const merged = await d.transaction(async (tx) => {
      const table = await stageInTransaction(db(), tx, 'stage_target', ['n', 'label'], lines(1000));
      const [row] = await queryRows<{ n: number }>(
        tx,
        sql.raw(
          `WITH i AS (INSERT INTO stage_target SELECT * FROM ${table} RETURNING 1) SELECT count(*)::int AS n FROM i`,
        ),
      );
      return row!.n;
    });
    assert.equal(merged, 1000);
    const [row] = await queryRows<{ n: number; labels: number }>(
      d,
      sql`SELECT count(*)::int AS n, count(DISTINCT label)::int AS labels FROM stage_target`,
    );
    assert.deepEqual(row, { n: 1000, labels: 1000 });
    assert.equal(await stageTables(d), 0);
  });

  test('R-13.2 a merge that fails leaves nothing, and no staging table behind', async () => {
    const { db: d } = db();
    await d.execute(sql`CREATE TABLE stage_fail (n int PRIMARY KEY CHECK (n <> 900), label text)`);
    await assert.rejects(
      d.transaction(async (tx) => {
        const table = await stageInTransaction(db(), tx, 'stage_fail', ['n', 'label'], lines(1000));
        await tx.execute(sql.raw(`INSERT INTO stage_fail SELECT * FROM ${table}`));
      }),
      (err: Error) =>
        /stage_fail_n_check/.test(String((err.cause as Error | undefined)?.message ?? err.message)),
    );
    const [row] = await queryRows<{ n: number }>(d, sql`SELECT count(*)::int AS n FROM stage_fail`);
    assert.equal(row!.n, 0);
    assert.equal(await stageTables(d), 0);
  });

  test('R-13.2 a COPY row the staged table refuses fails the whole transaction', async () => {
    const { db: d } = db();
    await d.execute(sql`CREATE TABLE stage_typed (n int NOT NULL, label text)`);
    const bad = async function* () {
      yield* lines(10);
      yield 'not-a-number,x\n';
    };
    await assert.rejects(
      d.transaction(async (tx) => {
        await stageInTransaction(db(), tx, 'stage_typed', ['n', 'label'], bad());
      }),
    );
    assert.equal(await stageTables(d), 0);
  });
});
