// Start-up's personal-data step (issue 10.7 review, migration 0026) at N entities: the data-key check and the
// plain-ID conversion, as every `npm start` and CLI command runs them.
// Usage: node --import tsx bench/personal-data-startup.bench.ts [--rows 1000000] [--db pglite|postgres] [--runs 3]
// The import bench's file (made if missing: a third persons with ID numbers, two thirds with a phone) goes in
// through the real import; then, in the same run, `openPersonalData` and the two statements it used before 0026:
// the DISTINCT ON over every encrypted row and the conversion's walk of the primary key (the partial index
// dropped inside a transaction that is rolled back).
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { migrate, queryRows } from '../src/db/database.ts';
import { generateEntityCsv } from '../src/db/seed/demo-data.ts';
import { systemActor } from '../src/services/actor.ts';
import { importDirectory } from '../src/services/import.service.ts';
import { openPersonalData } from '../src/services/personal-data/personal-data-startup.ts';
import { benchDatabase, benchUnit } from './lib/bench-database.ts';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    db: { type: 'string', default: 'postgres' },
    runs: { type: 'string', default: '3' },
  },
});
const rows = Number(values.rows);
const file = `bench/out/entities-${rows}.csv`;
if (!existsSync(file)) {
  mkdirSync('bench/out', { recursive: true });
  await pipeline(Readable.from(generateEntityCsv(rows, 1)), createWriteStream(`${file}.tmp`));
  renameSync(`${file}.tmp`, file);
}

const { handle, cleanup } = await benchDatabase(values.db);
await migrate(handle);
const settings = {
  dataDir: mkdtempSync(join(tmpdir(), 'ss-bench-keys-')),
  dataKey: null,
  dataKeyId: 'k1',
  dataCipher: 'aes-256-gcm' as const,
  dataKeysOld: null,
};
await openPersonalData(handle.db, settings);
const unit = await benchUnit(handle);
await importDirectory(handle, systemActor(unit), {
  kind: 'entities',
  unitId: unit.id,
  source: file,
  fileName: file,
});
await handle.db.execute(sql`ANALYZE entities`);
const [counts] = await queryRows<{ n: number; sealed: number }>(
  handle.db,
  sql`SELECT count(*)::int AS n, count(*) FILTER (WHERE id_number_enc IS NOT NULL OR contact_phone_enc IS NOT NULL)::int AS sealed FROM entities`,
);

const seconds = async (work: () => Promise<unknown>): Promise<number> => {
  const started = performance.now();
  await work();
  return Number(((performance.now() - started) / 1000).toFixed(3));
};
const before0026 = () =>
  handle.db.transaction(async (tx) => {
    await tx.execute(sql`DROP INDEX entities_plain_person_idx`);
    await tx.execute(sql`SELECT DISTINCT ON (split_part(coalesce(id_number_enc, contact_phone_enc), ':', 2))
        id, unit_id, kind, code, id_number_enc, contact_phone_enc
      FROM entities WHERE id_number_enc IS NOT NULL OR contact_phone_enc IS NOT NULL
      ORDER BY split_part(coalesce(id_number_enc, contact_phone_enc), ':', 2), id`);
    await tx.execute(sql`SELECT id FROM entities WHERE kind = 'person' AND code NOT LIKE 'h1:%'
      ORDER BY id LIMIT 1000 FOR UPDATE`);
    throw new RolledBack();
  });
class RolledBack extends Error {}

for (let run = 1; run <= Number(values.runs); run++) {
  const now = await seconds(() => openPersonalData(handle.db, settings));
  const before = await seconds(async () => {
    try {
      await before0026();
    } catch (e) {
      if (!(e instanceof RolledBack)) throw e;
    }
  });
  process.stdout.write(
    `${JSON.stringify({ db: handle.kind, run, rows: counts!.n, sealed: counts!.sealed, openPersonalDataSeconds: now, before0026Seconds: before })}\n`,
  );
}
await handle.close();
await cleanup();
rmSync(settings.dataDir, { recursive: true, force: true });
