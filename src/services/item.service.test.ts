import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { onEachDatabase } from '../../test/support/databases.ts';
import { actorAt, makeOrg, type Org } from '../../test/support/fixtures.ts';
import { sampleItem } from '../../test/support/sample-item.ts';
import { queryRows } from '../db/database.ts';
import { guardCodeOf } from '../db/pg-error.ts';
import { itemService } from './item.service.ts';
import { ConflictError, ForbiddenError, NotFoundError, ValidationFailedError } from './errors.ts';

onEachDatabase('item list', (database) => {
  let org: Org;
  const db = () => database().db;
  const admin = () => actorAt(org.zhian, 'department-admin');
  const leader = () => actorAt(org.district, 'leader');

  test('setup', async () => {
    org = await makeOrg(database());
  });

  test('R-8.1 an item without a legal basis cannot be published', async () => {
    const created = await itemService.create(
      db(),
      admin(),
      sampleItem(org.zhian.id, 'NO-BASIS', { legalBasis: [] }),
    );
    await assert.rejects(
      itemService.publish(db(), leader(), created.item.id, '2026-01-01'),
      (err: unknown) => err instanceof ConflictError && err.code === 'legal-basis-required',
    );
    const after = await itemService.get(db(), admin(), created.item.id);
    assert.equal(after.versions[0]?.status, 'draft');
    // The database refuses it too, whatever path writes it.
    await assert.rejects(
      db().execute(sql`UPDATE item_versions SET status = 'published' WHERE item_id = ${created.item.id}`),
      (err: unknown) => /legal_basis/.test(String((err as { cause?: Error }).cause?.message ?? err)),
    );
  });

  test('R-7.1 R-7.2 publishing freezes a version; a change makes a new version and old ones stay readable', async () => {
    const { item } = await itemService.create(db(), admin(), sampleItem(org.zhian.id, 'LH-ZA-001'));
    await itemService.publish(db(), leader(), item.id, '2026-01-01');
    const edited = await itemService.saveDraft(
      db(),
      admin(),
      item.id,
      sampleItem(org.zhian.id, 'LH-ZA-001', { name: '旅馆业治安管理检查（2027版）', ratioPercent: 8 }),
    );
    assert.deepEqual(
      edited.versions.map((v) => [v.version, v.status, v.name]),
      [
        [2, 'draft', '旅馆业治安管理检查（2027版）'],
        [1, 'published', '旅馆业治安管理检查'],
      ],
    );
    await itemService.publish(db(), leader(), item.id, '2027-01-01');
    const v1 = (await itemService.get(db(), admin(), item.id)).versions.find((v) => v.version === 1);
    assert.equal(v1?.ratioPercent, 5);
    assert.equal(v1?.effectiveFrom, '2026-01-01');
    const refused = await db()
      .execute(sql`UPDATE item_versions SET name = 'x' WHERE item_id = ${item.id} AND version = 1`)
      .then(
        () => null,
        (err: unknown) => guardCodeOf(err),
      );
    assert.equal(refused, 'item-version-published');
  });

  test('R-7.2 the public list shows the version in force on the day', async () => {
    const inForce2026 = await itemService.inForce(db(), '2026-06-01');
    const lh = inForce2026.find((v) => v.code === 'LH-ZA-001');
    assert.equal(lh?.version, 1);
    const inForce2027 = await itemService.inForce(db(), '2027-06-01');
    assert.equal(inForce2027.find((v) => v.code === 'LH-ZA-001')?.version, 2);
    assert.ok(!inForce2027.some((v) => v.code === 'NO-BASIS'), 'a draft is never public');
  });

  test('R-18.1 a ratio under 2 % or fewer than 2 rounds needs a higher rule', async () => {
    await assert.rejects(
      itemService.create(db(), admin(), sampleItem(org.zhian.id, 'LOW', { ratioPercent: 1.5 })),
      (err: unknown) =>
        err instanceof ValidationFailedError && err.problems.some((p) => p.code === 'below-minimum'),
    );
    await assert.rejects(
      itemService.create(db(), admin(), sampleItem(org.zhian.id, 'LOW', { roundsPerYear: 1 })),
      ValidationFailedError,
    );
    const ok = await itemService.create(
      db(),
      admin(),
      sampleItem(org.zhian.id, 'LOW', { ratioPercent: 1, higherRule: '《XX条例》第十条规定比例为 1%' }),
    );
    assert.equal(ok.versions[0]?.ratioPercent, 1);
  });

  test('R-6.1 a unit cannot write another unit’s items and cannot see another tree', async () => {
    const other = actorAt(org.otherDistrict, 'department-admin');
    const { item } = await itemService.create(db(), admin(), sampleItem(org.zhian.id, 'LH-ZA-009'));
    await assert.rejects(itemService.get(db(), other, item.id), NotFoundError);
    await assert.rejects(itemService.create(db(), other, sampleItem(org.zhian.id, 'X-1')), NotFoundError);
    // The city bureau (superior) reads its subordinates' items (R-6.1) but an inspector may not write.
    const city = actorAt(org.city, 'auditor');
    assert.equal((await itemService.get(db(), city, item.id)).item.code, 'LH-ZA-009');
    await assert.rejects(
      itemService.create(db(), actorAt(org.zhian, 'inspector'), sampleItem(org.zhian.id, 'X-2')),
      ForbiddenError,
    );
  });

  test('R-10.3 every item write leaves an audit event in the same transaction', async () => {
    const rows = await queryRows<{ action: string; n: number }>(
      db(),
      sql`SELECT action, count(*)::int AS n FROM audit_events WHERE object_type = 'item' GROUP BY action ORDER BY action`,
    );
    const byAction = Object.fromEntries(rows.map((r) => [r.action, r.n]));
    assert.ok((byAction['item.create'] ?? 0) >= 4);
    assert.equal(byAction['item.publish'], 2, 'the refused publication left no event');
    assert.equal(byAction['item.draft'], 1);
  });
});
