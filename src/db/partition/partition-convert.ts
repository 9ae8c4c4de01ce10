// Turns one plain table into a declaratively partitioned one in the caller's transaction (issue 12.7):
// copy into a partitioned twin, drop the original, rename, then the same indexes, triggers, keys, grants.
import { sql } from 'drizzle-orm';
import type { Executor } from '../database.ts';
import { relationKind, tableShape, type ForeignKeyInfo, type IndexInfo } from './partition-catalog.ts';

export type PartitionScheme =
  | { readonly by: 'hash'; readonly column: string; readonly modulus: number }
  | { readonly by: 'year'; readonly column: string; readonly years: readonly number[] };

export interface ConvertedTable {
  readonly table: string;
  readonly rows: number;
  readonly partitions: readonly string[];
  /** Foreign keys of other tables that pointed at it (PostgreSQL cannot keep them: see partition-guards). */
  readonly droppedReferences: readonly ForeignKeyInfo[];
  /** Unique keys that had to take the partition key in (the partition key must be part of every one). */
  readonly widenedKeys: readonly string[];
}

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;
const run = (db: Executor, text: string) => db.execute(sql.raw(text));

/** Year partitions use the Chinese calendar year: boundaries at midnight in UTC+8. */
export const yearStart = (year: number) => `'${year}-01-01 00:00:00+08'`;
export const yearPartition = (table: string, year: number) => `${table}_y${year}`;
export const defaultPartition = (table: string) => `${table}_default`;

function partitionDdl(table: string, parent: string, scheme: PartitionScheme): [string, string][] {
  if (scheme.by === 'hash')
    return Array.from({ length: scheme.modulus }, (_, r) => {
      const name = `${table}_h${String(r).padStart(2, '0')}`;
      const bound = `FOR VALUES WITH (MODULUS ${scheme.modulus}, REMAINDER ${r})`;
      return [name, `CREATE TABLE ${q(name)} PARTITION OF ${q(parent)} ${bound}`];
    });
  const years: [string, string][] = scheme.years.map((y) => [
    yearPartition(table, y),
    `CREATE TABLE ${q(yearPartition(table, y))} PARTITION OF ${q(parent)} FOR VALUES FROM (${yearStart(y)}) TO (${yearStart(y + 1)})`,
  ]);
  const fallback = defaultPartition(table);
  return [...years, [fallback, `CREATE TABLE ${q(fallback)} PARTITION OF ${q(parent)} DEFAULT`]];
}

/** The index again; a unique one without the partition key gets it as its last column. */
function indexDdl(table: string, index: IndexInfo, key: string): { ddl: string; widened: boolean } {
  const needsKey = index.unique && !(index.columns ?? []).includes(key);
  if (!needsKey && !index.constraintKind) return { ddl: index.def, widened: false };
  if (!index.columns) throw new Error(`唯一索引 ${index.name} 含表达式或条件，无法自动加入分区键 ${key}`);
  const columns = [...index.columns, ...(needsKey ? [key] : [])].map(q).join(', ');
  const ddl = index.constraintKind
    ? `ALTER TABLE ${q(table)} ADD CONSTRAINT ${q(index.name)} ${index.constraintKind === 'p' ? 'PRIMARY KEY' : 'UNIQUE'} (${columns})`
    : `CREATE UNIQUE INDEX ${q(index.name)} ON ${q(table)} (${columns})`;
  return { ddl, widened: needsKey };
}

/** Converts `table` (locked for the whole transaction); a table that is already partitioned is left as it is. */
export async function convertTable(
  tx: Executor,
  table: string,
  scheme: PartitionScheme,
): Promise<ConvertedTable | null> {
  await run(tx, `LOCK TABLE ${q(table)} IN ACCESS EXCLUSIVE MODE`);
  if ((await relationKind(tx, table)) === 'p') return null;
  const shape = await tableShape(tx, table);
  const twin = `${table}__partitioned`;
  const by = scheme.by === 'hash' ? `HASH (${q(scheme.column)})` : `RANGE (${q(scheme.column)})`;
  await run(
    tx,
    `CREATE TABLE ${q(twin)} (LIKE ${q(table)} INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING STORAGE INCLUDING COMMENTS) PARTITION BY ${by}`,
  );
  const partitions = partitionDdl(table, twin, scheme);
  for (const [, ddl] of partitions) await run(tx, ddl);
  const copied = await tx.execute(sql.raw(`INSERT INTO ${q(twin)} SELECT * FROM ${q(table)}`));
  for (const [column, sequence] of shape.sequences)
    await run(tx, `ALTER SEQUENCE ${sequence} OWNED BY ${q(twin)}.${q(column)}`);
  for (const fk of shape.referencedBy) await run(tx, `ALTER TABLE ${fk.table} DROP CONSTRAINT ${q(fk.name)}`);
  await run(tx, `DROP TABLE ${q(table)}`);
  await run(tx, `ALTER TABLE ${q(twin)} RENAME TO ${q(table)}`);
  const widenedKeys: string[] = [];
  for (const index of shape.indexes) {
    const { ddl, widened } = indexDdl(table, index, scheme.column);
    await run(tx, ddl);
    if (widened) widenedKeys.push(index.name);
  }
  for (const ddl of shape.triggers) await run(tx, ddl);
  for (const fk of shape.foreignKeys)
    await run(tx, `ALTER TABLE ${q(table)} ADD CONSTRAINT ${q(fk.name)} ${fk.def}`);
  for (const g of shape.grants) await run(tx, `GRANT ${g.privilege} ON ${q(table)} TO ${g.grantee}`);
  await run(tx, `ANALYZE ${q(table)}`);
  return {
    table,
    rows: rowCount(copied),
    partitions: partitions.map(([name]) => name),
    droppedReferences: shape.referencedBy,
    widenedKeys,
  };
}

const rowCount = (result: unknown) => Number((result as { rowCount?: number | null }).rowCount ?? 0);
