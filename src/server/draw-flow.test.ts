import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { sql, type SQL } from 'drizzle-orm';
import { onEachDatabase } from '../../test/support/databases.ts';
import { makeDrawWorld, planInput, witnessSecret, type DrawWorld } from '../../test/support/draw-fixture.ts';
import { loginCookie, testApp } from '../../test/support/server.ts';
import { queryRows } from '../db/database.ts';
import { guardCodeOf } from '../db/pg-error.ts';
import { nodeHasher } from '../domain/draw/hash-node.ts';
import { readBundle } from '../domain/draw/read-bundle.ts';
import type { JsonValue } from '../domain/draw/types.ts';
import { verifyPublicView } from '../domain/draw/verify-public.ts';
import { verifyBundle } from '../domain/draw/verify.ts';
import { ed25519Signer } from '../domain/draw/signature.ts';
import { randomBytes } from 'node:crypto';

type Json = Record<string, unknown>;
interface Draw {
  id: string;
  drawId: string;
  status: string;
  statementDigest: string | null;
  result: { strata: { stratum: string; selected: string[]; reserve: string[] }[] } | null;
}

function verified(bundle: unknown) {
  const read = readBundle(bundle as JsonValue);
  assert.ok(read.ok, 'the bundle reads');
  const v = verifyBundle(nodeHasher(read.input.plan.suite), read.input, read.claims);
  assert.ok(v.ok);
  return v.mismatches;
}

onEachDatabase('plans, tasks and the draw ceremony over HTTP', (database) => {
  let app: FastifyInstance;
  let w: DrawWorld;
  const cookie: Record<string, string> = {};
  const call = async (who: string | null, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) => {
    const res = await app.inject({
      method,
      url,
      headers: who ? { cookie: cookie[who]! } : {},
      ...(payload === undefined ? {} : { payload: payload as Json }),
    });
    return { status: res.statusCode, body: res.json<Json>() };
  };
  const code = (r: { body: Json }) => (r.body.error as { code: string } | undefined)?.code;
  let planId = '';
  let taskId = '';
  let draw: Draw;
  let witnessCode = '';
  // Issue 10.4: every signer's own key (in the app, made in the signer's browser).
  const keys = Object.fromEntries(
    ['drawer', 'supervisor', 'media', 'W2', 'stranger'].map((k) => [k, ed25519Signer(randomBytes(32))]),
  );
  const signed = (who: string, digest: string) => {
    const { scheme, publicKey, signature } = keys[who]!.sign(digest);
    return { statementDigest: digest, scheme, publicKey, signature };
  };

  test('setup', async () => {
    w = await makeDrawWorld(database());
    app = await testApp(database());
    for (const who of ['admin', 'drawer', 'supervisor', 'leader', 'media'] as const)
      cookie[who] = await loginCookie(app, w.users[who].username);
  });

  test('R-18.1 a plan under 2 % or under 2 rounds is refused and nothing is stored', async () => {
    const low = planInput(w, {
      rates: planInput(w).rates.map((r) => (r.riskClass === 'A' ? { ...r, percent: 1.5 } : r)),
    });
    const r1 = await call('admin', 'POST', '/api/admin/plans', low);
    assert.equal(r1.status, 400);
    assert.ok(
      (r1.body.error as { details: { code: string }[] }).details.some((d) => d.code === 'below-minimum'),
    );
    const r2 = await call(
      'admin',
      'POST',
      '/api/admin/plans',
      planInput(w, { rounds: [{ from: '2026-03-01', to: '2026-06-30' }] }),
    );
    assert.equal(r2.status, 400);
    const r3 = await call(
      'admin',
      'POST',
      '/api/admin/plans',
      planInput(w, {
        rates: planInput(w).rates.map((r) => (r.riskClass === 'D' ? { ...r, percent: 8 } : r)),
      }),
    );
    assert.ok(
      (r3.body.error as { details: { code: string }[] }).details.some((d) => d.code === 'key-rate-too-low'),
      'R-18.3',
    );
    const list = await call('admin', 'GET', '/api/admin/plans');
    assert.deepEqual(list.body.plans, []);
  });

  test('R-17.1 a draw needs a plan approved by the leader; the approved plan is published', async () => {
    const created = await call('admin', 'POST', '/api/admin/plans', planInput(w));
    assert.equal(created.status, 201);
    planId = (created.body.plan as { id: string }).id;
    const early = await call('drawer', 'POST', '/api/admin/tasks', {
      planId,
      round: 1,
      drawDate: '2026-03-16',
    });
    assert.equal(code(early), 'plan-not-approved');
    assert.equal((await call('drawer', 'POST', `/api/admin/plans/${planId}/approve`)).status, 403);
    assert.equal((await call('leader', 'POST', `/api/admin/plans/${planId}/approve`)).status, 200);
    assert.equal(
      code(await call('admin', 'PUT', `/api/admin/plans/${planId}`, planInput(w))),
      'plan-approved',
    );
    const pub = await call(null, 'GET', '/api/public/plans');
    const plans = pub.body.plans as { rates: { group: string }[] }[];
    assert.equal(plans.length, 1);
    assert.deepEqual(
      plans[0]!.rates.map((r) => r.group),
      ['G1', 'G2', 'G3', 'G4'],
    );
    assert.ok(!JSON.stringify(pub.body).includes('riskClass'), 'R-N.2 no risk class in public output');
  });

  test('R-17.2 R-N.4 a task freezes both pools with their exclusion codes', async () => {
    const res = await call('drawer', 'POST', '/api/admin/tasks', {
      planId,
      round: 1,
      drawDate: '2026-03-16',
    });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    const task = res.body.task as {
      id: string;
      poolSize: number;
      eligible: number;
      exclusions: Json;
      inspectorExclusions: Json;
      eligibleInspectors: number;
    };
    taskId = task.id;
    assert.deepEqual([task.poolSize, task.eligible, task.exclusions['1']], [60, 59, 1]);
    assert.deepEqual(
      [task.eligibleInspectors, task.inspectorExclusions['1'], task.inspectorExclusions['2']],
      [7, 1, 1],
    );
    const pool = await call('drawer', 'GET', `/api/admin/tasks/${taskId}/pool?exclusion=1`);
    assert.equal((pool.body.rows as { reason: string }[])[0]?.reason, '已注销');
    assert.equal(
      code(await call('drawer', 'POST', '/api/admin/tasks', { planId, round: 1, drawDate: '2026-03-17' })),
      'task-exists',
    );
  });

  test('R-20.1 the drawer announces: digests fixed, witnesses registered, one-time codes shown once', async () => {
    const res = await call('drawer', 'POST', `/api/admin/tasks/${taskId}/draws`, {
      supervisorUserId: w.users.supervisor.id,
      witnesses: [
        { kind: 'media', name: '巴彦淖尔日报记者', userId: w.users.media.id },
        { kind: 'entity-representative', name: '商户代表 赵六' },
      ],
    });
    assert.equal(res.status, 201, JSON.stringify(res.body));
    draw = res.body.draw as Draw;
    const codes = res.body.codes as { witness: string; code: string }[];
    assert.deepEqual(
      codes.map((c) => c.witness),
      ['W2'],
    );
    witnessCode = codes[0]!.code;
    assert.equal(draw.status, 'announced');
    assert.ok(
      !JSON.stringify((await call('drawer', 'GET', `/api/admin/draws/${draw.id}`)).body).includes(
        witnessCode,
      ),
    );
    assert.equal(
      code(
        await call('drawer', 'POST', `/api/admin/tasks/${taskId}/draws`, {
          supervisorUserId: w.users.supervisor.id,
          witnesses: [],
        }),
      ),
      'draw-in-progress',
    );
  });

  test('R-N.6 R-20.1 commitments, then reveals; a reveal that does not match its commitment is refused', async () => {
    const suite = 'RDRAW-2-SHA256';
    const sup = witnessSecret(suite, draw.drawId, 'supervisor');
    const media = witnessSecret(suite, draw.drawId, 'W1');
    const rep = witnessSecret(suite, draw.drawId, 'W2');
    assert.equal(
      (
        await call('supervisor', 'POST', `/api/admin/draws/${draw.id}/commit`, {
          witness: 'supervisor',
          commit: sup.commit,
        })
      ).status,
      200,
    );
    assert.equal(
      code(
        await call('media', 'POST', `/api/admin/draws/${draw.id}/commit`, {
          witness: 'supervisor',
          commit: media.commit,
        }),
      ),
      'not-a-signer',
    );
    assert.equal(
      (
        await call('media', 'POST', `/api/admin/draws/${draw.id}/commit`, {
          witness: 'W1',
          commit: media.commit,
        })
      ).status,
      200,
    );
    assert.equal(
      code(
        await call('supervisor', 'POST', `/api/admin/draws/${draw.id}/reveal`, {
          witness: 'supervisor',
          nonce: sup.nonce,
        }),
      ),
      'draw-wrong-state',
    );
    const bad = await call(null, 'POST', `/api/public/draws/${draw.drawId}/witness`, {
      code: 'AAAA-BBBB-CCCC',
      action: 'status',
    });
    assert.equal(bad.status, 401);
    const keyless = await call(null, 'POST', `/api/public/draws/${draw.drawId}/witness`, {
      code: witnessCode,
      action: 'commit',
      commit: rep.commit,
    });
    assert.deepEqual([keyless.status, code(keyless)], [400, 'witness-key-required'], 'issue 10.4 R-20.2');
    const committed = await call(null, 'POST', `/api/public/draws/${draw.drawId}/witness`, {
      code: witnessCode,
      action: 'commit',
      commit: rep.commit,
      publicKey: keys.W2!.publicKey,
    });
    assert.equal((committed.body.draw as { status: string }).status, 'revealing');
    const wrong = await call('supervisor', 'POST', `/api/admin/draws/${draw.id}/reveal`, {
      witness: 'supervisor',
      nonce: media.nonce,
    });
    assert.equal(code(wrong), 'reveal-mismatch');
    assert.equal(
      (
        await call('supervisor', 'POST', `/api/admin/draws/${draw.id}/reveal`, {
          witness: 'supervisor',
          nonce: sup.nonce,
        })
      ).status,
      200,
    );
    assert.equal(
      (
        await call('media', 'POST', `/api/admin/draws/${draw.id}/reveal`, {
          witness: 'W1',
          nonce: media.nonce,
        })
      ).status,
      200,
    );
    const last = await call(null, 'POST', `/api/public/draws/${draw.drawId}/witness`, {
      code: witnessCode,
      action: 'reveal',
      nonce: rep.nonce,
    });
    assert.equal(
      (last.body.draw as { status: string }).status,
      'revealed',
      'the system reveals after the last witness',
    );
  });

  test('R-20.2 the result is signed by the drawer, the supervisor and every witness; only then confirmed', async () => {
    const computed = await call('drawer', 'POST', `/api/admin/draws/${draw.id}/compute`);
    assert.equal(computed.status, 200, JSON.stringify(computed.body));
    draw = computed.body.draw as Draw;
    const digest = draw.statementDigest!;
    const sign = (who: string, body: Json) => call(who, 'POST', `/api/admin/draws/${draw.id}/sign`, body);
    assert.equal(
      code(await sign('supervisor', { role: 'drawer', ...signed('supervisor', digest) })),
      'not-a-signer',
    );
    assert.equal(
      code(await sign('drawer', { role: 'drawer', ...signed('drawer', '0'.repeat(64)) })),
      'statement-mismatch',
    );
    const unregistered = await sign('drawer', { role: 'drawer', ...signed('drawer', digest) });
    assert.deepEqual(
      [unregistered.status, code(unregistered)],
      [400, 'unknown-signing-key'],
      'issue 10.4: no signature without a key registered on the account',
    );
    for (const who of ['drawer', 'supervisor', 'media'])
      assert.equal(
        (
          await call(who, 'POST', '/api/admin/signing-keys', {
            publicKey: keys[who]!.publicKey,
            label: '本机浏览器',
          })
        ).status,
        201,
      );
    const foreign = await sign('drawer', { role: 'drawer', ...signed('supervisor', digest) });
    assert.deepEqual([foreign.status, code(foreign)], [400, 'unknown-signing-key'], "another officer's key");
    const forged = { ...signed('drawer', digest), signature: signed('drawer', '1'.repeat(64)).signature };
    assert.deepEqual(
      code(await sign('drawer', { role: 'drawer', ...forged })),
      'bad-signature',
      'a signature over another statement',
    );
    assert.equal((await sign('drawer', { role: 'drawer', ...signed('drawer', digest) })).status, 200);
    assert.equal(
      code(await call('drawer', 'POST', `/api/admin/draws/${draw.id}/confirm`)),
      'signatures-missing',
    );
    assert.equal(
      (await sign('supervisor', { role: 'supervisor', ...signed('supervisor', digest) })).status,
      200,
    );
    assert.equal(
      (await sign('media', { role: 'witness', witness: 'W1', ...signed('media', digest) })).status,
      200,
    );
    const byWitness = (who: string) =>
      call(null, 'POST', `/api/public/draws/${draw.drawId}/witness`, {
        code: witnessCode,
        action: 'sign',
        ...signed(who, digest),
      });
    assert.equal(
      code(await byWitness('stranger')),
      'unknown-signing-key',
      'issue 10.4: the witness signs with the key fixed at its commitment',
    );
    assert.equal((await byWitness('W2')).status, 200);
    // The announcement is public at once; the selection, the view and the full bundle only after confirmation.
    const early = await call(null, 'GET', `/api/public/draws/${draw.drawId}`);
    assert.equal(early.status, 200);
    const earlyDraw = early.body.draw as {
      view: unknown;
      entities: unknown[];
      announcement: { digests: { strata: string } };
    };
    assert.equal(earlyDraw.view, null);
    assert.deepEqual(earlyDraw.entities, []);
    assert.match(earlyDraw.announcement.digests.strata, /^[0-9a-f]{64}$/);
    assert.equal((await call(null, 'GET', `/api/public/draws/${draw.drawId}/view`)).status, 404);
    assert.equal(
      code(await call('drawer', 'GET', `/api/admin/draws/${draw.id}/bundle`)),
      'draw-not-confirmed',
    );
    const confirmed = await call('drawer', 'POST', `/api/admin/draws/${draw.id}/confirm`);
    assert.equal((confirmed.body.draw as Draw).status, 'confirmed');
    const pub = await call(null, 'GET', '/api/public/draws');
    assert.deepEqual(
      (pub.body.draws as { drawId: string }[]).map((d) => d.drawId),
      [draw.drawId],
    );
    assert.deepEqual(
      [pub.body.total, pub.body.page, pub.body.pageSize],
      [1, 1, 200],
      'R-26.3 paged like every public list',
    );
    const plans = await call(null, 'GET', '/api/public/plans?pageSize=1');
    assert.equal(plans.body.pageSize, 1);
    assert.ok((plans.body.total as number) >= 1 && (plans.body.plans as unknown[]).length === 1);
    assert.equal((await call(null, 'GET', '/api/public/draws?page=99999999999999999999')).status, 400);
    const one = await call(null, 'GET', `/api/public/draws/${draw.drawId}`);
    const shown = one.body.draw as {
      view: JsonValue;
      signatures: {
        signer: string;
        role: string;
        statementDigest: string;
        publicKey: string | null;
        signature: string | null;
      }[];
    };
    const view = await call(null, 'GET', `/api/public/draws/${draw.drawId}/view`);
    assert.deepEqual(view.body, shown.view);
    const signatures = shown.signatures;
    assert.equal(signatures.length, 5);
    assert.deepEqual(
      signatures.map((x) => Object.keys(x).sort().join()),
      signatures.map(() => 'publicKey,role,scheme,signature,signedAt,signer,statementDigest'),
      'signers by display name, role and their own key only',
    );
    assert.deepEqual(
      signatures
        .filter((x) => x.signature)
        .map((x) => x.publicKey)
        .sort(),
      ['drawer', 'supervisor', 'media', 'W2'].map((k) => keys[k]!.publicKey).sort(),
    );
    assert.ok(
      signatures.every((x) => /[\u4e00-\u9fff]/.test(x.role)),
      'roles in Chinese',
    );
    const checked = verifyPublicView(view.body, nodeHasher, signatures);
    assert.deepEqual(
      checked.checks.filter((c) => c.passed !== true),
      [],
      'R-26.1 the public view passes public verification',
    );
    const altered = signatures.map((x) =>
      x.publicKey === keys.media!.publicKey
        ? {
            ...x,
            signature: `${x.signature!.slice(0, 10)}${x.signature![10] === '0' ? '1' : '0'}${x.signature!.slice(11)}`,
          }
        : x,
    );
    const refused = verifyPublicView(view.body, nodeHasher, altered);
    assert.equal(refused.checks.find((c) => c.id === 'signatures')?.passed, false, 'R-20.2 issue 10.4');
    assert.equal(
      (await call(null, 'GET', `/api/public/draws/${draw.drawId}/bundle`)).status,
      404,
      'R-N.2 no public bundle',
    );
    const bundle = await call('drawer', 'GET', `/api/admin/draws/${draw.id}/bundle`);
    assert.equal(bundle.body.version, 'RDRAW-2');
    assert.deepEqual(verified(bundle.body), []);
    assert.equal((bundle.body.signatures as unknown[]).length, 5);
    const byCode = await call(null, 'POST', `/api/public/draws/${draw.drawId}/bundle`, { code: witnessCode });
    assert.deepEqual(byCode.body, bundle.body, 'a witness with its code gets the full bundle');
    assert.equal(
      (await call(null, 'POST', `/api/public/draws/${draw.drawId}/bundle`, { code: 'AAAA-BBBB-CCCC' }))
        .status,
      401,
    );
    const downloads = await queryRows<{ n: number }>(
      database().db,
      sql`SELECT count(*)::int AS n FROM audit_events WHERE action = 'draw.bundle-download' AND object_id = ${draw.id}`,
    );
    assert.equal(downloads[0]!.n, 2, 'every full-bundle download is an audit event');
  });

  test('R-21.1 a confirmed draw cannot be changed or deleted, in the database too', async () => {
    for (const stmt of [
      sql`UPDATE draws SET abort_reason = 'x' WHERE id = ${draw.id}`,
      sql`DELETE FROM draws WHERE id = ${draw.id}`,
      sql`UPDATE draw_participants SET name = 'x' WHERE draw_id = ${draw.id}`,
      sql`DELETE FROM task_entities WHERE task_id = ${taskId}`,
    ]) {
      const refused = await database()
        .db.execute(stmt)
        .then(
          () => null,
          (err: unknown) => guardCodeOf(err),
        );
      assert.ok(refused, `refused: ${JSON.stringify(stmt)}`);
    }
    assert.equal(
      code(await call('drawer', 'POST', `/api/admin/draws/${draw.id}/abort`, { reason: '重抽' })),
      'draw-confirmed',
    );
  });

  test('R-N.6 R-14.1 pool rows refer only to a real task and entity (checked per statement); entities are never deleted', async () => {
    const refusal = (stmt: SQL) =>
      database()
        .db.execute(stmt)
        .then(
          () => null,
          (err: unknown) => guardCodeOf(err),
        );
    assert.equal(
      await refusal(
        sql`INSERT INTO task_entities (task_id, public_id, entity_id, stratum, exclusion)
            VALUES (${taskId}, 'ZZ-NOT-IN-POOL', gen_random_uuid(), 'x', 0)`,
      ),
      'pool-reference',
    );
    assert.equal(
      await refusal(
        sql`INSERT INTO task_entities (task_id, public_id, entity_id, stratum, exclusion)
            SELECT gen_random_uuid(), 'ZZ-NOT-IN-POOL', entity_id, 'x', 0 FROM task_entities WHERE task_id = ${taskId} LIMIT 1`,
      ),
      'pool-reference',
    );
    assert.equal(
      await refusal(
        sql`DELETE FROM entities WHERE id IN (SELECT entity_id FROM task_entities WHERE task_id = ${taskId})`,
      ),
      'append-only',
    );
  });

  test('R-21.2 R-19.2 a change needs an application with evidence and the leader’s approval; it takes the next replacement', async () => {
    const stratum = draw.result!.strata.find((s) => s.selected.length > 0 && s.reserve.length > 0)!;
    const out = stratum.selected[0]!;
    const applied = await call('drawer', 'POST', `/api/admin/draws/${draw.id}/replacement-applications`, {
      kind: 'entity',
      out,
      reason: '该旅馆已停业装修，无法实施检查',
      evidence: [
        { fileName: '停业证明.pdf', contentBase64: Buffer.from('%PDF-1.4 停业证明').toString('base64') },
      ],
    });
    assert.equal(applied.status, 201, JSON.stringify(applied.body));
    const appId = (applied.body.application as { id: string }).id;
    const before = await call('drawer', 'GET', `/api/admin/draws/${draw.id}/bundle`);
    assert.deepEqual(before.body.replacements, [], 'nothing changes without approval');
    assert.equal(
      (await call('drawer', 'POST', `/api/admin/replacement-applications/${appId}/approve`, { note: '' }))
        .status,
      403,
    );
    const approved = await call('leader', 'POST', `/api/admin/replacement-applications/${appId}/approve`, {
      note: '同意',
    });
    assert.equal(approved.status, 200, JSON.stringify(approved.body));
    assert.equal((approved.body.replacement as { in: string }).in, stratum.reserve[0]);
    assert.equal(
      code(
        await call('leader', 'POST', `/api/admin/replacement-applications/${appId}/approve`, { note: '' }),
      ),
      'application-decided',
    );
    const after = await call('drawer', 'GET', `/api/admin/draws/${draw.id}/bundle`);
    const summary = (await call(null, 'GET', `/api/public/draws/${draw.drawId}`)).body.draw as {
      replacementSummary: { count: number; reasons: { category: string; count: number }[] };
    };
    assert.deepEqual(summary.replacementSummary, {
      count: 1,
      reasons: [{ category: '检查对象递补', count: 1 }],
    });
    assert.ok(
      !JSON.stringify(summary).includes('停业装修'),
      'R-N.2 no replacement pair or free-text reason in public',
    );
    assert.equal((after.body.replacements as unknown[]).length, 1);
    assert.deepEqual(verified(after.body), []);
    const evidence = await app.inject({
      url: `/api/admin/replacement-applications/${appId}/evidence/0`,
      headers: { cookie: cookie.drawer! },
    });
    assert.match(evidence.body, /停业证明/);
    const rows = await queryRows<{ n: number }>(
      database().db,
      sql`SELECT count(*)::int AS n FROM audit_events WHERE object_type = 'draw'`,
    );
    assert.ok(rows[0]!.n >= 12, 'R-10.3 every step is audited');
  });

  test('R-21.2 the draw list and the list of all change applications; the record names the entity replaced out', async () => {
    const listed = await call('drawer', 'GET', `/api/admin/draws?status=confirmed&taskId=${taskId}`);
    assert.equal(listed.status, 200, JSON.stringify(listed.body));
    assert.deepEqual(
      (listed.body.draws as { id: string; taskId: string }[]).map((d) => [d.id, d.taskId]),
      [[draw.id, taskId]],
    );
    assert.equal(code(await call('drawer', 'GET', '/api/admin/draws?status=nonsense')), 'validation-failed');
    const approved = await call('leader', 'GET', '/api/admin/replacement-applications?status=approved');
    const apps = approved.body.applications as { drawId: string; out: string; status: string }[];
    assert.deepEqual(
      apps.map((a) => [a.drawId, a.status]),
      [[draw.id, 'approved']],
    );
    const pending = await call('leader', 'GET', '/api/admin/replacement-applications?status=pending');
    assert.deepEqual(pending.body.applications, []);
    const detail = (await call('drawer', 'GET', `/api/admin/draws/${draw.id}`)).body.draw as {
      names: { entities: Record<string, string> };
    };
    assert.ok(detail.names.entities[apps[0]!.out], 'the entity replaced out keeps its name');
  });
});
