// A new, empty database for one bench run: on DATABASE_URL's server, or on a throwaway PostgreSQL 15
// cluster started like the tests do (stopped by `cleanup`).
import pg from 'pg';
import { openDatabase, type DatabaseHandle } from '../../src/db/database.ts';
import { startPostgres } from '../../scripts/postgres-cluster.mjs';

export interface FreshPostgres {
  readonly handle: DatabaseHandle;
  readonly url: string;
  readonly cleanup: () => Promise<void>;
}

/** Settings of the new database (ALTER DATABASE … SET), e.g. auto_explain's for a profile. */
export type DatabaseSettings = Readonly<Record<string, string>>;

export async function freshPostgres(prefix: string, settings: DatabaseSettings = {}): Promise<FreshPostgres> {
  const cluster = process.env.DATABASE_URL ? null : await startPostgres();
  const adminUrl = process.env.DATABASE_URL ?? cluster!.env.TEST_DATABASE_URL!;
  const name = `${prefix}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  for (const [key, value] of Object.entries(settings))
    await admin.query(`ALTER DATABASE ${name} SET ${key} = '${value.replace(/'/g, "''")}'`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    handle: await openDatabase({ url: url.toString() }),
    url: url.toString(),
    cleanup: async () => cluster?.stop(),
  };
}
