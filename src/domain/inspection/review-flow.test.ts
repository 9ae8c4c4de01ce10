import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  INITIAL_REVIEW_STATE,
  publicResultOf,
  reviewTransition,
  type ReviewEvent,
  type ReviewState,
} from './review-flow.ts';
import { report } from './inspection.fixture.ts';

const AUTHOR = report.authorId;
const submit = (on = '2025-06-11', r = report): ReviewEvent => ({
  type: 'submit',
  actorId: AUTHOR,
  on,
  report: r,
});

function run(events: readonly ReviewEvent[], from: ReviewState = INITIAL_REVIEW_STATE): ReviewState {
  return events.reduce((s, e) => {
    const r = reviewTransition(s, e);
    assert.ok(r.ok, JSON.stringify(r));
    return r.value;
  }, from);
}
const refused = (s: ReviewState, e: ReviewEvent) => {
  const r = reviewTransition(s, e);
  return r.ok ? [] : r.problems.map((p) => p.code);
};

const approve: ReviewEvent = { type: 'approve', actorId: 'leader-li', on: '2025-06-12', opinion: null };
const publish: ReviewEvent = {
  type: 'publish',
  actorId: 'clerk-wu',
  on: '2025-06-13',
  privacyApprovedBy: null,
};

test('R-N.8 not entered → awaiting review → approved → published, each step in the history', () => {
  const s = run([submit(), approve, publish]);
  assert.equal(s.status, 'published');
  assert.equal(s.approvedOn, '2025-06-12');
  assert.equal(s.publishedOn, '2025-06-13');
  assert.deepEqual(
    s.history.map((h) => [h.from, h.to, h.actorId]),
    [
      ['not-entered', 'awaiting-review', AUTHOR],
      ['awaiting-review', 'approved', 'leader-li'],
      ['approved', 'published', 'clerk-wu'],
    ],
  );
});

test('R-N.8 a returned report goes back to review after a revised version is submitted', () => {
  const back: ReviewEvent = {
    type: 'return',
    actorId: 'leader-li',
    on: '2025-06-12',
    opinion: '请补充书面核查情况',
  };
  const returned = run([submit(), back]);
  assert.equal(returned.status, 'returned');
  assert.deepEqual(refused(returned, submit('2025-06-13')), ['report-version-stale']);
  const again = run([submit('2025-06-13', { ...report, version: 2 })], returned);
  assert.equal(again.status, 'awaiting-review');
  assert.equal(again.reportVersion, 2);
});

test('R-N.8 a rejected report is final for its version; a new version starts its review again', () => {
  const rejected = run([
    submit(),
    { type: 'reject', actorId: 'leader-li', on: '2025-06-12', opinion: '事实不清' },
  ]);
  assert.deepEqual(refused(rejected, publish), ['review-final']);
  assert.deepEqual(refused(rejected, approve), ['review-final']);
  assert.deepEqual(refused(rejected, submit('2025-06-13')), ['report-version-stale']);
  const again = run([submit('2025-06-13', { ...report, version: 2 })], rejected);
  assert.equal(again.status, 'awaiting-review');
  assert.equal(again.reportVersion, 2);
  assert.deepEqual(
    again.history.map((h) => h.to),
    ['awaiting-review', 'rejected', 'awaiting-review'],
    'the rejected version stays in the history',
  );
});

test('R-N.8 the author cannot review their own report (self-review)', () => {
  const waiting = run([submit()]);
  assert.deepEqual(refused(waiting, { ...approve, actorId: AUTHOR }), ['self-review']);
  const bySubmitter = run([{ ...submit(), actorId: 'clerk-wu' }]);
  assert.deepEqual(refused(bySubmitter, { ...approve, actorId: 'clerk-wu' }), ['self-review']);
  assert.deepEqual(
    refused(waiting, { type: 'return', actorId: 'leader-li', on: '2025-06-12', opinion: '' }),
    ['opinion-required'],
  );
});

test('R-N.8 nothing is published before approval', () => {
  assert.deepEqual(refused(INITIAL_REVIEW_STATE, publish), ['publish-before-approval']);
  assert.deepEqual(refused(run([submit()]), publish), ['publish-before-approval']);
  assert.deepEqual(refused(run([submit(), approve, publish]), { ...publish, on: '2025-06-14' }), [
    'already-published',
  ]);
  assert.deepEqual(refused(INITIAL_REVIEW_STATE, approve), ['invalid-transition']);
});

test('R-N.8 a report cannot be entered without an inspection record', () => {
  assert.deepEqual(refused(INITIAL_REVIEW_STATE, submit('2025-06-11', { ...report, recordId: '' })), [
    'record-required',
  ]);
});

test('R-N.10 a report touching privacy is published only with an approval by someone else', () => {
  const s = run([submit('2025-06-11', { ...report, touchesPrivacy: true }), approve]);
  assert.deepEqual(refused(s, publish), ['privacy-approval-required']);
  assert.deepEqual(refused(s, { ...publish, privacyApprovedBy: AUTHOR }), ['self-review']);
  assert.equal(run([{ ...publish, privacyApprovedBy: 'director-zhao' }], s).status, 'published');
});

test('R-10.3 steps are dated and never go back in time', () => {
  const s = run([submit('2025-06-11')]);
  assert.deepEqual(refused(s, { ...approve, on: '2025-06-10' }), ['date-before-previous']);
});

test('R-N.8 DOMAIN §3 no result text — never 未发现问题 — before the approved report is published', () => {
  const states = [INITIAL_REVIEW_STATE, run([submit()]), run([submit(), approve])];
  for (const s of states) {
    for (const r of [null, report]) {
      const shown = publicResultOf(s, r);
      assert.equal(shown.shown, false);
      assert.doesNotMatch(JSON.stringify(shown), /未发现问题|no-problem/);
    }
  }
  const published = run([submit(), approve, publish]);
  assert.equal(publicResultOf(published, null).shown, false);
  assert.equal(publicResultOf(published, { ...report, version: 2 }).shown, false);
  assert.deepEqual(publicResultOf(published, report), {
    shown: true,
    resultCode: 'no-problem',
    resultLabel: '未发现问题',
    publishedOn: '2025-06-13',
  });
});
