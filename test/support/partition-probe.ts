import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { pgErrorOf } from '../../src/db/pg-error.ts';
import { creditCode } from './codes.ts';
import pg from 'pg';
import {
  migrationsFolder,
  openDatabase,
  queryRows,
  type DatabaseHandle,
  type Executor,
} from '../../src/db/database.ts';

const GROWING: Record<string, string> = {
  entities: 'id',
  task_entities: 'task_id, public_id',
  task_inspectors: 'task_id, badge_number',
  audit_events: 'seq',
};

/** Each growing table's row count and the MD5 of all its rows in key order: equal digests, same rows. */
export async function tableDigests(db: Executor): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [table, order] of Object.entries(GROWING)) {
    const [row] = await queryRows<{ n: string; digest: string | null }>(
      db,
      sql.raw(
        `SELECT count(*)::text AS n, md5(string_agg(t::text, '|' ORDER BY ${order})) AS digest FROM "${table}" t`,
      ),
    );
    out[table] = `${row!.n}:${row!.digest}`;
  }
  return out;
}

/** The partitions (relations named `prefix…`) the plan of `query` reads, from EXPLAIN (FORMAT JSON). */
export async function pruned(db: Executor, query: string, prefix: string): Promise<string[]> {
  const [row] = await queryRows<{ 'QUERY PLAN': unknown }>(db, sql.raw(`EXPLAIN (FORMAT JSON) ${query}`));
  const names = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const rel = (node as Record<string, unknown>)['Relation Name'];
    if (typeof rel === 'string' && rel.startsWith(prefix)) names.add(rel);
    Object.values(node).forEach(walk);
  };
  const plan = row!['QUERY PLAN'];
  walk(typeof plan === 'string' ? JSON.parse(plan) : plan);
  return [...names].sort();
}

/** The connection URL of a test PostgreSQL database (freshDatabase names it; the cluster is TEST_DATABASE_URL). */
export async function urlOf(handle: DatabaseHandle): Promise<string> {
  const [row] = await queryRows<{ name: string }>(handle.db, sql`SELECT current_database() AS name`);
  const url = new URL(process.env.TEST_DATABASE_URL ?? '');
  url.pathname = `/${row!.name}`;
  return url.toString();
}

export const root = new URL('../../', import.meta.url).pathname;
export const cli = join(root, 'bin/shuangsui.mjs');

/** Runs `start` until it serves (then stops it) or exits. */
export function startUntilServing(env: NodeJS.ProcessEnv): Promise<{ code: number | null; out: string }> {
  const child = spawn(process.execPath, [cli, 'start'], { cwd: root, env });
  let out = '';
  const read = (b: Buffer) => {
    out += b.toString();
    if (out.includes('双随平台已启动')) child.kill('SIGTERM');
  };
  child.stdout.on('data', read);
  child.stderr.on('data', read);
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, out })));
}

/** The PostgreSQL error under Drizzle's wrapper says `re`. */
export const causedBy = (re: RegExp) => (err: unknown) => re.test(pgErrorOf(err)?.message ?? String(err));

/** An entity directory file of 临河区 hotels with credit codes serial `from`…`to`. */
export function directoryCsv(from: number, to: number, name = '宾馆'): Readable {
  const header = '名称,主体类型,统一社会信用代码,行政区划代码,行业,风险等级';
  const lines = Array.from(
    { length: to - from + 1 },
    (_, i) => `临河区${name}${from + i},单位,${creditCode(from + i)},150802,旅馆业,B`,
  );
  return Readable.from([Buffer.from([header, ...lines].join('\n'))]);
}

/** An empty database on the test PostgreSQL cluster, not migrated. */
export async function emptyPostgres(): Promise<DatabaseHandle> {
  const missing = process.env.TEST_POSTGRES_MISSING;
  if (missing) throw new Error(missing);
  const url = new URL(process.env.TEST_DATABASE_URL ?? '');
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  url.pathname = `/${name}`;
  return openDatabase({ url: url.toString() });
}

/** A migrations folder holding the migrations up to `last` (by number), as the journal lists them. */
export function migrationsUpTo(last: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'shuangsui-migrations-'));
  mkdirSync(join(dir, 'meta'));
  const journal = JSON.parse(readFileSync(join(migrationsFolder, 'meta/_journal.json'), 'utf8')) as {
    entries: { idx: number }[];
  };
  journal.entries = journal.entries.filter((e) => e.idx <= last);
  writeFileSync(join(dir, 'meta/_journal.json'), JSON.stringify(journal));
  for (const f of readdirSync(migrationsFolder))
    if (f.endsWith('.sql') && Number(f.slice(0, 4)) <= last)
      copyFileSync(join(migrationsFolder, f), join(dir, f));
  return dir;
}
