import { test } from 'node:test';
import assert from 'node:assert/strict';
import { advanceFollowUp, allFollowUpsClosed, FOLLOW_UP_KINDS, openFollowUp } from './follow-up.ts';

test('R-N.11 the six follow-up kinds are tracked open → in-progress → closed with a closing note', () => {
  assert.equal(FOLLOW_UP_KINDS.length, 6);
  const open = openFollowUp('fu-1', 'order-to-correct');
  const started = advanceFollowUp(open, { type: 'start', actorId: 'u1', on: '2025-06-11' });
  assert.ok(started.ok);
  assert.equal(started.value.state, 'in-progress');
  assert.equal(allFollowUpsClosed([started.value]), false);
  const closed = advanceFollowUp(started.value, {
    type: 'close',
    actorId: 'u1',
    on: '2025-06-30',
    note: '已整改到位',
  });
  assert.ok(closed.ok);
  assert.deepEqual(closed.value, {
    ...open,
    state: 'closed',
    closedOn: '2025-06-30',
    closingNote: '已整改到位',
  });
  assert.equal(allFollowUpsClosed([closed.value]), true);
});

test('R-N.11 closing needs a note, and states cannot be skipped or reopened', () => {
  const open = openFollowUp('fu-1', 'transfer');
  const codes = (r: ReturnType<typeof advanceFollowUp>) => (r.ok ? [] : r.problems.map((p) => p.code));
  assert.deepEqual(
    codes(advanceFollowUp(open, { type: 'close', actorId: 'u', on: '2025-06-30', note: 'x' })),
    ['follow-up-transition'],
  );
  const busy = { ...open, state: 'in-progress' as const };
  assert.deepEqual(
    codes(advanceFollowUp(busy, { type: 'close', actorId: 'u', on: '2025-06-30', note: ' ' })),
    ['closing-note-required'],
  );
  assert.deepEqual(codes(advanceFollowUp(busy, { type: 'start', actorId: 'u', on: '2025-06-30' })), [
    'follow-up-transition',
  ]);
  assert.deepEqual(codes(advanceFollowUp(open, { type: 'start', actorId: 'u', on: '30/06/2025' })), [
    'invalid-date',
  ]);
});
