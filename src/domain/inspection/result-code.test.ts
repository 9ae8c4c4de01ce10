import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  findResultCode,
  isProblemFound,
  mergeResultCodes,
  NATIONAL_RESULT_CODE_SET,
  NATIONAL_RESULT_CODES,
} from './result-code.ts';

test('R-N.7 the national set has the 11 codes with their Chinese labels, in order', () => {
  assert.equal(NATIONAL_RESULT_CODES.length, 11);
  assert.deepEqual(
    NATIONAL_RESULT_CODE_SET.map((r) => r.label),
    [
      '未发现问题',
      '发现问题待后续处理',
      '发现问题经责令已改正',
      '未按规定公示应当公示的信息',
      '公示信息隐瞒真实情况弄虚作假',
      '通过登记的住所（经营场所）无法联系',
      '不配合检查情节严重',
      '未发现开展本次抽查涉及的经营活动',
      '已关闭停业或正在组织清算',
      '注销',
      '被吊销',
    ],
  );
});

test('R-N.7 codes 2–7 count as "problem found"; no-problem and the status codes do not', () => {
  const found = NATIONAL_RESULT_CODE_SET.filter(isProblemFound).map((r) => r.code);
  assert.deepEqual(found, [
    'problem-pending',
    'corrected-on-order',
    'not-disclosed',
    'false-disclosure',
    'unreachable',
    'serious-non-cooperation',
  ]);
  assert.equal(findResultCode(NATIONAL_RESULT_CODE_SET, 'no-problem')?.kind, 'none');
  assert.equal(findResultCode(NATIONAL_RESULT_CODE_SET, 'revoked')?.kind, 'status');
});

test('R-N.7 a department adds its own codes, each refining a national one', () => {
  const r = mergeResultCodes([
    { code: 'guest-register-missing', label: '未按规定登记旅客信息', refines: 'problem-pending' },
  ]);
  assert.ok(r.ok);
  assert.equal(r.value.length, 12);
  assert.deepEqual(findResultCode(r.value, 'guest-register-missing'), {
    code: 'guest-register-missing',
    label: '未按规定登记旅客信息',
    kind: 'problem',
    national: 'problem-pending',
  });
});

test('R-N.7 a department code that clashes with a code or label, or refines nothing national, is refused', () => {
  const codes = (extra: Parameters<typeof mergeResultCodes>[0]) => {
    const r = mergeResultCodes(extra);
    return r.ok ? [] : r.problems.map((p) => p.code);
  };
  assert.deepEqual(codes([{ code: 'no-problem', label: '合格', refines: 'no-problem' }]), [
    'result-code-clash',
  ]);
  assert.deepEqual(codes([{ code: 'ok-2', label: '注销', refines: 'deregistered' }]), ['result-label-clash']);
  assert.deepEqual(
    codes([
      { code: 'x-1', label: '甲', refines: 'no-problem' },
      { code: 'x-1', label: '乙', refines: 'no-problem' },
    ]),
    ['result-code-clash'],
  );
  assert.deepEqual(codes([{ code: 'x-2', label: '丙', refines: 'made-up' }]), ['result-code-unknown']);
  assert.deepEqual(codes([{ code: 'Bad Code', label: '丁', refines: 'no-problem' }]), ['result-code-format']);
});
