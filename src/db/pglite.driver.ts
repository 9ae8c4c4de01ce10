import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import * as schema from './schema/index.ts';
import type { Database, DatabaseHandle } from './database.ts';

const COPY_BATCH_BYTES = 16 * 1024 * 1024;

export async function openPglite(dataDir: string | undefined): Promise<DatabaseHandle> {
  const client = await PGlite.create(dataDir);
  const db = drizzle({ client, schema }) as unknown as Database;
  return {
    db,
    kind: 'pglite',
    // PGlite reads COPY data from a Blob; batches keep memory flat for large files.
    async copyFrom(table, columns, csv) {
      const sql = `COPY ${table} (${columns.join(', ')}) FROM '/dev/blob' WITH (FORMAT csv)`;
      let parts: string[] = [];
      let size = 0;
      const flush = async () => {
        if (parts.length === 0) return;
        await client.query(sql, [], { blob: new Blob(parts) });
        parts = [];
        size = 0;
      };
      for await (const chunk of csv) {
        parts.push(chunk);
        size += chunk.length;
        if (size >= COPY_BATCH_BYTES) await flush();
      }
      await flush();
    },
    close: () => client.close(),
  };
}
