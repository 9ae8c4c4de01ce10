// The demo draw through the services: plan → approval → task → ceremony → confirmation → one approved
// replacement. Used by the demo seed and by scripts/demo-draw.ts (docs/examples/demo-draw.bundle.json).
import type { Database } from '../../db/database.ts';
import { drawRepository, type DrawRow } from '../../db/repositories/draw.repository.ts';
import { itemRepository } from '../../db/repositories/item.repository.ts';
import { witnessCommitment } from '../../domain/draw/digests.ts';
import { fromHex, toHex } from '../../domain/draw/encoding.ts';
import { nodeHasher } from '../../domain/draw/hash-node.ts';
import type { Suite } from '../../domain/draw/types.ts';
import { ceremonyService, witnessAct } from '../ceremony.service.ts';
import { drawService } from '../draw.service.ts';
import { planService } from '../plan.service.ts';
import { replacementService } from '../replacement.service.ts';
import { taskService } from '../task.service.ts';
import type { DemoActors } from './demo-actors.ts';
import { demoSigner, registeredDemoSigner } from './demo-keys.ts';

export const DEMO_ITEM_CODE = 'LH-ZA-001';
export const DEMO_DRAW_DATE = '2026-03-16';

/** Fixed witness nonces (32 bytes each), so the example is easy to follow; the system's own nonce is random. */
export const demoNonce = (label: string) =>
  toHex(new Uint8Array(32).map((_, i) => (label.charCodeAt(i % label.length) + i) & 0xff));

const commitOf = (suite: Suite, drawId: string, witness: string) =>
  toHex(witnessCommitment(nodeHasher(suite), drawId, witness, fromHex(demoNonce(witness))!));

async function approvedPlanTask(db: Database, a: DemoActors) {
  const item = (await itemRepository.byCodes(db, [DEMO_ITEM_CODE]))[0]!;
  const plan = await planService.create(db, a.zhian, {
    unitId: a.zhian.unitId,
    year: 2026,
    name: '2026年度旅馆业治安管理随机抽查计划',
    itemIds: [item.id],
    rounds: [
      { from: '2026-03-01', to: '2026-06-30' },
      { from: '2026-09-01', to: '2026-11-30' },
    ],
    rates: [
      { riskClass: 'A', regionCode: null, percent: 3 },
      { riskClass: 'B', regionCode: null, percent: 5 },
      { riskClass: 'C', regionCode: null, percent: 10 },
      { riskClass: 'D', regionCode: null, percent: 30 },
    ],
    teams: [{ unitId: a.zhian.unitId, size: 2 }],
    yearlyCap: 2,
  });
  await planService.approve(db, a.leader, plan.id);
  return taskService.create(db, a.drawer, { planId: plan.id, round: 1, drawDate: DEMO_DRAW_DATE });
}

/** The public ceremony (R-20.x): commitments, reveals, computation, three signatures, confirmation. */
async function ceremony(db: Database, a: DemoActors, taskId: string) {
  const { draw, codes } = await drawService.announce(db, a.drawer, taskId, {
    supervisorUserId: a.supervisor.userId!,
    witnesses: [
      { kind: 'media', name: '巴彦淖尔日报记者' },
      { kind: 'entity-representative', name: '旅馆业商户代表' },
    ],
  });
  const suite = draw.suite;
  await ceremonyService.commit(
    db,
    a.supervisor,
    draw.id,
    'supervisor',
    commitOf(suite, draw.drawId, 'supervisor'),
  );
  for (const c of codes)
    await witnessAct(db, draw.drawId, c.code, {
      action: 'commit',
      commit: commitOf(suite, draw.drawId, c.witness),
      publicKey: demoSigner(`witness ${c.witness}`).publicKey,
    });
  await ceremonyService.reveal(db, a.supervisor, draw.id, 'supervisor', demoNonce('supervisor'));
  for (const c of codes)
    await witnessAct(db, draw.drawId, c.code, { action: 'reveal', nonce: demoNonce(c.witness) });
  const computed = await drawService.compute(db, a.drawer, draw.id);
  const digest = computed.statementDigest!;
  const drawerKey = await registeredDemoSigner(db, a.drawer, 'drawer');
  const supervisorKey = await registeredDemoSigner(db, a.supervisor, 'supervisor');
  await ceremonyService.sign(db, a.drawer, draw.id, 'drawer', undefined, digest, drawerKey.sign(digest));
  await ceremonyService.sign(
    db,
    a.supervisor,
    draw.id,
    'supervisor',
    undefined,
    digest,
    supervisorKey.sign(digest),
  );
  for (const c of codes)
    await witnessAct(db, draw.drawId, c.code, {
      action: 'sign',
      statementDigest: digest,
      ...demoSigner(`witness ${c.witness}`).sign(digest),
    });
  return drawService.confirm(db, a.drawer, draw.id);
}

/** A confirmed demo draw of 治安's hotels, round 1 of 2026, with one approved entity replacement (R-21.2). */
export async function makeDemoDraw(db: Database, a: DemoActors): Promise<DrawRow> {
  const task = await approvedPlanTask(db, a);
  const confirmed = await ceremony(db, a, task.id);
  const out = confirmed.result!.strata.find((s) => s.selected.length > 0 && s.reserve.length > 0)!
    .selected[0]!;
  const app = await replacementService.apply(db, a.drawer, confirmed.id, {
    kind: 'entity',
    out,
    reason: '该旅馆已于抽取后停业装修，无法实施检查（演示）',
    evidence: [
      { fileName: '停业情况说明.txt', contentBase64: Buffer.from('演示：停业情况说明').toString('base64') },
    ],
  });
  await replacementService.approve(db, a.leader, app.id, '同意按递补名单递补（演示）');
  return (await drawRepository.get(db, confirmed.id))!.draw;
}
