import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/database.ts';
import { entityPersonalDataRepository } from '../../db/repositories/entity-personal-data.repository.ts';
import { onEachDatabase } from '../../../test/support/databases.ts';
import { actorAt, makeOrg, type Org } from '../../../test/support/fixtures.ts';
import { creditCode, idNumber } from '../../../test/support/codes.ts';
import { entityService } from '../entity.service.ts';
import { exportService } from '../export.service.ts';
import { importDirectory } from '../import.service.ts';
import { ConflictError, ForbiddenError } from '../errors.ts';
import { dataKeyOf, keyringOf } from '../../domain/privacy/data-key.ts';
import { configureDataKeys, dataKeys, loadDataKeyring, type DataKeySettings } from './data-keys.ts';
import { rotateDataKey } from './data-key-rotation.ts';
import { PersonalDataTamperedError } from './entity-personal-data.ts';
import { personalDataService } from './personal-data.service.ts';
import { DataKeyError, openPersonalData } from './personal-data-startup.ts';

// The keys this file's database is sealed with: a data folder of its own, as a fresh `npm start` makes.
const settings: DataKeySettings = {
  dataDir: mkdtempSync(join(tmpdir(), 'ss-keys-')),
  dataKey: null,
  dataKeyId: 'k1',
  dataCipher: 'aes-256-gcm',
  dataKeysOld: null,
};
configureDataKeys(loadDataKeyring(settings).keyring);

const HEADER = '名称,主体类型,统一社会信用代码,身份证号,地址,行政区划代码,行业,风险等级,状态,手机号码';
const csv = (lines: string[]) =>
  Readable.from([Buffer.from(`${[HEADER, ...lines].join('\r\n')}\r\n`, 'utf8')]);
const personLine = (n: number, phone: string) =>
  `王${n},个人,,${idNumber(n)},临河区车站街道${n}号,150802,旅馆业,B,正常,${phone}`;
const PHONE = (n: number) => `139${String(n).padStart(8, '0')}`;

onEachDatabase('R-N.10 issue 10.7 personal data at rest', (database) => {
  let o: Org;
  const db = () => database().db;
  const admin = () => actorAt(o.district, 'department-admin');
  const plaintexts: string[] = [];
  /** Every row of `entities` as text: none may hold a full ID number or phone. */
  const tableText = async () =>
    JSON.stringify(await queryRows(db(), sql`SELECT e::text AS row FROM entities e`));
  const assertNoPlaintext = async (where: string) => {
    const text = await tableText();
    for (const p of plaintexts) assert.ok(!text.includes(p), `${where}: ${p} stored in plain`);
  };

  test('setup', async () => {
    o = await makeOrg(database());
  });

  test('R-N.10 issue 10.7: a person created by hand is stored hashed, encrypted and masked; exact search by full ID number or phone finds it', async () => {
    const id = idNumber(101);
    plaintexts.push(id, '13900000101');
    const e = await entityService.create(db(), admin(), o.district.id, {
      kind: 'person',
      name: '赵六',
      idNumber: id,
      contactPhone: '139 0000 0101',
      regionCode: '150802',
      industry: '旅馆业',
      riskClass: 'B',
    });
    assert.equal(e.code, `${id.slice(0, 4)}**********${id.slice(-4)}`);
    assert.equal(e.contactPhone, '139****0101');
    await assertNoPlaintext('after create');
    const find = async (q: string) =>
      (await entityService.page(db(), admin(), { q }, { page: 1, pageSize: 20 })).rows.map((r) => r.id);
    assert.deepEqual(await find(id), [e.id]);
    assert.deepEqual(await find(id.toLowerCase().replace(/(.{6})/g, '$1 ')), [e.id]);
    assert.deepEqual(await find('13900000101'), [e.id]);
    assert.deepEqual(await find('139-0000-0101'), [e.id]);
    assert.deepEqual(await find(id.slice(0, 10)), [], 'partial numbers no longer match');
    await assert.rejects(
      entityService.create(db(), admin(), o.district.id, {
        kind: 'person',
        name: '赵六',
        idNumber: id,
        regionCode: '150802',
        industry: '旅馆业',
        riskClass: 'B',
      }),
      ConflictError,
    );
  });

  test('R-N.10 issue 10.7: only officers who may see full numbers find a person by them, and each such search is audited; for others a whole number is plain text (no oracle over the masked digits)', async () => {
    const id = idNumber(101);
    const search = async (role: Parameters<typeof actorAt>[1], q: string) =>
      (await entityService.page(db(), actorAt(o.district, role), { q }, { page: 1, pageSize: 20 })).total;
    const searches = async () =>
      (
        await queryRows<{ n: number }>(
          db(),
          sql`SELECT count(*)::int AS n FROM audit_events WHERE action = 'entity.personal-data-searched'`,
        )
      )[0]!.n;
    const before = await searches();
    for (const role of ['drawer', 'supervisor', 'leader', 'auditor', 'system-admin'] as const) {
      assert.equal(await search(role, id), 0, `${role} by ID number`);
      assert.equal(await search(role, '13900000101'), 0, `${role} by phone`);
    }
    assert.equal(await searches(), before, 'a search that matched nothing by number is not an event');
    assert.equal(await search('department-admin', id), 1);
    const [event] = await queryRows<{ object_type: string; data: unknown }>(
      db(),
      sql`SELECT object_type, data FROM audit_events WHERE action = 'entity.personal-data-searched' ORDER BY seq DESC LIMIT 1`,
    );
    assert.equal(event!.object_type, 'entity');
    assert.deepEqual(event!.data, { fields: ['idNumber'], matched: 1 });
    assert.ok(!JSON.stringify(event).includes(id.slice(4, 14)), 'the event never holds the number');
  });

  test('R-N.10 issue 10.7: an update re-seals; a bad phone gets a Chinese message', async () => {
    const [row] = (await entityService.page(db(), admin(), { q: idNumber(101) }, { page: 1, pageSize: 1 }))
      .rows;
    plaintexts.push('04788123456', '8123456');
    const e = await entityService.update(db(), admin(), row!.id, {
      contactPhone: '0478-8123456',
      name: '赵六六',
    });
    assert.equal(e.contactPhone, '0478-***3456');
    assert.equal(e.code, row!.code);
    await assertNoPlaintext('after update');
    await assert.rejects(
      entityService.update(db(), admin(), row!.id, { contactPhone: '12345' }),
      (err: Error) => /联系电话.*无效/.test(err.message),
    );
  });

  test('R-N.10 issue 10.7: an import into an empty directory (COPY) and into one with rows (staging merge) stores no plaintext', async () => {
    for (const n of [201, 202, 203]) plaintexts.push(idNumber(n), PHONE(n));
    const first = await importDirectory(database(), actorAt(o.zhian, 'department-admin'), {
      kind: 'entities',
      unitId: o.zhian.id,
      fileName: 'first.csv',
      source: csv([personLine(201, PHONE(201)), personLine(202, PHONE(202))]),
    });
    assert.equal(first.imported, 2);
    await assertNoPlaintext('after the first import');
    const again = await importDirectory(database(), actorAt(o.zhian, 'department-admin'), {
      kind: 'entities',
      unitId: o.zhian.id,
      fileName: 'again.csv',
      source: csv([
        personLine(201, PHONE(201)),
        personLine(202, '13955555555'),
        personLine(203, PHONE(203)),
        personLine(203, PHONE(203)),
        `临河区迎宾宾馆,单位,${creditCode(9)},,临河区新华街道1号,150802,旅馆业,B,正常,0478-7654321`,
      ]),
    });
    plaintexts.push('13955555555', '7654321');
    assert.deepEqual(
      [again.imported, again.updated, again.unchanged],
      [2, 1, 1],
      'the same phone is unchanged',
    );
    await assertNoPlaintext('after the merge');
    // The import's stored report names a repeated person by the masked number.
    assert.deepEqual(
      again.rejected.map((r) => r.code),
      ['duplicate-in-file'],
    );
    const reports = JSON.stringify(await queryRows(db(), sql`SELECT i::text FROM imports i`));
    for (const p of plaintexts) assert.ok(!reports.includes(p), `import report holds ${p}`);
    const page = await entityService.page(
      db(),
      actorAt(o.zhian, 'department-admin'),
      { q: '13955555555' },
      {
        page: 1,
        pageSize: 5,
      },
    );
    assert.deepEqual(
      page.rows.map((r) => [r.name, r.contactPhone]),
      [['王202', '139****5555']],
    );
    const viewed = await personalDataService.view(db(), actorAt(o.zhian, 'inspector'), page.rows[0]!.id);
    assert.deepEqual(viewed, { idNumber: idNumber(202), contactPhone: '13955555555' });
  });

  test("R-N.10 issue 10.7: the unmasked view is for the directory's officers and inspectors and is an audited event without the numbers", async () => {
    const [row] = (await entityService.page(db(), admin(), { q: idNumber(101) }, { page: 1, pageSize: 1 }))
      .rows;
    const seen = await personalDataService.view(db(), admin(), row!.id, '电话联系核实');
    assert.deepEqual(seen, { idNumber: idNumber(101), contactPhone: '0478-8123456' });
    const [event] = await queryRows<{ data: { fields: string[]; reason: string }; actor_name: string }>(
      db(),
      sql`SELECT data, actor_name FROM audit_events WHERE action = 'entity.personal-data-viewed' AND object_id = ${row!.id} ORDER BY seq DESC LIMIT 1`,
    );
    assert.deepEqual(event?.data.fields, ['idNumber', 'contactPhone']);
    assert.equal(event?.data.reason, '电话联系核实');
    // A district's directory serves its departments: an inspector of 治安 may look, and it is logged.
    assert.equal(
      (await personalDataService.view(db(), actorAt(o.zhian, 'inspector'), row!.id)).idNumber,
      idNumber(101),
    );
    for (const role of ['auditor', 'drawer', 'system-admin', 'leader'] as const)
      await assert.rejects(
        personalDataService.view(db(), actorAt(o.district, role), row!.id),
        ForbiddenError,
        role,
      );
    await assert.rejects(
      personalDataService.view(db(), actorAt(o.otherDistrict, 'department-admin'), row!.id),
      /不存在/,
    );
  });

  test('R-N.10 issue 10.7: exports, the audit log and the public API hold no full ID number or phone', async () => {
    const file = await exportService.entities(db(), admin(), {}, 'csv');
    const exported = file.body.toString('utf8');
    assert.match(exported, /1508\*{10}/);
    const audit = JSON.stringify(await queryRows(db(), sql`SELECT a::text FROM audit_events a`));
    const { testApp } = await import('../../../test/support/server.ts');
    const app = await testApp(database());
    const pub = await Promise.all(
      [
        '/api/public/entities',
        '/api/public/entities.csv',
        '/api/public/results',
        '/api/public/results.csv',
      ].map(async (url) => (await app.inject({ method: 'GET', url })).body),
    );
    await app.close();
    for (const p of plaintexts) {
      assert.ok(!exported.includes(p), `export holds ${p}`);
      assert.ok(!audit.includes(p), `audit log holds ${p}`);
      assert.ok(!pub.join('\n').includes(p), `public API holds ${p}`);
    }
  });

  test('R-N.10 issue 10.7: a ciphertext copied to another row does not open: a named error, and the attempt is audited', async () => {
    const rows = await queryRows<{ id: string }>(
      db(),
      sql`SELECT id FROM entities WHERE kind = 'person' AND unit_id = ${o.zhian.id}::uuid ORDER BY name LIMIT 2`,
    );
    const [a, b] = rows;
    const [kept] = await queryRows<{ enc: string }>(
      db(),
      sql`SELECT id_number_enc AS enc FROM entities WHERE id = ${b!.id}::uuid`,
    );
    await db().execute(
      sql`UPDATE entities SET id_number_enc = (SELECT id_number_enc FROM entities WHERE id = ${a!.id}::uuid) WHERE id = ${b!.id}::uuid`,
    );
    await assert.rejects(
      personalDataService.view(db(), actorAt(o.zhian, 'department-admin'), b!.id),
      PersonalDataTamperedError,
    );
    const [event] = await queryRows(
      db(),
      sql`SELECT 1 FROM audit_events WHERE action = 'entity.personal-data-unreadable' AND object_id = ${b!.id}`,
    );
    assert.ok(event);
    // Put right again for the tests that follow (a rotation opens every row).
    await db().execute(sql`UPDATE entities SET id_number_enc = ${kept!.enc} WHERE id = ${b!.id}::uuid`);
    assert.equal(
      (await personalDataService.view(db(), actorAt(o.zhian, 'department-admin'), b!.id)).idNumber !== null,
      true,
    );
  });

  test('R-N.10 issue 10.7: keys rotate-data re-seals every row under a new key id; the entity is found by its ID number and opens', async () => {
    const before = await queryRows<{ code: string }>(
      db(),
      sql`SELECT code FROM entities WHERE kind = 'person' LIMIT 1`,
    );
    const oldKeyId = before[0]!.code.split(':')[1];
    // Mid-rotation (a new key configured, rows still under the old one) an import could duplicate a person.
    const configured = dataKeys();
    configureDataKeys(
      keyringOf(dataKeyOf('next', 'aes-256-gcm', new Uint8Array(randomBytes(32))), [
        ...configured.keys.values(),
      ]),
    );
    await assert.rejects(
      importDirectory(database(), actorAt(o.zhian, 'department-admin'), {
        kind: 'entities',
        unitId: o.zhian.id,
        fileName: 'mid-rotation.csv',
        source: csv([personLine(201, PHONE(201))]),
      }),
      (e: Error) => e instanceof ConflictError && e.code === 'data-key-rotation-pending',
    );
    configureDataKeys(configured);
    const report = await rotateDataKey(db(), settings);
    assert.notEqual(report.keyId, oldKeyId);
    assert.deepEqual(report.retired, [oldKeyId]);
    assert.ok(report.rows >= 4);
    const codes = await queryRows<{ code: string; enc: string | null }>(
      db(),
      sql`SELECT code, coalesce(id_number_enc, contact_phone_enc) AS enc FROM entities WHERE kind = 'person' OR contact_phone_enc IS NOT NULL`,
    );
    assert.ok(
      codes.every((r) => (r.code.startsWith('h1:') ? r.code.startsWith(`h1:${report.keyId}:`) : true)),
    );
    assert.ok(codes.every((r) => r.enc?.startsWith(`v1:${report.keyId}:`)));
    assert.deepEqual(
      await entityPersonalDataRepository.recordedKeyIds(db()),
      [report.keyId],
      'the new key is recorded, the retired one forgotten',
    );
    const [row] = (await entityService.page(db(), admin(), { q: idNumber(101) }, { page: 1, pageSize: 1 }))
      .rows;
    assert.deepEqual(await personalDataService.view(db(), admin(), row!.id), {
      idNumber: idNumber(101),
      contactPhone: '0478-8123456',
    });
    await assertNoPlaintext('after the rotation');
    assert.equal(
      (await rotateDataKey(db(), { ...settings })).keyId !== report.keyId,
      true,
      'a second rotation is a new key',
    );
  });

  test('R-N.10 issue 10.7: start-up converts plain ID numbers once, and refuses a wrong or missing key with a clear message', async () => {
    const id = idNumber(301);
    plaintexts.push(id);
    // A row as it was before migration 0023.
    await db()
      .execute(sql`INSERT INTO entities (unit_id, kind, code, public_id, name, region_code, industry, risk_class)
      VALUES (${o.station.id}::uuid, 'person', ${id}, 'NP-LEGACY0001', '钱七', '150802', '旅馆业', 'B')`);
    const opened = await openPersonalData(db(), settings);
    assert.equal(opened.converted, 1);
    // A key recorded once that seals nothing and is not configured any more is forgotten at the next start.
    await entityPersonalDataRepository.recordKey(db(), 'gone');
    assert.equal((await openPersonalData(db(), settings)).keyId, opened.keyId);
    assert.deepEqual(await entityPersonalDataRepository.recordedKeyIds(db()), [opened.keyId]);
    assert.equal((await openPersonalData(db(), settings)).converted, 0, 'idempotent');
    await assertNoPlaintext('after the start-up conversion');
    const [row] = (
      await entityService.page(
        db(),
        actorAt(o.station, 'department-admin'),
        { q: id },
        { page: 1, pageSize: 1 },
      )
    ).rows;
    assert.equal(row?.code, `${id.slice(0, 4)}**********${id.slice(-4)}`);
    const wrong = { ...settings, dataKey: randomBytes(32).toString('base64'), dataKeyId: opened.keyId };
    await assert.rejects(
      openPersonalData(db(), wrong),
      (e: Error) => e instanceof DataKeyError && /密钥错误/.test(e.message),
    );
    const other = { ...settings, dataKey: randomBytes(32).toString('base64'), dataKeyId: 'other' };
    await assert.rejects(
      openPersonalData(db(), other),
      (e: Error) => e instanceof DataKeyError && /未配置该密钥/.test(e.message),
    );
    const empty = { ...settings, dataDir: mkdtempSync(join(tmpdir(), 'ss-nokeys-')) };
    await assert.rejects(
      openPersonalData(db(), empty),
      (e: Error) => e instanceof DataKeyError && /data-keys\.json/.test(e.message),
    );
    configureDataKeys(loadDataKeyring(settings).keyring);
  });
});
