import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkInspectionRecord, type InspectionRecord, type RecordContext } from './inspection-record.ts';
import { context, record, signature } from './inspection.fixture.ts';

const codes = (r: Partial<InspectionRecord>, c: Partial<RecordContext> = {}) => {
  const out = checkInspectionRecord({ ...record, ...r }, { ...context, ...c });
  return out.ok ? [] : out.problems.map((p) => p.code);
};

test('R-22.1 R-23.1 R-11.1 a complete on-site record is accepted', () => {
  const r = checkInspectionRecord(record, context);
  assert.ok(r.ok, JSON.stringify(r));
  assert.equal(r.value, record);
});

test('R-22.1 an on-site record needs two inspectors present and the police ID shown', () => {
  const one = record.inspectors.slice(0, 1);
  assert.deepEqual(codes({ inspectors: one }), ['on-site-too-few-inspectors']);
  assert.deepEqual(codes({ policeIdShown: false }), ['police-id-not-shown']);
  const twice = [record.inspectors[0]!, record.inspectors[0]!];
  assert.deepEqual(codes({ inspectors: twice }), ['inspector-duplicate', 'on-site-too-few-inspectors']);
});

test('R-10.1 a document-only record may have one inspector and no party confirmation', () => {
  const r = {
    methods: ['document'] as const,
    inspectors: record.inspectors.slice(0, 1),
    party: null,
    policeIdShown: false,
  };
  assert.deepEqual(codes(r), []);
});

test('R-10.1 methods are required, known, allowed by the item and not repeated', () => {
  assert.deepEqual(codes({ methods: [] }), ['methods-required']);
  assert.deepEqual(codes({ methods: ['on-site', 'online'] }), ['method-not-allowed']);
  assert.deepEqual(codes({ methods: ['on-site', 'on-site'] }), ['method-duplicate']);
});

test('R-19.2 R-21.2 every inspector is a team member or an approved replacement', () => {
  const stranger = [...record.inspectors, { badgeNumber: '150899', name: '赵强', signature: signature() }];
  assert.deepEqual(codes({ inspectors: stranger }), ['inspector-not-in-team']);
  const replacement = { replacements: [{ replaced: '150802', by: '150899' }] };
  const withReplacement = [
    record.inspectors[0]!,
    { badgeNumber: '150899', name: '赵强', signature: signature() },
  ];
  assert.deepEqual(codes({ inspectors: withReplacement }, replacement), []);
  assert.deepEqual(codes({}, replacement), ['inspector-replaced']);
});

test('R-5.1 the responsible inspector is one of the record’s inspectors', () => {
  assert.deepEqual(codes({ responsibleBadgeNumber: '150899' }), ['responsible-not-inspector']);
});

test('R-11.1 one row per check content of the item’s published checklist, none extra', () => {
  const rows = record.rows;
  assert.deepEqual(codes({ rows: rows.slice(0, 2) }), ['checklist-row-missing']);
  assert.deepEqual(codes({ rows: [...rows, { checklistCode: 'X9', finding: 'compliant', note: '' }] }), [
    'checklist-row-not-in-item',
  ]);
  assert.deepEqual(codes({ rows: [...rows, rows[0]!] }), ['checklist-row-duplicate']);
});

test('R-11.1 each row is 符合, 不符合 or 不适用, and 不符合 says what was found', () => {
  const bad = [
    { checklistCode: 'C1', finding: 'non-compliant' as const, note: ' ' },
    ...record.rows.slice(1),
  ];
  assert.deepEqual(codes({ rows: bad }), ['finding-note-required']);
  const unknown = [{ checklistCode: 'C1', finding: 'ok' as never, note: '' }, ...record.rows.slice(1)];
  assert.deepEqual(codes({ rows: unknown }), ['finding-invalid']);
});

test('R-23.1 each inspector signs; the party signs or seals', () => {
  const unsigned = [record.inspectors[0]!, { ...record.inspectors[1]!, signature: null }];
  assert.deepEqual(codes({ inspectors: unsigned }), ['signature-missing']);
  const badDigest = {
    kind: 'signed' as const,
    signerName: '王经理',
    signature: { ...signature(), imageSha256: 'xyz' },
  };
  assert.deepEqual(codes({ party: badDigest }), ['signature-digest-invalid']);
  assert.deepEqual(codes({ party: null }), ['party-confirmation-missing']);
  assert.deepEqual(codes({ party: { kind: 'signed', signerName: '', signature: signature() } }), [
    'required',
  ]);
});

test('R-23.1 a refusal needs its reason; a witness may sign instead', () => {
  assert.deepEqual(
    codes({ party: { kind: 'refused', reason: '负责人不在场，拒绝签字', witness: null } }),
    [],
  );
  assert.deepEqual(codes({ party: { kind: 'refused', reason: ' ', witness: null } }), [
    'refusal-reason-required',
  ]);
  const witness = { name: '社区网格员刘某', signature: signature() };
  assert.deepEqual(codes({ party: { kind: 'refused', reason: '拒绝签字', witness } }), []);
  const unsignedWitness = { name: '刘某', signature: { ...signature(), imageSha256: '' } };
  assert.deepEqual(codes({ party: { kind: 'refused', reason: '拒绝签字', witness: unsignedWitness } }), [
    'signature-digest-invalid',
  ]);
});

test('R-8.1 R-4.1 a random record needs an entity drawn in the task; a targeted one needs one of the five reasons', () => {
  assert.deepEqual(codes({}, { entityDrawn: false }), ['entity-not-drawn']);
  const targeted = { basis: { kind: 'targeted' as const, reason: 'complaint' as const, note: '12345 转办' } };
  assert.deepEqual(codes(targeted, { entityDrawn: false, window: null }), []);
  const badReason = { basis: { kind: 'targeted' as const, reason: 'whim' as never, note: '' } };
  assert.deepEqual(codes(badReason, { entityDrawn: false }), ['targeted-reason-invalid']);
});

test('R-10.3 the check date is real, not in the future and inside the task window', () => {
  assert.deepEqual(codes({ checkedOn: '2025-06-31' }), ['invalid-date']);
  assert.deepEqual(codes({ checkedOn: '2025-06-21' }), ['check-date-in-future']);
  assert.deepEqual(codes({ checkedOn: '2025-05-31' }), ['check-date-outside-window']);
  assert.deepEqual(codes({ checkedOn: '2025-05-31' }, { window: null }), []);
});

test('R-10.2 attachments carry a SHA-256 digest and appear once', () => {
  const a = record.attachments[0]!;
  assert.deepEqual(codes({ attachments: [{ ...a, sha256: 'B'.repeat(64) }] }), ['attachment-digest-invalid']);
  assert.deepEqual(codes({ attachments: [a, a] }), ['attachment-duplicate']);
});
