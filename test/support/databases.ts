import { after, before, describe } from 'node:test';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrate, openDatabase, type DatabaseHandle } from '../../src/db/database.ts';

export type DatabaseKind = 'pglite' | 'postgres';

/** A fresh, migrated database of the given kind; PostgreSQL gets a throwaway database on the test cluster. */
export async function freshDatabase(kind: DatabaseKind): Promise<DatabaseHandle> {
  if (kind === 'pglite') {
    const handle = await openDatabase({ memory: true });
    await migrate(handle);
    return handle;
  }
  const missing = process.env.TEST_POSTGRES_MISSING;
  if (missing) throw new Error(missing);
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl)
    throw new Error(
      'TEST_DATABASE_URL is not set: run the tests with `npm test` (scripts/run-tests.mjs starts PostgreSQL 15)',
    );
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.toString() });
  await migrate(handle);
  return handle;
}

/**
 * Runs the same suite on PGlite and on PostgreSQL 15 (every database test runs twice).
 * `body` receives a getter: the handle exists only once `before` has run.
 */
export function onEachDatabase(
  title: string,
  body: (db: () => DatabaseHandle, kind: DatabaseKind) => void,
): void {
  for (const kind of ['pglite', 'postgres'] as const) {
    void describe(`${title} [${kind}]`, () => {
      let handle: DatabaseHandle | undefined;
      before(async () => {
        handle = await freshDatabase(kind);
      });
      after(async () => {
        await handle?.close();
      });
      body(() => {
        if (!handle) throw new Error('database not open');
        return handle;
      }, kind);
    });
  }
}
