// Appends audit events to the Merkle log in the caller's transaction (issue 10.3): one leaf, and the
// complete subtrees it closes (O(log n) rows, most often none), under a transaction-scoped lock.
import { inArray } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import { auditLogRepository, type LogHashName } from '../../db/repositories/audit-log.repository.ts';
import type { AuditEventRow } from '../../db/repositories/audit.repository.ts';
import { auditEvents } from '../../db/schema/index.ts';
import { leafBytes } from '../../domain/audit/log-leaf.ts';
import { leafHash, nodeHash, type HashFn } from '../../domain/audit/merkle.ts';
import { nodesClosedBy } from '../../domain/audit/merkle-stored.ts';
import { logHash } from './log-hash.ts';

const key = (level: number, index: number) => `${level}:${index}`;

/** Leaves `size … size+k-1` for `events` (in order), with every subtree they complete. */
async function appendLeaves(tx: Executor, h: HashFn, size: number, events: readonly AuditEventRow[]) {
  const hashes = events.map((e) => leafHash(h, leafBytes(e)));
  const closed = events.flatMap((_, i) => nodesClosedBy(size + i));
  // A left child made before this batch is read from the store; the others are made here.
  const older = closed
    .map(([level, p]): [number, number] => [level - 1, 2 * p])
    .filter(([level, i]) => i * 2 ** level < size);
  const known = await auditLogRepository.nodes(tx, older);
  hashes.forEach((hash, i) => known.set(key(0, size + i), hash));
  const nodes = closed.map(([level, p]) => {
    const hash = nodeHash(h, known.get(key(level - 1, 2 * p))!, known.get(key(level - 1, 2 * p + 1))!);
    known.set(key(level, p), hash);
    return { level, index: p, hash };
  });
  await auditLogRepository.insertTree(
    tx,
    events.map((e, i) => ({ leafIndex: size + i, seq: e.seq, hash: hashes[i]! })),
    nodes,
  );
}

/** Events written before the tree existed become its first leaves, in their order, once. */
async function adoptLegacy(tx: Executor, legacyThrough: number, hash: LogHashName): Promise<void> {
  const h = logHash(hash);
  let size = (await auditLogRepository.state(tx))!.size;
  for (;;) {
    const seqs = await auditLogRepository.unloggedSeqs(tx, legacyThrough, 1000);
    if (seqs.length === 0) break;
    const rows = await tx
      .select()
      .from(auditEvents)
      .where(inArray(auditEvents.seq, seqs))
      .orderBy(auditEvents.seq);
    await appendLeaves(tx, h, size, rows);
    size += rows.length;
  }
  await auditLogRepository.markAdopted(tx, hash);
}

/** The log's hash; on first use it is chosen (default SHA-256) and older events are adopted. */
export async function prepareLogTree(tx: Executor, hash: LogHashName = 'sha256'): Promise<LogHashName> {
  await auditLogRepository.lockAppends(tx);
  const state = await auditLogRepository.state(tx);
  if (!state) throw new Error('audit_log_state is missing: the database is not migrated');
  if (state.adopted) return state.hash ?? 'sha256';
  await adoptLegacy(tx, state.legacyThrough, hash);
  return hash;
}

export async function appendToLog(tx: Executor, event: AuditEventRow): Promise<void> {
  await auditLogRepository.lockAppends(tx);
  let state = await auditLogRepository.state(tx);
  if (!state?.adopted) {
    await prepareLogTree(tx);
    state = await auditLogRepository.state(tx);
  }
  await appendLeaves(tx, logHash(state!.hash), state!.size, [event]);
}
