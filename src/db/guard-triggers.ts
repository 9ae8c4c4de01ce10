// Issue 10.3: the guard triggers the migrations made are restored at every start. A superuser (PGlite
// runs as one) can drop or disable them; the migrations' own DDL puts them back, idempotently.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { migrationsFolder, queryRows, type Executor } from './database.ts';
import { restorePartitionGuards } from './partition/partition-guards.ts';

interface GuardDdl {
  /** Function name → its last CREATE FUNCTION, as CREATE OR REPLACE. */
  readonly functions: ReadonlyMap<string, string>;
  /** Trigger name → table and its CREATE TRIGGER. */
  readonly triggers: ReadonlyMap<string, { table: string; ddl: string }>;
}

/** The statement without the comment lines before it (a function body keeps its own). */
const uncommented = (s: string) => s.replace(/^(\s*--[^\n]*\n|\s*\n)*/, '').trim();

export function guardDdl(folder = migrationsFolder): GuardDdl {
  const functions = new Map<string, string>();
  const triggers = new Map<string, { table: string; ddl: string }>();
  for (const file of readdirSync(folder)
    .filter((f) => f.endsWith('.sql'))
    .sort()) {
    for (const part of readFileSync(join(folder, file), 'utf8').split('--> statement-breakpoint')) {
      const ddl = uncommented(part);
      // A later migration may replace a guard function (0021): its last definition is the one kept.
      const fn = /^CREATE (?:OR REPLACE )?FUNCTION (\w+)/.exec(ddl);
      if (fn) functions.set(fn[1]!, ddl.replace(/^CREATE FUNCTION/, 'CREATE OR REPLACE FUNCTION'));
      const tr = /^CREATE TRIGGER (\w+)\s[\s\S]*?\sON "?(\w+)"?/.exec(ddl);
      if (tr) triggers.set(tr[1]!, { table: tr[2]!, ddl });
    }
  }
  return { functions, triggers };
}

const bodyOf = (ddl: string) => /\$\$([\s\S]*)\$\$/.exec(ddl)?.[1] ?? '';

export interface RestoredGuards {
  readonly created: string[];
  readonly enabled: string[];
  /** What could not be restored (a role that does not own the tables): the start refuses. */
  readonly failed: string[];
}

/**
 * Rewrites guard functions whose body differs from the migrations', creates missing guard triggers and
 * enables disabled ones. Each statement alone: a role without ownership restores what it may and says the rest.
 */
export async function restoreGuards(db: Executor): Promise<RestoredGuards> {
  const { functions, triggers } = guardDdl();
  const present = await queryRows<{ name: string; enabled: string; internal: boolean; table: string }>(
    db,
    sql`SELECT t.tgname AS name, t.tgenabled AS enabled, t.tgisinternal AS internal, c.relname AS table
        FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = current_schema()`,
  );
  const bodies = new Map(
    (
      await queryRows<{ name: string; body: string }>(
        db,
        sql`SELECT p.proname AS name, p.prosrc AS body FROM pg_proc p
            JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = current_schema()`,
      )
    ).map((r) => [r.name, r.body]),
  );
  const state = new Map(present.filter((p) => !p.internal).map((p) => [p.name, p.enabled]));
  const out: RestoredGuards = { created: [], enabled: [], failed: [] };
  const run = async (ddl: string, name: string, done: string[]) => {
    try {
      await db.execute(sql.raw(ddl));
      done.push(name);
    } catch {
      out.failed.push(name);
    }
  };
  // A guard's body may have been replaced by a no-op.
  for (const [name, ddl] of functions)
    if (bodies.get(name) !== bodyOf(ddl)) await run(ddl, `${name}()`, out.created);
  // DISABLE TRIGGER ALL also switches off the foreign keys' internal triggers.
  const keyless = new Set(present.filter((p) => p.internal && p.enabled === 'D').map((p) => p.table));
  for (const table of keyless)
    await run(`ALTER TABLE "${table}" ENABLE TRIGGER ALL`, `${table} (外键 foreign keys)`, out.enabled);
  for (const [name, t] of triggers) {
    const status = state.get(name);
    if (status === undefined) await run(t.ddl, name, out.created);
    else if (status !== 'O' && status !== 'A')
      await run(`ALTER TABLE "${t.table}" ENABLE TRIGGER "${name}"`, name, out.enabled);
  }
  // A partitioned layout (`shuangsui db partition`) has guards of its own and one copy per partition.
  const partitioned = await restorePartitionGuards(db);
  for (const key of ['created', 'enabled', 'failed'] as const) out[key].push(...partitioned[key]);
  return out;
}
