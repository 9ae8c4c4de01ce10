// The guards on a partitioned layout (issue 12.7). Row triggers of a partitioned table are cloned onto
// every partition by PostgreSQL; statement triggers (TRUNCATE, the per-statement reference checks) are not,
// so `TRUNCATE audit_events_y2026` would pass: each partition gets its own copy here.
import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../database.ts';
import { relationKind } from './partition-catalog.ts';

const run = (db: Executor, text: string) => db.execute(sql.raw(text));

// A foreign key cannot point at a table partitioned on another column than the key: checked per statement.
const ENTITY_REFS = `CREATE OR REPLACE FUNCTION ss_entity_refs() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (SELECT count(*) FROM written n LEFT JOIN entities e ON e.id = n.entity_id
      WHERE n.entity_id IS NOT NULL AND e.id IS NULL) > 0 THEN
    RAISE EXCEPTION 'ss:entity-reference: % refers to an unknown entity', TG_TABLE_NAME USING ERRCODE = '23503';
  END IF;
  RETURN NULL;
END $$`;

// unique(seq, at) is all a RANGE-by-time table can hold; a second event with a known seq is refused here.
const SEQ_ONCE = `CREATE OR REPLACE FUNCTION ss_audit_seq_once() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM audit_events WHERE seq = NEW.seq) THEN
    RAISE EXCEPTION 'ss:append-only: audit event #% exists', NEW.seq USING ERRCODE = 'P0001';
  END IF;
  RETURN NEW;
END $$`;

export interface PartitionGuards {
  readonly created: string[];
  readonly enabled: string[];
  /** What could not be restored (a role that does not own the tables). */
  readonly failed: string[];
}

const noGuards = (): PartitionGuards => ({ created: [], enabled: [], failed: [] });

async function attempt(db: Executor, ddl: string, name: string, done: string[], out: PartitionGuards) {
  try {
    await run(db, ddl);
    done.push(name);
  } catch {
    out.failed.push(name);
  }
}

async function ensureFunction(db: Executor, name: string, ddl: string, out: PartitionGuards) {
  const [row] = await queryRows<{ body: string }>(
    db,
    sql`SELECT p.prosrc AS body FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE n.nspname = current_schema() AND p.proname = ${name}`,
  );
  if (row?.body !== /\$\$([\s\S]*)\$\$/.exec(ddl)?.[1]) await attempt(db, ddl, `${name}()`, out.created, out);
}

async function ensureTrigger(db: Executor, table: string, name: string, ddl: string, out: PartitionGuards) {
  const [row] = await queryRows<{ enabled: string }>(
    db,
    sql`SELECT t.tgenabled AS enabled FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = current_schema() AND c.relname = ${table} AND t.tgname = ${name}`,
  );
  if (!row) await attempt(db, ddl, name, out.created, out);
  else if (row.enabled === 'D')
    await attempt(db, `ALTER TABLE "${table}" ENABLE TRIGGER "${name}"`, name, out.enabled, out);
}

/** Per-statement checks instead of the foreign keys to entities(id), and an entity id that never changes. */
async function entityReferenceGuards(db: Executor, out: PartitionGuards) {
  await ensureFunction(db, 'ss_entity_refs', ENTITY_REFS, out);
  // The tables whose foreign key to entities(id) the conversion replaced: every plain table with entity_id.
  const referrers = await queryRows<{ table: string }>(
    db,
    sql`SELECT c.relname AS table FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = current_schema() AND a.attname = 'entity_id' AND c.relkind = 'r' AND NOT c.relispartition
        ORDER BY 1`,
  );
  for (const { table } of referrers)
    for (const op of ['insert', 'update'])
      await ensureTrigger(
        db,
        table,
        `${table}_entity_ref_${op}`,
        `CREATE TRIGGER "${table}_entity_ref_${op}" AFTER ${op.toUpperCase()} ON "${table}"
         REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION ss_entity_refs()`,
        out,
      );
  await ensureTrigger(
    db,
    'entities',
    'entities_id_kept',
    `CREATE TRIGGER entities_id_kept BEFORE UPDATE OF id ON entities FOR EACH ROW
     WHEN (OLD.id IS DISTINCT FROM NEW.id) EXECUTE FUNCTION ss_refuse_change()`,
    out,
  );
}

async function auditSeqGuard(db: Executor, out: PartitionGuards) {
  await ensureFunction(db, 'ss_audit_seq_once', SEQ_ONCE, out);
  await ensureTrigger(
    db,
    'audit_events',
    'audit_events_seq_once',
    `CREATE TRIGGER audit_events_seq_once BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION ss_audit_seq_once()`,
    out,
  );
}

/**
 * The partitioned layout's own guards, made when missing and enabled when disabled (idempotent): run by
 * the conversion, by add-year, and at every start through restoreGuards. Nothing on plain tables.
 */
export async function restorePartitionGuards(db: Executor): Promise<PartitionGuards> {
  const out = noGuards();
  if ((await relationKind(db, 'entities')) === 'p') await entityReferenceGuards(db, out);
  if ((await relationKind(db, 'audit_events')) === 'p') await auditSeqGuard(db, out);
  const spread = await guardPartitions(db);
  return {
    created: [...out.created, ...spread.created],
    enabled: [...out.enabled, ...spread.enabled],
    failed: [...out.failed, ...spread.failed],
  };
}

/**
 * Every statement trigger of a partitioned table is also on each of its partitions, and no trigger on a
 * partition is disabled. Idempotent: run after the conversion, after adding partitions, and at will.
 */
export async function guardPartitions(db: Executor): Promise<PartitionGuards> {
  const missing = await queryRows<{ name: string; partition: string; def: string }>(
    db,
    sql`SELECT t.tgname AS name, c.relname AS partition, pg_get_triggerdef(t.oid) AS def
        FROM pg_trigger t JOIN pg_class p ON p.oid = t.tgrelid AND p.relkind = 'p'
        JOIN pg_namespace n ON n.oid = p.relnamespace AND n.nspname = current_schema()
        JOIN pg_inherits i ON i.inhparent = p.oid JOIN pg_class c ON c.oid = i.inhrelid
        WHERE NOT t.tgisinternal AND (t.tgtype & 1) = 0
          AND NOT EXISTS (SELECT 1 FROM pg_trigger o WHERE o.tgrelid = c.oid AND o.tgname = t.tgname)
        ORDER BY c.relname, t.tgname`,
  );
  const out = noGuards();
  for (const m of missing) {
    const ddl = m.def.replace(/\sON\s+\S+\s/, ` ON "${m.partition}" `);
    await attempt(db, ddl, `${m.partition}.${m.name}`, out.created, out);
  }
  const disabled = await queryRows<{ name: string; partition: string }>(
    db,
    sql`SELECT t.tgname AS name, c.relname AS partition FROM pg_trigger t
        JOIN pg_class c ON c.oid = t.tgrelid AND c.relispartition
        JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = current_schema()
        WHERE NOT t.tgisinternal AND t.tgenabled = 'D'`,
  );
  for (const d of disabled) {
    const ddl = `ALTER TABLE "${d.partition}" ENABLE TRIGGER "${d.name}"`;
    await attempt(db, ddl, `${d.partition}.${d.name}`, out.enabled, out);
  }
  return out;
}
