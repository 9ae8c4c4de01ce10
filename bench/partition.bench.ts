// How long `shuangsui db partition` holds its locks (issue 12.7): the demo data plus N entities spread
// over the demo's units, a frozen pool of N rows and N/4 audit events over three years, then the conversion.
// Usage: node --import tsx bench/partition.bench.ts [--rows 1000000] [--partitions 16]
// Uses DATABASE_URL (a server where it may create a database), or starts a throwaway PostgreSQL 15 cluster.
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { migrate, queryRows, type DatabaseHandle } from '../src/db/database.ts';
import { partitionDatabase } from '../src/db/partition/partition-layout.ts';
import { recordAudit } from '../src/services/audit.ts';
import { seedDemoIfEmpty } from '../src/services/demo.service.ts';
import type { Actor } from '../src/services/actor.ts';
import { freshPostgres } from './lib/fresh-postgres.ts';

const { values } = parseArgs({
  options: { rows: { type: 'string', default: '1000000' }, partitions: { type: 'string', default: '16' } },
});
const rows = Number(values.rows);

async function open(): Promise<{ handle: DatabaseHandle; stop: () => void }> {
  const { handle, cleanup } = await freshPostgres('bench_partition');
  return { handle, stop: () => void cleanup() };
}

/** N entities over the units that hold entities, a pool of N rows for the demo task, N/4 events in 2024–2026. */
async function fill(handle: DatabaseHandle) {
  const db = handle.db;
  await db.execute(sql`
    INSERT INTO entities (unit_id, kind, code, public_id, name, region_code, industry, risk_class)
    SELECT u.id, 'organisation', 'B' || lpad(g::text, 16, '0'), 'B' || lpad(g::text, 16, '0'),
           '测试主体' || g, '150802', '旅馆业', (ARRAY['A','B','C','D'])[1 + g % 4]
    FROM generate_series(1, ${rows}) g
    JOIN LATERAL (SELECT id FROM units ORDER BY code OFFSET (g % (SELECT count(*) FROM units)) LIMIT 1) u ON true`);
  await db.execute(sql`
    INSERT INTO task_entities (task_id, public_id, entity_id, stratum, exclusion)
    SELECT (SELECT id FROM tasks ORDER BY created_at LIMIT 1), e.public_id, e.id, 'B|150802', 0
    FROM entities e WHERE e.code LIKE 'B%'`);
  await db.execute(sql`
    INSERT INTO audit_events (at, actor_name, action, object_type, object_id, digest, data)
    SELECT timestamptz '2024-01-01 00:00+08' + (g % 1000) * interval '1 day', '系统', 'bench.event', 'bench',
           g::text, md5(g::text), jsonb_build_object('n', g)
    FROM generate_series(1, ${Math.floor(rows / 4)}) g`);
  await db.execute(sql`ANALYZE`);
}

const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Median of 5 runs of a read, in ms. */
async function timed(handle: DatabaseHandle, text: string): Promise<number> {
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    await handle.db.execute(sql.raw(text));
    runs.push(performance.now() - t);
  }
  return median(runs);
}

/** The reads that partitioning should prune and the audit append it taxes (seq-once), before and after. */
async function probe(handle: DatabaseHandle, label: string) {
  const scope = `(SELECT path FROM units WHERE code = 'LH')`;
  const unit = await timed(
    handle,
    `SELECT count(*) FROM entities WHERE unit_id = (SELECT id FROM units WHERE code = 'LH-ZA')`,
  );
  const tree = await timed(
    handle,
    `SELECT count(*) FROM entities e JOIN units u ON u.id = e.unit_id WHERE u.path = ${scope} OR u.path LIKE ${scope} || '/%'`,
  );
  const year = await timed(
    handle,
    `SELECT count(*) FROM audit_events WHERE at >= '2025-01-01 00:00+08' AND at < '2026-01-01 00:00+08'`,
  );
  const actor = { userId: null, name: '基准', unitId: null, unitPath: '', roles: [] } as unknown as Actor;
  const t = performance.now();
  for (let i = 0; i < 300; i++)
    await handle.db.transaction((tx) =>
      recordAudit(tx, actor, 'bench.append', { type: 'bench', id: `${i}` }, { i }),
    );
  const append = ((performance.now() - t) * 1000) / 300;
  const ms = (x: number) => `${x.toFixed(1)} ms`;
  console.log(
    `${label}: one unit's entities ${ms(unit)}, the 临河区 scope ${ms(tree)}, one year's events ${ms(year)}, audit append ${append.toFixed(0)} µs/event`,
  );
}

const { handle, stop } = await open();
try {
  await migrate(handle);
  await seedDemoIfEmpty(handle);
  let t = performance.now();
  await fill(handle);
  console.log(`data: ${rows} entities, pool and events in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  const [size] = await queryRows<{ size: string }>(
    handle.db,
    sql`SELECT pg_size_pretty(sum(pg_total_relation_size(c.oid))) AS size FROM pg_class c
        WHERE c.relname IN ('entities', 'task_entities', 'task_inspectors', 'audit_events')`,
  );
  await probe(handle, 'plain tables');
  t = performance.now();
  const report = await partitionDatabase(handle, { modulus: Number(values.partitions) });
  const total = ((performance.now() - t) / 1000).toFixed(1);
  for (const x of report.tables)
    console.log(
      `${x.table}: ${x.rows} rows, ${x.partitions.length} partitions, ${(x.ms / 1000).toFixed(1)} s`,
    );
  console.log(`conversion (tables locked): ${(report.ms / 1000).toFixed(1)} s for ${size?.size} of tables`);
  console.log(
    `then VACUUM (ANALYZE), tables usable: ${(report.vacuumMs / 1000).toFixed(1)} s (command total ${total} s)`,
  );
  await probe(handle, 'partitioned');
} finally {
  await handle.close();
  stop();
}
