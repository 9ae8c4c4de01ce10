import { PGlite, type Transaction } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import * as schema from './schema/index.ts';
import { transactionClient, type Database, type DatabaseHandle } from './database.ts';

const COPY_BATCH_BYTES = 16 * 1024 * 1024;

/** COPY data in parts of about COPY_BATCH_BYTES: PGlite reads each batch from one Blob. */
async function* blobBatches(csv: AsyncIterable<string>): AsyncGenerator<string[]> {
  let parts: string[] = [];
  let size = 0;
  for await (const chunk of csv) {
    parts.push(chunk);
    size += chunk.length;
    if (size < COPY_BATCH_BYTES) continue;
    yield parts;
    parts = [];
    size = 0;
  }
  if (parts.length > 0) yield parts;
}

export async function openPglite(dataDir: string | undefined): Promise<DatabaseHandle> {
  const client = await PGlite.create(dataDir);
  const db = drizzle({ client, schema }) as unknown as Database;
  return {
    db,
    kind: 'pglite',
    // PGlite reads COPY data from a Blob; batches keep memory flat for large files.
    async copyFrom(table, columns, csv) {
      const sql = `COPY ${table} (${columns.join(', ')}) FROM '/dev/blob' WITH (FORMAT csv)`;
      for await (const parts of blobBatches(csv)) await client.query(sql, [], { blob: new Blob(parts) });
    },
    async copyInTransaction(tx, table, columns, csv) {
      const inner = transactionClient<Transaction>(tx);
      const sql = `COPY ${table} (${columns.join(', ')}) FROM '/dev/blob' WITH (FORMAT csv)`;
      let copied = 0;
      for await (const parts of blobBatches(csv)) {
        const result = await inner.query(sql, [], { blob: new Blob(parts) });
        copied += result.affectedRows ?? 0;
      }
      return copied;
    },
    close: () => client.close(),
  };
}
