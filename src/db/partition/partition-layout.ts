// The partitioned layout for PostgreSQL at city and province scale (issue 12.7, docs/operations.md
// "Past one server"). The embedded database and small installs keep the plain tables of the migrations.
import { sql } from 'drizzle-orm';
import { queryRows, type DatabaseHandle, type Executor } from '../database.ts';
import { partitionsOf, relationKind } from './partition-catalog.ts';
import { convertTable, type ConvertedTable, type PartitionScheme } from './partition-convert.ts';
import { restorePartitionGuards, type PartitionGuards } from './partition-guards.ts';
import { addYearPartitions, type AddedYear } from './partition-years.ts';

/** Partitioning needs PostgreSQL: the embedded database keeps its plain tables. */
export class PartitioningUnsupportedError extends Error {
  override readonly name = 'PartitioningUnsupportedError';
  constructor() {
    super('分区只用于 PostgreSQL（设置 DATABASE_URL）；内嵌数据库 PGlite 保持迁移建立的普通表');
  }
}

export const DEFAULT_MODULUS = 16;
export const YEAR_TABLE = { table: 'audit_events', column: 'at' } as const;

/** Each growing table and its key: a unit's directory, a task's pool, a year of the audit log. */
export function layout(modulus: number, years: readonly number[]): [string, PartitionScheme][] {
  return [
    ['entities', { by: 'hash', column: 'unit_id', modulus }],
    ['task_entities', { by: 'hash', column: 'task_id', modulus }],
    ['task_inspectors', { by: 'hash', column: 'task_id', modulus }],
    [YEAR_TABLE.table, { by: 'year', column: YEAR_TABLE.column, years }],
  ];
}

export interface PartitionReport {
  readonly tables: readonly (ConvertedTable & { readonly ms: number })[];
  /** Tables that were partitioned already (the command is idempotent). */
  readonly skipped: readonly string[];
  readonly guards: PartitionGuards;
  /** Time the tables were locked (the transaction). */
  readonly ms: number;
  /** VACUUM (ANALYZE) after the commit: the tables are usable meanwhile. */
  readonly vacuumMs: number;
}

/** Chinese calendar year (UTC+8) of an instant. */
export const yearOf = (at: Date) => new Date(at.getTime() + 8 * 3600_000).getUTCFullYear();

async function auditYears(tx: Executor, now: Date): Promise<number[]> {
  const [row] = await queryRows<{ first: string | null }>(
    tx,
    sql`SELECT min(extract(year FROM at AT TIME ZONE 'Asia/Shanghai'))::int::text AS first FROM audit_events`,
  );
  const last = yearOf(now) + 1;
  const first = Math.min(Number(row?.first ?? last - 1), last - 1);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

function requirePostgres(handle: DatabaseHandle) {
  if (handle.kind !== 'postgres') throw new PartitioningUnsupportedError();
}

/** In a transaction a failed statement aborts it: a guard that could not be made fails the whole change. */
async function guardsMade(tx: Executor): Promise<PartitionGuards> {
  const guards = await restorePartitionGuards(tx);
  if (guards.failed.length) throw new Error(`分区的防篡改触发器未能建立：${guards.failed.join('、')}`);
  return guards;
}

export interface PartitionOptions {
  readonly modulus?: number;
  readonly now?: Date;
  /** How long to wait for the tables' locks before giving up (PostgreSQL interval), so a start is not queued behind it. */
  readonly lockTimeout?: string;
}

/** Converts the growing tables in one transaction: all of them or none; the tables are locked throughout. */
export async function partitionDatabase(
  handle: DatabaseHandle,
  opts: PartitionOptions = {},
): Promise<PartitionReport> {
  requirePostgres(handle);
  const started = performance.now();
  const report = await handle.db.transaction(async (tx) => {
    await tx.execute(sql.raw(`SET LOCAL lock_timeout = '${(opts.lockTimeout ?? '30s').replace(/'/g, '')}'`));
    await tx.execute(sql`SET LOCAL maintenance_work_mem = '256MB'`);
    // All four at once, in one order: a server writing meanwhile waits instead of deadlocking with us.
    const growing = layout(1, []).map(([t]) => `"${t}"`);
    await tx.execute(sql.raw(`LOCK TABLE ${growing.join(', ')} IN ACCESS EXCLUSIVE MODE`));
    const years = await auditYears(tx, opts.now ?? new Date());
    const tables: PartitionReport['tables'][number][] = [];
    const skipped: string[] = [];
    for (const [table, scheme] of layout(opts.modulus ?? DEFAULT_MODULUS, years)) {
      const t0 = performance.now();
      const done = await convertTable(tx, table, scheme);
      if (!done) {
        skipped.push(table);
        continue;
      }
      const odd = done.droppedReferences.find((fk) => fk.columns.join() !== 'entity_id');
      if (odd) throw new Error(`${odd.table}.${odd.columns.join()} 引用 ${table}：只支持 entity_id 列`);
      tables.push({ ...done, ms: Math.round(performance.now() - t0) });
    }
    return { tables, skipped, guards: await guardsMade(tx), ms: Math.round(performance.now() - started) };
  });
  // Rows copied in one transaction are not yet all-visible: index-only scans would visit the heap.
  const vacuumed = performance.now();
  for (const t of report.tables) await handle.db.execute(sql.raw(`VACUUM (ANALYZE) "${t.table}"`));
  return { ...report, vacuumMs: Math.round(performance.now() - vacuumed) };
}

/** Next year's (or the given years') partitions of the audit log, made ahead; then every partition guarded. */
export async function addYears(handle: DatabaseHandle, years: readonly number[]) {
  requirePostgres(handle);
  return handle.db.transaction(async (tx): Promise<{ added: AddedYear[]; guards: PartitionGuards }> => {
    if ((await relationKind(tx, YEAR_TABLE.table)) !== 'p')
      return { added: [], guards: { created: [], enabled: [], failed: [] } };
    const added = await addYearPartitions(tx, YEAR_TABLE.table, YEAR_TABLE.column, years);
    return { added, guards: await guardsMade(tx) };
  });
}

/** Each growing table: partitioned or not, and its partitions with PostgreSQL's row estimate. */
export async function partitionStatus(db: Executor) {
  const out = [];
  for (const [table] of layout(DEFAULT_MODULUS, [])) {
    const partitioned = (await relationKind(db, table)) === 'p';
    out.push({ table, partitioned, partitions: partitioned ? await partitionsOf(db, table) : [] });
  }
  return out;
}
