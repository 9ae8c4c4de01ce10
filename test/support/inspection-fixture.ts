import assert from 'node:assert/strict';
import type { DatabaseHandle } from '../../src/db/database.ts';
import type { Actor } from '../../src/services/actor.ts';
import { DomainError } from '../../src/services/errors.ts';
import { planService } from '../../src/services/plan.service.ts';
import { taskService } from '../../src/services/task.service.ts';
import { makeDrawWorld, planInput, runCeremony, userActor, type DrawWorld } from './draw-fixture.ts';
import { makeUser } from './fixtures.ts';

/** A 1×1 PNG: a signature image or a photo that sniffs as what it claims. */
export const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

/** Noon in Beijing on day `d`, as the services' `now`. */
export const at = (d: string) => new Date(`${d}T04:00:00Z`);

/** The domain code of a refusal: the error's own, then the field problems' for a validation failure. */
export async function refused(p: Promise<unknown>): Promise<string[]> {
  try {
    await p;
  } catch (err) {
    assert.ok(err instanceof DomainError, String(err));
    const details = Array.isArray(err.details) ? (err.details as { code: string }[]).map((d) => d.code) : [];
    return [err.code, ...details];
  }
  assert.fail('expected a refusal');
}

export interface ConfirmedDraw {
  readonly w: DrawWorld;
  readonly inspector: Actor;
  readonly admin: Actor;
  readonly leader: Actor;
  readonly planId: string;
  readonly taskId: string;
  readonly drawId: string;
}

/** An approved plan, its round-1 task drawn on 2026-03-16 and confirmed, and an inspector of 治安. */
export async function confirmedDraw(
  database: DatabaseHandle,
  inspectorName: string,
  plan: Parameters<typeof planInput>[1] = {},
): Promise<ConfirmedDraw> {
  const db = database.db;
  const w = await makeDrawWorld(database);
  const inspector = userActor(
    await makeUser(database, w.org.zhian, inspectorName, ['inspector']),
    w.org.zhian,
  );
  const admin = userActor(w.users.admin, w.org.zhian);
  const leader = userActor(w.users.leader, w.org.district);
  const created = await planService.create(db, admin, planInput(w, plan));
  await planService.approve(db, leader, created.id);
  const task = await taskService.create(db, userActor(w.users.drawer, w.org.zhian, ['drawer']), {
    planId: created.id,
    round: 1,
    drawDate: '2026-03-16',
  });
  const drawId = (await runCeremony(db, w, task.id)).id;
  return { w, inspector, admin, leader, planId: created.id, taskId: task.id, drawId };
}
