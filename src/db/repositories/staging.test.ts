import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { onEachDatabase } from '../../../test/support/databases.ts';
import { queryRows, type Executor } from '../database.ts';
import { withStagedSlices } from './staged-slices.ts';
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

onEachDatabase('staged slices (PostgreSQL)', (db, kind) => {
  test('R-13.2 a filled directory’s import is staged and merged slice by slice in one transaction; a late failure leaves nothing', async (t) => {
    if (kind !== 'postgres') return t.skip('PGlite stages in the transaction (one connection)');
    const { db: d } = db();
    await d.execute(
      sql`CREATE TABLE slice_target (n int PRIMARY KEY CHECK (n <> 1900), label text NOT NULL)`,
    );
    const into = (tx: Executor, table: string) =>
      queryRows<{ n: number }>(
        tx,
        sql.raw(
          `WITH i AS (INSERT INTO slice_target SELECT * FROM ${table} RETURNING 1) SELECT count(*)::int AS n FROM i`,
        ),
      ).then((r) => r[0]!.n);
    const sizes: number[] = [];
    const total = await withStagedSlices(
      db(),
      'slice_target',
      ['n', 'label'],
      lines(1000),
      (body) => d.transaction(body),
      async (tx, table) => {
        sizes.push(await into(tx, table));
        return sizes.at(-1)!;
      },
      async (_tx, merged) => merged.reduce((a, b) => a + b, 0),
      2000,
    );
    assert.equal(total, 1000);
    assert.ok(sizes.length >= 4, `slices: ${sizes.join(',')}`);
    const more = async function* () {
      for (let i = 1001; i <= 2000; i++) yield `${i},第${i}行\n`;
    };
    await assert.rejects(
      withStagedSlices(
        db(),
        'slice_target',
        ['n', 'label'],
        more(),
        (body) => d.transaction(body),
        into,
        async () => 0,
        2000,
      ),
    );
    const [row] = await queryRows<{ n: number }>(d, sql`SELECT count(*)::int AS n FROM slice_target`);
    assert.equal(row!.n, 1000, 'the failed import added none of its rows');
    assert.equal(await stageTables(d), 0);
  });
});
