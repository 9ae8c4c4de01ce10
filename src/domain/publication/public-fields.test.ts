import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { idNumberCheckChar } from '../validation/id-number.ts';
import { record, report } from '../inspection/inspection.fixture.ts';
import { INITIAL_REVIEW_STATE, type ReviewState } from '../inspection/review-flow.ts';
import { needsPrivacyApproval } from './privacy-approval.ts';
import {
  handlingSummary,
  maskFreeText,
  PUBLIC_INSPECTION_FIELDS,
  publicInspectionResult,
  type EntityForPublication,
  type InspectionForPublication,
} from './public-fields.ts';

const published: ReviewState = {
  ...INITIAL_REVIEW_STATE,
  status: 'published',
  recordId: report.recordId,
  reportId: report.id,
  reportVersion: report.version,
  authorId: report.authorId,
  approvedOn: '2025-06-12',
  publishedOn: '2025-06-13',
};

const person = {
  kind: 'person' as const,
  name: '王某某',
  creditCode: null,
  idNumber: '150802199001011238',
  address: '内蒙古自治区巴彦淖尔市临河区新华街道胜利路18号3号楼2单元501室',
  phone: '13812345678',
  riskClass: 'D' as const,
  riskFlags: ['refused-inspection'],
};

const input = (entity: EntityForPublication = person): InspectionForPublication => ({
  entity,
  item: { code: 'ZA-001', name: '旅馆业治安管理检查' },
  record,
  report,
  review: published,
});

test('R-26.1 R-N.10 the public result of an inspection lists only allow-listed fields', () => {
  const r = publicInspectionResult(input());
  assert.ok(r.ok);
  assert.deepEqual(r.value, {
    entityName: '王**', // R-N.10: a natural person's name is masked
    entityCode: '1508**********1238',
    entityAddress: '内蒙古自治区巴彦淖尔市临河区新华街道****',
    itemCode: 'ZA-001',
    itemName: '旅馆业治安管理检查',
    inspectionType: '双随机抽查',
    checkedOn: '2025-06-10',
    resultLabel: '未发现问题',
    opinion: '未发现违法违规行为',
    handlingSummary: '无',
    publishedOn: '2025-06-13',
    inspectors: ['张伟 (150801)', '李娜 (150802)'],
  });
  assert.deepEqual(Object.keys(r.value).sort(), [...PUBLIC_INSPECTION_FIELDS].sort());
});

test('R-N.10 an organisation shows its credit code and full registered address', () => {
  const org = {
    kind: 'organisation' as const,
    name: '临河区某宾馆',
    creditCode: '91150802MA0N123456',
    idNumber: null,
    address: '临河区胜利路1号',
  };
  const r = publicInspectionResult(input(org));
  assert.ok(r.ok);
  assert.equal(r.value.entityCode, '91150802MA0N123456');
  assert.equal(r.value.entityAddress, '临河区胜利路1号');
});

test('R-N.8 R-26.1 nothing is public before the approved report is published', () => {
  const approved = { ...published, status: 'approved' as const, publishedOn: null };
  const r = publicInspectionResult({ ...input(), review: approved });
  assert.deepEqual(r.ok ? [] : r.problems.map((p) => p.code), ['not-published']);
  assert.equal(publicInspectionResult({ ...input(), review: INITIAL_REVIEW_STATE }).ok, false);
});

test('R-24.2 R-26.1 the handling is summarised for the public', () => {
  const transferred = {
    ...report,
    resultCode: 'problem-pending',
    handling: { kind: 'transferred' as const, recipientDepartment: '区市场监督管理局' },
  };
  const r = publicInspectionResult({ ...input(), report: transferred });
  assert.ok(r.ok);
  assert.equal(r.value.handlingSummary, '已移交区市场监督管理局处理');
  assert.equal(r.value.resultLabel, '发现问题待后续处理');
});

test('R-N.10 ID and mobile numbers typed into free text are masked; the report then needs approval', () => {
  const text = '负责人王某某（身份证150802199001011238，电话13812345678）拒绝提供登记簿';
  assert.equal(maskFreeText(text), '负责人王某某（身份证1508**********1238，电话138****5678）拒绝提供登记簿');
  assert.equal(needsPrivacyApproval({ ...report, opinion: text }), true);
  assert.equal(needsPrivacyApproval(report), false);
  assert.equal(needsPrivacyApproval({ ...report, touchesTradeSecret: true }), true);
  // The receiving department of a transfer is free text as well, and published (found probing as an inspector).
  const handling = {
    kind: 'transferred',
    recipientDepartment: '市场监管局王五（13912345678，身份证110101199003077777）',
  } as const;
  assert.equal(
    handlingSummary(handling),
    '已移交市场监管局王五（139****5678，身份证1101**********7777）处理',
  );
  assert.equal(needsPrivacyApproval({ ...report, handling }), true);
});

const idNumber = fc
  .tuple(
    fc.constantFrom('150802', '110105', '440305'),
    fc.date({ min: new Date('1950-01-01'), max: new Date('2005-12-31'), noInvalidDate: true }),
    fc.integer({ min: 0, max: 999 }),
  )
  .map(([region, born, seq]) => {
    const first17 =
      region + born.toISOString().slice(0, 10).replaceAll('-', '') + String(seq).padStart(3, '0');
    return first17 + idNumberCheckChar(first17);
  });
const mobile = fc
  .tuple(fc.constantFrom('13', '15', '18', '19'), fc.integer({ min: 0, max: 999_999_999 }))
  .map(([p, n]) => p + String(n).padStart(9, '0'));

test('R-N.10 property: no public result ever carries an ID number, a phone number or the risk class', () => {
  fc.assert(
    fc.property(
      idNumber,
      mobile,
      fc.constantFrom('A', 'B', 'C', 'D'),
      fc.string(),
      (id, phone, riskClass, filler) => {
        const entity = { ...person, idNumber: id, phone, riskClass, mobile: phone };
        const inspectors = record.inspectors.map((p) => ({ ...p, idNumber: id, phone }));
        const opinion = `${filler}身份证${id}${filler}手机${phone}`;
        const r = publicInspectionResult({
          ...input(entity),
          record: { ...record, inspectors },
          report: { ...report, opinion },
        });
        assert.ok(r.ok);
        const json = JSON.stringify(r.value);
        assert.ok(!json.includes(id), json);
        assert.ok(!json.includes(phone), json);
        assert.ok(!json.includes('胜利路'), json);
        assert.doesNotMatch(json, /riskClass|riskFlags|idNumber|phone|mobile|signature/);
        assert.deepEqual(Object.keys(r.value).sort(), [...PUBLIC_INSPECTION_FIELDS].sort());
      },
    ),
    { numRuns: 200 },
  );
});
