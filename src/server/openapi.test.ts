import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import SwaggerParser from '@apidevtools/swagger-parser';
import type { FastifyInstance } from 'fastify';
import { openDatabase, type DatabaseHandle } from '../db/database.ts';
import { testApp } from '../../test/support/server.ts';
import { XLSX } from './schemas/media.schema.ts';

interface Operation {
  readonly operationId?: string;
  readonly responses: Record<string, { readonly content?: Record<string, unknown> }>;
}
type Doc = { openapi: string; paths: Record<string, Record<string, Operation>> };

const METHODS = new Set(['get', 'put', 'post', 'delete', 'patch', 'head', 'options']);
let database: DatabaseHandle;
let app: FastifyInstance;
let doc: Doc;

before(async () => {
  database = await openDatabase({ memory: true });
  app = await testApp(database);
  doc = (await app.inject({ url: '/docs/json' })).json<Doc>();
});
after(async () => {
  await app.close();
  await database.close();
});

const operations = () =>
  Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => METHODS.has(method))
      .map(([method, op]) => ({ path, method, op })),
  );

test('R-26.3 the OpenAPI document validates (swagger-parser, OpenAPI 3.1)', async () => {
  assert.equal(doc.openapi, '3.1.0');
  await SwaggerParser.validate(structuredClone(doc) as never);
});

test('R-26.3 the OpenAPI document lists API routes only, none with a trailing slash', () => {
  const paths = Object.keys(doc.paths);
  assert.ok(paths.length > 50, `only ${paths.length} paths`);
  assert.deepEqual(
    paths.filter((p) => !p.startsWith('/api/')),
    [],
  );
  assert.deepEqual(
    paths.filter((p) => p.endsWith('/')),
    [],
  );
});

test('R-26.3 every operation has a unique operationId (verbNoun, e.g. listPublicResults, approvePlan)', () => {
  const ops = operations();
  const missing = ops.filter((o) => !o.op.operationId).map((o) => `${o.method.toUpperCase()} ${o.path}`);
  assert.deepEqual(missing, [], `routes without schema.operationId: ${missing.join(', ')}`);
  const seen = new Map<string, string>();
  for (const { path, method, op } of ops) {
    const id = op.operationId ?? '';
    assert.match(id, /^[a-z][A-Za-z]+$/, `${method} ${path}: operationId ${id} is not camelCase`);
    assert.equal(seen.get(id), undefined, `operationId ${id} used twice`);
    seen.set(id, `${method} ${path}`);
  }
});

test('R-26.3 routes that send files declare their media types, not JSON', () => {
  const media = (path: string) => Object.keys(doc.paths[path]?.get?.responses['200']?.content ?? {});
  assert.deepEqual(media('/api/admin/entities/template.xlsx'), [XLSX]);
  assert.deepEqual(media('/api/admin/inspectors/template.xlsx'), [XLSX]);
  assert.ok(media('/api/admin/inspections/{id}/files/{fileId}').includes('application/pdf'));
  assert.deepEqual(media('/api/admin/replacement-applications/{id}/evidence/{index}'), [
    'application/octet-stream',
  ]);
  const csv = Object.keys(doc.paths).filter((p) => p.endsWith('.csv') || p.endsWith('/export'));
  for (const path of csv) assert.ok(media(path).includes('text/csv'), `${path} should declare text/csv`);
});

test('R-13.2 a spreadsheet import documents its multipart file field', () => {
  const op = doc.paths['/api/admin/entities/import']?.post as unknown as {
    requestBody?: { content: Record<string, { schema: { required?: string[] } }> };
  };
  assert.deepEqual(op.requestBody?.content['multipart/form-data']?.schema.required, ['file']);
});

test('a trailing slash reaches the same route as the declared path', async () => {
  assert.equal((await app.inject({ url: '/api/health/' })).statusCode, 200);
  // Matched, so refused for want of a session rather than not found.
  assert.equal((await app.inject({ url: '/api/admin/items/' })).statusCode, 401);
  assert.equal((await app.inject({ url: '/api/admin/items' })).statusCode, 401);
  assert.equal((await app.inject({ url: '/api/admin/nothing-here/' })).statusCode, 404);
});

test('R-6.1 an outsider gets 401 on every officers’ write route, an empty body included — never the fields the body needs', async () => {
  const writes = Object.entries(doc.paths)
    .filter(([path]) => path.startsWith('/api/admin/'))
    .flatMap(([path, ops]) =>
      Object.keys(ops)
        .filter((m) => ['post', 'put', 'patch', 'delete'].includes(m))
        .map((method) => ({ path, method })),
    );
  assert.ok(writes.length > 30, `${writes.length} write routes`);
  for (const { path, method } of writes) {
    const url = path.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000');
    const res = await app.inject({
      method: method.toUpperCase() as 'POST',
      url,
      payload: {},
      headers: { origin: 'http://localhost' },
    });
    assert.equal(res.statusCode, 401, `${method} ${path}: ${res.body}`);
    assert.ok(!/为必填项|必须/.test(res.body), `${method} ${path} names a field: ${res.body}`);
  }
});
