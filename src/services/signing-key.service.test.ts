import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { onEachDatabase } from '../../test/support/databases.ts';
import {
  makeDrawWorld,
  planInput,
  runCeremony,
  userActor,
  type DrawWorld,
} from '../../test/support/draw-fixture.ts';
import { guardCodeOf } from '../db/pg-error.ts';
import { ed25519Signer } from '../domain/draw/signature.ts';
import { ceremonyService } from './ceremony.service.ts';
import { drawService } from './draw.service.ts';
import { DomainError } from './errors.ts';
import { planService } from './plan.service.ts';
import { signingKeyService } from './signing-key.service.ts';
import { taskService } from './task.service.ts';

const codeOf = (err: unknown) => (err instanceof DomainError ? err.code : String(err));

onEachDatabase('signing keys bound to the account (issue 10.4, R-20.2)', (database) => {
  let w: DrawWorld;
  const db = () => database().db;
  const drawer = () => userActor(w.users.drawer, w.org.zhian);

  test('setup', async () => {
    w = await makeDrawWorld(database());
  });

  test('R-20.2 issue 10.4 a key is registered once, well formed; a revoked key no longer signs; the table is append-only', async () => {
    await assert.rejects(
      signingKeyService.register(db(), drawer(), { scheme: 'ed25519', publicKey: 'ab', label: '本机' }),
      (e) => codeOf(e) === 'validation-failed',
    );
    const signer = ed25519Signer(randomBytes(32));
    const key = await signingKeyService.register(db(), drawer(), {
      scheme: 'ed25519',
      publicKey: signer.publicKey,
      label: '本机',
    });
    await assert.rejects(
      signingKeyService.register(db(), userActor(w.users.supervisor, w.org.district), {
        scheme: 'ed25519',
        publicKey: signer.publicKey,
        label: '他人',
      }),
      (e) => codeOf(e) === 'key-registered',
    );
    const creator = userActor(w.users.admin, w.org.zhian, ['department-admin']);
    const plan = await planService.create(db(), creator, planInput(w, { name: '签名密钥计划' }));
    await planService.approve(db(), userActor(w.users.leader, w.org.district), plan.id);
    const task = await taskService.create(db(), drawer(), {
      planId: plan.id,
      round: 1,
      drawDate: '2026-03-16',
    });
    const revealed = await runCeremony(db(), w, task.id, 'revealed');
    const computed = await drawService.compute(db(), drawer(), revealed.id);
    const digest = computed.statementDigest!;
    await signingKeyService.revoke(db(), drawer(), key.id);
    await assert.rejects(
      ceremonyService.sign(db(), drawer(), computed.id, 'drawer', undefined, digest, signer.sign(digest)),
      (e) => codeOf(e) === 'unknown-signing-key',
      'a revoked key',
    );
    for (const stmt of [
      sql`UPDATE account_keys SET revoked_at = NULL WHERE id = ${key.id}`,
      sql`UPDATE account_keys SET public_key = ${'00'.repeat(32)} WHERE id = ${key.id}`,
      sql`DELETE FROM account_keys WHERE id = ${key.id}`,
    ])
      assert.equal(
        await db()
          .execute(stmt)
          .then(
            () => null,
            (err: unknown) => guardCodeOf(err),
          ),
        'key-kept',
      );
  });
});
