// The Merkle tree over audit events (issue 10.3): leaves, complete subtrees, checkpoints, the log state.
import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../database.ts';

export type LogHashName = 'sha256' | 'sm3';

export interface LogState {
  readonly hash: LogHashName | null;
  readonly legacyThrough: number;
  readonly adopted: boolean;
  readonly size: number;
}

export interface CheckpointRow {
  readonly id: number;
  readonly size: number;
  readonly root: Uint8Array;
  readonly at: Date;
  readonly note: string;
  readonly publicKey: Uint8Array;
}

export interface LeafRow {
  readonly leafIndex: number;
  readonly seq: number;
  readonly hash: Uint8Array;
}

// Serialises appends: leaf indexes stay gap-free whichever transaction commits first.
const APPEND_LOCK = 0x5353_4c4f47;

// The time as ISO text: the two drivers parse timestamptz differently.
const CHECKPOINT_COLUMNS = sql.raw(`id, size, root, to_json(at) #>> '{}' AS at, note, public_key`);
const bytes = (b: unknown) => new Uint8Array(b as Uint8Array);
const checkpointOf = (r: Record<string, unknown>): CheckpointRow => ({
  id: Number(r.id),
  size: Number(r.size),
  root: bytes(r.root),
  at: new Date(r.at as string),
  note: r.note as string,
  publicKey: bytes(r.public_key),
});

export const auditLogRepository = {
  async lockAppends(db: Executor): Promise<void> {
    await db.execute(sql`SELECT pg_advisory_xact_lock(${APPEND_LOCK})`);
  },

  async state(db: Executor): Promise<LogState | null> {
    const [row] = await queryRows<{
      hash: LogHashName | null;
      legacy_through: string;
      adopted: boolean;
      size: string;
    }>(
      db,
      sql`SELECT hash, legacy_through, adopted,
            (SELECT COALESCE(MAX(leaf_index) + 1, 0) FROM audit_log_leaves) AS size
          FROM audit_log_state WHERE id = 1`,
    );
    return row
      ? {
          hash: row.hash,
          legacyThrough: Number(row.legacy_through),
          adopted: row.adopted,
          size: Number(row.size),
        }
      : null;
  },

  async markAdopted(db: Executor, hash: LogHashName): Promise<void> {
    await db.execute(
      sql`UPDATE audit_log_state SET hash = ${hash}, adopted = true WHERE id = 1 AND NOT adopted`,
    );
  },

  /** Leaves and the subtrees they complete, in one statement (a data-modifying WITH runs once). */
  async insertTree(
    db: Executor,
    leaves: readonly LeafRow[],
    nodes: readonly { level: number; index: number; hash: Uint8Array }[],
  ): Promise<void> {
    if (leaves.length === 0) return;
    const leafRows = leaves.map((l) => sql`(${l.leafIndex}, ${l.seq}, ${Buffer.from(l.hash)})`);
    const insertLeaves = sql`INSERT INTO audit_log_leaves (leaf_index, seq, hash) VALUES ${sql.join(leafRows, sql`, `)}`;
    if (nodes.length === 0) {
      await db.execute(insertLeaves);
      return;
    }
    const nodeRows = nodes.map((n) => sql`(${n.level}, ${n.index}, ${Buffer.from(n.hash)})`);
    await db.execute(
      sql`WITH leaves AS (${insertLeaves} RETURNING 1)
          INSERT INTO audit_log_nodes (level, idx, hash) VALUES ${sql.join(nodeRows, sql`, `)}`,
    );
  },

  /** The stored hashes of the given (level, index) pairs; level 0 are the leaves. Keyed `level:index`. */
  async nodes(db: Executor, keys: readonly (readonly [number, number])[]): Promise<Map<string, Uint8Array>> {
    const out = new Map<string, Uint8Array>();
    const leaves = keys.filter(([l]) => l === 0).map(([, i]) => sql`${i}`);
    const upper = keys.filter(([l]) => l > 0).map(([l, i]) => sql`(${l}::smallint, ${i}::bigint)`);
    const parts = [
      leaves.length
        ? sql`SELECT 0 AS level, leaf_index AS idx, hash FROM audit_log_leaves WHERE leaf_index IN (${sql.join(leaves, sql`, `)})`
        : null,
      upper.length
        ? sql`SELECT level, idx, hash FROM audit_log_nodes WHERE (level, idx) IN (${sql.join(upper, sql`, `)})`
        : null,
    ].filter((p) => p !== null);
    if (parts.length === 0) return out;
    const rows = await queryRows<{ level: number; idx: string; hash: Uint8Array }>(
      db,
      sql.join(parts, sql` UNION ALL `),
    );
    for (const r of rows) out.set(`${r.level}:${Number(r.idx)}`, bytes(r.hash));
    return out;
  },

  /** Events not yet leaves, oldest first (the legacy ones at adoption; any other is a finding). */
  async unloggedSeqs(db: Executor, upTo: number | null, limit: number): Promise<number[]> {
    const rows = await queryRows<{ seq: string }>(
      db,
      sql`SELECT e.seq FROM audit_events e LEFT JOIN audit_log_leaves l ON l.seq = e.seq
          WHERE l.seq IS NULL ${upTo === null ? sql`` : sql`AND e.seq <= ${upTo}`} ORDER BY e.seq LIMIT ${limit}`,
    );
    return rows.map((r) => Number(r.seq));
  },

  async insertCheckpoint(db: Executor, c: Omit<CheckpointRow, 'id'>): Promise<CheckpointRow> {
    const [row] = await queryRows<Record<string, unknown>>(
      db,
      sql`INSERT INTO audit_log_checkpoints (size, root, at, note, public_key)
          VALUES (${c.size}, ${Buffer.from(c.root)}, ${c.at.toISOString()}, ${c.note}, ${Buffer.from(c.publicKey)})
          RETURNING ${CHECKPOINT_COLUMNS}`,
    );
    return checkpointOf(row!);
  },

  async checkpoints(db: Executor, page: { offset: number; limit: number }): Promise<CheckpointRow[]> {
    const rows = await queryRows<Record<string, unknown>>(
      db,
      sql`SELECT ${CHECKPOINT_COLUMNS} FROM audit_log_checkpoints ORDER BY id DESC OFFSET ${page.offset} LIMIT ${page.limit}`,
    );
    return rows.map(checkpointOf);
  },

  async checkpointCount(db: Executor): Promise<number> {
    const [row] = await queryRows<{ n: string }>(db, sql`SELECT count(*) AS n FROM audit_log_checkpoints`);
    return Number(row?.n ?? 0);
  },
};

/** Reads for verify-log: the tree as stored, in leaf order. */
export const auditLogReadRepository = {
  async leaves(db: Executor, fromIndex: number, limit: number): Promise<LeafRow[]> {
    const rows = await queryRows<{ leaf_index: string; seq: string; hash: Uint8Array }>(
      db,
      sql`SELECT leaf_index, seq, hash FROM audit_log_leaves WHERE leaf_index >= ${fromIndex}
          ORDER BY leaf_index LIMIT ${limit}`,
    );
    return rows.map((r) => ({ leafIndex: Number(r.leaf_index), seq: Number(r.seq), hash: bytes(r.hash) }));
  },

  async leafCount(db: Executor): Promise<number> {
    const [row] = await queryRows<{ n: string }>(db, sql`SELECT count(*) AS n FROM audit_log_leaves`);
    return Number(row?.n ?? 0);
  },

  /** Every stored subtree above the leaves, keyed `level:index`. */
  async allNodes(db: Executor): Promise<Map<string, Uint8Array>> {
    const rows = await queryRows<{ level: number; idx: string; hash: Uint8Array }>(
      db,
      sql`SELECT level, idx, hash FROM audit_log_nodes`,
    );
    return new Map(rows.map((r) => [`${r.level}:${Number(r.idx)}`, bytes(r.hash)]));
  },

  /** The `logged` lists of events, oldest first (the latest digest of an object wins). */
  async loggedLists(db: Executor): Promise<{ seq: number; logged: unknown }[]> {
    const rows = await queryRows<{ seq: string; logged: unknown }>(
      db,
      sql`SELECT seq, data -> 'logged' AS logged FROM audit_events WHERE jsonb_typeof(data -> 'logged') = 'array' ORDER BY seq`,
    );
    return rows.map((r) => ({ seq: Number(r.seq), logged: r.logged }));
  },

  async allCheckpoints(db: Executor): Promise<CheckpointRow[]> {
    const rows = await queryRows<Record<string, unknown>>(
      db,
      sql`SELECT ${CHECKPOINT_COLUMNS} FROM audit_log_checkpoints ORDER BY id`,
    );
    return rows.map(checkpointOf);
  },
};
