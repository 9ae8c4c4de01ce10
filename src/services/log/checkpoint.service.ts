// Signed checkpoints of the audit log and its proofs (issue 10.3, docs/log.md). Public: hashes only.
import type { Executor } from '../../db/database.ts';
import { auditLogRepository, type CheckpointRow } from '../../db/repositories/audit-log.repository.ts';
import { checkpointBody, checkpointNote, noteKeyId, verifierKey } from '../../domain/audit/checkpoint.ts';
import {
  storedConsistencyProof,
  storedInclusionProof,
  storedRoot,
} from '../../domain/audit/merkle-stored.ts';
import { NotFoundError, ValidationFailedError } from '../errors.ts';
import { logHash } from './log-hash.ts';
import { logSigner } from './signer.ts';
import { fromStoredTree } from './tree-reader.ts';

const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
export const DAY_MS = 24 * 3600 * 1000;

export const checkpointView = (c: CheckpointRow) => ({
  size: c.size,
  rootHash: hex(c.root),
  time: c.at.toISOString(),
  checkpoint: c.note,
});

/** Signs (origin, size, root, time) of the tree as it is in this transaction, and stores it. */
export async function writeCheckpoint(tx: Executor, now = new Date()): Promise<CheckpointRow> {
  await auditLogRepository.lockAppends(tx);
  const state = (await auditLogRepository.state(tx))!;
  const h = logHash(state.hash);
  const root = await fromStoredTree(tx, (node) => storedRoot(h, node, state.size));
  const signer = logSigner();
  const time = now.toISOString();
  const body = checkpointBody({
    origin: signer.origin,
    size: state.size,
    root,
    time,
    hash: state.hash ?? 'sha256',
  });
  const signature = signer.sign(new TextEncoder().encode(body));
  const note = checkpointNote(body, signer.origin, noteKeyId(signer.origin, signer.publicKey), signature);
  return auditLogRepository.insertCheckpoint(tx, {
    size: state.size,
    root,
    at: now,
    note,
    publicKey: signer.publicKey,
  });
}

/** At least daily (issue 10.3): a new checkpoint when the latest is older than a day. */
export async function checkpointIfStale(db: Executor, now = new Date()): Promise<boolean> {
  const [latest] = await auditLogRepository.checkpoints(db, { offset: 0, limit: 1 });
  if (latest && now.getTime() - latest.at.getTime() < DAY_MS) return false;
  // One transaction: the size read and the root computed under the append lock.
  await db.transaction((tx) => writeCheckpoint(tx, now));
  return true;
}

function sizeProblem(field: string, message: string): never {
  throw new ValidationFailedError([{ field, code: 'bad-log-size', message }]);
}

export const logService = {
  async latest(db: Executor) {
    const [latest] = await auditLogRepository.checkpoints(db, { offset: 0, limit: 1 });
    if (!latest) throw new NotFoundError('日志检查点', 'latest');
    return checkpointView(latest);
  },

  async list(db: Executor, page: { page: number; pageSize: number }) {
    const rows = await auditLogRepository.checkpoints(db, {
      offset: (page.page - 1) * page.pageSize,
      limit: page.pageSize,
    });
    const total = await auditLogRepository.checkpointCount(db);
    return { total, page: page.page, pageSize: page.pageSize, rows: rows.map(checkpointView) };
  },

  /** RFC 9162 inclusion proof of leaf `leafIndex` in the tree of `treeSize` (hashes only, never the event). */
  async inclusion(db: Executor, leafIndex: number, treeSize: number) {
    const state = (await auditLogRepository.state(db))!;
    if (treeSize < 1 || treeSize > state.size)
      sizeProblem('treeSize', `日志树大小须在 1 到 ${state.size} 之间`);
    if (leafIndex >= treeSize) sizeProblem('leafIndex', `叶序号须在 0 到 ${treeSize - 1} 之间`);
    const h = logHash(state.hash);
    return fromStoredTree(db, (node) => ({
      leafIndex,
      treeSize,
      leafHash: hex(node(0, leafIndex)),
      rootHash: hex(storedRoot(h, node, treeSize)),
      proof: storedInclusionProof(h, node, leafIndex, treeSize).map(hex),
    }));
  },

  /** RFC 9162 consistency proof that the tree of `toSize` extends the tree of `fromSize`. */
  async consistency(db: Executor, fromSize: number, toSize: number) {
    const state = (await auditLogRepository.state(db))!;
    if (toSize > state.size) sizeProblem('toSize', `新树大小须在 0 到 ${state.size} 之间`);
    if (fromSize > toSize) sizeProblem('fromSize', `旧树大小须在 0 到 ${toSize} 之间`);
    const h = logHash(state.hash);
    return fromStoredTree(db, (node) => ({
      fromSize,
      toSize,
      fromRootHash: hex(storedRoot(h, node, fromSize)),
      toRootHash: hex(storedRoot(h, node, toSize)),
      proof: storedConsistencyProof(h, node, fromSize, toSize).map(hex),
    }));
  },

  async publicKey(db: Executor) {
    const state = (await auditLogRepository.state(db))!;
    const signer = logSigner();
    return {
      algorithm: 'Ed25519' as const,
      origin: signer.origin,
      publicKey: Buffer.from(signer.publicKey).toString('base64'),
      keyId: hex(noteKeyId(signer.origin, signer.publicKey)),
      verifierKey: verifierKey(signer.origin, signer.publicKey),
      hash: state.hash ?? 'sha256',
    };
  },
};
