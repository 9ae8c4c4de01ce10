import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entityExclusion } from '../task/exclusion.ts';
import {
  countsAsRandomDraw,
  isTargetedReason,
  TARGETED_REASON_LABELS,
  TARGETED_REASONS,
  targetedExclusionReason,
} from './targeted.ts';

test('R-4.1 there are exactly the five targeted reasons of Art. 4, each with a label', () => {
  assert.deepEqual(TARGETED_REASONS, [
    'complaint',
    'assigned-or-referred',
    'case-investigation',
    'violation-on-spot',
    'special-campaign',
  ]);
  for (const r of TARGETED_REASONS) assert.ok(TARGETED_REASON_LABELS[r].length > 0);
  assert.equal(isTargetedReason('complaint'), true);
  assert.equal(isTargetedReason('random'), false);
});

test('R-4.1 a targeted inspection never counts as a random draw', () => {
  for (const reason of TARGETED_REASONS)
    assert.equal(countsAsRandomDraw({ kind: 'targeted', reason, note: '' }), false);
  assert.equal(countsAsRandomDraw({ kind: 'random', taskId: 't' }), true);
});

test('R-4.1 an entity under a targeted inspection is excluded from the random pool with code 4', () => {
  const reason = targetedExclusionReason('complaint', '12345 热线转办');
  assert.equal(reason, '群众举报、投诉（12345 热线转办）');
  const ex = entityExclusion({
    status: 'active',
    superiorDrawn: null,
    drawsThisYear: 0,
    yearlyCap: 2,
    targeted: reason,
  });
  assert.equal(ex.code, 4);
  assert.match(ex.reason ?? '', /群众举报/);
});
