import { createHash, randomBytes } from 'node:crypto';
import type { Database, DatabaseHandle } from '../../src/db/database.ts';
import { entityRepository, type EntityRecord } from '../../src/db/repositories/entity.repository.ts';
import { inspectorRepository, type InspectorRecord } from '../../src/db/repositories/inspector.repository.ts';
import type { UserRow } from '../../src/db/repositories/user.repository.ts';
import { witnessCommitment } from '../../src/domain/draw/digests.ts';
import { fromHex, toHex } from '../../src/domain/draw/encoding.ts';
import { nodeHasher } from '../../src/domain/draw/hash-node.ts';
import type { Suite } from '../../src/domain/draw/types.ts';
import type { Actor } from '../../src/services/actor.ts';
import { ceremonyService } from '../../src/services/ceremony.service.ts';
import { ed25519Signer } from '../../src/domain/draw/signature.ts';
import { signingKeyService } from '../../src/services/signing-key.service.ts';
import { drawService } from '../../src/services/draw.service.ts';
import { itemService } from '../../src/services/item.service.ts';
import type { PlanInput } from '../../src/services/plan.service.ts';
import { creditCode } from './codes.ts';
import { actorAt, makeOrg, makeUser, type Org } from './fixtures.ts';
import { sampleItem } from './sample-item.ts';

export interface DrawWorld {
  readonly org: Org;
  readonly itemId: string;
  readonly entities: EntityRecord[];
  readonly inspectors: InspectorRecord[];
  readonly users: { admin: UserRow; drawer: UserRow; supervisor: UserRow; leader: UserRow; media: UserRow };
}

const CLASSES = ['A', 'B', 'B', 'C', 'D'] as const;

/** 临河区 hotels: one published item of 治安, 60 entities (one deregistered, some key), 9 治安 inspectors. */
export async function makeDrawWorld(handle: DatabaseHandle, tag = ''): Promise<DrawWorld> {
  const org = await makeOrg(handle, tag);
  const db = handle.db;
  const users = {
    admin: await makeUser(handle, org.zhian, `za-admin${tag}`, ['department-admin']),
    drawer: await makeUser(handle, org.zhian, `drawer${tag}`, ['drawer']),
    supervisor: await makeUser(handle, org.district, `supervisor${tag}`, ['supervisor']),
    leader: await makeUser(handle, org.district, `leader${tag}`, ['leader']),
    media: await makeUser(handle, org.district, `media${tag}`, ['auditor']),
  };
  const publisher = actorAt(org.zhian, 'department-admin', 'leader');
  const { item } = await itemService.create(db, publisher, sampleItem(org.zhian.id, `LH-ZA-001${tag}`));
  await itemService.publish(db, publisher, item.id, '2026-01-01');
  const entities: EntityRecord[] = [];
  for (let n = 1; n <= 60; n++) {
    const code = creditCode(n + 1000 * Number(tag || 0));
    entities.push(
      await entityRepository.insert(db, {
        unitId: org.district.id,
        kind: 'organisation',
        code,
        publicId: code,
        name: `临河区测试宾馆${n}`,
        regionCode: n % 3 === 0 ? '150821' : '150802',
        industry: '旅馆业',
        riskClass: CLASSES[n % CLASSES.length]!,
        riskFlags: n % 11 === 0 ? ['public-attention'] : [],
        status: n === 7 ? 'deregistered' : 'active',
      }),
    );
  }
  const inspectors: InspectorRecord[] = [];
  for (let n = 1; n <= 9; n++) {
    inspectors.push(
      await inspectorRepository.insert(db, {
        unitId: org.zhian.id,
        name: `检查员${n}`,
        badgeNumber: `15${tag || '0'}${String(n).padStart(3, '0')}`,
        level: 'district',
        regionCode: '150802',
        certificateNumber: `ZA${n}`,
        certificateValidUntil: n === 9 ? '2025-12-31' : '2030-12-31',
        qualifiedItemCodes: [`LH-ZA-001${tag}`],
        status: n === 8 ? 'retired' : 'active',
      }),
    );
  }
  return { org, itemId: item.id, entities, inspectors, users };
}

export function planInput(w: DrawWorld, patch: Partial<PlanInput> = {}): PlanInput {
  return {
    unitId: w.org.zhian.id,
    year: 2026,
    name: '2026年度旅馆业治安管理随机抽查计划',
    itemIds: [w.itemId],
    rounds: [
      { from: '2026-03-01', to: '2026-06-30' },
      { from: '2026-09-01', to: '2026-11-30' },
    ],
    rates: [
      { riskClass: 'A', regionCode: null, percent: 5 },
      { riskClass: 'B', regionCode: null, percent: 10 },
      { riskClass: 'C', regionCode: null, percent: 20 },
      { riskClass: 'D', regionCode: null, percent: 50 },
    ],
    teams: [{ unitId: w.org.zhian.id, size: 2 }],
    yearlyCap: 3,
    ...patch,
  };
}

/** A witness's side of the ceremony: a nonce made on its device and its commitment. */
export function witnessSecret(suite: Suite, drawId: string, witness: string, nonce = toHex(randomBytes(32))) {
  return { nonce, commit: toHex(witnessCommitment(nodeHasher(suite), drawId, witness, fromHex(nonce)!)) };
}

export const userActor = (user: UserRow, unit: { id: string; path: string }, roles = user.roles): Actor => ({
  userId: user.id,
  name: user.displayName,
  unitId: unit.id,
  unitPath: unit.path,
  roles,
});

/** An officer's own key (issue 10.4): derived from the account id, registered on the account once. */
export async function officerSigner(db: Database, actor: Actor) {
  const signer = ed25519Signer(createHash('sha256').update(`test signing key/${actor.userId}`).digest());
  const keys = await signingKeyService.list(db, actor);
  if (!keys.some((k) => k.publicKey === signer.publicKey && !k.revokedAt))
    await signingKeyService.register(db, actor, {
      scheme: 'ed25519',
      publicKey: signer.publicKey,
      label: '测试',
    });
  return signer;
}

/** Signs the statement as the officer with its registered key (ceremonyService.sign). */
export async function signAs(
  db: Database,
  actor: Actor,
  drawUuid: string,
  role: 'drawer' | 'supervisor' | 'witness',
  witness: string | undefined,
  digest: string,
) {
  const signer = await officerSigner(db, actor);
  return ceremonyService.sign(db, actor, drawUuid, role, witness, digest, signer.sign(digest));
}

/** The whole ceremony through the services: announce → commit → reveal → compute → sign → confirm. */
export async function runCeremony(db: Database, w: DrawWorld, taskId: string, stopAfter?: 'revealed') {
  const drawer = userActor(w.users.drawer, w.org.zhian);
  const supervisor = userActor(w.users.supervisor, w.org.district);
  const media = userActor(w.users.media, w.org.district);
  const { draw } = await drawService.announce(db, drawer, taskId, {
    supervisorUserId: w.users.supervisor.id,
    witnesses: [{ kind: 'media', name: '记者', userId: w.users.media.id }],
  });
  const secrets = {
    supervisor: witnessSecret(draw.suite, draw.drawId, 'supervisor'),
    W1: witnessSecret(draw.suite, draw.drawId, 'W1'),
  };
  await ceremonyService.commit(db, supervisor, draw.id, 'supervisor', secrets.supervisor.commit);
  await ceremonyService.commit(db, media, draw.id, 'W1', secrets.W1.commit);
  await ceremonyService.reveal(db, supervisor, draw.id, 'supervisor', secrets.supervisor.nonce);
  const revealed = await ceremonyService.reveal(db, media, draw.id, 'W1', secrets.W1.nonce);
  if (stopAfter) return revealed;
  const computed = await drawService.compute(db, drawer, draw.id);
  const digest = computed.statementDigest!;
  await signAs(db, drawer, draw.id, 'drawer', undefined, digest);
  await signAs(db, supervisor, draw.id, 'supervisor', undefined, digest);
  await signAs(db, media, draw.id, 'witness', 'W1', digest);
  return drawService.confirm(db, drawer, draw.id);
}
