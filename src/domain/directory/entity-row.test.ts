import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entityKey, parseEntityRow, resolveEntityColumns } from './entity-row.ts';
import type { EntityRow } from './entity-row.ts';
import type { ImportRejection } from './import-rejection.ts';

const OPTIONS = { today: '2026-11-26' };
const HEADERS = [
  '名称',
  '主体类型',
  '统一社会信用代码',
  '身份证号',
  '登记机关',
  '法定代表人',
  '地址',
  '许可证号',
  '许可证有效期至',
  '行政区划代码',
  '行业',
  '风险等级',
  '风险情形',
  '状态',
];
const GOOD: Readonly<Record<string, string>> = {
  名称: '临河区新华宾馆有限公司',
  主体类型: '单位',
  统一社会信用代码: '91150802MA0N7Q3K1C',
  身份证号: '',
  登记机关: '巴彦淖尔市临河区市场监督管理局',
  法定代表人: '张伟',
  地址: '内蒙古自治区巴彦淖尔市临河区新华街道胜利路18号',
  许可证号: '临公特旅字〔2023〕第0015号',
  许可证有效期至: '2026/12/31',
  行政区划代码: '150802',
  行业: '旅馆业',
  风险等级: '',
  风险情形: '',
  状态: '',
};

function parse(values: Readonly<Record<string, string>>, row = 2) {
  const columns = resolveEntityColumns(Object.keys(values));
  assert.ok(columns.ok);
  return parseEntityRow(values, row, columns.value, OPTIONS);
}
function value(values: Readonly<Record<string, string>>): EntityRow {
  const result = parse(values);
  assert.ok(result.ok, JSON.stringify(result));
  return result.value;
}
function rejections(values: Readonly<Record<string, string>>, row = 2): readonly ImportRejection[] {
  const result = parse(values, row);
  assert.ok(!result.ok, 'expected rejections');
  return result.rejections;
}

void test('R-13.1 parses an organisation row with Chinese headers', () => {
  assert.deepEqual(value(GOOD), {
    kind: 'organisation',
    name: '临河区新华宾馆有限公司',
    creditCode: '91150802MA0N7Q3K1C',
    idNumber: null,
    registrationAuthority: '巴彦淖尔市临河区市场监督管理局',
    legalRepresentative: '张伟',
    address: '内蒙古自治区巴彦淖尔市临河区新华街道胜利路18号',
    contactPhone: null,
    licenceNumber: '临公特旅字〔2023〕第0015号',
    licenceValidUntil: '2026-12-31',
    regionCode: '150802',
    industry: '旅馆业',
    riskClass: 'B',
    riskFlags: [],
    status: 'active',
  });
  assert.equal(entityKey(value(GOOD)), '91150802MA0N7Q3K1C');
});

void test('R-13.1 accepts English headers, full-width spaces and lower-case codes', () => {
  const row = value({
    name: '\u3000临河区新华宾馆有限公司 ',
    kind: 'organisation',
    creditCode: ' 91150802ma0n7q3k1c\u3000',
    regionCode: '150802',
    industry: '旅馆业',
    riskClass: 'c',
    riskFlags: 'public-attention、拒绝检查',
    status: '吊销',
  });
  assert.equal(row.name, '临河区新华宾馆有限公司');
  assert.equal(row.creditCode, '91150802MA0N7Q3K1C');
  assert.equal(row.riskClass, 'C');
  assert.deepEqual(row.riskFlags, ['public-attention', 'refused-inspection']);
  assert.equal(row.status, 'deregistered');
  assert.equal(row.registrationAuthority, null);
});

void test('R-13.1 a natural person is keyed by a valid ID number, X upper-cased', () => {
  const row = value({
    ...GOOD,
    名称: '王建国',
    主体类型: '个人',
    统一社会信用代码: '',
    身份证号: '11010519491231002x',
  });
  assert.equal(row.kind, 'person');
  assert.equal(row.idNumber, '11010519491231002X');
  assert.equal(entityKey(row), '11010519491231002X');
});

void test('R-13.1 an empty 主体类型 is inferred from the code given', () => {
  assert.equal(value({ ...GOOD, 主体类型: '' }).kind, 'organisation');
  assert.equal(
    value({ ...GOOD, 主体类型: '', 统一社会信用代码: '', 身份证号: '11010519491231002X' }).kind,
    'person',
  );
});

void test('R-9.2 risk flags are read from codes and Chinese names', () => {
  const row = value({ ...GOOD, 风险情形: '经营异常名录/失信，涉及公共安全或严格管制、other' });
  assert.deepEqual(row.riskFlags, ['public-safety', 'abnormal-list', 'other']);
});

void test('R-13.2 rejects a row per failing column with its row number and column', () => {
  const found = rejections(
    {
      ...GOOD,
      名称: ' ',
      主体类型: '公司',
      统一社会信用代码: '91150802MA0N7Q3K1D',
      许可证有效期至: '2026-02-30',
      行政区划代码: '150899',
      行业: '',
      风险等级: 'E',
      风险情形: '偷税',
      状态: '歇业中',
    },
    7,
  );
  assert.deepEqual(
    found.map((r) => [r.row, r.column, r.code]),
    [
      [7, '名称', 'value-required'],
      [7, '统一社会信用代码', 'credit-code-check-digit'],
      [7, '主体类型', 'kind-unknown'],
      [7, '许可证有效期至', 'date-invalid'],
      [7, '行政区划代码', 'region-unknown'],
      [7, '行业', 'value-required'],
      [7, '风险等级', 'risk-class-unknown'],
      [7, '风险情形', 'risk-flag-unknown'],
      [7, '状态', 'status-unknown'],
    ],
  );
  for (const r of found) assert.ok(/[\u4e00-\u9fa5]/.test(r.message), r.message);
});

void test('R-13.2 an organisation needs a credit code and a person an ID number', () => {
  assert.deepEqual(
    rejections({ ...GOOD, 统一社会信用代码: '' }).map((r) => [r.column, r.code]),
    [['统一社会信用代码', 'value-required']],
  );
  assert.deepEqual(
    rejections({ ...GOOD, 主体类型: '个人', 统一社会信用代码: '' }).map((r) => [r.column, r.code]),
    [['身份证号', 'value-required']],
  );
  assert.deepEqual(
    rejections({ ...GOOD, 主体类型: '', 统一社会信用代码: '' }).map((r) => [r.column, r.code]),
    [['主体类型', 'value-required']],
  );
});

void test('R-13.2 a code Excel turned into a number (1.50102E+17) is named as such, not as a bad check digit', () => {
  const person = { ...GOOD, 主体类型: '个人', 统一社会信用代码: '' };
  const found = rejections({ ...person, 身份证号: '1.50102E+17' });
  assert.deepEqual(
    found.map((r) => [r.column, r.code]),
    [['身份证号', 'code-as-number']],
  );
  assert.match(found[0]!.message, /文本/);
  assert.deepEqual(
    rejections({ ...GOOD, 统一社会信用代码: '9.11508E+17' }).map((r) => [r.column, r.code]),
    [['统一社会信用代码', 'code-as-number']],
  );
});

void test('R-13.2 invalid ID numbers are rejected with their specific code', () => {
  const person = { ...GOOD, 主体类型: '个人', 统一社会信用代码: '' };
  const cases: readonly [string, string][] = [
    ['1101051949123100', 'id-number-length'],
    ['99010519491231002X', 'id-number-region'],
    ['110105194902300021', 'id-number-birth-date'],
    ['110105194912310021', 'id-number-check-digit'],
  ];
  for (const [id, code] of cases) {
    assert.deepEqual(
      rejections({ ...person, 身份证号: id }).map((r) => [r.column, r.code]),
      [['身份证号', code]],
      id,
    );
  }
});

void test('R-13.2 a header without a required column is one file-level rejection', () => {
  const missing = resolveEntityColumns(['名称', '统一社会信用代码', '行业', '备注']);
  assert.deepEqual(missing.ok ? null : missing.rejection, {
    row: 1,
    column: '主体类型、行政区划代码',
    code: 'missing-column',
    message: '表头缺少必填列：主体类型、行政区划代码',
  });
  const noCode = resolveEntityColumns(['名称', '主体类型', '行政区划代码', '行业']);
  assert.equal(noCode.ok ? null : noCode.rejection.code, 'missing-column');
  const twice = resolveEntityColumns([...HEADERS, 'creditCode']);
  assert.equal(twice.ok ? null : twice.rejection.code, 'duplicate-column');
  assert.ok(resolveEntityColumns([...HEADERS, '备注', '联系电话']).ok, 'unknown columns are ignored');
  assert.ok(resolveEntityColumns(['名称*', '主体类型（必填）', ' 身份证号 ', '行政区划代码', '行业']).ok);
  // Headers as other registers' exports name them (market-regulation lists, station ledgers).
  const exported = resolveEntityColumns([
    '单位名称',
    '主体类型',
    '社会信用代码',
    '法人',
    '经营地址',
    '行政区划',
    '所属行业',
  ]);
  assert.ok(exported.ok);
  assert.deepEqual(
    [...exported.value.entries()],
    [
      ['name', '单位名称'],
      ['kind', '主体类型'],
      ['creditCode', '社会信用代码'],
      ['legalRepresentative', '法人'],
      ['address', '经营地址'],
      ['regionCode', '行政区划'],
      ['industry', '所属行业'],
    ],
  );
});

void test('R-N.10 issue 10.7 a 联系电话 column (手机号码, 联系方式 …) is read, normalised, and a bad number named', () => {
  const columns = resolveEntityColumns([
    '名称',
    '主体类型',
    '统一社会信用代码',
    '行政区划代码',
    '行业',
    '手机号码',
  ]);
  assert.ok(columns.ok);
  const at = (phone: string) =>
    parseEntityRow(
      {
        名称: '临河区迎宾宾馆',
        统一社会信用代码: '91150802MA0N7Q3K1C',
        行政区划代码: '150802',
        行业: '旅馆业',
        手机号码: phone,
      },
      2,
      columns.value,
    );
  const good = at('139 1234 5678');
  assert.ok(good.ok && good.value.contactPhone === '13912345678');
  const bad = at('12345');
  assert.ok(!bad.ok);
  assert.deepEqual(
    bad.rejections.map((r) => [r.code, r.column]),
    [['phone-invalid', '手机号码']],
  );
});
