import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { migrate, openDatabase } from './database.ts';
import { restoreGuards } from './guard-triggers.ts';

// Issue 10.3: a server running as a role without ownership (docs/operations.md) cannot restore a dropped
// guard; it must say so (the start then refuses) rather than fail on the DDL it may not run.
void test(
  'R-10.3 issue 10.3 a role that does not own the tables restores nothing and names what it could not restore',
  { skip: !process.env.TEST_DATABASE_URL && 'needs the test PostgreSQL (npm test)' },
  async () => {
    const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
    await admin.connect();
    const name = `t_${randomBytes(6).toString('hex')}`;
    const role = `app_${name}`;
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.query(`CREATE ROLE ${role} LOGIN`);
    await admin.end();
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.pathname = `/${name}`;
    const owner = await openDatabase({ url: url.toString() });
    await migrate(owner);
    for (const grant of [
      `GRANT USAGE ON SCHEMA public TO ${role}`,
      `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role}`,
      `DROP TRIGGER draws_guard ON draws`,
    ])
      await owner.db.execute(sql.raw(grant));
    url.username = role;
    const app = await openDatabase({ url: url.toString() });
    try {
      const asApp = await restoreGuards(app.db);
      assert.deepEqual(asApp, { created: [], enabled: [], failed: ['draws_guard'] });
      assert.deepEqual(await restoreGuards(owner.db), { created: ['draws_guard'], enabled: [], failed: [] });
      assert.deepEqual(await restoreGuards(app.db), { created: [], enabled: [], failed: [] });
    } finally {
      await app.close();
      await owner.close();
    }
  },
);
