import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { onEachDatabase } from '../../test/support/databases.ts';
import { actorAt, makeOrg, type Org } from '../../test/support/fixtures.ts';
import { sampleItem } from '../../test/support/sample-item.ts';
import { creditCode } from '../../test/support/codes.ts';
import { today } from './clock.ts';
import { entityService } from './entity.service.ts';
import { importDirectory } from './import.service.ts';
import { inspectorService } from './inspector.service.ts';
import { itemService } from './item.service.ts';
import { ConflictError, ValidationFailedError } from './errors.ts';

const base = {
  name: '张警官',
  post: '治安民警',
  rank: '一级警长',
  badgeNumber: '150001',
  level: 'district' as const,
  regionCode: '150802',
  certificateNumber: 'NM-ZF-0001',
  certificateValidUntil: '2030-12-31',
  qualifiedItemCodes: ['LH-ZA-001'],
};

onEachDatabase('inspector directory', (database) => {
  let o: Org;
  const db = () => database().db;
  const admin = () => actorAt(o.district, 'department-admin');

  test('setup', async () => {
    o = await makeOrg(database());
    await itemService.create(db(), admin(), sampleItem(o.zhian.id, 'LH-ZA-001'));
  });

  test('R-15.1 an inspector needs a certificate, a valid badge number and existing items', async () => {
    const created = await inspectorService.create(db(), admin(), o.zhian.id, base);
    assert.equal(created.availableToday, true);
    await assert.rejects(
      inspectorService.create(db(), admin(), o.zhian.id, {
        ...base,
        badgeNumber: '12',
        qualifiedItemCodes: ['NOPE'],
      }),
      (err: unknown) =>
        err instanceof ValidationFailedError &&
        err.problems.map((p) => p.code).join() === 'badge-number-format,item-unknown',
    );
    await assert.rejects(inspectorService.create(db(), admin(), o.zhian.id, base), ConflictError);
  });

  test('R-16.1 R-N.4 unavailability and an expired certificate make an inspector unavailable', async () => {
    const { rows } = await inspectorService.page(db(), admin(), { q: '150001' }, { page: 1, pageSize: 10 });
    const id = rows[0]!.id;
    await assert.rejects(
      inspectorService.addUnavailability(db(), admin(), id, '2026-02-01', '2026-01-01', '休假'),
      ValidationFailedError,
    );
    await inspectorService.addUnavailability(db(), admin(), id, today(), today(), '年休假');
    const detail = await inspectorService.get(db(), admin(), id);
    assert.equal(detail.inspector.availableToday, false);
    assert.deepEqual(
      detail.unavailability.map((u) => u.reason),
      ['年休假'],
    );
    const expired = await inspectorService.create(db(), admin(), o.zhian.id, {
      ...base,
      badgeNumber: '150002',
      certificateValidUntil: '2020-01-01',
    });
    assert.equal(expired.availableToday, false);
  });

  test('R-N.5 a declared conflict (回避) is recorded once per pair', async () => {
    const entity = await entityService.create(db(), admin(), o.district.id, {
      kind: 'organisation',
      name: '临河区亲属经营宾馆',
      creditCode: creditCode(700),
      regionCode: '150802',
      industry: '旅馆业',
      riskClass: 'B',
    });
    const { rows } = await inspectorService.page(db(), admin(), { q: '150001' }, { page: 1, pageSize: 10 });
    const id = rows[0]!.id;
    await inspectorService.addConflict(db(), admin(), id, entity.id, 'relative', '其配偶为该宾馆法定代表人');
    await assert.rejects(
      inspectorService.addConflict(db(), admin(), id, entity.id, 'other', '重复'),
      ConflictError,
    );
    const detail = await inspectorService.get(db(), admin(), id);
    assert.deepEqual(
      detail.conflicts.map((c) => [c.entityName, c.kind]),
      [['临河区亲属经营宾馆', 'relative']],
    );
  });

  test('R-15.1 inspector import: unknown items and badges of other units are rejected, the rest kept; unchanged rows left alone', async () => {
    await inspectorService.create(db(), actorAt(o.otherDistrict, 'department-admin'), o.otherDistrict.id, {
      ...base,
      badgeNumber: '159999',
      regionCode: '150821',
      qualifiedItemCodes: [],
    });
    const header = '姓名,岗位,职务,警号,执法层级,行政区划代码,执法证号,执法证有效期至,执法范围,状态';
    const lines = [
      '李警官,治安民警,二级警长,150010,分局,150802,NM-ZF-0010,2029-06-30,LH-ZA-001,在岗',
      '王警官,社区民警,警员,150011,派出所,150802,NM-ZF-0011,2029-06-30,LH-XX-404,在岗',
      '冒名者,治安民警,警员,159999,分局,150802,NM-ZF-9999,2029-06-30,LH-ZA-001,在岗',
    ];
    const report = await importDirectory(database(), admin(), {
      kind: 'inspectors',
      unitId: o.zhian.id,
      fileName: 'inspectors.csv',
      source: Readable.from([Buffer.from([header, ...lines].join('\n'))]),
    });
    assert.equal(report.imported, 1);
    assert.deepEqual(
      report.rejected.map((r) => [r.row, r.code]),
      [
        [3, 'item-unknown'],
        [4, 'badge-in-other-unit'],
      ],
    );
    const foreign = await inspectorService.page(
      db(),
      actorAt(o.otherDistrict, 'department-admin'),
      { q: '159999' },
      { page: 1, pageSize: 5 },
    );
    assert.equal(foreign.rows[0]?.name, '张警官', 'the other unit’s inspector was not taken over');
    // Again, one row changed (李警官 promoted): only that one is rewritten.
    const again = await importDirectory(database(), admin(), {
      kind: 'inspectors',
      unitId: o.zhian.id,
      fileName: 'inspectors.csv',
      source: Readable.from([
        Buffer.from(
          [
            header,
            '李警官,治安民警,一级警长,150010,分局,150802,NM-ZF-0010,2029-06-30,LH-ZA-001,在岗',
            '赵警官,治安民警,警员,150012,分局,150802,NM-ZF-0012,2029-06-30,LH-ZA-001,在岗',
          ].join('\n'),
        ),
      ]),
    });
    assert.deepEqual([again.imported, again.updated, again.unchanged], [1, 1, 0]);
    const same = await importDirectory(database(), admin(), {
      kind: 'inspectors',
      unitId: o.zhian.id,
      fileName: 'inspectors.csv',
      source: Readable.from([
        Buffer.from(
          [header, '赵警官,治安民警,警员,150012,分局,150802,NM-ZF-0012,2029-06-30,LH-ZA-001,在岗'].join('\n'),
        ),
      ]),
    });
    assert.deepEqual([same.imported, same.updated, same.unchanged], [0, 0, 1]);
    // the inspector's history names the import that added it (the unchanged re-import left no trace).
    const zhao = (await inspectorService.page(db(), admin(), { q: '150012' }, { page: 1, pageSize: 1 }))
      .rows[0]!;
    const detail = await inspectorService.get(db(), admin(), zhao.id);
    assert.deepEqual(
      detail.history.map((e) => [e.action, e.file?.name]),
      [['import.inspectors', 'inspectors.csv']],
    );
    assert.equal(detail.history[0]!.objectId, again.id);
  });
});
