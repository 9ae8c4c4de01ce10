// Hashed assets are cached for good, the pages that name them never; API answers are compressed (issue 9).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { openDatabase, migrate, type DatabaseHandle } from '../db/database.ts';
import { testApp } from '../../test/support/server.ts';

const built = (app: string) =>
  existsSync(fileURLToPath(new URL(`../../dist/${app}/index.html`, import.meta.url)));
const skip = built('portal') && built('admin') ? false : 'not built (npm run build)';
let database: DatabaseHandle;
let app: FastifyInstance;

before(async () => {
  database = await openDatabase({ memory: true });
  await migrate(database);
  app = await testApp(database);
});
after(async () => {
  await app?.close();
  await database?.close();
});

const IMMUTABLE = 'public, max-age=31536000, immutable';
const assetsOf = (html: string) =>
  [...html.matchAll(/(?:src|href)="(\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);

for (const [name, page] of [
  ['portal', '/'],
  ['admin', '/admin/'],
] as const) {
  test(
    `R-26.3 the ${name} page is no-cache, its hashed assets immutable and compressed`,
    { skip },
    async () => {
      const index = await app.inject({ url: page });
      assert.equal(index.statusCode, 200);
      assert.equal(index.headers['cache-control'], 'no-cache');
      const assets = assetsOf(index.body);
      assert.ok(assets.length >= 1, 'the page names its scripts');
      for (const url of assets) {
        const res = await app.inject({ url, headers: { 'accept-encoding': 'gzip' } });
        assert.equal(res.statusCode, 200, url);
        assert.equal(res.headers['cache-control'], IMMUTABLE, url);
        assert.equal(res.headers['content-encoding'], 'gzip', url);
      }
    },
  );
}

test('R-26.3 API answers of 1 KB or more are compressed only when the client accepts it', async () => {
  const plain = await app.inject({ url: '/docs/json' });
  assert.ok(plain.body.length > 1024);
  assert.equal(plain.headers['content-encoding'], undefined);
  const spec = await app.inject({ url: '/docs/json', headers: { 'accept-encoding': 'br, gzip' } });
  assert.equal(spec.statusCode, 200);
  assert.equal(spec.headers['content-encoding'], 'br');
});
