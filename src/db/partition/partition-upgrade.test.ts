import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { migrate as migrateFrom } from 'drizzle-orm/node-postgres/migrator';
import { emptyPostgres, migrationsUpTo } from '../../../test/support/partition-probe.ts';
import { migrate, queryRows, type DatabaseHandle } from '../database.ts';
import { restoreGuards } from '../guard-triggers.ts';
import { partitionDatabase } from './partition-layout.ts';

// Migration 0012 is the last to add a foreign key to entities(id), which a partitioned entities cannot take.
const PARTITIONED_AFTER = 12;

let handle: DatabaseHandle | undefined;
after(() => handle?.close());

void test(`issue 12.7 every migration after ${PARTITIONED_AFTER} applies to a database partitioned before it, and the start restores nothing [postgres]`, async () => {
  handle = await emptyPostgres();
  const folder = migrationsUpTo(PARTITIONED_AFTER);
  try {
    await migrateFrom(handle.db as Parameters<typeof migrateFrom>[0], { migrationsFolder: folder });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  const report = await partitionDatabase(handle, { modulus: 4 });
  assert.equal(report.tables.length, 4);
  // A later migration that needs a unique key without the partition key, or REFERENCES entities(id), fails here.
  await migrate(handle);
  const restored = await restoreGuards(handle.db);
  assert.deepEqual(restored.failed, []);
  const kinds = await queryRows<{ name: string }>(
    handle.db,
    sql`SELECT relname AS name FROM pg_class WHERE relkind = 'p' AND relnamespace = 'public'::regnamespace ORDER BY 1`,
  );
  assert.deepEqual(
    kinds.map((k) => k.name),
    ['audit_events', 'entities', 'task_entities', 'task_inspectors'],
  );
});
