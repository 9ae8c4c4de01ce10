// Makes docs/examples/demo-draw.bundle.json: a whole draw over the demo data through the services
// (plan → approval → task → ceremony → confirmation → one approved replacement), then checks the
// bundle with the engine's verify. Run: node --import tsx scripts/demo-draw.ts [OUT.json]
import { writeFile } from 'node:fs/promises';
import { migrate, openDatabase, type Database } from '../src/db/database.ts';
import { drawRepository } from '../src/db/repositories/draw.repository.ts';
import { itemRepository } from '../src/db/repositories/item.repository.ts';
import { unitRepository } from '../src/db/repositories/unit.repository.ts';
import { userRepository } from '../src/db/repositories/user.repository.ts';
import { witnessCommitment } from '../src/domain/draw/digests.ts';
import { fromHex, toHex } from '../src/domain/draw/encoding.ts';
import { nodeHasher } from '../src/domain/draw/hash-node.ts';
import { readBundle } from '../src/domain/draw/read-bundle.ts';
import type { JsonValue, Suite } from '../src/domain/draw/types.ts';
import { verifyBundle } from '../src/domain/draw/verify.ts';
import type { Actor } from '../src/services/actor.ts';
import { ceremonyService, witnessAct } from '../src/services/ceremony.service.ts';
import { seedDemoIfEmpty } from '../src/services/demo.service.ts';
import { bundleOf, drawService } from '../src/services/draw.service.ts';
import { planService } from '../src/services/plan.service.ts';
import { replacementService } from '../src/services/replacement.service.ts';
import { taskService } from '../src/services/task.service.ts';

const OUT = process.argv[2] ?? new URL('../docs/examples/demo-draw.bundle.json', import.meta.url).pathname;
/** Fixed witness nonces (32 bytes each), so the example is easy to follow; the system's own nonce is random. */
const nonce = (label: string) =>
  toHex(new Uint8Array(32).map((_, i) => (label.charCodeAt(i % label.length) + i) & 0xff));

async function actor(db: Database, username: string): Promise<Actor> {
  const user = (await userRepository.byUsername(db, username))!;
  const unit = (await unitRepository.get(db, user.unitId))!;
  return { userId: user.id, name: user.displayName, unitId: unit.id, unitPath: unit.path, roles: user.roles };
}

const commitOf = (suite: Suite, drawId: string, witness: string) =>
  toHex(witnessCommitment(nodeHasher(suite), drawId, witness, fromHex(nonce(witness))!));

async function makeDraw(db: Database) {
  const [admin, drawer, supervisor, leader] = await Promise.all(
    ['zhian', 'drawer', 'supervisor', 'leader'].map((u) => actor(db, u)),
  );
  const item = (await itemRepository.byCodes(db, ['LH-ZA-001']))[0]!;
  const plan = await planService.create(db, admin!, {
    unitId: admin!.unitId,
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
    teams: [{ unitId: admin!.unitId, size: 2 }],
    yearlyCap: 2,
  });
  await planService.approve(db, leader!, plan.id);
  const task = await taskService.create(db, drawer!, { planId: plan.id, round: 1, drawDate: '2026-03-16' });
  const { draw, codes } = await drawService.announce(db, drawer!, task.id, {
    supervisorUserId: supervisor!.userId!,
    witnesses: [
      { kind: 'media', name: '巴彦淖尔日报记者' },
      { kind: 'entity-representative', name: '旅馆业商户代表' },
    ],
  });
  const suite = draw.suite;
  await ceremonyService.commit(
    db,
    supervisor!,
    draw.id,
    'supervisor',
    commitOf(suite, draw.drawId, 'supervisor'),
  );
  for (const c of codes)
    await witnessAct(db, draw.drawId, c.code, {
      action: 'commit',
      commit: commitOf(suite, draw.drawId, c.witness),
    });
  await ceremonyService.reveal(db, supervisor!, draw.id, 'supervisor', nonce('supervisor'));
  for (const c of codes)
    await witnessAct(db, draw.drawId, c.code, { action: 'reveal', nonce: nonce(c.witness) });
  const computed = await drawService.compute(db, drawer!, draw.id);
  const digest = computed.statementDigest!;
  await ceremonyService.sign(db, drawer!, draw.id, 'drawer', undefined, digest);
  await ceremonyService.sign(db, supervisor!, draw.id, 'supervisor', undefined, digest);
  for (const c of codes)
    await witnessAct(db, draw.drawId, c.code, { action: 'sign', statementDigest: digest });
  const confirmed = await drawService.confirm(db, drawer!, draw.id);
  const out = confirmed.result!.strata.find((s) => s.selected.length > 0 && s.reserve.length > 0)!
    .selected[0]!;
  const app = await replacementService.apply(db, drawer!, draw.id, {
    kind: 'entity',
    out,
    reason: '该旅馆已于抽取后停业装修，无法实施检查（演示）',
    evidence: [
      { fileName: '停业情况说明.txt', contentBase64: Buffer.from('演示：停业情况说明').toString('base64') },
    ],
  });
  await replacementService.approve(db, leader!, app.id, '同意按递补名单递补（演示）');
  return (await drawRepository.get(db, draw.id))!.draw;
}

/** The bundle of a fresh demo draw, checked with the engine's verify. */
export async function demoBundle() {
  const handle = await openDatabase({ memory: true });
  try {
    await migrate(handle);
    await seedDemoIfEmpty(handle);
    const bundle = await bundleOf(handle.db, await makeDraw(handle.db));
    const read = readBundle(JSON.parse(JSON.stringify(bundle)) as JsonValue);
    if (!read.ok) throw new Error(read.error.message);
    const verdict = verifyBundle(nodeHasher(read.input.plan.suite), read.input, read.claims);
    if (!verdict.ok || verdict.mismatches.length > 0)
      throw new Error(`the demo bundle does not verify: ${JSON.stringify(verdict)}`);
    return bundle;
  } finally {
    await handle.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const bundle = await demoBundle();
  await writeFile(OUT, `${JSON.stringify(bundle, null, 2)}\n`);
  process.stdout.write(
    `${OUT}: ${bundle.plan.drawId as string}, ${bundle.pool.length} pool records, result ${bundle.digests.result}; verify ✓\n`,
  );
}
