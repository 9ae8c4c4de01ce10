import { fileURLToPath } from 'node:url';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type { ExtractTablesWithRelations, SQL } from 'drizzle-orm';
import type * as schema from './schema/index.ts';
import { lockDataDir } from './data-dir-lock.ts';

export type Schema = typeof schema;
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Transaction = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Repositories take either, so transactions stay explicit at the call site. */
export type Executor = Database | Transaction;

export interface DatabaseHandle {
  readonly db: Database;
  readonly kind: 'pglite' | 'postgres';
  /** Bulk load of CSV text into a table (COPY … FROM STDIN on both drivers). */
  copyFrom(table: string, columns: readonly string[], csv: AsyncIterable<string>): Promise<void>;
  /** The same on the connection of `tx` (a transaction of `db`), inside it; answers the rows copied. */
  copyInTransaction(
    tx: Executor,
    table: string,
    columns: readonly string[],
    csv: AsyncIterable<string>,
  ): Promise<number>;
  close(): Promise<void>;
}

export const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));

export type DatabaseTarget =
  { readonly url: string } | { readonly dataDir: string } | { readonly memory: true };

export async function openDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
  if ('url' in target) {
    const { openPostgres } = await import('./postgres.driver.ts');
    return openPostgres(target.url);
  }
  const release = 'dataDir' in target ? lockDataDir(target.dataDir) : () => undefined;
  try {
    const { openPglite } = await import('./pglite.driver.ts');
    const handle = await openPglite('dataDir' in target ? target.dataDir : undefined);
    return {
      ...handle,
      close: async () => {
        await handle.close();
        release();
      },
    };
  } catch (err) {
    release();
    throw err;
  }
}

export async function migrate(handle: DatabaseHandle): Promise<void> {
  if (handle.kind === 'pglite') {
    const { migrate: run } = await import('drizzle-orm/pglite/migrator');
    await run(handle.db as Parameters<typeof run>[0], { migrationsFolder });
  } else {
    const { migrate: run } = await import('drizzle-orm/node-postgres/migrator');
    await run(handle.db as Parameters<typeof run>[0], { migrationsFolder });
  }
}

/** Raw SQL rows; both drivers answer `{ rows }`, the shared type does not say so. */
/** The driver's own client under a drizzle transaction (drizzle keeps it as `session.client`). */
export function transactionClient<C>(tx: Executor): C {
  const client = (tx as unknown as { session?: { client?: C } }).session?.client;
  if (client === undefined) throw new Error('no driver client under this transaction');
  return client;
}

export async function queryRows<T>(db: Executor, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  return (result as { rows: T[] }).rows;
}

/** PostgreSQL when a URL is configured, else the embedded PGlite in the data folder. */
export function targetOf(config: {
  readonly databaseUrl: string | null;
  readonly dataDir: string;
}): DatabaseTarget {
  return config.databaseUrl ? { url: config.databaseUrl } : { dataDir: config.dataDir };
}
