// The same step twice at the same moment, by two sessions: one wins whole, the other is told why.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { queryRows } from '../../src/db/database.ts';
import { generateEntityCsv } from '../../src/db/seed/demo-data.ts';
import { drawService } from '../../src/services/draw.service.ts';
import { planService } from '../../src/services/plan.service.ts';
import { taskService } from '../../src/services/task.service.ts';
import { onEachDatabase } from '../support/databases.ts';
import { makeDrawWorld, planInput, runCeremony, signAs, userActor } from '../support/draw-fixture.ts';
import { makeUser } from '../support/fixtures.ts';
import { loginCookie, multipartFile, testApp } from '../support/server.ts';

const ROWS = 3000;

async function csvFile(): Promise<Buffer> {
  const lines: string[] = [];
  for await (const line of generateEntityCsv(ROWS, 5)) lines.push(line);
  return Buffer.from(lines.join(''));
}

onEachDatabase('faults: the same step twice at once', (database) => {
  let app: FastifyInstance;

  test('setup', async () => {
    app = await testApp(database());
  });

  test('R-21.1 R-10.3 two confirmations of one draw at once: one confirms, the other gets a 409, one audit event', async (t) => {
    const db = database().db;
    const w = await makeDrawWorld(database());
    const drawer = userActor(w.users.drawer, w.org.zhian);
    const plan = await planService.create(db, userActor(w.users.admin, w.org.zhian), planInput(w));
    await planService.approve(db, userActor(w.users.leader, w.org.district), plan.id);
    const task = await taskService.create(db, drawer, { planId: plan.id, round: 1, drawDate: '2026-03-16' });
    const revealed = await runCeremony(db, w, task.id, 'revealed');
    const computed = await drawService.compute(db, drawer, revealed.id);
    const digest = computed.statementDigest!;
    await signAs(db, drawer, computed.id, 'drawer', undefined, digest);
    await signAs(
      db,
      userActor(w.users.supervisor, w.org.district),
      computed.id,
      'supervisor',
      undefined,
      digest,
    );
    await signAs(db, userActor(w.users.media, w.org.district), computed.id, 'witness', 'W1', digest);
    const sessions = [
      await loginCookie(app, w.users.drawer.username),
      await loginCookie(app, w.users.drawer.username),
    ];
    const answers = await Promise.all(
      sessions.map((cookie) =>
        app.inject({ method: 'POST', url: `/api/admin/draws/${computed.id}/confirm`, headers: { cookie } }),
      ),
    );
    const statuses = answers.map((a) => a.statusCode).sort();
    assert.deepEqual(statuses, [200, 409], answers.map((a) => a.body).join('\n'));
    const refused = answers
      .find((a) => a.statusCode === 409)!
      .json<{ error: { code: string; message: string } }>();
    assert.match(refused.error.message, /[\u4e00-\u9fff]/, 'the refusal says why, in Chinese');
    t.diagnostic(`refused with ${refused.error.code}: ${refused.error.message}`);
    const events = await queryRows<{ n: number }>(
      db,
      sql`SELECT count(*)::int AS n FROM audit_events WHERE action = 'draw.confirm' AND object_id = ${computed.id}`,
    );
    assert.equal(events[0]!.n, 1);
  });

  test('R-14.1 R-10.3 two imports of the same file at once: each whole or refused, no entity twice', async (t) => {
    const db = database().db;
    const w = await makeDrawWorld(database(), '7');
    await makeUser(database(), w.org.district, 'lh-importer', ['department-admin']);
    const cookies = [await loginCookie(app, 'lh-importer'), await loginCookie(app, 'lh-importer')];
    const file = await csvFile();
    const count = async () =>
      (
        await queryRows<{ n: number; codes: number }>(
          db,
          sql`SELECT count(*)::int AS n, count(DISTINCT code)::int AS codes FROM entities WHERE unit_id = ${w.org.district.id}`,
        )
      )[0]!;
    const before = await count();
    const answers = await Promise.all(
      cookies.map((cookie) => {
        const body = multipartFile('file', 'entities.csv', file);
        return app.inject({
          method: 'POST',
          url: '/api/admin/entities/import',
          headers: { ...body.headers, cookie },
          payload: body.payload,
        });
      }),
    );
    for (const a of answers)
      assert.ok(
        a.statusCode === 200 ||
          (a.statusCode === 409 && a.json<{ error: { code: string } }>().error.code === 'concurrent-import'),
        `${a.statusCode} ${a.body}`,
      );
    const reports = answers
      .filter((a) => a.statusCode === 200)
      .map((a) => a.json<{ imported: number; rejectedCount: number }>());
    assert.ok(reports.length >= 1, 'at least one import goes through');
    t.diagnostic(
      `answers ${answers.map((a) => a.statusCode).join(', ')}; imported ${reports.map((r) => r.imported).join(' + ')}`,
    );
    const accepted = ROWS - reports[0]!.rejectedCount;
    const added = reports.reduce((s, r) => s + r.imported, 0);
    const now = await count();
    assert.equal(now.codes, now.n, 'no entity twice');
    assert.equal(added, accepted, 'every accepted row imported once, by one of the two');
    assert.equal(now.n, before.n + accepted);
    const records = await queryRows<{ n: number }>(
      db,
      sql`SELECT count(*)::int AS n FROM imports i JOIN audit_events a ON a.object_id = i.id::text AND a.action = 'import.entities' WHERE i.unit_id = ${w.org.district.id}`,
    );
    assert.equal(
      records[0]!.n,
      reports.length,
      'one import record and one audit event per import that went through',
    );
  });

  test('teardown', async () => {
    await app.close();
  });
});
