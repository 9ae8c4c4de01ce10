import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NATIONAL_RESULT_CODE_SET } from '../inspection/result-code.ts';
import { resultSeverity } from './result-severity.ts';

test('R-26.1 result tags: nothing found, a status, a problem, and the serious ones', () => {
  assert.equal(resultSeverity({ code: 'no-problem' }), 'none');
  assert.equal(resultSeverity({ code: 'deregistered' }), 'status');
  assert.equal(resultSeverity({ code: 'problem-pending' }), 'problem');
  assert.equal(resultSeverity({ code: 'serious-non-cooperation' }), 'serious');
  assert.equal(resultSeverity({ code: 'false-disclosure' }), 'serious');
  assert.equal(resultSeverity({ label: '不配合检查情节严重' }), 'serious', 'by label (the archive)');
  assert.equal(resultSeverity({ code: 'no-such-code' }), 'status', 'unknown: neutral');
  const refined = [
    ...NATIONAL_RESULT_CODE_SET,
    {
      code: 'za-refused',
      label: '拒绝检查',
      kind: 'problem' as const,
      national: 'serious-non-cooperation' as const,
    },
  ];
  assert.equal(
    resultSeverity({ code: 'za-refused' }, refined),
    'serious',
    'a department code by its national code',
  );
});
