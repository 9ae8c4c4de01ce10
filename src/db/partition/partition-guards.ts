// The guards on a partitioned layout (issue 12.7). Row triggers of a partitioned table are cloned onto
// every partition by PostgreSQL; statement triggers (TRUNCATE, the per-statement reference checks) are not,
// so `TRUNCATE audit_events_y2026` would pass: each partition gets its own copy here.
import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../database.ts';
import type { ForeignKeyInfo } from './partition-catalog.ts';

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

/** Per-statement checks instead of the foreign keys to entities(id), and an entity id that never changes. */
export async function replaceEntityReferences(tx: Executor, dropped: readonly ForeignKeyInfo[]) {
  await run(tx, ENTITY_REFS);
  for (const fk of dropped) {
    if (fk.columns.join() !== 'entity_id')
      throw new Error(`${fk.table}.${fk.columns.join()} 引用 entities：只支持 entity_id 列`);
    for (const op of ['insert', 'update'])
      await run(
        tx,
        `CREATE TRIGGER "${fk.table}_entity_ref_${op}" AFTER ${op.toUpperCase()} ON ${fk.table}
         REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION ss_entity_refs()`,
      );
  }
  await run(
    tx,
    `CREATE TRIGGER entities_id_kept BEFORE UPDATE OF id ON entities FOR EACH ROW
     WHEN (OLD.id IS DISTINCT FROM NEW.id) EXECUTE FUNCTION ss_refuse_change()`,
  );
}

export async function guardAuditSeq(tx: Executor) {
  await run(tx, SEQ_ONCE);
  await run(
    tx,
    `CREATE TRIGGER audit_events_seq_once BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION ss_audit_seq_once()`,
  );
}

export interface PartitionGuards {
  readonly created: string[];
  readonly enabled: string[];
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
  const out: PartitionGuards = { created: [], enabled: [] };
  for (const m of missing) {
    await run(db, m.def.replace(/\sON\s+\S+\s/, ` ON "${m.partition}" `));
    out.created.push(`${m.partition}.${m.name}`);
  }
  const disabled = await queryRows<{ name: string; partition: string }>(
    db,
    sql`SELECT t.tgname AS name, c.relname AS partition FROM pg_trigger t
        JOIN pg_class c ON c.oid = t.tgrelid AND c.relispartition
        JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = current_schema()
        WHERE NOT t.tgisinternal AND t.tgenabled = 'D'`,
  );
  for (const d of disabled) {
    await run(db, `ALTER TABLE "${d.partition}" ENABLE TRIGGER "${d.name}"`);
    out.enabled.push(`${d.partition}.${d.name}`);
  }
  return out;
}
