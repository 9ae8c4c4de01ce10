import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkReport, type InspectionReport } from './report.ts';
import { mergeResultCodes } from './result-code.ts';
import { problemReport, record, report } from './inspection.fixture.ts';
import type { InspectionRecord } from './inspection-record.ts';

const codes = (
  r: Partial<InspectionReport>,
  base: InspectionReport = report,
  rec: InspectionRecord = record,
) => {
  const out = checkReport({ ...base, ...r }, rec);
  return out.ok ? [] : out.problems.map((p) => p.code);
};

test('R-24.1 R-N.7 a no-problem report and a report with a case are accepted', () => {
  assert.deepEqual(codes({}), []);
  assert.deepEqual(codes({}, problemReport), []);
});

test('R-24.1 the report combines the findings of every method used in the record', () => {
  const both: InspectionRecord = { ...record, methods: ['on-site', 'document'] };
  assert.deepEqual(codes({}, report, both), ['method-findings-missing']);
  const findings = [...report.findings, { method: 'document' as const, summary: '查阅住宿登记簿，登记完整' }];
  assert.deepEqual(codes({ findings }, report, both), []);
  assert.deepEqual(codes({ findings: [{ method: 'on-site', summary: ' ' }] }), ['method-findings-missing']);
  assert.deepEqual(codes({ findings }), ['method-not-used']);
});

test('R-N.7 a result code outside the set is refused; a department code is accepted with its set', () => {
  assert.deepEqual(codes({ resultCode: 'fine' }), ['result-code-unknown']);
  const set = mergeResultCodes([
    { code: 'guest-register-missing', label: '未登记旅客信息', refines: 'problem-pending' },
  ]);
  assert.ok(set.ok);
  const r = checkReport({ ...problemReport, resultCode: 'guest-register-missing' }, record, set.value);
  assert.ok(r.ok);
});

test('R-24.2 R-N.7 a no-problem result cannot carry a handling or non-cooperation', () => {
  assert.deepEqual(codes({ handling: { kind: 'own-case', caseNumber: '118' } }), [
    'handling-without-problem',
  ]);
  assert.deepEqual(codes({ nonCooperation: [{ kind: 'blocked-entry', description: '' }] }), [
    'non-cooperation-without-problem',
  ]);
  assert.deepEqual(codes({ resultCode: 'deregistered', handling: { kind: 'own-case', caseNumber: '1' } }), [
    'handling-without-problem',
  ]);
});

test('R-11.1 R-N.7 a record with a 不符合 row cannot be reported as 未发现问题', () => {
  const rows = [
    { checklistCode: 'C1', finding: 'non-compliant' as const, note: '未登记' },
    ...record.rows.slice(1),
  ];
  assert.deepEqual(codes({}, report, { ...record, rows }), ['result-contradicts-record']);
});

test('R-25.1 the five non-cooperation circumstances; "other" needs a description', () => {
  const base = { resultCode: 'serious-non-cooperation', handling: { kind: 'none' as const }, followUps: [] };
  assert.deepEqual(
    codes({ ...base, nonCooperation: [{ kind: 'blocked-questioning', description: '' }] }),
    [],
  );
  assert.deepEqual(codes({ ...base, nonCooperation: [{ kind: 'other-obstruction', description: '' }] }), [
    'non-cooperation-description-required',
  ]);
  assert.deepEqual(codes({ ...base, nonCooperation: [{ kind: 'threats' as never, description: 'x' }] }), [
    'non-cooperation-unknown',
  ]);
  const twice = [
    { kind: 'blocked-entry' as const, description: '' },
    { kind: 'blocked-entry' as const, description: '' },
  ];
  assert.deepEqual(codes({ ...base, nonCooperation: twice }), ['non-cooperation-duplicate']);
  assert.deepEqual(codes({ ...base, nonCooperation: [] }), ['non-cooperation-required']);
});

test('R-24.2 own case needs its number, a transfer its recipient, and both leave a follow-up', () => {
  assert.deepEqual(codes({ handling: { kind: 'own-case', caseNumber: ' ' } }, problemReport), [
    'case-number-required',
  ]);
  const transfer = { kind: 'transferred' as const, recipientDepartment: '区市场监督管理局' };
  assert.deepEqual(codes({ handling: transfer }, problemReport), ['handling-follow-up-missing']);
  const tracked = [
    { id: 'fu-2', kind: 'transfer' as const, state: 'open' as const, closedOn: null, closingNote: null },
  ];
  assert.deepEqual(codes({ handling: transfer, followUps: tracked }, problemReport), []);
  assert.deepEqual(
    codes({ handling: { ...transfer, recipientDepartment: '' }, followUps: tracked }, problemReport),
    ['recipient-required'],
  );
  const crime = { kind: 'criminal-referral' as const, recipientUnit: null };
  assert.deepEqual(codes({ handling: crime }, problemReport), ['handling-follow-up-missing']);
});

test('R-N.11 a pending result needs a handling or a follow-up; a closed follow-up says how', () => {
  assert.deepEqual(codes({ handling: { kind: 'none' }, followUps: [] }, problemReport), [
    'follow-up-required',
  ]);
  const closed = [
    {
      id: 'fu-1',
      kind: 'order-to-correct' as const,
      state: 'closed' as const,
      closedOn: null,
      closingNote: null,
    },
  ];
  assert.deepEqual(codes({ followUps: closed }, problemReport), ['closing-note-required']);
});

test('R-24.1 the report belongs to the record and has an opinion', () => {
  assert.deepEqual(codes({ recordId: 'rec-2' }), ['report-record-mismatch']);
  assert.deepEqual(codes({ opinion: '' }), ['opinion-required']);
});
