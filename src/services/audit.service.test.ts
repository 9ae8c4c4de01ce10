import { test } from 'node:test';
import assert from 'node:assert/strict';
import { onEachDatabase } from '../../test/support/databases.ts';
import { actorAt, makeOrg } from '../../test/support/fixtures.ts';
import { auditService } from './audit.service.ts';
import { recordAudit } from './audit.ts';

onEachDatabase('R-10.3 the operation log is read downwards only', (database) => {
  test('R-10.3 R-3.1 a department reads its own and its subordinates’ events, not its superior’s or a sibling’s', async () => {
    const { district, zhian, jiaojing, station } = await makeOrg(database());
    const db = database().db;
    for (const [unit, id] of [
      [district, 'district-draw'],
      [zhian, 'zhian-draw'],
      [station, 'station-draw'],
    ] as const)
      await recordAudit(db, actorAt(unit, 'drawer'), 'draw.confirm', { type: 'draw', id }, { id });
    const seen = async (unit: typeof district) =>
      (await auditService.list(db, actorAt(unit, 'auditor'), {}, { page: 1, pageSize: 100 })).rows
        .map((r) => r.objectId)
        .filter((id) => id.endsWith('-draw'))
        .sort();
    assert.deepEqual(await seen(jiaojing), []);
    assert.deepEqual(await seen(district), ['district-draw', 'station-draw', 'zhian-draw']);
    assert.ok(!(await seen(zhian)).includes('district-draw'));
  });
});
