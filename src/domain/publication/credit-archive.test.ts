import { test } from 'node:test';
import assert from 'node:assert/strict';
import { problemReport, record, report } from '../inspection/inspection.fixture.ts';
import { INITIAL_REVIEW_STATE, type ReviewState } from '../inspection/review-flow.ts';
import { PUBLIC_LIST_REASON, publicCreditArchive } from './credit-archive.ts';

const entity = {
  kind: 'organisation' as const,
  name: '临河区某宾馆',
  creditCode: '91150802MA0N123456',
  idNumber: null,
  address: '临河区胜利路1号',
  riskClass: 'C' as const,
  phone: '04788123456',
};
const item = { code: 'ZA-001', name: '旅馆业治安管理检查' };
const publishedFor = (r: { id: string; version: number }): ReviewState => ({
  ...INITIAL_REVIEW_STATE,
  status: 'published',
  recordId: record.id,
  reportId: r.id,
  reportVersion: r.version,
  approvedOn: '2025-06-12',
  publishedOn: '2025-06-13',
});

const withNonCooperation = {
  ...problemReport,
  id: 'rep-2',
  resultCode: 'serious-non-cooperation',
  nonCooperation: [{ kind: 'blocked-entry' as const, description: '' }],
};

test('R-26.2 the credit archive lists published inspections, non-cooperation, follow-ups and list history', () => {
  const archive = publicCreditArchive(
    entity,
    [
      { entity, item, record, report, review: publishedFor(report) },
      {
        entity,
        item,
        record: { ...record, checkedOn: '2025-09-02' },
        report: withNonCooperation,
        review: publishedFor(withNonCooperation),
      },
      {
        entity,
        item,
        record,
        report: { ...report, id: 'rep-3' },
        review: { ...INITIAL_REVIEW_STATE, status: 'approved' },
      },
    ],
    [
      {
        list: 'abnormal',
        since: '2024-03-01',
        reason: '通过登记的住所无法联系',
        removedOn: '2024-09-01',
        repairedOn: '2024-09-01',
      },
      {
        list: 'blacklist',
        since: '2025-09-10',
        reason: '不配合检查情节严重',
        removedOn: null,
        repairedOn: null,
      },
    ],
  );
  assert.equal(archive.entityCode, '91150802MA0N123456');
  assert.deepEqual(
    archive.inspections.map((i) => [i.checkedOn, i.resultLabel]),
    [
      ['2025-06-10', '未发现问题'],
      ['2025-09-02', '不配合检查情节严重'],
    ],
  );
  assert.deepEqual(archive.nonCooperation, [
    { checkedOn: '2025-09-02', circumstances: ['阻碍检查人员或受委托的专业技术机构进入被检查场所'] },
  ]);
  assert.deepEqual(archive.followUps, [
    { checkedOn: '2025-09-02', followUp: '责令改正', state: '待处理', closedOn: null },
  ]);
  assert.deepEqual(
    archive.lists.map((l) => [l.list, l.creditRepaired]),
    [
      ['经营异常名录', true],
      ['严重违法失信名单（黑名单）', false],
    ],
  );
  // R-N.10: the officer's note behind a listing stays internal; the public sees the standard ground.
  assert.deepEqual(
    archive.lists.map((l) => l.reason),
    [PUBLIC_LIST_REASON, PUBLIC_LIST_REASON],
  );
  assert.doesNotMatch(JSON.stringify(archive), /无法联系/);
});

test('R-26.2 R-N.2 R-N.10 the credit archive never shows the risk class or phone numbers', () => {
  const archive = publicCreditArchive(
    entity,
    [{ entity, item, record, report, review: publishedFor(report) }],
    [],
  );
  const json = JSON.stringify(archive);
  assert.doesNotMatch(json, /riskClass|phone|04788123456/);
  assert.deepEqual(Object.keys(archive).sort(), [
    'entityAddress',
    'entityCode',
    'entityName',
    'followUps',
    'inspections',
    'lists',
    'nonCooperation',
  ]);
});
