// Issue 10.3: the guard triggers the migrations made are restored at every start. A superuser (PGlite
// runs as one) can drop or disable them; the migrations' own DDL puts them back, idempotently.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { migrationsFolder, queryRows, type Executor } from './database.ts';

interface GuardDdl {
  /** Function name → its last CREATE FUNCTION, as CREATE OR REPLACE. */
  readonly functions: ReadonlyMap<string, string>;
  /** Trigger name → table and its CREATE TRIGGER. */
  readonly triggers: ReadonlyMap<string, { table: string; ddl: string }>;
}

const uncommented = (s: string) =>
  s
    .split('\n')
    .filter((l) => !l.trim().startsWith('--'))
    .join('\n')
    .trim();

export function guardDdl(folder = migrationsFolder): GuardDdl {
  const functions = new Map<string, string>();
  const triggers = new Map<string, { table: string; ddl: string }>();
  for (const file of readdirSync(folder)
    .filter((f) => f.endsWith('.sql'))
    .sort()) {
    for (const part of readFileSync(join(folder, file), 'utf8').split('--> statement-breakpoint')) {
      const ddl = uncommented(part);
      const fn = /^CREATE FUNCTION (\w+)/.exec(ddl);
      if (fn) functions.set(fn[1]!, ddl.replace(/^CREATE FUNCTION/, 'CREATE OR REPLACE FUNCTION'));
      const tr = /^CREATE TRIGGER (\w+)\s[\s\S]*?\sON "?(\w+)"?/.exec(ddl);
      if (tr) triggers.set(tr[1]!, { table: tr[2]!, ddl });
    }
  }
  return { functions, triggers };
}

/** Re-creates every guard function, creates missing guard triggers and enables disabled ones. */
export async function restoreGuards(db: Executor): Promise<{ created: string[]; enabled: string[] }> {
  const { functions, triggers } = guardDdl();
  const present = await queryRows<{ name: string; enabled: string; internal: boolean; table: string }>(
    db,
    sql`SELECT t.tgname AS name, t.tgenabled AS enabled, t.tgisinternal AS internal, c.relname AS table
        FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = current_schema()`,
  );
  const state = new Map(present.filter((p) => !p.internal).map((p) => [p.name, p.enabled]));
  // DISABLE TRIGGER ALL also switches off the foreign keys' internal triggers.
  const keyless = [...new Set(present.filter((p) => p.internal && p.enabled === 'D').map((p) => p.table))];
  const created: string[] = [];
  const enabled: string[] = [];
  await db.transaction(async (tx) => {
    // A guard's body may have been replaced by a no-op: every one is written again.
    for (const ddl of functions.values()) await tx.execute(sql.raw(ddl));
    for (const table of keyless) {
      await tx.execute(sql.raw(`ALTER TABLE "${table}" ENABLE TRIGGER ALL`));
      enabled.push(`${table} (外键 foreign keys)`);
    }
    for (const [name, t] of triggers) {
      const status = state.get(name);
      if (status === undefined) {
        await tx.execute(sql.raw(t.ddl));
        created.push(name);
      } else if (status !== 'O' && status !== 'A') {
        await tx.execute(sql.raw(`ALTER TABLE "${t.table}" ENABLE TRIGGER "${name}"`));
        enabled.push(name);
      }
    }
  });
  return { created, enabled };
}
