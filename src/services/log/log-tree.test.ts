import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { test } from 'node:test';
import { sql } from 'drizzle-orm';
import { onEachDatabase } from '../../../test/support/databases.ts';
import { actorAt, makeOrg } from '../../../test/support/fixtures.ts';
import { queryRows } from '../../db/database.ts';
import { restoreGuards } from '../../db/guard-triggers.ts';
import { checkpointBody, checkpointNote, noteKeyId, parseCheckpoint } from '../../domain/audit/checkpoint.ts';
import { fromHex } from '../../domain/draw/encoding.ts';
import {
  consistencyProof,
  inclusionProof,
  rootOf,
  verifyConsistency,
  verifyInclusion,
} from '../../domain/audit/merkle.ts';
import { recordAudit } from '../audit.ts';
import { logService, writeCheckpoint } from './checkpoint.service.ts';
import { prepareLogTree } from './append.ts';
import { logHash } from './log-hash.ts';
import { logSigner, signerOf } from './signer.ts';
import { verifyLog } from './verify-log.service.ts';

const h = logHash('sha256');
const hex = (s: string) => fromHex(s)!;

// Issue 10.3: the tree the appends store is the RFC 9162 tree; checkpoints chain; guards return.
onEachDatabase('R-10.3 issue 10.3 the stored audit log tree', (handle) => {
  const db = () => handle().db;
  const append = async (n: number) => {
    const org = await makeOrg(handle(), `-${Math.random()}`);
    for (let i = 0; i < n; i++)
      await db().transaction((tx) =>
        recordAudit(tx, actorAt(org.district, 'leader'), 'test.event', { type: 'test', id: `${i}` }, { i }),
      );
  };
  const leaves = async () =>
    (
      await queryRows<{ hash: Uint8Array }>(db(), sql`SELECT hash FROM audit_log_leaves ORDER BY leaf_index`)
    ).map((r) => new Uint8Array(r.hash));

  test('leaves are gap-free; root and proofs from the stored subtrees equal the leaf-based ones and verify', async () => {
    await append(37);
    const all = await leaves();
    assert.ok(all.length >= 37);
    for (const size of [1, 2, 5, 16, 17, all.length]) {
      const prefix = all.slice(0, size);
      for (const index of [0, size >> 1, size - 1]) {
        const p = await logService.inclusion(db(), index, size);
        assert.equal(p.rootHash, Buffer.from(rootOf(h, prefix)).toString('hex'));
        assert.deepEqual(p.proof.map(hex), inclusionProof(h, index, prefix));
        assert.ok(verifyInclusion(h, index, size, hex(p.leafHash), p.proof.map(hex), hex(p.rootHash)));
      }
      for (const old of [0, 1, 3, size >> 1, size].filter((m) => m <= size)) {
        const c = await logService.consistency(db(), old, size);
        assert.deepEqual(c.proof.map(hex), consistencyProof(h, old, prefix));
        assert.ok(verifyConsistency(h, old, size, c.proof.map(hex), hex(c.fromRootHash), hex(c.toRootHash)));
      }
    }
    await assert.rejects(logService.inclusion(db(), all.length, all.length), { code: 'validation-failed' });
    await assert.rejects(logService.consistency(db(), 3, all.length + 1), { code: 'validation-failed' });
  });

  test('a newer checkpoint extends an old one; a forked, truncated or foreign-signed one is refused', async () => {
    const old = await writeCheckpoint(db());
    await append(5);
    const latest = await writeCheckpoint(db());
    assert.ok(latest.size === old.size + 5);
    assert.deepEqual((await verifyLog(db(), { oldCheckpoint: old.note })).findings, []);
    const signer = logSigner();
    const forge = (size: number, root: Uint8Array, by = signer) => {
      const body = checkpointBody({
        origin: by.origin,
        size,
        root,
        time: new Date().toISOString(),
        hash: 'sha256',
      });
      return checkpointNote(
        body,
        by.origin,
        noteKeyId(by.origin, by.publicKey),
        by.sign(new TextEncoder().encode(body)),
      );
    };
    const forked = forge(old.size, h(Uint8Array.of(1)));
    assert.equal(parseCheckpoint(forked)?.size, old.size);
    const codes = async (note: string) =>
      (await verifyLog(db(), { oldCheckpoint: note })).findings.map((f) => f.code);
    assert.deepEqual(await codes(forked), ['checkpoint-fork']);
    assert.deepEqual(await codes(forge(latest.size + 1, latest.root)), ['checkpoint-ahead']);
    const stranger = signerOf(generateKeyPairSync('ed25519').privateKey, signer.origin);
    assert.deepEqual(await codes(forge(old.size, old.root, stranger)), ['old-checkpoint-signature']);
    assert.deepEqual(await codes('not a checkpoint'), ['old-checkpoint-unreadable']);
    const strangerKeys = { trustedKeys: [stranger.publicKey] };
    assert.ok((await verifyLog(db(), strangerKeys)).findings.some((f) => f.code === 'checkpoint-key'));
  });

  test('a dropped or disabled guard trigger is restored, and a no-op guard function is rewritten', async () => {
    await db().execute(sql`DROP TRIGGER audit_events_no_update ON audit_events`);
    await db().execute(sql`ALTER TABLE draws DISABLE TRIGGER draws_guard`);
    await db().execute(sql`ALTER TABLE audit_log_leaves DISABLE TRIGGER ALL`);
    await db().execute(
      sql.raw(
        `CREATE OR REPLACE FUNCTION ss_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$`,
      ),
    );
    const restored = await restoreGuards(db());
    assert.deepEqual(restored.created, ['ss_refuse_change()', 'audit_events_no_update']);
    assert.ok(
      restored.enabled.includes('draws_guard') && restored.enabled.includes('audit_log_leaves_append_only'),
    );
    const refused = (e: Error) => /append-only/.test(String(e.cause));
    await assert.rejects(db().execute(sql`UPDATE audit_events SET actor_name = 'x'`), refused);
    await assert.rejects(db().execute(sql`DELETE FROM audit_log_leaves`), refused);
    assert.deepEqual(await restoreGuards(db()), { created: [], enabled: [], failed: [] });
  });
});

onEachDatabase('R-10.3 issue 10.3 an SM3 audit log', (handle) => {
  test('LOG_HASH=sm3 chosen before the first event: SM3 leaves, root and checkpoint, and the log verifies', async () => {
    const db = handle().db;
    assert.equal(await db.transaction((tx) => prepareLogTree(tx, 'sm3')), 'sm3');
    const org = await makeOrg(handle(), '-sm3');
    for (let i = 0; i < 6; i++)
      await db.transaction((tx) =>
        recordAudit(tx, actorAt(org.district, 'leader'), 'test.event', { type: 'test', id: `${i}` }, { i }),
      );
    const leaves = (
      await queryRows<{ hash: Uint8Array }>(db, sql`SELECT hash FROM audit_log_leaves ORDER BY leaf_index`)
    ).map((r) => new Uint8Array(r.hash));
    const sm3 = logHash('sm3');
    const checkpoint = await writeCheckpoint(db);
    assert.deepEqual(checkpoint.root, rootOf(sm3, leaves));
    assert.notDeepEqual(checkpoint.root, rootOf(h, leaves));
    assert.match(checkpoint.note, /\nhash sm3\n/);
    assert.deepEqual((await verifyLog(db)).findings, []);
    assert.equal((await logService.publicKey(db)).hash, 'sm3');
  });
});
