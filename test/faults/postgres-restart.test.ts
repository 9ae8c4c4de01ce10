// PostgreSQL stopped and started under a running server: the server says so, stays up, and recovers alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { startCluster } from '../../scripts/postgres-cluster.mjs';
import { DEMO_PASSWORD } from '../../src/services/demo.service.ts';
import { sleep, startServer } from './server-process.ts';

const login = (base: string) =>
  fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'drawer', password: DEMO_PASSWORD }),
  });

test('R-10.3 PostgreSQL stopped under a running server: health is 503 with a Chinese reason, then 200 again without a restart', async () => {
  if (process.env.TEST_POSTGRES_MISSING) throw new Error(process.env.TEST_POSTGRES_MISSING);
  const cluster = await startCluster();
  const server = await startServer({
    DATABASE_URL: cluster.url,
    SESSION_SECRET: randomBytes(24).toString('hex'),
    DEMO_MODE: 'true',
  }).catch((err: unknown) => {
    cluster.stop();
    throw err;
  });
  try {
    assert.equal((await login(server.base)).status, 200);
    cluster.halt();
    const health = await fetch(`${server.base}/api/health`);
    assert.equal(health.status, 503);
    const body = (await health.json()) as { error: { code: string; message: string } };
    assert.equal(body.error.code, 'database-unavailable');
    assert.match(body.error.message, /数据库/);
    const refused = await login(server.base);
    assert.equal(
      refused.status,
      503,
      'a request that needs the database is told it is unavailable, not a 500',
    );
    assert.equal(server.child.exitCode, null, 'the server is still running');
    cluster.resume();
    let status = 0;
    for (let i = 0; i < 100 && status !== 200; i++) {
      status = (await fetch(`${server.base}/api/health`)).status;
      if (status !== 200) await sleep(100);
    }
    assert.equal(status, 200, 'healthy again within 10 s');
    assert.equal((await login(server.base)).status, 200, 'and serving');
    assert.equal(server.child.exitCode, null);
  } finally {
    await server.kill();
    cluster.stop();
  }
});
