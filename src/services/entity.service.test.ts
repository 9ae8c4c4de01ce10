import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { onEachDatabase } from '../../test/support/databases.ts';
import { actorAt, makeOrg, type Org } from '../../test/support/fixtures.ts';
import { creditCode, idNumber } from '../../test/support/codes.ts';
import { entityService } from './entity.service.ts';
import { importDirectory } from './import.service.ts';
import { ConflictError, NotFoundError, UnreadableFileError, ValidationFailedError } from './errors.ts';

const HEADER =
  '名称,主体类型,统一社会信用代码,身份证号,登记机关,法定代表人,地址,许可证号,许可证有效期至,行政区划代码,行业,风险等级,状态';
const csv = (lines: string[]) =>
  Readable.from([Buffer.from(`\uFEFF${[HEADER, ...lines].join('\r\n')}\r\n`, 'utf8')]);
const org = (n: number, name: string, extra = '') =>
  `${name},单位,${creditCode(n)},,临河区市场监督管理局,张三,临河区新华街道${n}号,LH${n},2028-12-31,150802,旅馆业,B,${extra || '正常'}`;

onEachDatabase('entity directory', (database) => {
  let o: Org;
  const db = () => database().db;
  const admin = () => actorAt(o.district, 'department-admin');

  test('setup', async () => {
    o = await makeOrg(database());
  });

  test('R-13.2 an import keeps the valid rows and reports each invalid row with its number and reason', async () => {
    const bad = creditCode(3).slice(0, 17) + (creditCode(3).endsWith('0') ? '1' : '0');
    const report = await importDirectory(database(), admin(), {
      kind: 'entities',
      unitId: o.district.id,
      fileName: 'entities.csv',
      source: csv([
        org(1, '临河区迎宾宾馆'),
        org(2, '临河区平安旅社'),
        `临河区错码旅店,单位,${bad},,,,,,,150802,旅馆业,B,正常`,
        `王五,个人,,${idNumber(7)},,,临河区车站街道1号,,,150802,旅馆业,C,正常`,
        org(1, '重复的迎宾宾馆'),
        `临河区无区划旅店,单位,${creditCode(4)},,,,,,,999999,旅馆业,B,正常`,
      ]),
    });
    assert.equal(report.imported, 3);
    assert.equal(report.updated, 0);
    assert.deepEqual(
      report.rejected.map((r) => r.row),
      [4, 6, 7],
    );
    assert.equal(report.rejected.find((r) => r.row === 6)?.code, 'duplicate-in-file');
    assert.match(report.rejected.find((r) => r.row === 4)?.code ?? '', /^credit-code/);
  });

  test('R-14.1 importing again is idempotent: rows are updated by code, not duplicated; rows as the file has them are left alone; the history names the files', async () => {
    const report = await importDirectory(database(), admin(), {
      kind: 'entities',
      unitId: o.district.id,
      fileName: 'again.csv',
      source: csv([org(1, '临河区迎宾宾馆（更名）'), org(5, '临河区新开旅馆'), org(2, '临河区平安旅社')]),
    });
    assert.deepEqual(
      [report.imported, report.updated, report.unchanged, report.rejected.length],
      [1, 1, 1, 0],
    );
    const page = await entityService.page(db(), admin(), { q: '迎宾' }, { page: 1, pageSize: 20 });
    assert.equal(page.total, 1);
    assert.equal(page.rows[0]?.name, '临河区迎宾宾馆（更名）');
    // the history names the file that added the row and the last file that changed it.
    const files = async (q: string) => {
      const id = (await entityService.page(db(), admin(), { q }, { page: 1, pageSize: 1 })).rows[0]!.id;
      return (await entityService.get(db(), admin(), id)).history.map((e) => [e.action, e.file?.name]);
    };
    assert.deepEqual(await files('迎宾'), [
      ['import.entities', 'again.csv'],
      ['import.entities', 'entities.csv'],
    ]);
    assert.deepEqual(await files('平安旅社'), [['import.entities', 'entities.csv']]);
  });

  test('R-N.10 ID numbers are never returned in full by list or detail', async () => {
    const page = await entityService.page(db(), admin(), { q: '王五' }, { page: 1, pageSize: 20 });
    const person = page.rows[0]!;
    assert.equal(person.kind, 'person');
    assert.equal(person.code, `${idNumber(7).slice(0, 4)}**********${idNumber(7).slice(-4)}`);
    assert.match(person.publicId, /^NP-[0-9A-F]{16}$/);
    const detail = await entityService.get(db(), admin(), person.id);
    assert.ok(!JSON.stringify(detail).includes(idNumber(7)), 'the full ID number leaks from the detail');
  });

  test('R-14.1 deregistration keeps the entity and its history', async () => {
    const page = await entityService.page(db(), admin(), { q: '平安旅社' }, { page: 1, pageSize: 20 });
    const id = page.rows[0]!.id;
    const out = await entityService.deregister(db(), admin(), id, '2026-11-01', '依法注销登记');
    assert.equal(out.status, 'deregistered');
    await assert.rejects(entityService.deregister(db(), admin(), id, '2026-11-02', '再次'), ConflictError);
    const detail = await entityService.get(db(), admin(), id);
    assert.deepEqual(
      detail.history.map((h) => h.action),
      ['entity.deregister', 'import.entities'],
    );
    const active = await entityService.page(db(), admin(), { status: 'active' }, { page: 1, pageSize: 50 });
    assert.ok(!active.rows.some((r) => r.id === id));
  });

  test('R-13.2 a typed-in entity is validated like an imported one', async () => {
    await assert.rejects(
      entityService.create(db(), admin(), o.district.id, {
        kind: 'person',
        name: '李四',
        idNumber: idNumber(8).slice(0, 17) + (idNumber(8).endsWith('1') ? '2' : '1'),
        regionCode: '150802',
        industry: '旅馆业',
        riskClass: 'B',
      }),
      (err: unknown) => err instanceof ValidationFailedError && err.problems[0]?.field === 'idNumber',
    );
    const created = await entityService.create(db(), admin(), o.district.id, {
      kind: 'organisation',
      name: '临河区手工录入宾馆',
      creditCode: creditCode(99),
      regionCode: '150802',
      industry: '旅馆业',
      riskClass: 'A',
    });
    await assert.rejects(
      entityService.create(db(), admin(), o.district.id, {
        kind: 'organisation',
        name: '重复',
        creditCode: creditCode(99),
        regionCode: '150802',
        industry: '旅馆业',
        riskClass: 'A',
      }),
      (err: unknown) => err instanceof ConflictError && err.code === 'duplicate-code',
    );
    assert.equal(created.code, creditCode(99));
  });

  test('R-13.4 filters by region prefix, risk class and status; other trees see nothing', async () => {
    const city = await entityService.page(db(), admin(), { regionCode: '150800' }, { page: 1, pageSize: 50 });
    const county = await entityService.page(
      db(),
      admin(),
      { regionCode: '150802' },
      { page: 1, pageSize: 50 },
    );
    assert.equal(city.total, county.total);
    const c = await entityService.page(db(), admin(), { riskClass: 'C' }, { page: 1, pageSize: 50 });
    assert.deepEqual(
      c.rows.map((r) => r.name),
      ['王五'],
    );
    const other = actorAt(o.otherDistrict, 'department-admin');
    assert.equal((await entityService.page(db(), other, {}, { page: 1, pageSize: 50 })).total, 0);
    await assert.rejects(entityService.get(db(), other, county.rows[0]!.id), NotFoundError);
  });

  test('a file that is not a spreadsheet is refused and nothing is stored', async () => {
    const before = (await entityService.page(db(), admin(), {}, { page: 1, pageSize: 1 })).total;
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
    await assert.rejects(
      importDirectory(database(), admin(), {
        kind: 'entities',
        unitId: o.district.id,
        fileName: 'photo.csv',
        source: Readable.from([png]),
      }),
      (err: unknown) => err instanceof UnreadableFileError && err.code === 'not-a-spreadsheet',
    );
    await assert.rejects(
      importDirectory(database(), admin(), {
        kind: 'entities',
        unitId: o.district.id,
        fileName: 'nohead.csv',
        source: Readable.from([Buffer.from(`名称,地址\n某某,某地\n`)]),
      }),
      (err: unknown) => err instanceof UnreadableFileError && err.code === 'missing-column',
    );
    assert.equal((await entityService.page(db(), admin(), {}, { page: 1, pageSize: 1 })).total, before);
  });

  test('an upload stream that fails part-way fails the import with its error and stores nothing', async () => {
    const before = (await entityService.page(db(), admin(), {}, { page: 1, pageSize: 1 })).total;
    const lines = Array.from({ length: 2000 }, (_, i) => org(5000 + i, `断流${i}`));
    const body = Buffer.from(`\uFEFF${[HEADER, ...lines].join('\r\n')}\r\n`, 'utf8');
    async function* chunks() {
      for (let at = 0; at < body.length / 2; at += 16 * 1024) yield body.subarray(at, at + 16 * 1024);
      throw new Error('connection reset');
    }
    await assert.rejects(
      importDirectory(database(), admin(), {
        kind: 'entities',
        unitId: o.district.id,
        fileName: 'cut.csv',
        source: Readable.from(chunks()),
      }),
      /connection reset/,
    );
    assert.equal((await entityService.page(db(), admin(), {}, { page: 1, pageSize: 1 })).total, before);
  });
});
