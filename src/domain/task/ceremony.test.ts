import { test } from 'node:test';
import assert from 'node:assert/strict';
import { transition } from './ceremony.ts';
import { entityExclusion, inspectorExclusion } from './exclusion.ts';

test('R-N.6 R-20.2 the ceremony moves only forward; confirmation needs every signature; no re-draw', () => {
  assert.deepEqual(transition('announced', { type: 'commit', allCommitted: true }), {
    ok: true,
    next: 'revealing',
  });
  assert.equal(transition('announced', { type: 'reveal', allRevealed: true }).ok, false);
  assert.deepEqual(transition('revealing', { type: 'reveal', allRevealed: true }), {
    ok: true,
    next: 'revealed',
  });
  const unsigned = transition('computed', { type: 'confirm', allSigned: false });
  assert.ok(!unsigned.ok && unsigned.error === 'signatures-missing');
  const again = transition('confirmed', { type: 'abort', anyRevealed: true, missedRevealConfirmed: false });
  assert.ok(!again.ok && again.error === 'draw-confirmed');
  const aborted = transition('aborted', { type: 'commit', allCommitted: true });
  assert.ok(!aborted.ok && aborted.error === 'draw-aborted');
});

test('R-N.6 R-20.2 once a nonce is revealed the drawer cannot abort: only a missed reveal, confirmed by the supervisor', () => {
  const abort = (anyRevealed: boolean, missedRevealConfirmed: boolean) =>
    ({ type: 'abort', anyRevealed, missedRevealConfirmed }) as const;
  assert.deepEqual(transition('announced', abort(false, false)), { ok: true, next: 'aborted' });
  assert.deepEqual(transition('revealing', abort(false, false)), { ok: true, next: 'aborted' });
  const afterReveal = transition('revealing', abort(true, false));
  assert.ok(!afterReveal.ok && afterReveal.error === 'abort-after-reveal');
  assert.deepEqual(transition('revealing', abort(true, true)), { ok: true, next: 'aborted' });
  // With every nonce out the result is fixed: seeing it and aborting would be a re-draw.
  for (const state of ['revealed', 'computed'] as const) {
    const refused = transition(state, abort(true, true));
    assert.ok(!refused.ok && refused.error === 'draw-wrong-state', state);
  }
});

test('R-14.1 R-18.2 R-N.3 R-4.1 entity exclusion codes, the first that applies', () => {
  const base = {
    status: 'active' as const,
    superiorDrawn: null,
    drawsThisYear: 0,
    yearlyCap: 2,
    targeted: null,
  };
  assert.equal(entityExclusion(base).code, 0);
  assert.equal(entityExclusion({ ...base, status: 'deregistered', superiorDrawn: 'X' }).code, 1);
  assert.equal(entityExclusion({ ...base, superiorDrawn: 'X', drawsThisYear: 5 }).code, 2);
  assert.equal(entityExclusion({ ...base, drawsThisYear: 2 }).code, 3);
  assert.equal(entityExclusion({ ...base, targeted: 'complaint' }).code, 4);
});

test('R-16.1 R-N.4 inspector exclusion codes on the draw date', () => {
  const base = {
    status: 'active' as const,
    unavailable: null,
    certificateValidUntil: '2026-12-31',
    qualifiedItemCodes: ['A'],
  };
  assert.equal(inspectorExclusion(base, '2026-03-16', ['A']).code, 0);
  assert.equal(inspectorExclusion({ ...base, unavailable: '休假' }, '2026-03-16', ['A']).code, 1);
  assert.equal(inspectorExclusion(base, '2027-01-01', ['A']).code, 2);
  assert.equal(inspectorExclusion(base, '2026-03-16', ['B']).code, 3);
});
