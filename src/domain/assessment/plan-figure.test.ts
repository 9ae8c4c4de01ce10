import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bpOf, FLOOR, planAchievement, publicationFlag, type PlanCounts } from './plan-figure.ts';

const base: PlanCounts = {
  roundsPlanned: 2,
  roundsDue: 0,
  roundsDrawn: 2,
  plannedRateBp: 200,
  directory: 149,
  drawn: 6,
  inspected: 3,
  overdueTasks: 0,
  dueSoonTasks: 0,
};

test('R-27.1 R-18.1 the floor is 2 % and 2 rounds; a ratio is rounded down, never up to the floor', () => {
  assert.deepEqual(FLOOR, { rateBp: 200, rounds: 2 });
  assert.equal(bpOf(2, 149), 134);
  assert.equal(bpOf(3, 149), 201);
  assert.equal(bpOf(1, 0), 0);
});

test('R-27.1 a plan meets the floor with 2 rounds drawn and at least 2 % inspected', () => {
  assert.deepEqual(planAchievement(base), {
    achievedBp: 201,
    completionPercent: 50,
    meetsPlan: true,
    meetsFloor: true,
    flag: null,
  });
  const short = planAchievement({ ...base, inspected: 2 });
  assert.equal(short.meetsFloor, false, '1.34 % is below 2 %');
  assert.equal(planAchievement({ ...base, roundsDrawn: 1 }).meetsFloor, false);
  assert.equal(planAchievement({ ...base, plannedRateBp: 500 }).meetsPlan, false, 'the plan asked for 5 %');
  assert.equal(planAchievement({ ...base, drawn: 0 }).completionPercent, null);
});

test('R-27.1 red when a round closed undrawn or a draw date passed, yellow when a draw is near', () => {
  assert.equal(planAchievement({ ...base, roundsDue: 2, roundsDrawn: 1 }).flag, 'red');
  assert.equal(planAchievement({ ...base, overdueTasks: 1 }).flag, 'red');
  assert.equal(planAchievement({ ...base, dueSoonTasks: 1 }).flag, 'yellow');
  assert.equal(publicationFlag({ late: 0, overdue: 1, dueSoon: 0 }), 'red');
  assert.equal(publicationFlag({ late: 0, overdue: 0, dueSoon: 2 }), 'yellow');
  assert.equal(publicationFlag({ late: 0, overdue: 0, dueSoon: 0 }), null);
});
