import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { onEachDatabase } from '../../../../test/support/databases.ts';
import { testApp } from '../../../../test/support/server.ts';
import { parseCheckpoint } from '../../../domain/audit/checkpoint.ts';
import { verifyConsistency, verifyInclusion } from '../../../domain/audit/merkle.ts';
import { fromHex } from '../../../domain/draw/encoding.ts';
import { seedDemoIfEmpty } from '../../../services/demo.service.ts';
import { logHash } from '../../../services/log/log-hash.ts';
import { verifyEd25519 } from '../../../services/log/signer.ts';

const hex = (s: string) => fromHex(s)!;
const h = logHash('sha256');

// Issue 10.3: anyone checks the log from its public routes: hashes and signatures, no events.
onEachDatabase('R-10.3 issue 10.3 the public audit log routes', (handle) => {
  let app: FastifyInstance;
  const get = async <T>(url: string) => {
    const res = await app.inject({ method: 'GET', url });
    assert.equal(res.statusCode, 200, res.body);
    return res.json<T>();
  };

  test('the latest checkpoint is signed by the published key; inclusion and consistency proofs verify against it', async () => {
    await seedDemoIfEmpty(handle());
    app = await testApp(handle());
    const latest = await get<{ size: number; rootHash: string; checkpoint: string }>(
      '/api/public/log/latest',
    );
    const key = await get<{ publicKey: string; keyId: string; hash: string }>('/api/public/log/key');
    const note = parseCheckpoint(latest.checkpoint)!;
    assert.equal(note.size, latest.size);
    assert.equal(Buffer.from(note.keyId).toString('hex'), key.keyId);
    const pub = new Uint8Array(Buffer.from(key.publicKey, 'base64'));
    assert.ok(verifyEd25519(pub, new TextEncoder().encode(note.signed), note.signature));
    const inc = await get<{ leafHash: string; rootHash: string; proof: string[] }>(
      `/api/public/log/inclusion?leafIndex=7&treeSize=${latest.size}`,
    );
    assert.ok(
      verifyInclusion(h, 7, latest.size, hex(inc.leafHash), inc.proof.map(hex), hex(latest.rootHash)),
    );
    const list = await get<{ total: number; rows: { size: number; rootHash: string }[] }>(
      '/api/public/log/checkpoints',
    );
    const first = list.rows.at(-1)!;
    const c = await get<{ proof: string[] }>(
      `/api/public/log/consistency?fromSize=${first.size}&toSize=${latest.size}`,
    );
    assert.ok(
      verifyConsistency(
        h,
        first.size,
        latest.size,
        c.proof.map(hex),
        hex(first.rootHash),
        hex(latest.rootHash),
      ),
    );
    assert.ok(!inc.proof.includes('data') && !JSON.stringify(inc).includes('actor'));
  });

  test('bad proof requests get 400 with a Chinese message naming the field', async () => {
    for (const url of [
      '/api/public/log/inclusion?leafIndex=5&treeSize=999999999',
      '/api/public/log/inclusion?leafIndex=-1&treeSize=3',
      '/api/public/log/consistency?fromSize=9&toSize=3',
      '/api/public/log/inclusion?leafIndex=1',
      '/api/public/log/consistency?fromSize=99999999999999999999&toSize=3',
    ]) {
      const res = await app.inject({ method: 'GET', url });
      assert.equal(res.statusCode, 400, url);
      const { error } = res.json<{ error: { code: string; message: string } }>();
      assert.match(error.message, /叶序号|日志树大小|旧树大小|新树大小/, `${url}: ${error.message}`);
    }
    await app.close();
  });
});
