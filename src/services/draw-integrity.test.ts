import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { onEachDatabase } from '../../test/support/databases.ts';
import {
  makeDrawWorld,
  planInput,
  userActor,
  witnessSecret,
  type DrawWorld,
} from '../../test/support/draw-fixture.ts';
import { loginCookie, testApp } from '../../test/support/server.ts';
import { REVEAL_DEADLINE_MINUTES } from '../domain/task/ceremony.ts';
import { ceremonyService } from './ceremony.service.ts';
import { drawService } from './draw.service.ts';
import { ConflictError, DomainError, ValidationFailedError } from './errors.ts';
import { planService } from './plan.service.ts';
import { targetedInspectionService } from './targeted-inspection.service.ts';
import { taskService } from './task.service.ts';

const codeOf = (err: unknown) => (err instanceof DomainError ? err.code : String(err));
const fieldsOf = (err: unknown) =>
  err instanceof ValidationFailedError ? err.problems.map((p) => `${p.field}:${p.code}`) : [];

onEachDatabase('draw integrity: no re-draw in disguise, one role per person (R-N.6, R-20.2)', (database) => {
  let w: DrawWorld;
  const db = () => database().db;
  const drawer = () => userActor(w.users.drawer, w.org.zhian);
  const supervisor = () => userActor(w.users.supervisor, w.org.district);
  const media = () => userActor(w.users.media, w.org.district);
  const leader = () => userActor(w.users.leader, w.org.district);
  let n = 0;

  /** A task of a newly approved plan: its pools are frozen now. */
  async function newTask() {
    const creator = userActor(w.users.admin, w.org.zhian, ['department-admin']);
    const plan = await planService.create(db(), creator, planInput(w, { name: `完整性计划${++n}` }));
    await planService.approve(db(), leader(), plan.id);
    return taskService.create(db(), drawer(), { planId: plan.id, round: 1, drawDate: '2026-03-16' });
  }

  /** Announcing with one witness account; the refusal, if any. */
  const announceWith = (taskId: string, witness: { kind: 'media' | 'other'; name: string; userId: string }) =>
    drawService
      .announce(db(), drawer(), taskId, { supervisorUserId: w.users.supervisor.id, witnesses: [witness] })
      .catch((e: unknown) => e);

  async function announced() {
    const task = await newTask();
    const { draw } = await drawService.announce(db(), drawer(), task.id, {
      supervisorUserId: w.users.supervisor.id,
      witnesses: [{ kind: 'media', name: '记者', userId: w.users.media.id }],
    });
    const secrets = {
      supervisor: witnessSecret(draw.suite, draw.drawId, 'supervisor'),
      W1: witnessSecret(draw.suite, draw.drawId, 'W1'),
    };
    await ceremonyService.commit(db(), supervisor(), draw.id, 'supervisor', secrets.supervisor.commit);
    await ceremonyService.commit(db(), media(), draw.id, 'W1', secrets.W1.commit);
    return { draw, secrets, taskId: task.id };
  }

  test('setup', async () => {
    w = await makeDrawWorld(database());
  });

  test('R-N.6 before any reveal the drawer may abort; the aborted attempt stays public with its reason and commitments', async () => {
    const { draw } = await announced();
    await drawService.abort(db(), drawer(), draw.id, { reason: '见证人未到场' });
    const app = await testApp(database());
    const pub = await app.inject({ url: `/api/public/draws/${draw.drawId}` });
    const shown = pub.json<{
      draw: { status: string; abortReason: string; announcement: { witnesses: { commit: string | null }[] } };
    }>().draw;
    assert.equal(shown.status, 'aborted');
    assert.equal(shown.abortReason, '见证人未到场');
    assert.ok(shown.announcement.witnesses.filter((x) => x.commit).length >= 2);
  });

  test('R-N.6 once a nonce is revealed the drawer cannot abort; nor can a leader', async () => {
    const { draw, secrets } = await announced();
    await ceremonyService.reveal(db(), supervisor(), draw.id, 'supervisor', secrets.supervisor.nonce);
    for (const who of [drawer(), leader()]) {
      const refused = await drawService
        .abort(db(), who, draw.id, { reason: '重抽' })
        .catch((e: unknown) => e);
      assert.ok(refused instanceof DomainError, 'refused');
    }
    // The supervisor may end it only for a witness who has not revealed, and only after the deadline.
    const early = await drawService
      .abort(db(), supervisor(), draw.id, { reason: '见证人未公开', missingWitness: 'W1' })
      .catch((e: unknown) => e);
    assert.equal(codeOf(early), 'reveal-deadline-open');
    const revealedOne = await drawService
      .abort(db(), supervisor(), draw.id, { reason: 'x', missingWitness: 'supervisor' })
      .catch((e: unknown) => e);
    assert.deepEqual(fieldsOf(revealedOne), ['missingWitness:not-missing']);
    const past = new Date(Date.now() - (REVEAL_DEADLINE_MINUTES + 1) * 60_000);
    await db().execute(
      sql`UPDATE draw_participants SET committed_at = ${past.toISOString()} WHERE draw_id = ${draw.id}`,
    );
    const ended = await drawService.abort(db(), supervisor(), draw.id, {
      reason: '见证人逾期未公开随机数',
      missingWitness: 'W1',
    });
    assert.equal(ended.status, 'aborted');
  });

  test('R-N.6 once every nonce is out the draw can only be completed: no abort after the reveal or the compute', async () => {
    const { draw, secrets } = await announced();
    await ceremonyService.reveal(db(), supervisor(), draw.id, 'supervisor', secrets.supervisor.nonce);
    await ceremonyService.reveal(db(), media(), draw.id, 'W1', secrets.W1.nonce);
    for (const step of ['revealed', 'computed']) {
      if (step === 'computed') await drawService.compute(db(), drawer(), draw.id);
      const drawerTry = await drawService
        .abort(db(), drawer(), draw.id, { reason: '结果不理想' })
        .catch((e: unknown) => e);
      assert.ok(drawerTry instanceof ConflictError || drawerTry instanceof DomainError, step);
      const supervisorTry = await drawService
        .abort(db(), supervisor(), draw.id, { reason: 'x', missingWitness: 'W1' })
        .catch((e: unknown) => e);
      assert.ok(supervisorTry instanceof DomainError, step);
    }
  });

  test('R-20.2 the drawer, the supervisor and the witnesses are different people, none an inspector of the pool', async () => {
    const task = await newTask();
    const self = await announceWith(task.id, {
      kind: 'other',
      name: '抽取人自己',
      userId: w.users.drawer.id,
    });
    assert.deepEqual(fieldsOf(self), ['witnesses[0].userId:same-person']);
    const twice = await announceWith(task.id, {
      kind: 'other',
      name: '监督人',
      userId: w.users.supervisor.id,
    });
    assert.deepEqual(fieldsOf(twice), ['witnesses[0].userId:same-person']);
    // An inspector of the pool, given an account, may not witness the draw that could send them out.
    await db().execute(
      sql`UPDATE inspectors SET user_id = ${w.users.media.id} WHERE badge_number = ${w.inspectors[0]!.badgeNumber}`,
    );
    const inspector = await announceWith(task.id, { kind: 'media', name: '记者', userId: w.users.media.id });
    assert.deepEqual(fieldsOf(inspector), ['witnesses[0].userId:inspector-in-pool']);
    await db().execute(
      sql`UPDATE inspectors SET user_id = NULL WHERE badge_number = ${w.inspectors[0]!.badgeNumber}`,
    );
  });

  test('R-4.1 a targeted inspection needs a reference and a leader’s approval (not its author’s) to exclude its entity; a frozen pool never changes', async () => {
    const before = await newTask();
    const entity = w.entities.find((e) => e.status === 'active')!;
    const input = {
      entityId: entity.id,
      itemId: null,
      reason: 'complaint' as const,
      from: '2026-01-01',
      to: null,
      note: '举报',
    };
    const noRef = await targetedInspectionService
      .record(db(), drawer(), { ...input, reference: ' ' })
      .catch((e: unknown) => e);
    assert.deepEqual(fieldsOf(noRef), ['reference:required']);
    const { id } = await targetedInspectionService.record(db(), drawer(), {
      ...input,
      reference: '12345-0001',
    });
    const poolOf = (taskId: string) =>
      db().execute(
        sql`SELECT exclusion FROM task_entities WHERE task_id = ${taskId} AND entity_id = ${entity.id}`,
      );
    const exclusion = async (taskId: string) =>
      Number(((await poolOf(taskId)) as { rows: { exclusion: number }[] }).rows[0]?.exclusion);
    // Pending: the drawer cannot pull an entity out of the next draw by registering it alone.
    const pendingTask = await newTask();
    assert.equal(await exclusion(pendingTask.id), 0);
    assert.equal(
      codeOf(await targetedInspectionService.approve(db(), drawer(), id).catch((e: unknown) => e)),
      'forbidden',
    );
    const self = await targetedInspectionService
      .approve(db(), userActor(w.users.drawer, w.org.zhian, ['drawer', 'leader']), id)
      .catch((e: unknown) => e);
    assert.equal(codeOf(self), 'forbidden', 'the author cannot approve it');
    await targetedInspectionService.approve(db(), leader(), id);
    const after = await newTask();
    assert.equal(await exclusion(after.id), 4);
    assert.equal(await exclusion(before.id), 0, 'a pool frozen before the approval does not change');
  });

  test('R-2.1 no route lets a person choose an entity or inspector of a random inspection', async () => {
    const app = await testApp(database());
    await loginCookie(app, w.users.drawer.username);
    const doc = (await app.inject({ url: '/docs/json' })).json<{
      paths: Record<
        string,
        Record<string, { requestBody?: { content?: Record<string, { schema?: unknown }> } }>
      >;
    }>();
    // Routes of random inspections: plans, tasks, draws and their replacements.
    const random = Object.entries(doc.paths).filter(([p]) =>
      /^\/api\/admin\/(plans|tasks|draws|replacement-applications)/.test(p),
    );
    assert.ok(random.length > 5);
    const CHOOSING =
      /^(entity|entities|entityId|entityIds|inspector|inspectors|inspectorId|inspectorIds|selected|in|team|teams|seed|nonceOverride)$/;
    const offenders: string[] = [];
    const walk = (schema: unknown, at: string): void => {
      if (!schema || typeof schema !== 'object') return;
      const s = schema as {
        properties?: Record<string, unknown>;
        anyOf?: unknown[];
        oneOf?: unknown[];
        items?: unknown;
      };
      for (const [k, v] of Object.entries(s.properties ?? {})) {
        if (CHOOSING.test(k)) offenders.push(`${at}.${k}`);
        walk(v, `${at}.${k}`);
      }
      for (const x of [...(s.anyOf ?? []), ...(s.oneOf ?? [])]) walk(x, at);
      walk(s.items, `${at}[]`);
    };
    for (const [path, ops] of random)
      for (const [method, op] of Object.entries(ops))
        for (const media of Object.values(op.requestBody?.content ?? {}))
          walk(media.schema, `${method} ${path}`);
    // A replacement application names what goes out (and, for an inspector, its team's entity and pool);
    // what comes in is always the next reserve, chosen by the draw (DRAW.md §6).
    // A plan's `teams` are team sizes per department pool, not people (their members are still walked).
    const allowed = [/replacement-applications\.entity$/, /plans(\/\{id\})?\.teams$/];
    assert.deepEqual(
      offenders.filter((o) => !allowed.some((a) => a.test(o))),
      [],
    );
  });
});
