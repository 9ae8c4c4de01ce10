import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import { migrate, openDatabase, type DatabaseHandle } from '../db/database.ts';
import { testApp } from '../../test/support/server.ts';

let database: DatabaseHandle;
let app: FastifyInstance;

before(async () => {
  database = await openDatabase({ memory: true });
  await migrate(database);
  app = await testApp(database);
});
after(async () => {
  await app.close();
  await database.close();
});

const count = (text: string, labels: string) =>
  Number(text.match(new RegExp(`^shuangsui_http_requests_total\\{${labels}\\} (\\d+)$`, 'm'))?.[1] ?? 0);

test('GET /metrics counts requests by route pattern and status class, never by raw URL', async () => {
  const labels = (route: string, status: string) =>
    `method="GET",route="${route.replace(/[/:]/g, (c) => `\\${c}`)}",status="${status}"`;
  const before = (await app.inject({ url: '/metrics' })).body;
  await app.inject({ url: '/api/health' });
  await app.inject({ url: '/api/health' });
  await app.inject({ url: '/api/public/draws/00000000-0000-4000-8000-000000000001?q=110101199003071234' });
  await app.inject({ url: '/api/no-such/13800138000' });
  const res = await app.inject({ url: '/metrics' });
  assert.equal(res.statusCode, 200);
  assert.match(String(res.headers['content-type']), /^text\/plain; version=0\.0\.4/);
  const after = res.body;
  assert.equal(count(after, labels('/api/health', '2xx')) - count(before, labels('/api/health', '2xx')), 2);
  assert.match(after, /route="\/api\/public\/draws\/:drawId",status="4xx"\} 1$/m);
  assert.match(after, /route="unmatched",status="4xx"\} 1$/m);
  assert.match(
    after,
    /shuangsui_http_request_duration_seconds_bucket\{method="GET",route="\/api\/health",status="2xx",le="\+Inf"\} 2$/m,
  );
  assert.doesNotMatch(after, /110101199003071234|13800138000|00000000-0000/);
});

test('GET /metrics is refused to a caller from outside this machine, or one that came through a proxy', async () => {
  const far = await app.inject({ url: '/metrics', remoteAddress: '203.0.113.7' });
  assert.equal(far.statusCode, 403);
  assert.equal(far.json<{ error: { code: string } }>().error.code, 'forbidden');
  assert.match(far.json<{ error: { message: string } }>().error.message, /METRICS_TOKEN/);
  const proxied = await app.inject({ url: '/metrics', headers: { 'x-forwarded-for': '203.0.113.7' } });
  assert.equal(proxied.statusCode, 403);
});

test('with METRICS_TOKEN set, only a caller with the bearer token may read /metrics, from anywhere', async () => {
  const token = 'metrics-token-for-the-test-0001';
  const withToken = await buildApp({
    database,
    config: { secureCookies: false, logLevel: 'silent', metricsToken: token },
    logger: false,
  });
  try {
    const local = await withToken.inject({ url: '/metrics' });
    assert.equal(local.statusCode, 403);
    const wrong = await withToken.inject({ url: '/metrics', headers: { authorization: `Bearer ${token}x` } });
    assert.equal(wrong.statusCode, 403);
    const ok = await withToken.inject({
      url: '/metrics',
      remoteAddress: '203.0.113.7',
      headers: { authorization: `Bearer ${token}` },
    });
    assert.equal(ok.statusCode, 200);
    assert.match(ok.body, /# TYPE shuangsui_http_requests_total counter/);
  } finally {
    await withToken.close();
  }
});

test('the request log keeps the path but never the query string (ID and phone numbers stay out of logs)', async () => {
  const lines: string[] = [];
  const logged = await buildApp({
    database,
    config: { secureCookies: false, logLevel: 'info' },
    logStream: { write: (line: string) => void lines.push(line) },
  });
  try {
    await logged.inject({ url: '/api/public/items?q=110101199003071234&phone=13800138000' });
  } finally {
    await logged.close();
  }
  const log = lines.join('');
  assert.match(log, /"url":"\/api\/public\/items\?…"/);
  assert.doesNotMatch(log, /110101199003071234|13800138000/);
});
