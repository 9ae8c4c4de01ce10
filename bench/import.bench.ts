// Directory import through the real path (stream → parse → validate → COPY → merge → report → audit).
// Usage: node --import tsx bench/import.bench.ts [--rows 100000] [--db pglite|postgres] [--first-only] [--compare]
// --compare: afterwards, a raw COPY of the same file into a plain table of text columns; on PostgreSQL
// also the imported rows COPYed into a table shaped like entities with its indexes (the database's share).
// PostgreSQL: uses DATABASE_URL, or starts a throwaway PostgreSQL 15 cluster like the tests do.
import {
  closeSync,
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { createInterface } from 'node:readline';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { sql } from 'drizzle-orm';
import { migrate, queryRows } from '../src/db/database.ts';
import { ENTITY_COLUMNS } from '../src/domain/directory/entity-columns.ts';
import { ENTITY_STAGE_COLUMNS } from '../src/db/repositories/entity-import.repository.ts';
import { generateEntityCsv } from '../src/db/seed/demo-data.ts';
import { systemActor } from '../src/services/actor.ts';
import { importDirectory } from '../src/services/import.service.ts';
import { benchDatabase, benchUnit } from './lib/bench-database.ts';
import { withPeakRss } from './lib/peak-memory.ts';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '100000' },
    db: { type: 'string', default: 'pglite' },
    'first-only': { type: 'boolean', default: false },
    compare: { type: 'boolean', default: false },
  },
});
const rows = Number(values.rows);
const file = `bench/out/entities-${rows}.csv`;

const renamedFile = `bench/out/entities-${rows}-renamed.csv`;

const HEADER_LINE = `${ENTITY_COLUMNS.map((c) => c.label).join(',')}\n`;

/** A file generated before a column was added (issue 10.7: 联系电话) is made again. */
function stale(path: string): boolean {
  if (!existsSync(path)) return true;
  const head = Buffer.alloc(1024);
  const fd = openSync(path, 'r');
  const n = readSync(fd, head, 0, head.length, 0);
  closeSync(fd);
  return !head.subarray(0, n).toString('utf8').startsWith(HEADER_LINE);
}

async function ensureFile(): Promise<void> {
  if (stale(file)) {
    rmSync(renamedFile, { force: true });
    mkdirSync('bench/out', { recursive: true });
    await pipeline(Readable.from(generateEntityCsv(rows, 1)), createWriteStream(`${file}.tmp`));
    renameSync(`${file}.tmp`, file);
  }
  if (existsSync(renamedFile)) return;
  // The same rows with every name changed: each row is a real update.
  const renamed = async function* () {
    const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
    let header = true;
    for await (const line of lines) {
      yield `${header ? line : `${line.slice(0, line.indexOf(','))}（新）${line.slice(line.indexOf(','))}`}\n`;
      header = false;
    }
  };
  await pipeline(Readable.from(renamed()), createWriteStream(renamedFile));
}

await ensureFile();
const { handle, url: targetUrl, cleanup } = await benchDatabase(values.db);
await migrate(handle);
const unit = await benchUnit(handle);
const actor = systemActor(unit);
const run = async (label: string, source = file) => {
  const started = performance.now();
  const { value: report, peakMiB } = await withPeakRss(() =>
    importDirectory(handle, actor, { kind: 'entities', unitId: unit.id, source, fileName: source }),
  );
  const seconds = (performance.now() - started) / 1000;
  const line = {
    db: handle.kind,
    run: label,
    rows,
    fileMiB: Math.round(statSync(file).size / 1024 / 1024),
    imported: report.imported,
    updated: report.updated,
    unchanged: report.unchanged,
    rejected: report.rejected.length,
    seconds: Number(seconds.toFixed(2)),
    rowsPerSecond: Math.round(rows / seconds),
    peakRssMiB: peakMiB,
  };
  process.stdout.write(`${JSON.stringify(line)}\n`);
};
await run('first import (insert)');
if (!values['first-only']) {
  await run('same file again (nothing changed)');
  await run('every name changed (update)', renamedFile);
}
if (values.compare) {
  // The same bytes through COPY alone: no parse in Node, no validation, no merge, no index.
  const columns = ENTITY_COLUMNS.map((_, i) => `c${i}`);
  await handle.db.execute(sql.raw(`CREATE TABLE raw_copy (${columns.map((c) => `${c} text`).join(', ')})`));
  const body = async function* () {
    let first = true;
    for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
      const text = String(chunk);
      yield first ? text.slice(text.indexOf('\n') + 1) : text; // without the header line
      first = false;
    }
  };
  const started = performance.now();
  await handle.copyFrom('raw_copy', columns, body());
  const seconds = (performance.now() - started) / 1000;
  const copied = await queryRows<{ n: number }>(handle.db, sql`SELECT count(*)::int AS n FROM raw_copy`);
  const line = { db: handle.kind, run: 'raw COPY', rows: copied[0]!.n, seconds: Number(seconds.toFixed(2)) };
  process.stdout.write(`${JSON.stringify(line)}\n`);
  if (handle.kind === 'postgres') await indexedCopy();
}

/**
 * The database's own share: the first import's rows as the worker made them (ids, codes, the lot, in
 * the order they went in) COPYed into a table shaped like `entities` with its five indexes — no parse, no
 * validation, no merge. The import cannot be faster than this.
 */
async function indexedCopy(): Promise<void> {
  const columns = ENTITY_STAGE_COLUMNS.join(', ');
  const dump = join(mkdtempSync(join(tmpdir(), 'ss-bench-')), 'rows.csv');
  const client = new pg.Client({ connectionString: targetUrl! });
  await client.connect();
  const out = client.query(
    copyTo(
      `COPY (SELECT ${columns} FROM entities WHERE unit_id = '${unit.id}' ORDER BY id) TO STDOUT WITH (FORMAT csv)`,
    ),
  );
  await pipeline(out, createWriteStream(dump));
  await client.end();
  await handle.db.execute(
    sql.raw('CREATE TABLE indexed_copy (LIKE entities INCLUDING DEFAULTS INCLUDING INDEXES)'),
  );
  const body = async function* () {
    for await (const chunk of createReadStream(dump, { encoding: 'utf8', highWaterMark: 1 << 20 }))
      yield String(chunk);
  };
  const started = performance.now();
  await handle.copyFrom('indexed_copy', [...ENTITY_STAGE_COLUMNS], body());
  const seconds = (performance.now() - started) / 1000;
  rmSync(dump, { force: true });
  const line = {
    db: handle.kind,
    run: 'COPY into a table shaped like entities, with its indexes',
    rows,
    seconds: Number(seconds.toFixed(2)),
  };
  process.stdout.write(`${JSON.stringify(line)}\n`);
}
await handle.close();
await cleanup();
