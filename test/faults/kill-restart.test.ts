// SIGKILL the real server in the middle of an import, a pool freeze, a compute and a confirmation; after
// each, the data holds every step whole or not at all, the log matches the rows, and the work goes on.
// Which of the two a kill leaves depends on timing; the test asserts only that it is one of them. On
// PostgreSQL the kill waits until pg_stat_activity shows the step's statement running (no hook in the server).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DatabaseTarget } from '../../src/db/database.ts';
import type { Suite } from '../../src/domain/draw/types.ts';
import { witnessSecret } from '../support/draw-fixture.ts';
import { ed25519Signer } from '../../src/domain/draw/signature.ts';
import { snapshotAfterCrash, type Snapshot } from './fault-snapshot.ts';
import {
  cli,
  hotelCsv,
  session,
  sleep,
  startServer,
  type ServerProcess,
  type Session,
} from './server-process.ts';

const HOTELS = 20_000;

interface Draw {
  id: string;
  drawId: string;
  suite: Suite;
  status: string;
  statementDigest: string | null;
}

async function postgresTarget(): Promise<{ env: Record<string, string>; target: DatabaseTarget }> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error(process.env.TEST_POSTGRES_MISSING ?? 'run with scripts/run-tests.mjs');
  const name = `faults_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const env = {
    DATABASE_URL: url.toString(),
    SESSION_SECRET: randomBytes(24).toString('hex'),
    DEMO_MODE: 'true',
  };
  return { env, target: { url: url.toString() } };
}

for (const kind of ['pglite', 'postgres'] as const) {
  void describe(`faults: SIGKILL and restart [${kind}]`, () => {
    let dataDir = '';
    let env: Record<string, string> = {};
    let target: DatabaseTarget;
    let server: ServerProcess | null = null;
    const as: Record<string, Session> = {};
    const csv = hotelCsv(HOTELS, 11);
    let base: Snapshot;

    /** Starts the server on the same data and signs everyone in. */
    async function restart() {
      server = await startServer(env);
      for (const who of ['admin', 'zhian', 'drawer', 'supervisor', 'leader'])
        as[who] = await session(server.base, who);
    }
    /** The statement matching `pattern` once the server runs it; null if the request ended first. */
    async function statementSeen(pattern: RegExp, done: () => boolean): Promise<string | null> {
      const client = new pg.Client({ connectionString: (target as { url: string }).url });
      await client.connect();
      try {
        for (const deadline = Date.now() + 60_000; Date.now() < deadline && !done();) {
          const { rows } = await client.query<{ query: string }>(
            `SELECT query FROM pg_stat_activity
             WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid()`,
          );
          const hit = rows.find((r) => pattern.test(r.query));
          if (hit) return hit.query.replace(/\s+/g, ' ').trim().slice(0, 50);
          await sleep(5);
        }
        return null;
      } finally {
        await client.end();
      }
    }
    /**
     * Sends a request and SIGKILLs the server: on PostgreSQL while `statement` runs, on PGlite (no other
     * process can look inside) `delayMs` later. Returns what the crash left, and when the kill came.
     */
    async function killDuring(
      delayMs: number,
      statement: RegExp,
      send: () => Promise<unknown>,
    ): Promise<{ crashed: Snapshot; moment: string }> {
      let done = false;
      const sent = send()
        .catch(() => null) // the connection dies with the server
        .finally(() => (done = true));
      let moment = `${delayMs} ms after the request`;
      if (kind === 'postgres') {
        const seen = await statementSeen(statement, () => done);
        moment = seen ? `while PostgreSQL ran “${seen}…”` : 'after the request ended';
      } else await sleep(delayMs);
      await server!.kill();
      await sent;
      server = null;
      return { crashed: await snapshotAfterCrash(target), moment };
    }
    const ok = (r: { status: number; body: unknown }, status = 200) =>
      assert.equal(r.status, status, JSON.stringify(r.body));

    before(async () => {
      if (kind === 'pglite') {
        dataDir = mkdtempSync(join(tmpdir(), 'ss-faults-'));
        env = { DATA_DIR: dataDir };
        target = { dataDir };
      } else ({ env, target } = await postgresTarget());
      await restart();
    });
    after(async () => {
      await server?.kill();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    });

    test('R-10.3 R-14.1 an import that changes every row, killed part way, changes all rows or none; it then completes', async (t) => {
      await server!.kill();
      base = await snapshotAfterCrash(target);
      await restart();
      const started = performance.now();
      const first = await as.admin!.upload('/api/admin/entities/import', 'hotels.csv', csv);
      assert.equal(first.status, 200, await first.text());
      const took = performance.now() - started;
      const renamed = hotelCsv(HOTELS, 11, '（新）');
      const upload = () => as.admin!.upload('/api/admin/entities/import', 'hotels-renamed.csv', renamed);
      // Half the time the same rows took to insert: the update of every row takes longer than that.
      const { crashed, moment } = await killDuring(Math.round(took / 2), /UPDATE "?entities"?/i, upload);
      const added = crashed.imports - base.imports - 1;
      t.diagnostic(`killed ${moment}: ${added ? 'whole' : 'absent'}`);
      assert.ok(added === 0 || added === 1, 'the import record is there once or not at all');
      assert.equal(crashed.entities, base.entities + HOTELS);
      assert.equal(crashed.renamed, base.renamed + added * HOTELS, 'every row changed, or none');
      await restart();
      const again = await upload();
      assert.equal(again.status, 200, await again.text());
    });

    test('R-17.2 R-N.6 a pool freeze killed while it runs is whole or absent; a stale lock of a live pid does not block the restart', async (t) => {
      const plans = await as.drawer!.call('GET', '/api/admin/plans');
      const planId = (plans.body.plans as { id: string }[])[0]!.id;
      const create = () =>
        as.drawer!.call('POST', '/api/admin/tasks', { planId, round: 2, drawDate: '2026-09-14' });
      const { crashed, moment } = await killDuring(100, /INSERT INTO "?task_entities/i, create);
      assert.equal(crashed.entities, base.entities + HOTELS);
      assert.ok([base.tasks, base.tasks + 1].includes(crashed.tasks));
      t.diagnostic(`killed ${moment}: ${crashed.tasks > base.tasks ? 'whole' : 'absent'}`);
      if (kind === 'pglite') {
        // This test process is alive, but it did not start at tick 1: the pid now names another process.
        writeFileSync(join(dataDir, 'shuangsui.lock'), `${process.pid} 1`);
      }
      await restart();
      if (crashed.tasks === base.tasks) ok(await create(), 201);
      else assert.equal((await create()).status, 409, 'the frozen task is kept: task-exists');
    });

    let draw: Draw;
    test('R-N.6 after a restart the frozen task is announced; before any reveal the drawer may abort and announce anew', async () => {
      const tasks = await as.drawer!.call('GET', '/api/admin/tasks');
      const task = (tasks.body.tasks as { id: string; round: number }[]).find((t) => t.round === 2)!;
      const me = await as.supervisor!.call('GET', '/api/auth/me');
      const announce = () =>
        as.drawer!.call('POST', `/api/admin/tasks/${task.id}/draws`, {
          supervisorUserId: (me.body.user as { id: string }).id,
          witnesses: [],
        });
      const first = await announce();
      ok(first, 201);
      const aborted = await as.drawer!.call(
        'POST',
        `/api/admin/draws/${(first.body.draw as Draw).id}/abort`,
        {
          reason: '故障演练：重新公告',
        },
      );
      ok(aborted);
      const second = await announce();
      ok(second, 201);
      draw = second.body.draw as Draw;
      assert.notEqual(draw.drawId, (first.body.draw as Draw).drawId, 'a new attempt has a new draw id');
      const secret = witnessSecret(draw.suite, draw.drawId, 'supervisor');
      const path = `/api/admin/draws/${draw.id}`;
      ok(
        await as.supervisor!.call('POST', `${path}/commit`, { witness: 'supervisor', commit: secret.commit }),
      );
      ok(await as.supervisor!.call('POST', `${path}/reveal`, { witness: 'supervisor', nonce: secret.nonce }));
    });

    test('R-N.6 R-20.2 a compute killed while it runs leaves the draw revealed or computed; it then computes', async (t) => {
      const compute = () => as.drawer!.call('POST', `/api/admin/draws/${draw.id}/compute`);
      // The pool is read once the draw is checked; the result is stored after the draw is computed.
      const { crashed, moment } = await killDuring(100, /json_agg\(json_build_array\(public_id/i, compute);
      const state = crashed.draws.find((d) => d.id === draw.id)!;
      assert.ok(['revealed', 'computed'].includes(state.status), state.status);
      t.diagnostic(`killed ${moment}: ${state.status}`);
      await restart();
      if (state.status === 'revealed') ok(await compute());
      const shown = await as.drawer!.call('GET', `/api/admin/draws/${draw.id}`);
      draw = shown.body.draw as Draw;
      assert.equal(draw.status, 'computed');
    });

    test('R-21.1 R-10.3 a confirmation killed as it is sent is whole or absent; then it is confirmed once and the log verifies', async (t) => {
      const path = `/api/admin/draws/${draw.id}`;
      const digest = draw.statementDigest!;
      // Issue 10.4: each signs with a key of its own, registered on the account.
      for (const role of ['drawer', 'supervisor'] as const) {
        const key = ed25519Signer(randomBytes(32));
        ok(
          await as[role]!.call('POST', '/api/admin/signing-keys', {
            publicKey: key.publicKey,
            label: '测试',
          }),
          201,
        );
        ok(
          await as[role]!.call('POST', `${path}/sign`, {
            role,
            statementDigest: digest,
            ...key.sign(digest),
          }),
        );
      }
      const { crashed, moment } = await killDuring(5, /update "draws"/i, () =>
        as.drawer!.call('POST', `${path}/confirm`),
      );
      const { status } = crashed.draws.find((d) => d.id === draw.id)!;
      assert.ok(['computed', 'confirmed'].includes(status), status);
      t.diagnostic(`killed ${moment}: ${status}`);
      await restart();
      if (status === 'computed') ok(await as.drawer!.call('POST', `${path}/confirm`));
      const again = await as.drawer!.call('POST', `${path}/confirm`);
      assert.equal(again.status, 409, 'a confirmed draw is not confirmed twice');
      await server!.kill();
      server = null;
      const final = await snapshotAfterCrash(target);
      assert.equal(final.draws.find((d) => d.id === draw.id)!.confirmEvents, 1);
      const log = await cli(['verify-log'], env);
      assert.equal(log.code, 0, `the tamper-evident log is consistent after the crashes:\n${log.out}`);
    });
  });
}
