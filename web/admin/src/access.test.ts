import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ROLES } from '../../../src/db/schema/index.ts';
import { permits, type Action } from '../../../src/services/permissions.ts';
import access, { type AccessKey } from './access.ts';
import type { CurrentUser } from './services/types.ts';

// The server's action behind each screen key of the officers' app.
const ACTION_OF: Readonly<Record<Exclude<AccessKey, 'canRead'>, Action>> = {
  canEditItem: 'item.edit',
  canPublishItem: 'item.publish',
  canEditDirectory: 'directory.edit',
  canViewPersonalData: 'directory.personal-data',
  canEditPlan: 'plan.edit',
  canApprovePlan: 'plan.approve',
  canCreateTask: 'task.create',
  canAnnounceDraw: 'draw.announce',
  canAbortDraw: 'draw.abort',
  canApplyChange: 'replacement.apply',
  canDecideChange: 'replacement.decide',
  canInspect: 'inspection.write',
  canReview: 'report.review',
  canPublishResult: 'report.publish',
  canFollowUp: 'follow-up.advance',
  canRegisterTargeted: 'targeted.record',
  canApproveTargeted: 'targeted.approve',
  canManageCalendar: 'calendar.edit',
  canManageAccounts: 'account.manage',
};

test('R-17.1 R-21.2 R-N.8 the officers\u2019 app never offers an action the permission table refuses to that role', () => {
  const offered: string[] = [];
  for (const role of ROLES) {
    const granted = access({ roles: [role] } as unknown as CurrentUser);
    for (const [key, action] of Object.entries(ACTION_OF) as [AccessKey, Action][])
      if (granted[key] && !permits([role], action)) offered.push(`${key} (${action}) to ${role}`);
  }
  assert.deepEqual(offered, []);
  const keys = Object.keys(access(null)).filter((k) => k !== 'canRead');
  assert.deepEqual(keys.sort(), Object.keys(ACTION_OF).sort(), 'every screen key has its action');
});
