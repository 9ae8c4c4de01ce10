// A draw on the database: 100,000 entities of one item's directory, then task creation (pool
// freeze), announce (phase 1), commitments and reveals, compute + store — timed per phase.
// Usage: node --import tsx bench/draw-db.bench.ts [--rows 100000] [--db pglite|postgres] [--disk]
// --disk: PGlite in a fresh data folder on disk (as `npm start` runs it) instead of in memory.
// --compare: afterwards, the usual opaque draw on the same directory — per stratum (region × risk class × key)
// `ORDER BY random() LIMIT ceil(rate · n)` — and one plain read of the whole frozen pool.
// --explain (PostgreSQL): every statement of the draw over 50 ms with its plan, actual times and triggers
// (auto_explain), printed from the server's log afterwards.
// PostgreSQL: uses DATABASE_URL, or starts a throwaway PostgreSQL 15 cluster like the tests do.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { migrate, openDatabase, queryRows, type Database, type DatabaseHandle } from '../src/db/database.ts';
import { itemRepository } from '../src/db/repositories/item.repository.ts';
import { unitRepository } from '../src/db/repositories/unit.repository.ts';
import { userRepository } from '../src/db/repositories/user.repository.ts';
import { entityStream } from '../src/db/seed/demo-data.ts';
import type { EntityRow } from '../src/domain/directory/entity-row.ts';
import { witnessCommitment } from '../src/domain/draw/digests.ts';
import { fromHex, toHex } from '../src/domain/draw/encoding.ts';
import { nodeHasher } from '../src/domain/draw/hash-node.ts';
import { systemActor, type Actor } from '../src/services/actor.ts';
import { ceremonyService } from '../src/services/ceremony.service.ts';
import { seedDemoIfEmpty } from '../src/services/demo.service.ts';
import { drawService } from '../src/services/draw.service.ts';
import { loadDirectoryRows } from '../src/services/import.service.ts';
import { planService } from '../src/services/plan.service.ts';
import { taskService } from '../src/services/task.service.ts';
import { freshPostgres } from './lib/fresh-postgres.ts';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '100000' },
    db: { type: 'string', default: 'pglite' },
    disk: { type: 'boolean', default: false },
    compare: { type: 'boolean', default: false },
    explain: { type: 'boolean', default: false },
  },
});
const rows = Number(values.rows);

async function openTarget(): Promise<{ handle: DatabaseHandle; cleanup: () => Promise<void> }> {
  if (values.db === 'pglite' && values.disk) {
    const dataDir = await mkdtemp(join(tmpdir(), 'bench-draw-'));
    const handle = await openDatabase({ dataDir });
    return { handle, cleanup: () => rm(dataDir, { recursive: true, force: true }) };
  }
  if (values.db === 'pglite') {
    const handle = await openDatabase({ memory: true });
    return { handle, cleanup: async () => undefined };
  }
  const { handle, cleanup } = await freshPostgres('bench_draw', values.explain ? EXPLAIN_SETTINGS : {});
  return { handle, cleanup };
}

const EXPLAIN_SETTINGS = {
  session_preload_libraries: 'auto_explain',
  'auto_explain.log_min_duration': '50ms',
  'auto_explain.log_analyze': 'on',
  'auto_explain.log_triggers': 'on',
  'auto_explain.log_nested_statements': 'on',
};

/** The server log's plans written since `from` (the log is beside the throwaway cluster's data folder). */
async function explained(db: Database, from: number): Promise<string> {
  const [row] = await queryRows<{ dir: string }>(db, sql`SELECT current_setting('data_directory') AS dir`);
  const log = await readFile(join(row!.dir, '..', 'log'), 'utf8').catch(() => '');
  return log.slice(from);
}

async function actor(db: Database, username: string): Promise<Actor> {
  const user = (await userRepository.byUsername(db, username))!;
  const unit = (await unitRepository.get(db, user.unitId))!;
  return { userId: user.id, name: user.displayName, unitId: unit.id, unitPath: unit.path, roles: user.roles };
}

const timings: [string, number][] = [];
async function timed<T>(label: string, fn: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const out = await fn();
  timings.push([label, performance.now() - start]);
  return out;
}

/** The same rates as the plan above (A 2 %, B 3 %, C 5 %, D 10 %), drawn the opaque way. */
async function compareWithRandom(db: Database, taskId: string): Promise<void> {
  let start = performance.now();
  const drawn = await queryRows<{ strata: number; selected: number }>(
    db,
    sql`SELECT count(DISTINCT (region_code, risk_class, key))::int AS strata, count(*)::int AS selected FROM (
          SELECT region_code, risk_class, key,
                 row_number() OVER (PARTITION BY region_code, risk_class, key ORDER BY random()) AS rn,
                 count(*) OVER (PARTITION BY region_code, risk_class, key) AS n
          FROM (SELECT *, cardinality(risk_flags) > 0 AS key FROM entities
                WHERE industry = '旅馆业' AND status = 'active') e) s
        WHERE rn <= ceil(n * CASE risk_class WHEN 'A' THEN 0.02 WHEN 'B' THEN 0.03 WHEN 'C' THEN 0.05 ELSE 0.10 END)`,
  );
  const random = performance.now() - start;
  start = performance.now();
  const pool = await queryRows<{ public_id: string }>(
    db,
    sql`SELECT public_id, stratum, exclusion FROM task_entities WHERE task_id = ${taskId}`,
  );
  const read = performance.now() - start;
  const { strata, selected } = drawn[0]!;
  const label = `stratified ORDER BY random() LIMIT ceil(rate·n), ${strata} strata, ${selected} selected`;
  process.stdout.write(`  ${label.padEnd(58)} ${(random / 1000).toFixed(2)} s\n`);
  process.stdout.write(
    `  ${`reading the whole frozen pool (${pool.length} rows)`.padEnd(58)} ${(read / 1000).toFixed(2)} s\n`,
  );
}

/**
 * The directory's rows one by one, all in one item's object type so all of them are the task's pool;
 * a credit code the district's demo directory has already is left out (a pool refuses an id twice).
 */
function* hotels(count: number, taken: ReadonlySet<string>): Generator<EntityRow, void, undefined> {
  for (const e of entityStream(count, 7))
    if (e.creditCode === null || !taken.has(e.creditCode)) yield { ...e, industry: '旅馆业' };
}

/**
 * The directory streamed through the import path in batches: the process never holds it (at 10M it
 * would not fit), so its peak memory is the draw's and the database's, not the generator's. It goes to
 * a station's empty directory (a first import: one COPY, no staging and merge); the district's tasks
 * draw from their stations' directories too, so the pool is the same as in the district's own.
 */
async function loadDirectory(handle: DatabaseHandle): Promise<void> {
  const district = (await unitRepository.byCode(handle.db, 'LH'))!;
  const station = (await unitRepository.byCode(handle.db, 'LH-PCS-CZ'))!;
  const taken = await queryRows<{ public_id: string }>(
    handle.db,
    sql`SELECT public_id FROM entities WHERE unit_id = ${district.id}`,
  );
  await loadDirectoryRows(handle, systemActor(district), {
    kind: 'entities',
    unitId: station.id,
    label: 'bench',
    rows: hotels(rows, new Set(taken.map((r) => r.public_id))),
  });
}

const target = await openTarget();
const { handle } = target;
try {
  await migrate(handle);
  await seedDemoIfEmpty(handle);
  const loadStart = performance.now();
  await loadDirectory(handle);
  const loadSeconds = (performance.now() - loadStart) / 1000;
  process.stdout.write(
    `  ${'directory streamed in (not part of the draw)'.padEnd(58)} ${loadSeconds.toFixed(2)} s\n`,
  );
  const db = handle.db;
  const [admin, drawer, supervisor, leader] = await Promise.all(
    ['zhian', 'drawer', 'supervisor', 'leader'].map((u) => actor(db, u)),
  );
  const item = (await itemRepository.byCodes(db, ['LH-ZA-001']))[0]!;
  const plan = await planService.create(db, admin!, {
    unitId: admin!.unitId,
    year: 2026,
    name: 'bench',
    itemIds: [item.id],
    rounds: [
      { from: '2026-03-01', to: '2026-06-30' },
      { from: '2026-09-01', to: '2026-11-30' },
    ],
    rates: (['A', 'B', 'C', 'D'] as const).map((riskClass, i) => ({
      riskClass,
      regionCode: null,
      percent: [2, 3, 5, 10][i]!,
    })),
    teams: [{ unitId: admin!.unitId, size: 2 }],
    yearlyCap: 2,
  });
  await planService.approve(db, leader!, plan.id);
  // The draw's own memory, apart from the directory load before it (the process peak includes that).
  const logFrom = values.explain ? (await explained(db, 0)).length : 0;
  // memoryUsage.rss(), not memoryUsage(): the latter walks the heap's spaces, 3 % of the compute at 200k.
  const startRss = process.memoryUsage.rss();
  let peakRss = startRss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 20);
  const task = await timed('task creation (pool freeze)', () =>
    taskService.create(db, drawer!, { planId: plan.id, round: 1, drawDate: '2026-03-16' }),
  );
  const { draw } = await timed('announce (read pool, digests, pre-checks)', () =>
    drawService.announce(db, drawer!, task.id, { supervisorUserId: supervisor!.userId!, witnesses: [] }),
  );
  const nonce = toHex(new Uint8Array(32).fill(7));
  const commit = toHex(witnessCommitment(nodeHasher(draw.suite), draw.drawId, 'supervisor', fromHex(nonce)!));
  await timed('commit + reveal', async () => {
    await ceremonyService.commit(db, supervisor!, draw.id, 'supervisor', commit);
    await ceremonyService.reveal(db, supervisor!, draw.id, 'supervisor', nonce);
  });
  const computed = await timed('compute + store (read pool, RDRAW-1, one transaction)', () =>
    drawService.compute(db, drawer!, draw.id),
  );
  clearInterval(sampler);
  const selected = computed.result!.strata.reduce((s, x) => s + x.quota, 0);
  const core = timings.filter(([l]) => !l.startsWith('commit')).reduce((s, [, ms]) => s + ms, 0);
  process.stdout.write(
    `RDRAW on ${handle.kind}${values.disk ? ' (data folder on disk)' : ''}: ${task.poolSize} pool records (${task.eligible} eligible), ${selected} selected\n`,
  );
  for (const [label, ms] of timings)
    process.stdout.write(`  ${label.padEnd(58)} ${(ms / 1000).toFixed(2)} s\n`);
  process.stdout.write(
    `  ${'freeze + announce + compute + store'.padEnd(58)} ${(core / 1000).toFixed(2)} s\n`,
  );
  const mib = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MiB`;
  process.stdout.write(
    `  ${'peak resident memory while drawing'.padEnd(58)} ${mib(peakRss)} (${mib(startRss)} before the freeze)\n`,
  );
  // maxRSS is in KiB: the whole process, directory load included.
  process.stdout.write(
    `  ${'peak resident memory of the process'.padEnd(58)} ${mib(process.resourceUsage().maxRSS * 1024)}\n`,
  );
  if (values.explain) process.stdout.write(await explained(db, logFrom));
  if (values.compare) await compareWithRandom(db, task.id);
} finally {
  await handle.close();
  await target.cleanup();
}
