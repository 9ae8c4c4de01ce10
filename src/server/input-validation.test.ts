import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { onEachDatabase } from '../../test/support/databases.ts';
import { makeOrg, makeUser, type Org } from '../../test/support/fixtures.ts';
import { loginCookie, multipartFile, testApp } from '../../test/support/server.ts';
import { creditCode } from '../../test/support/codes.ts';
import { changedTables, tableFingerprint } from '../../test/support/table-fingerprint.ts';
import { FIELD_LABELS } from './field-labels.ts';

interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}

const HEADER = '名称,主体类型,统一社会信用代码,行政区划代码,行业,风险等级\n';
const goodRows = (from: number, n: number) =>
  Array.from({ length: n }, (_, i) => `宾馆${from + i},单位,${creditCode(from + i)},150802,旅馆业,B`).join(
    '\n',
  );

onEachDatabase('bad input: named 4xx answers in Chinese, nothing stored (issue 10 item 6)', (database) => {
  let app: FastifyInstance;
  let org: Org;
  let admin: string;

  const post = (url: string, payload: unknown) =>
    app.inject({ method: 'POST', url, headers: { cookie: admin }, payload: payload as object });
  const importFile = (content: Buffer, to: FastifyInstance = app) => {
    const { payload, headers } = multipartFile('file', '名录.csv', content);
    return to.inject({
      method: 'POST',
      url: '/api/admin/entities/import',
      headers: { ...headers, cookie: admin },
      payload,
    });
  };
  /** A valid new entity, with the fields a test changes. */
  const entity = (fields: Record<string, unknown>) => ({
    kind: 'organisation',
    name: '临河宾馆',
    creditCode: creditCode(903),
    regionCode: '150802',
    industry: '旅馆业',
    riskClass: 'B',
    ...fields,
  });
  const entityCount = async () =>
    (await app.inject({ url: '/api/admin/entities?pageSize=1', headers: { cookie: admin } })).json<{
      total: number;
    }>().total;

  test('setup', async () => {
    org = await makeOrg(database());
    await makeUser(database(), org.district, 'lh-admin', ['department-admin', 'leader']);
    app = await testApp(database());
    admin = await loginCookie(app, 'lh-admin');
  });

  test('every field a request can carry (body, query, path) has a Chinese name for error messages', () => {
    const doc = app.swagger() as {
      paths: Record<string, Record<string, { parameters?: { name: string }[]; requestBody?: unknown }>>;
    };
    const names = new Set<string>();
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v !== null && typeof v === 'object')
        for (const [k, inner] of Object.entries(v)) {
          if (k === 'properties') Object.keys(inner as object).forEach((n) => names.add(n));
          walk(inner);
        }
    };
    for (const ops of Object.values(doc.paths))
      for (const op of Object.values(ops)) {
        for (const p of op.parameters ?? []) names.add(p.name);
        walk(op.requestBody);
      }
    assert.ok(names.size > 50, `fields found: ${names.size}`);
    assert.deepEqual([...names].filter((n) => !FIELD_LABELS[n]).sort(), []);
  });

  test('a NUL or a lone surrogate in the login answers 400 invalid-text, naming the field in Chinese', async () => {
    for (const payload of [
      { username: 'lh-\u0000admin', password: 'x' },
      { username: 'lh-admin', password: 'pa\ud800ss' },
    ]) {
      const res = await post('/api/auth/login', payload);
      assert.equal(res.statusCode, 400, res.body);
      const { error } = res.json<ErrorBody>();
      assert.equal(error.code, 'invalid-text');
      assert.match(error.message, /“(用户名|密码)”含有空字符或不成对的代理字符/);
    }
  });

  test('a text of invisible characters only (a zero-width space passes trim()) answers 400 invalid-text naming the field, nothing stored', async () => {
    const before = await tableFingerprint(database());
    for (const name of ['\u200b', ' \u200b\u200d ', '\ufeff']) {
      const res = await post('/api/admin/entities', entity({ name }));
      assert.equal(res.statusCode, 400, res.body);
      assert.equal(res.json<ErrorBody>().error.code, 'invalid-text');
      assert.match(res.json<ErrorBody>().error.message, /“名称”只含不可见字符/);
    }
    assert.deepEqual(changedTables(before, await tableFingerprint(database())), []);
    // Visible text with a zero-width character inside is text.
    const ok = await post('/api/admin/entities', entity({ name: '临河\u200b宾馆' }));
    assert.equal(ok.statusCode, 201, ok.body);
  });

  test('a lone surrogate in an entity name answers 400 invalid-text and stores nothing', async () => {
    const before = await tableFingerprint(database());
    const res = await post(
      '/api/admin/entities',
      entity({ name: '临河\udc00宾馆', creditCode: creditCode(901) }),
    );
    assert.equal(res.statusCode, 400, res.body);
    assert.equal(res.json<ErrorBody>().error.code, 'invalid-text');
    assert.match(res.json<ErrorBody>().error.message, /“名称”/);
    assert.deepEqual(changedTables(before, await tableFingerprint(database())), []);
  });

  test('bytes that are not UTF-8 — percent-encoded in a query (%ED%A0%80, %C0%AF, a lone %) or raw in a JSON body — answer 400 invalid-text, never a search or a write on U+FFFD', async () => {
    for (const query of ['q=%ED%A0%80', 'q=%C0%AF', 'q=%FF%FE', 'q=%', 'q=%ZZ']) {
      const res = await app.inject({ url: `/api/public/results?${query}` });
      assert.equal(res.statusCode, 400, `${query}: ${res.body}`);
      assert.equal(res.json<ErrorBody>().error.code, 'invalid-text', query);
      assert.match(res.json<ErrorBody>().error.message, /“关键词”含有无效的字符编码/, query);
    }
    assert.equal((await app.inject({ url: '/api/public/results?q=%E4%B8%B4+%E6%B2%B3' })).statusCode, 200);
    const before = await tableFingerprint(database());
    const body = Buffer.concat([
      Buffer.from('{"kind":"organisation","name":"临河'),
      Buffer.from([0xed, 0xa0, 0x80]),
      Buffer.from(
        `宾馆","creditCode":"${creditCode(902)}","regionCode":"150802","industry":"旅馆业","riskClass":"B"}`,
      ),
    ]);
    const res = await app.inject({
      method: 'POST',
      url: '/api/admin/entities',
      headers: { cookie: admin, 'content-type': 'application/json' },
      payload: body,
    });
    assert.equal(res.statusCode, 400, res.body);
    assert.equal(res.json<ErrorBody>().error.code, 'invalid-text');
    assert.match(res.json<ErrorBody>().error.message, /“请求内容”含有无效的字符编码/);
    assert.deepEqual(changedTables(before, await tableFingerprint(database())), []);
  });

  test('{"name": true} is refused, not stored as the text "true"; the message is Chinese with the field named', async () => {
    const before = await entityCount();
    const res = await post('/api/admin/entities', {
      kind: 'organisation',
      name: true,
      creditCode: creditCode(902),
      regionCode: '150802',
      industry: '旅馆业',
      riskClass: 'B',
    });
    assert.equal(res.statusCode, 400, res.body);
    const { error } = res.json<ErrorBody>();
    assert.equal(error.code, 'validation-failed');
    assert.equal(error.message, '请求参数有误：“名称”应为文本');
    assert.doesNotMatch(error.message, /must|body\//);
    assert.equal(await entityCount(), before);
  });

  test('a page number of 99999999999999999999 (or 1e400) answers 400 on a public and an admin list', async () => {
    for (const url of [
      '/api/public/results?page=99999999999999999999',
      '/api/public/items?page=1e400',
      '/api/admin/entities?page=99999999999999999999',
      '/api/admin/inspections?page=99999999999999999999',
    ]) {
      const res = await app.inject({ url, headers: { cookie: admin } });
      assert.equal(res.statusCode, 400, `${url}: ${res.body}`);
      const { error } = res.json<ErrorBody>();
      assert.equal(error.code, 'validation-failed');
      assert.match(error.message, /^请求参数有误：查询参数“页码”/);
    }
  });

  test('a number in the query or the path is decimal: 0x10, 1e3, " 7" answer 400 not-a-number, never page 16', async () => {
    for (const url of [
      '/api/public/results?page=0x10',
      '/api/public/results?page=1e3',
      '/api/public/results?page=%207',
      '/api/public/results?year=abc',
    ]) {
      const res = await app.inject({ url });
      assert.equal(res.statusCode, 400, `${url}: ${res.body}`);
      const { error } = res.json<ErrorBody & { error: { details: { code: string }[] } }>();
      assert.equal(error.details[0]?.code, 'not-a-number', url);
      assert.match(error.message, /须为十进制数字/, url);
    }
    const ok = await app.inject({ url: '/api/public/results?page=2&pageSize=20' });
    assert.equal(ok.statusCode, 200);
    assert.equal(ok.json<{ page: number }>().page, 2);
  });

  test('a date that is not in the calendar (2026-02-30) answers 400, not a database error', async () => {
    const list = await app.inject({ url: '/api/admin/entities?pageSize=1', headers: { cookie: admin } });
    assert.equal(list.statusCode, 200);
    const res = await post(`/api/admin/entities/${org.city.id}/deregister`, {
      date: '2026-02-30',
      reason: '注销',
    });
    assert.equal(res.statusCode, 400, res.body);
    assert.match(res.json<ErrorBody>().error.message, /“日期”不是有效的日期/);
  });

  test('framework errors answer in Chinese with a code: bad JSON, wrong content type, a malformed URL', async () => {
    const bad = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username": ',
    });
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(bad.json(), { error: { code: 'bad-json', message: '请求内容不是有效的 JSON' } });
    const type = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'text/xml' },
      payload: '<a/>',
    });
    assert.equal(type.statusCode, 415);
    assert.equal(type.json<ErrorBody>().error.code, 'unsupported-media-type');
    const url = await app.inject({ url: '/api/public/entities/%E0%A4%A/archive' });
    assert.equal(url.statusCode, 400);
    assert.deepEqual(url.json(), { error: { code: 'bad-url', message: '请求地址格式不正确' } });
  });

  test('a cut-off multipart import answers 400 bad-upload and stores nothing', async () => {
    const before = await tableFingerprint(database());
    const { payload, headers } = multipartFile('file', '名录.csv', Buffer.from(HEADER + goodRows(1000, 50)));
    const res = await app.inject({
      method: 'POST',
      url: '/api/admin/entities/import',
      headers: { ...headers, cookie: admin },
      payload: payload.subarray(0, payload.length - 400),
    });
    assert.equal(res.statusCode, 400, res.body);
    assert.equal(res.json<ErrorBody>().error.code, 'bad-upload');
    assert.deepEqual(changedTables(before, await tableFingerprint(database())), []);
  });

  test('an import over the size limit answers 413 file-too-large and is refused whole, never cut', async () => {
    const small = await testApp(database(), { maxUploadBytes: 4096 });
    try {
      const before = await tableFingerprint(database());
      // Its first rows fit in the limit: they must not be imported either.
      const res = await importFile(Buffer.from(HEADER + goodRows(2000, 300)), small);
      assert.equal(res.statusCode, 413, res.body);
      assert.equal(res.json<ErrorBody>().error.code, 'file-too-large');
      assert.deepEqual(changedTables(before, await tableFingerprint(database())), []);
    } finally {
      await small.close();
    }
  });

  test(
    'an import of 200,000 rejected rows gives a report (the first 10,000 listed, all counted), not a 500',
    { timeout: 120_000 },
    async () => {
      const bad = Array.from({ length: 200_000 }, (_, i) => `甲,单位,X${i},150802,旅馆业,A`).join('\n');
      const before = await tableFingerprint(database());
      const res = await importFile(Buffer.from(`${HEADER}${goodRows(3000, 2)}\n${bad}`));
      assert.equal(res.statusCode, 200, res.body.slice(0, 300));
      const report = res.json<{ imported: number; rejectedCount: number; rejected: { row: number }[] }>();
      assert.equal(report.imported, 2);
      assert.equal(report.rejectedCount, 200_000);
      assert.equal(report.rejected.length, 10_000);
      assert.equal(report.rejected[0]?.row, 4);
      // The fingerprint the other tests compare does see a write.
      const changed = changedTables(before, await tableFingerprint(database()));
      assert.ok(changed.includes('entities') && changed.includes('imports'), changed.join());
    },
  );

  test('a file with a NUL byte in a cell is refused whole (415 not-a-spreadsheet), nothing stored', async () => {
    const before = await tableFingerprint(database());
    const csv = `${HEADER}${goodRows(4000, 2)}\n坏\u0000行,单位,${creditCode(4002)},150802,旅馆业,B`;
    const res = await importFile(Buffer.from(csv));
    assert.equal(res.statusCode, 415, res.body);
    assert.equal(res.json<ErrorBody>().error.code, 'not-a-spreadsheet');
    assert.deepEqual(changedTables(before, await tableFingerprint(database())), []);
  });
});
