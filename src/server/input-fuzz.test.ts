import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import type { FastifyInstance, InjectOptions } from 'fastify';
import fc from 'fast-check';
import { onEachDatabase } from '../../test/support/databases.ts';
import { fromSchema, nasty, plant, type JsonSchema } from '../../test/support/schema-arbitrary.ts';
import { loginCookie, multipartFile, testApp } from '../../test/support/server.ts';
import { changedTables, tableFingerprint } from '../../test/support/table-fingerprint.ts';
import { queryRows, type DatabaseHandle } from '../db/database.ts';
import { DEMO_PASSWORD, seedDemoIfEmpty } from '../services/demo.service.ts';

// Fixed, so `npm test` tries the same requests every time; bounded so each database takes seconds.
const SEED = 20261204;
const WRITE_RUNS = 300;
const QUERY_RUNS = 120;
const IMPORT_RUNS = 24;
const USERS = ['admin', 'zhian', 'drawer', 'leader'] as const;

interface Route {
  readonly method: string;
  readonly path: string;
  readonly params: readonly { name: string; schema: JsonSchema }[];
  readonly query: readonly { name: string; schema: JsonSchema }[];
  readonly body: JsonSchema | null;
}

interface OpenApiOperation {
  readonly parameters?: readonly { in: string; name: string; schema: JsonSchema }[];
  readonly requestBody?: { content: Record<string, { schema?: JsonSchema }> };
}

/** Every route the app serves, from its own OpenAPI document (a new route is fuzzed without edits here). */
function routesOf(app: FastifyInstance): Route[] {
  const doc = app.swagger() as { paths: Record<string, Record<string, OpenApiOperation>> };
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      params: (op.parameters ?? []).filter((p) => p.in === 'path'),
      query: (op.parameters ?? []).filter((p) => p.in === 'query'),
      body: op.requestBody?.content['application/json']?.schema ?? null,
    })),
  );
}

/** A few real ids of every table, by table, so fuzzed requests reach rows that exist. */
async function sampleIds(handle: DatabaseHandle): Promise<Map<string, string[]>> {
  const tables = await queryRows<{ name: string }>(
    handle.db,
    sql`SELECT table_name AS name FROM information_schema.columns
        WHERE table_schema = 'public' AND column_name = 'id' AND data_type = 'uuid'`,
  );
  const ids = new Map<string, string[]>();
  for (const { name } of tables) {
    const rows = await queryRows<{ id: string }>(handle.db, sql.raw(`SELECT id FROM "${name}" LIMIT 8`));
    ids.set(
      name,
      rows.map((r) => r.id),
    );
  }
  return ids;
}

/** The ids for a path parameter: those of the table the segment before it names (`/follow-ups/{id}`). */
function idsFor(ids: Map<string, string[]>, path: string, param: string): string[] {
  const segments = path.split('/');
  const seg = (segments[segments.indexOf(`{${param}}`) - 1] ?? '').replace(/-/g, '_');
  const own = [...ids].filter(([table]) => table === seg || table.endsWith(`_${seg}`)).flatMap(([, v]) => v);
  return own.length > 0 ? own : [...ids.values()].flat();
}

const pathValue = (ids: readonly string[]) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...ids) },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: fc.constantFrom('2026', '99999999999999999999', '%00', '%ED%A0%80', 'x', '-1') },
  );

/** One value from each arbitrary, as an array. */
const each = <T>(arbs: fc.Arbitrary<T>[]): fc.Arbitrary<T[]> => fc.tuple<T[]>(...arbs);

interface Outcome {
  readonly request: string;
  readonly status: number;
  readonly problem: string;
}

onEachDatabase('bad input never answers 500, never stores part of a write (issue 10 item 6)', (database) => {
  let app: FastifyInstance;
  const cookies: string[] = [];
  let ids = new Map<string, string[]>();
  let allIds: string[] = [];
  let routes: Route[] = [];
  let before: Record<string, string> = {};
  const problems: Outcome[] = [];
  const tried = { requests: 0, status500: 0 };
  const statuses = new Map<number, number>();

  async function renewSessions() {
    for (const [i, user] of USERS.entries()) {
      const me = await app.inject({ url: '/api/auth/me', headers: { cookie: cookies[i]! } });
      if (me.statusCode === 401) cookies[i] = await loginCookie(app, user, DEMO_PASSWORD);
    }
    before = await tableFingerprint(database());
  }

  /** Sends one request; a 5xx, or a refused request that changed a table, is a problem. */
  async function send(request: InjectOptions, label: string) {
    tried.requests++;
    const res = await app.inject(request);
    if (res.statusCode >= 500) tried.status500++;
    statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
    const after = await tableFingerprint(database());
    const changed = changedTables(before, after);
    if (res.statusCode >= 500) problems.push({ request: label, status: res.statusCode, problem: res.body });
    else if (res.statusCode >= 400 && changed.length > 0)
      problems.push({ request: label, status: res.statusCode, problem: `changed ${changed.join(', ')}` });
    before = after;
    // A fuzzed logout or "revoke all sessions" may end a session the next requests use: sign in again.
    if (label.includes(' /api/auth/')) await renewSessions();
    return res;
  }

  test(
    'setup: demo data, four signed-in officers, the routes from the OpenAPI document',
    { timeout: 120_000 },
    async () => {
      await seedDemoIfEmpty(database());
      app = await testApp(database());
      await app.ready();
      for (const user of ['admin', 'zhian', 'drawer', 'leader'])
        cookies.push(await loginCookie(app, user, DEMO_PASSWORD));
      ids = await sampleIds(database());
      routes = routesOf(app);
      allIds = [...ids.values()].flat();
      before = await tableFingerprint(database());
    },
  );
  after(async () => {
    await app?.close();
  });

  test(
    'every write endpoint: bodies with NUL, lone surrogates, huge numbers and wrong types never answer 500 and a refused write changes no table',
    { timeout: 120_000 },
    async () => {
      // Imports have their own test below.
      const writes = routes.filter((r) => r.method !== 'GET' && !r.path.endsWith('/import'));
      assert.ok(writes.length >= 40, `write routes found: ${writes.length}`);
      const request = fc.constantFrom(...writes).chain((route) =>
        fc.record({
          route: fc.constant(route),
          params: each(route.params.map((p) => pathValue(idsFor(ids, route.path, p.name)))),
          body: fc.oneof(
            {
              weight: 5,
              arbitrary: fc
                .tuple(fromSchema(route.body ?? {}, allIds), fc.nat(), nasty)
                .map(([v, at, bad]) => plant(v, at, bad)),
            },
            { weight: 2, arbitrary: fromSchema(route.body ?? {}, allIds) },
            { weight: 1, arbitrary: nasty },
          ),
          user: fc.nat(USERS.length - 1),
        }),
      );
      await fc.assert(
        fc.asyncProperty(request, async ({ route, params, body, user }) => {
          const cookie = cookies[user]!;
          let url = route.path;
          route.params.forEach(
            (p, i) => (url = url.replace(`{${p.name}}`, encodeURIComponent(String(params[i])))),
          );
          const res = await send(
            {
              method: route.method,
              url,
              payload: JSON.stringify(body),
              headers: { cookie, 'content-type': 'application/json' },
            },
            `${route.method} ${url} ${JSON.stringify(body).slice(0, 300)}`,
          );
          if (res.statusCode >= 400) {
            const answer = JSON.parse(res.body) as { error: { code: string } };
            assert.match(answer.error.code, /^[a-z-]+$/);
          }
        }),
        { seed: SEED, numRuns: WRITE_RUNS },
      );
    },
  );

  test(
    'every list and read: query strings with huge page numbers, NUL and bad encodings never answer 500',
    { timeout: 120_000 },
    async () => {
      const reads = routes.filter((r) => r.method === 'GET' && r.query.length > 0);
      const request = fc.constantFrom(...reads).chain((route) =>
        fc.record({
          route: fc.constant(route),
          params: each(route.params.map((p) => pathValue(idsFor(ids, route.path, p.name)))),
          query: fc.tuple(
            ...route.query.map((q) =>
              fc.option(
                fc.oneof(
                  fromSchema(q.schema, allIds).map((v) => encodeURIComponent(String(v))),
                  fc.constantFrom('99999999999999999999', '-1', '1e400', '%00', '%ED%A0%80', '%', 'true', ''),
                ),
              ),
            ),
          ),
          user: fc.nat(USERS.length - 1),
        }),
      );
      await fc.assert(
        fc.asyncProperty(request, async ({ route, params, query, user }) => {
          const cookie = cookies[user]!;
          let url = route.path;
          route.params.forEach(
            (p, i) => (url = url.replace(`{${p.name}}`, encodeURIComponent(String(params[i])))),
          );
          const qs = route.query
            .flatMap((q, i) => (query[i] === null ? [] : [`${q.name}=${query[i]}`]))
            .join('&');
          await send({ method: 'GET', url: `${url}?${qs}`, headers: { cookie } }, `GET ${url}?${qs}`);
        }),
        { seed: SEED, numRuns: QUERY_RUNS },
      );
    },
  );

  test(
    'the import path: arbitrary and cut-off files of both directories never answer 500 and a refused import stores nothing',
    { timeout: 120_000 },
    async () => {
      const headers = {
        entities: '名称,主体类型,统一社会信用代码,行政区划代码,行业,风险等级\n',
        inspectors: '姓名,警号,执法层级,行政区划代码,执法证号,执法证有效期至,执法范围\n',
      };
      const cell = fc.oneof(
        fc.string({ unit: 'grapheme', maxLength: 6 }),
        fc.constantFrom('\u0000', '"', '\n', ',', '单位', '个人', '150802', '91150802MA0000001X'),
        fc.constantFrom('市级', '县级', '2027-12-31', '2026-02-30', 'LH-ZA-001', '1500012'),
      );
      const rows = fc.array(fc.array(cell, { minLength: 1, maxLength: 7 }), { maxLength: 20 });
      const upload = fc.record({
        kind: fc.constantFrom('entities' as const, 'inspectors' as const),
        rows,
        // Mostly a CSV under the right header; sometimes random bytes.
        bytes: fc.oneof(
          { weight: 3, arbitrary: fc.constant(null) },
          { weight: 1, arbitrary: fc.uint8Array({ maxLength: 512 }) },
        ),
        cut: fc.option(fc.nat()),
        user: fc.nat(USERS.length - 1),
      });
      await fc.assert(
        fc.asyncProperty(upload, async ({ kind, rows, bytes, cut, user }) => {
          const cookie = cookies[user]!;
          const csv = headers[kind] + rows.map((r) => r.join(',')).join('\n');
          const file = bytes === null ? Buffer.from(csv) : Buffer.from(bytes);
          const multipart = multipartFile('file', 'fuzz.csv', file);
          const payload = multipart.payload;
          const body = cut === null ? payload : payload.subarray(0, cut % payload.length);
          const url = `/api/admin/${kind}/import`;
          await send(
            { method: 'POST', url, payload: body, headers: { ...multipart.headers, cookie } },
            `POST ${url} (${body.length} bytes${cut === null ? '' : ', cut'})`,
          );
        }),
        { seed: SEED, numRuns: IMPORT_RUNS },
      );
    },
  );

  test('figures: requests tried, 500s, refused writes that changed a table', (t) => {
    t.diagnostic(
      `requests tried: ${tried.requests}, answered 500: ${tried.status500}, problems: ${problems.length}`,
    );
    t.diagnostic(
      `statuses: ${JSON.stringify(Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])))}`,
    );
    assert.deepEqual(problems.slice(0, 8), []);
  });
});
