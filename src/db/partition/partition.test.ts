import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { freshDatabase } from '../../../test/support/databases.ts';
import {
  makeDrawWorld,
  planInput,
  runCeremony,
  userActor,
  type DrawWorld,
} from '../../../test/support/draw-fixture.ts';
import { actorAt } from '../../../test/support/fixtures.ts';
import { importDirectory } from '../../services/import.service.ts';
import { planService } from '../../services/plan.service.ts';
import { taskService } from '../../services/task.service.ts';
import { configureLogSigner, signerOf } from '../../services/log/signer.ts';
import { verifyLog } from '../../services/log/verify-log.service.ts';
import { creditCode } from '../../../test/support/codes.ts';
import { restoreGuards } from '../guard-triggers.ts';
import { pgErrorOf } from '../pg-error.ts';
import { openDatabase, queryRows, type DatabaseHandle } from '../database.ts';
import { restorePartitionGuards } from './partition-guards.ts';
import { addYears, partitionDatabase, PartitioningUnsupportedError, yearOf } from './partition-layout.ts';
import {
  causedBy,
  cli,
  directoryCsv as csv,
  pruned,
  root,
  startUntilServing,
  tableDigests,
  urlOf,
} from '../../../test/support/partition-probe.ts';

// The events are written now: their year partition is this year's (in UTC+8); a late year is five ahead.
const Y = yearOf(new Date());
const LATE = Y + 5;

void test('issue 12.7 the embedded database (PGlite) keeps its plain tables: partitioning is refused with a clear message', async () => {
  const handle = await openDatabase({ memory: true });
  try {
    await assert.rejects(partitionDatabase(handle), PartitioningUnsupportedError);
  } finally {
    await handle.close();
  }
});

void describe('issue 12.7 past one server: the growing tables partitioned on PostgreSQL [postgres]', () => {
  let handle: DatabaseHandle;
  let w: DrawWorld;
  const db = () => handle.db;
  const rows = <T>(q: ReturnType<typeof sql>) => queryRows<T>(db(), q);
  const drawer = () => userActor(w.users.drawer, w.org.zhian);
  const importer = () => actorAt(w.org.district, 'department-admin');
  let digestsBefore: Record<string, string>;

  // Checkpoints the services sign here must verify with the key the started server is given.
  const logKey = generateKeyPairSync('ed25519').privateKey;
  before(async () => {
    configureLogSigner(signerOf(logKey));
    handle = await freshDatabase('postgres');
  });
  after(async () => {
    await handle?.close();
  });

  async function confirmedDraw(round: number, drawDate: string) {
    const leader = userActor(w.users.leader, w.org.district);
    const creator = userActor(w.users.admin, w.org.zhian, ['department-admin']);
    const plan = await planService.create(db(), creator, planInput(w, { name: `分区计划${round}` }));
    await planService.approve(db(), leader, plan.id);
    const task = await taskService.create(db(), drawer(), { planId: plan.id, round, drawDate });
    return { task, draw: await runCeremony(db(), w, task.id) };
  }

  test('setup: a directory import, a task with a frozen pool and a confirmed draw, audit events', async () => {
    w = await makeDrawWorld(handle);
    const report = await importDirectory(handle, importer(), {
      kind: 'entities',
      unitId: w.org.district.id,
      fileName: 'before.csv',
      source: csv(5001, 5040),
    });
    assert.equal(report.imported, 40);
    const { draw } = await confirmedDraw(1, '2026-03-16');
    assert.equal(draw.status, 'confirmed');
    assert.equal((await verifyLog(db())).ok, true);
    digestsBefore = await tableDigests(db());
    assert.ok(Number(digestsBefore.entities!.split(':')[0]) >= 100);
  });

  test('issue 12.7 the conversion is all or nothing: a busy table or a failure on the last table leaves every table as it was', async () => {
    const kind = async () =>
      (await rows<{ k: string }>(sql`SELECT relkind::text AS k FROM pg_class WHERE relname = 'entities'`))[0]!
        .k;
    await db().transaction(async (tx) => {
      await tx.execute(sql`LOCK TABLE audit_events IN SHARE MODE`);
      await assert.rejects(
        partitionDatabase(handle, { lockTimeout: '300ms' }),
        (err) => pgErrorOf(err)?.code === '55P03',
      );
    });
    // A name taken by another table makes the audit log's partition fail after the other three were converted.
    await db().execute(sql.raw(`CREATE TABLE audit_events_y${Y} (x int)`));
    await assert.rejects(partitionDatabase(handle), (err) => pgErrorOf(err)?.code === '42P07');
    await db().execute(sql.raw(`DROP TABLE audit_events_y${Y}`));
    assert.equal(await kind(), 'r');
    assert.deepEqual(await tableDigests(db()), digestsBefore);
  });

  test('issue 12.7 R-10.3 the conversion keeps every row (counts and digests equal) and the guards restore nothing', async () => {
    const report = await partitionDatabase(handle, { modulus: 8 });
    assert.deepEqual(
      report.tables.map((t) => t.table),
      ['entities', 'task_entities', 'task_inspectors', 'audit_events'],
    );
    assert.deepEqual(await tableDigests(db()), digestsBefore);
    const kinds = await rows<{ name: string }>(
      sql`SELECT relname AS name FROM pg_class WHERE relkind = 'p' AND relnamespace = 'public'::regnamespace ORDER BY 1`,
    );
    assert.deepEqual(
      kinds.map((k) => k.name),
      ['audit_events', 'entities', 'task_entities', 'task_inspectors'],
    );
    // The start's restoreGuards finds every migration trigger on the partitioned tables.
    assert.deepEqual(await restoreGuards(db()), { created: [], enabled: [], failed: [] });
    assert.deepEqual(await restorePartitionGuards(db()), { created: [], enabled: [], failed: [] });
    assert.deepEqual((await partitionDatabase(handle)).skipped.length, 4, 'a second run changes nothing');
  });

  test('issue 12.7 R-14.1 R-N.6 an import, a pool freeze and a draw through confirmation run on the partitioned tables', async () => {
    const report = await importDirectory(handle, importer(), {
      kind: 'entities',
      unitId: w.org.district.id,
      fileName: 'after.csv',
      source: csv(5031, 5060, '新宾馆'),
    });
    assert.deepEqual([report.imported, report.updated], [20, 10]);
    const { task, draw } = await confirmedDraw(2, '2026-09-16');
    assert.equal(draw.status, 'confirmed');
    const [pool] = await rows<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM task_entities WHERE task_id = ${task.id}`,
    );
    assert.ok(pool!.n >= 100, `the second pool holds the directory (${pool!.n})`);
    const report2 = await verifyLog(db());
    assert.deepEqual(report2.findings, []);
  });

  test('issue 12.7 R-10.3 on the partitioned database verify-log exits 0 and the server starts (its log check passes)', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'shuangsui-partition-'));
    const env = {
      ...process.env,
      ...{ DATABASE_URL: await urlOf(handle), SESSION_SECRET: 'partition-test-session-secret-0123456789' },
      ...{
        DATA_DIR: dataDir,
        LOG_SIGNING_KEY: logKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
        PORT: '0',
        HOST: '127.0.0.1',
      },
    };
    try {
      const run = spawnSync(process.execPath, [cli, 'verify-log'], { cwd: root, env, encoding: 'utf8' });
      assert.equal(run.status, 0, run.stdout + run.stderr);
      assert.match(run.stdout, /一致 consistent/);
      const started = await startUntilServing(env);
      assert.match(started.out, /双随平台已启动/, started.out);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  test('issue 12.7 R-10.3 R-21.1 the guards hold on every partition: UPDATE, DELETE, TRUNCATE of a partition, a second event with a known seq, an unknown entity', async () => {
    const refused = (q: ReturnType<typeof sql>, re: RegExp) => assert.rejects(db().execute(q), causedBy(re));
    await refused(sql`UPDATE audit_events SET actor_name = '篡改' WHERE seq = 1`, /ss:append-only/);
    await refused(sql`UPDATE draws SET result_digest = 'x' WHERE status = 'confirmed'`, /ss:/);
    await refused(sql`DELETE FROM entities WHERE unit_id = ${w.org.district.id}`, /ss:append-only/);
    await refused(sql`UPDATE task_entities SET exclusion = 0`, /ss:append-only/);
    for (const part of [
      `audit_events_y${Y}`,
      'audit_events_default',
      'entities_h00',
      'task_entities_h03',
      'task_inspectors_h01',
    ])
      await refused(sql.raw(`TRUNCATE "${part}"`), /ss:append-only: TRUNCATE/);
    await refused(
      sql`INSERT INTO audit_events (seq, at, actor_name, action, object_type, object_id, digest, data)
          SELECT seq, at + interval '1 year', actor_name, action, object_type, object_id, digest, data
          FROM audit_events WHERE seq = 1`,
      /ss:append-only: audit event #1 exists/,
    );
    await refused(
      sql`INSERT INTO conflicts (inspector_id, entity_id, kind, reason)
          VALUES (${w.inspectors[0]!.id}, gen_random_uuid(), 'relative', '测试')`,
      /ss:entity-reference/,
    );
  });

  test('issue 12.7 R-10.3 the start (restoreGuards) puts back a dropped or disabled guard of the partitioned layout', async () => {
    await db().execute(sql.raw(`ALTER TABLE audit_events_y${Y} DISABLE TRIGGER audit_events_no_update`));
    await db().execute(sql`DROP TRIGGER audit_events_no_truncate ON audit_events_default`);
    await db().execute(sql`DROP TRIGGER conflicts_entity_ref_insert ON conflicts`);
    await db().execute(sql`DROP TRIGGER audit_events_seq_once ON audit_events`);
    const restored = await restoreGuards(db());
    assert.deepEqual(restored.failed, []);
    assert.deepEqual(restored.created.sort(), [
      'audit_events_default.audit_events_no_truncate',
      'audit_events_seq_once',
      'conflicts_entity_ref_insert',
    ]);
    const [off] = await rows<{ n: number }>(
      sql`SELECT count(*)::int AS n FROM pg_trigger WHERE tgenabled = 'D'`,
    );
    assert.equal(off!.n, 0);
    const refused = (q: ReturnType<typeof sql>, re: RegExp) => assert.rejects(db().execute(q), causedBy(re));
    await refused(sql`UPDATE audit_events SET actor_name = '篡改' WHERE seq = 1`, /ss:append-only/);
    await refused(sql.raw('TRUNCATE audit_events_default'), /ss:append-only/);
  });

  test('issue 12.7 EXPLAIN: one unit’s entities, one task’s pool and one year’s events each scan one partition', async () => {
    const unit = w.org.district.id;
    const [task] = await rows<{ id: string }>(sql`SELECT task_id AS id FROM task_entities LIMIT 1`);
    assert.equal(
      (await pruned(db(), `SELECT * FROM entities WHERE unit_id = '${unit}'`, 'entities_')).length,
      1,
    );
    assert.equal(
      (
        await pruned(
          db(),
          `SELECT * FROM entities WHERE unit_id = '${unit}' AND code = '${creditCode(5001)}'`,
          'entities_',
        )
      ).length,
      1,
    );
    assert.equal(
      (await pruned(db(), `SELECT * FROM task_entities WHERE task_id = '${task!.id}'`, 'task_entities_'))
        .length,
      1,
    );
    assert.deepEqual(
      await pruned(
        db(),
        `SELECT count(*) FROM audit_events WHERE at >= '${Y}-01-01 00:00+08' AND at < '${Y + 1}-01-01 00:00+08'`,
        'audit_events_',
      ),
      [`audit_events_y${Y}`],
    );
    // Without the key every partition is read: the reason a national search fans out (docs/operations.md).
    assert.equal(
      (await pruned(db(), `SELECT * FROM entities WHERE name LIKE '%宾馆%'`, 'entities_')).length,
      8,
    );
  });

  test('issue 12.7 a year made late takes its events out of DEFAULT without a DELETE, and nothing is lost', async () => {
    const [before] = await rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM audit_events`);
    // Written directly (a clock set years ahead): the DEFAULT partition takes it.
    await db().execute(
      sql`INSERT INTO audit_events (at, actor_name, action, object_type, object_id, digest, data)
          VALUES (${`${LATE}-05-01 10:00+08`}::timestamptz, '系统', 'test.clock', 'test', 'x', 'd', '{}')`,
    );
    const inDefault = await rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM audit_events_default`);
    assert.equal(inDefault[0]!.n, 1);
    const { added } = await addYears(handle, [LATE, Y]);
    assert.deepEqual(added, [{ year: LATE, partition: `audit_events_y${LATE}`, moved: 1 }]);
    const [moved] = await rows<{ n: number }>(
      sql.raw(`SELECT count(*)::int AS n FROM audit_events_y${LATE}`),
    );
    const [total] = await rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM audit_events`);
    assert.deepEqual([moved!.n, total!.n], [1, before!.n + 1]);
    for (const part of [`audit_events_y${LATE}`, 'audit_events_default'])
      await assert.rejects(db().execute(sql.raw(`TRUNCATE ${part}`)), causedBy(/ss:append-only/));
  });
});
