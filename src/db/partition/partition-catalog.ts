// What a table is made of, read from the PostgreSQL catalog, so that its partitioned copy gets the same
// indexes, triggers, keys and grants (issue 12.7).
import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../database.ts';

export interface IndexInfo {
  readonly name: string;
  readonly def: string;
  readonly unique: boolean;
  /** PRIMARY KEY or UNIQUE constraint behind the index (p / u), else null. */
  readonly constraintKind: 'p' | 'u' | null;
  /** Plain column list; null when the index has expressions or a WHERE. */
  readonly columns: readonly string[] | null;
}

export interface ForeignKeyInfo {
  readonly name: string;
  readonly table: string;
  readonly def: string;
  readonly columns: readonly string[];
}

export interface TableShape {
  readonly indexes: readonly IndexInfo[];
  /** CREATE TRIGGER statements of the table's own (not cloned, not internal) triggers. */
  readonly triggers: readonly string[];
  readonly foreignKeys: readonly ForeignKeyInfo[];
  readonly referencedBy: readonly ForeignKeyInfo[];
  /** column → owned sequence (bigserial). */
  readonly sequences: ReadonlyMap<string, string>;
  readonly grants: readonly { grantee: string; privilege: string }[];
}

export async function relationKind(db: Executor, table: string): Promise<string | null> {
  const [row] = await queryRows<{ kind: string }>(
    db,
    sql`SELECT c.relkind AS kind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = current_schema() AND c.relname = ${table}`,
  );
  return row?.kind ?? null;
}

const columnsOf = (raw: string | readonly string[] | null) =>
  Array.isArray(raw)
    ? (raw as string[])
    : typeof raw === 'string'
      ? raw.replace(/^{|}$/g, '').split(',')
      : [];

export async function tableShape(db: Executor, table: string): Promise<TableShape> {
  const rel = sql`(quote_ident(current_schema()) || '.' || quote_ident(${table}))::regclass`;
  const indexes = await queryRows<{
    name: string;
    def: string;
    unique: boolean;
    kind: 'p' | 'u' | null;
    plain: boolean;
    columns: string | string[];
  }>(
    db,
    sql`SELECT i.relname AS name, pg_get_indexdef(x.indexrelid) AS def, x.indisunique AS unique,
          c.contype AS kind, (x.indpred IS NULL AND x.indexprs IS NULL) AS plain,
          ARRAY(SELECT a.attname FROM unnest(x.indkey) WITH ORDINALITY k(num, pos)
                JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.num ORDER BY k.pos)::text[] AS columns
        FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
        LEFT JOIN pg_constraint c ON c.conindid = x.indexrelid AND c.conrelid = x.indrelid AND c.contype IN ('p', 'u')
        WHERE x.indrelid = ${rel} ORDER BY i.relname`,
  );
  const triggers = await queryRows<{ def: string }>(
    db,
    sql`SELECT pg_get_triggerdef(t.oid) AS def FROM pg_trigger t
        WHERE t.tgrelid = ${rel} AND NOT t.tgisinternal AND t.tgparentid = 0 ORDER BY t.tgname`,
  );
  const keys = (side: 'conrelid' | 'confrelid') =>
    queryRows<{ name: string; table: string; def: string; columns: string | string[] }>(
      db,
      sql`SELECT c.conname AS name, c.conrelid::regclass::text AS table, pg_get_constraintdef(c.oid) AS def,
            ARRAY(SELECT a.attname FROM unnest(c.conkey) k JOIN pg_attribute a
                  ON a.attrelid = c.conrelid AND a.attnum = k)::text[] AS columns
          FROM pg_constraint c WHERE c.contype = 'f' AND c.${sql.raw(side)} = ${rel} ORDER BY c.conname`,
    );
  const sequences = await queryRows<{ column: string; sequence: string }>(
    db,
    sql`SELECT a.attname AS column, pg_get_serial_sequence(${rel}::text, a.attname) AS sequence
        FROM pg_attribute a WHERE a.attrelid = ${rel} AND a.attnum > 0 AND NOT a.attisdropped
          AND pg_get_serial_sequence(${rel}::text, a.attname) IS NOT NULL`,
  );
  const grants = await queryRows<{ grantee: string; privilege: string }>(
    db,
    sql`SELECT CASE WHEN g.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(r.rolname) END AS grantee,
          g.privilege_type AS privilege
        FROM pg_class c, aclexplode(c.relacl) g LEFT JOIN pg_roles r ON r.oid = g.grantee
        WHERE c.oid = ${rel} AND g.grantee <> c.relowner`,
  );
  const fk = (r: { name: string; table: string; def: string; columns: string | string[] }) => ({
    ...r,
    columns: columnsOf(r.columns),
  });
  return {
    indexes: indexes.map((i) => ({
      name: i.name,
      def: i.def,
      unique: i.unique,
      constraintKind: i.kind,
      columns: i.plain ? columnsOf(i.columns) : null,
    })),
    triggers: triggers.map((t) => t.def),
    foreignKeys: (await keys('conrelid')).map(fk),
    referencedBy: (await keys('confrelid')).map(fk),
    sequences: new Map(sequences.map((s) => [s.column, s.sequence])),
    grants,
  };
}

/** The partitions of a partitioned table, with their bounds as PostgreSQL prints them. */
export async function partitionsOf(db: Executor, table: string) {
  return queryRows<{ name: string; bound: string; rows: string }>(
    db,
    sql`SELECT c.relname AS name, pg_get_expr(c.relpartbound, c.oid) AS bound,
          c.reltuples::bigint::text AS rows
        FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
        WHERE i.inhparent = (quote_ident(current_schema()) || '.' || quote_ident(${table}))::regclass
        ORDER BY c.relname`,
  );
}
