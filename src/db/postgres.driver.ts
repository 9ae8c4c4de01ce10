import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFromStdin } from 'pg-copy-streams';
import { drizzle } from 'drizzle-orm/node-postgres';
import * as schema from './schema/index.ts';
import { transactionClient, type Database, type DatabaseHandle } from './database.ts';

export async function openPostgres(url: string): Promise<DatabaseHandle> {
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5000 });
  // An idle client whose server went away (restart, failover) errors here; unheard, it would end the
  // process. The pool drops that client and the next query connects anew.
  pool.on('error', () => undefined);
  const probe = await pool.connect(); // fail at start, not on the first request
  probe.release();
  const db = drizzle({ client: pool, schema }) as unknown as Database;
  return {
    db,
    kind: 'postgres',
    async copyFrom(table, columns, csv) {
      const client = await pool.connect();
      try {
        const sink = client.query(
          copyFromStdin(`COPY ${table} (${columns.join(', ')}) FROM STDIN WITH (FORMAT csv)`),
        );
        await pipeline(Readable.from(csv), sink);
      } finally {
        client.release();
      }
    },
    async copyInTransaction(tx, table, columns, csv) {
      const client = transactionClient<pg.PoolClient>(tx);
      const sink = client.query(
        copyFromStdin(`COPY ${table} (${columns.join(', ')}) FROM STDIN WITH (FORMAT csv)`),
      );
      await pipeline(Readable.from(csv), sink);
      return sink.rowCount ?? 0;
    },
    close: () => pool.end(),
  };
}
