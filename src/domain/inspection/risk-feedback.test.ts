import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { InspectionReport } from './report.ts';
import { riskFeedback, type RiskStanding } from './risk-feedback.ts';
import { problemReport, report } from './inspection.fixture.ts';

const clean: RiskStanding = { flags: [], riskClass: 'A' };
const summary = (r: Partial<InspectionReport>, s: RiskStanding = clean) =>
  riskFeedback({ ...problemReport, ...r }, s).map((c) =>
    c.kind === 'flag' ? `${c.flag}<${c.source.rule}` : `${c.from}->${c.to}<${c.source.rule}`,
  );

test('R-9.2 a clean report changes nothing', () => {
  assert.deepEqual(riskFeedback(report, clean), []);
  assert.deepEqual(summary({}), []);
});

test('R-25.1 R-9.2 non-cooperation sets refused-inspection; serious non-cooperation raises the class to C', () => {
  const blocked = [{ kind: 'blocked-entry' as const, description: '' }];
  const none = { kind: 'none' as const };
  assert.deepEqual(summary({ nonCooperation: blocked }), ['refused-inspection<non-cooperation']);
  assert.deepEqual(
    summary({ nonCooperation: blocked, handling: none, resultCode: 'serious-non-cooperation' }),
    ['refused-inspection<serious-non-cooperation', 'A->C<serious-non-cooperation'],
  );
  const lying = [{ kind: 'false-information' as const, description: '提供虚假登记簿' }];
  assert.deepEqual(summary({ nonCooperation: lying }), [
    'refused-inspection<false-information',
    'A->C<false-information',
  ]);
});

test('R-24.2 R-9.2 a criminal referral sets serious-violation and class D', () => {
  const changes = riskFeedback(
    { ...problemReport, handling: { kind: 'criminal-referral', recipientUnit: null } },
    clean,
  );
  assert.deepEqual(
    changes.map((c) => c.kind),
    ['flag', 'class'],
  );
  assert.deepEqual(changes[1], {
    kind: 'class',
    from: 'A',
    to: 'D',
    source: { reportId: 'rep-1', rule: 'criminal-referral', requirement: 'R-24.2', reason: '涉嫌犯罪移送' },
  });
});

test('R-9.2 a case opened for false disclosure is a serious violation and puts the entity on the abnormal list', () => {
  assert.deepEqual(summary({ resultCode: 'false-disclosure' }), [
    'refused-inspection<false-information',
    'serious-violation<serious-case',
    'abnormal-list<abnormal-result',
    'A->C<false-information',
  ]);
  assert.deepEqual(
    summary({
      resultCode: 'serious-non-cooperation',
      nonCooperation: [{ kind: 'blocked-entry', description: '' }],
    }),
    [
      'refused-inspection<serious-non-cooperation',
      'serious-violation<serious-case',
      'A->C<serious-non-cooperation',
    ],
  );
});

test('R-9.2 R-N.11 unreachable or undisclosed results and list follow-ups set abnormal-list; blacklist gives D', () => {
  assert.deepEqual(summary({ resultCode: 'unreachable' }), ['abnormal-list<abnormal-result']);
  assert.deepEqual(summary({ resultCode: 'not-disclosed' }), ['abnormal-list<abnormal-result']);
  const listed = [
    { id: 'f', kind: 'abnormal-list' as const, state: 'open' as const, closedOn: null, closingNote: null },
  ];
  assert.deepEqual(summary({ followUps: listed }), ['abnormal-list<abnormal-list']);
  const black = [{ ...listed[0]!, kind: 'blacklist' as const }];
  assert.deepEqual(summary({ followUps: black }), ['abnormal-list<blacklist', 'A->D<blacklist']);
});

test('R-9.2 flags already set are not set again and a class is never lowered', () => {
  const standing: RiskStanding = { flags: ['refused-inspection'], riskClass: 'D' };
  const blocked = [{ kind: 'blocked-entry' as const, description: '' }];
  assert.deepEqual(
    summary(
      { resultCode: 'serious-non-cooperation', nonCooperation: blocked, handling: { kind: 'none' } },
      standing,
    ),
    [],
  );
  assert.deepEqual(
    summary({ handling: { kind: 'criminal-referral', recipientUnit: null } }, { flags: [], riskClass: 'D' }),
    ['serious-violation<criminal-referral'],
  );
});
