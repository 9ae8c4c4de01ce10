// `verify-log` (issue 10.3): the stored tree against the events, the checkpoints against the tree, the
// draws, results and follow-ups against their logged digests, and an old checkpoint against the new one.
import type { Executor } from '../../db/database.ts';
import {
  auditLogReadRepository,
  auditLogRepository,
  type CheckpointRow,
} from '../../db/repositories/audit-log.repository.ts';
import { parseCheckpoint } from '../../domain/audit/checkpoint.ts';
import { verifyConsistency } from '../../domain/audit/merkle.ts';
import {
  nodesClosedBy,
  nodesRead,
  storedConsistencyProof,
  storedRoot,
} from '../../domain/audit/merkle-stored.ts';
import { checkpointView } from './checkpoint.service.ts';
import type { LogFinding } from './log-finding.ts';
import { logHash } from './log-hash.ts';
import { verifyEd25519 } from './signer.ts';
import { checkObjects } from './verify-objects.ts';
import { checkSignedObjects } from './verify-signatures.ts';
import { checkCheckpoints, checkLeaves, checkUnlogged, type TreeNodes } from './verify-tree.ts';

export interface VerifyLogOptions {
  /** Only the last `recent` leaves are rehashed, and only the latest checkpoint is checked (start-up). */
  readonly recent?: number;
  /** An old checkpoint note: the current log must extend it. */
  readonly oldCheckpoint?: string;
  /** The configured public key(s): a checkpoint signed by another key is a finding. */
  readonly trustedKeys?: readonly Uint8Array[];
}

export interface VerifyLogReport {
  readonly ok: boolean;
  readonly size: number;
  readonly leavesChecked: number;
  readonly objectsChecked: number;
  /** Issue 10.4: officers' signatures on records and report approvals, checked again. */
  readonly signaturesChecked: number;
  readonly latestCheckpoint: ReturnType<typeof checkpointView> | null;
  readonly findings: readonly LogFinding[];
}

/** Bounded: the stored nodes the recent leaves close and the roots need; full: every stored node. */
async function storedNodes(
  db: Executor,
  size: number,
  from: number,
  rootSizes: readonly number[],
): Promise<TreeNodes> {
  if (from === 0) return auditLogReadRepository.allNodes(db);
  const h = logHash('sha256');
  const keys: [number, number][] = rootSizes.flatMap((s) => nodesRead((node) => storedRoot(h, node, s)));
  for (let i = from; i < size; i++)
    for (const [level, p] of nodesClosedBy(i)) keys.push([level, p], [level - 1, 2 * p]);
  return auditLogRepository.nodes(db, keys);
}

/** Does the current tree extend `note`? Signed by a key the log used, same root at its size, proven. */
function checkOld(
  note: string,
  h: ReturnType<typeof logHash>,
  nodes: TreeNodes,
  size: number,
  keys: readonly Uint8Array[],
) {
  const old = parseCheckpoint(note);
  if (!old)
    return [{ code: 'old-checkpoint-unreadable', message: '给定的旧检查点无法读取（不是检查点格式）' }];
  const findings: LogFinding[] = [];
  const signed = new TextEncoder().encode(old.signed);
  if (!keys.some((k) => verifyEd25519(k, signed, old.signature)))
    findings.push({ code: 'old-checkpoint-signature', message: '给定的旧检查点的签名不是本日志的密钥所签' });
  if (old.size > size)
    return [
      ...findings,
      {
        code: 'checkpoint-ahead',
        message: `给定的旧检查点大小 ${old.size} 大于当前日志大小 ${size}：日志被截断`,
      },
    ];
  const node = (l: number, i: number) => nodes.get(`${l}:${i}`) ?? new Uint8Array(0);
  const proof = storedConsistencyProof(h, node, old.size, size);
  if (!verifyConsistency(h, old.size, size, proof, old.root, storedRoot(h, node, size)))
    findings.push({
      code: 'checkpoint-fork',
      message: `当前日志不是给定旧检查点（大小 ${old.size}）的延续：日志被改写（分叉）`,
    });
  return findings;
}

export async function verifyLog(db: Executor, options: VerifyLogOptions = {}): Promise<VerifyLogReport> {
  const state = (await auditLogRepository.state(db))!;
  const h = logHash(state.hash);
  const from = options.recent === undefined ? 0 : Math.max(0, state.size - options.recent);
  const checkpoints: CheckpointRow[] = await auditLogReadRepository.allCheckpoints(db);
  const oldSize = options.oldCheckpoint ? (parseCheckpoint(options.oldCheckpoint)?.size ?? 0) : 0;
  const sizes = [state.size, oldSize, ...checkpoints.slice(-1).map((c) => c.size)].filter(
    (s) => s <= state.size,
  );
  const nodes = await storedNodes(db, state.size, from, sizes);
  const findings = [...(await checkLeaves(db, h, state, from, nodes)), ...(await checkUnlogged(db, state))];
  const checked = await checkCheckpoints(db, h, nodes, state.size, from > 0, options.trustedKeys);
  findings.push(...checked.findings);
  if (options.oldCheckpoint) {
    const keys = options.trustedKeys ?? [
      ...new Map(checkpoints.map((c) => [Buffer.from(c.publicKey).toString('hex'), c.publicKey])).values(),
    ];
    findings.push(...checkOld(options.oldCheckpoint, h, nodes, state.size, keys));
  }
  const objects = await checkObjects(db);
  findings.push(...objects.findings);
  const signed = await checkSignedObjects(db);
  findings.push(...signed.findings);
  return {
    ok: findings.length === 0,
    size: state.size,
    leavesChecked: state.size - from,
    objectsChecked: objects.objects,
    signaturesChecked: signed.signatures,
    latestCheckpoint: checked.latest && checkpointView(checked.latest),
    findings,
  };
}
