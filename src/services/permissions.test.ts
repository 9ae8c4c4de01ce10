import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ROLES } from '../db/schema/index.ts';
import { incompatibleRolePairs, roleConflicts } from './account-roles.ts';
import { PERMISSIONS, permits, SEPARATED_DUTIES, type Action } from './permissions.ts';

const BUSINESS: Action[] = [
  'plan.edit',
  'plan.approve',
  'task.create',
  'targeted.record',
  'targeted.approve',
  'draw.announce',
  'draw.run',
  'draw.supervise',
  'draw.abort',
  'replacement.apply',
  'replacement.decide',
  'inspection.write',
  'report.review',
  'report.publish',
  'report.privacy-approve',
  'follow-up.advance',
];

test('R-17.1 R-N.8 the system administrator keeps accounts and the calendar, not plans, draws or reviews', () => {
  assert.ok(permits(['system-admin'], 'account.manage'));
  assert.ok(permits(['system-admin'], 'calendar.edit'));
  assert.deepEqual(
    BUSINESS.filter((a) => permits(['system-admin'], a)),
    [],
  );
  assert.deepEqual(
    ROLES.filter(
      (r) => r !== 'system-admin' && (permits([r], 'account.manage') || permits([r], 'calendar.edit')),
    ),
    [],
  );
});

test('R-17.1 R-21.2 R-N.8 every approval has an author who is a different role', () => {
  for (const pair of SEPARATED_DUTIES) {
    const authors: readonly string[] = PERMISSIONS[pair.author].roles;
    const approvers: readonly string[] = PERMISSIONS[pair.approver].roles;
    assert.ok(
      approvers.some((r) => !authors.includes(r)),
      `${pair.object}: someone other than the author approves`,
    );
  }
});

test('R-17.1 R-21.2 role sets that make one account author and approver are incompatible', () => {
  const pairs = incompatibleRolePairs(ROLES).map((c) => [...c.roles].sort().join('+'));
  for (const expected of [
    'department-admin+leader',
    'drawer+supervisor',
    'drawer+leader',
    'inspector+leader',
  ])
    assert.ok(pairs.includes(expected), expected);
  for (const r of ROLES.filter((r) => r !== 'system-admin'))
    assert.ok(pairs.includes(['system-admin', r].sort().join('+')), `system-admin+${r}`);
  for (const r of ROLES) assert.deepEqual(roleConflicts([r]), [], `${r} alone`);
  assert.deepEqual(roleConflicts(['supervisor', 'auditor']), [], 'watching roles combine');
});
