import { test } from 'node:test';
import assert from 'node:assert/strict';
import { inspectorKey, parseInspectorRow, resolveInspectorColumns } from './inspector-row.ts';

const GOOD: Readonly<Record<string, string>> = {
  姓名: '王建国',
  岗位: '治安管理',
  职务: '一级警长',
  警号: '152036',
  执法层级: '派出所',
  行政区划代码: '150802',
  执法证号: 'JZ15082300012',
  执法证有效期至: '2028年6月30日',
  执法范围: 'lh-za-001；LH-ZA-002、LH-ZA-001',
  状态: '',
};

function parse(values: Readonly<Record<string, string>>, row = 2) {
  const columns = resolveInspectorColumns(Object.keys(values));
  assert.ok(columns.ok, JSON.stringify(columns));
  return parseInspectorRow(values, row, columns.value);
}

void test('R-15.1 parses an inspector row', () => {
  const result = parse(GOOD);
  assert.ok(result.ok);
  assert.deepEqual(result.value, {
    name: '王建国',
    post: '治安管理',
    rank: '一级警长',
    badgeNumber: '152036',
    level: 'station',
    regionCode: '150802',
    certificateNumber: 'JZ15082300012',
    certificateValidUntil: '2028-06-30',
    qualifiedItems: ['LH-ZA-001', 'LH-ZA-002'],
    status: 'active',
  });
  assert.equal(inspectorKey(result.value), '152036');
});

void test('R-15.1 accepts English headers, 7-digit and letter-prefixed badge numbers', () => {
  const english = {
    name: '李秀英',
    badgeNumber: ' t1520368 ',
    level: 'district',
    regionCode: '150802',
    certificateNumber: 'JZ15082300013',
    certificateValidUntil: '2027-01-01',
    qualifiedItems: '',
    status: '调离',
  };
  const result = parse(english);
  assert.ok(result.ok, JSON.stringify(result));
  assert.equal(result.value.badgeNumber, 'T1520368');
  assert.equal(result.value.status, 'transferred');
  assert.deepEqual(result.value.qualifiedItems, []);
});

void test('R-N.4 an expired certificate is imported; a missing or invalid one is rejected', () => {
  const expired = parse({ ...GOOD, 执法证有效期至: '2024-01-31' });
  assert.ok(expired.ok);
  assert.equal(expired.value.certificateValidUntil, '2024-01-31');
  const bad = parse({ ...GOOD, 执法证号: '', 执法证有效期至: '长期' }, 5);
  assert.deepEqual(bad.ok ? null : bad.rejections.map((r) => [r.row, r.column, r.code]), [
    [5, '执法证号', 'value-required'],
    [5, '执法证有效期至', 'date-invalid'],
  ]);
});

void test('R-15.1 rejects each failing column of an inspector row', () => {
  const bad = parse(
    {
      ...GOOD,
      姓名: '',
      警号: '15-2036',
      执法层级: '总队',
      行政区划代码: '999999',
      执法范围: 'LH-ZA-001 旅馆',
      状态: '休假',
    },
    9,
  );
  assert.deepEqual(bad.ok ? null : bad.rejections.map((r) => [r.row, r.column, r.code]), [
    [9, '姓名', 'value-required'],
    [9, '警号', 'badge-number-format'],
    [9, '执法层级', 'level-unknown'],
    [9, '行政区划代码', 'region-unknown'],
    [9, '执法范围', 'item-code-format'],
    [9, '状态', 'status-unknown'],
  ]);
});

void test('R-15.1 a header without 警号 is a file-level missing-column rejection', () => {
  const result = resolveInspectorColumns([
    '姓名',
    '执法层级',
    '行政区划代码',
    '执法证号',
    '执法证有效期至',
    '执法范围',
  ]);
  assert.deepEqual(
    result.ok ? null : [result.rejection.row, result.rejection.column, result.rejection.code],
    [1, '警号', 'missing-column'],
  );
});
