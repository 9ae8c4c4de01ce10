// verify-log, part 1 (issue 10.3): leaves recomputed from the events, subtrees from the leaves, and the
// stored checkpoints against the tree and their signatures.
import { inArray } from 'drizzle-orm';
import type { Executor } from '../../db/database.ts';
import {
  auditLogReadRepository,
  auditLogRepository,
  type LogState,
} from '../../db/repositories/audit-log.repository.ts';
import { auditEvents } from '../../db/schema/index.ts';
import { parseCheckpoint } from '../../domain/audit/checkpoint.ts';
import { leafBytes } from '../../domain/audit/log-leaf.ts';
import { leafHash, nodeHash, type HashFn } from '../../domain/audit/merkle.ts';
import { nodesClosedBy, storedRoot } from '../../domain/audit/merkle-stored.ts';
import type { LogFinding } from './log-finding.ts';
import { verifyEd25519 } from './signer.ts';

const BATCH = 2000;
const same = (a: Uint8Array | undefined, b: Uint8Array | undefined) =>
  !!a && !!b && Buffer.from(a).equals(Buffer.from(b));

/** The stored tree (level 0: leaves), keyed `level:index`. */
export type TreeNodes = Map<string, Uint8Array>;

/** Leaves from `from` on: each event hashed again, each subtree it closes checked against its children. */
export async function checkLeaves(db: Executor, h: HashFn, state: LogState, from: number, nodes: TreeNodes) {
  const findings: LogFinding[] = [];
  let expected = from;
  for (;;) {
    const leaves = await auditLogReadRepository.leaves(db, expected, BATCH);
    if (leaves.length === 0) break;
    const events = await db
      .select()
      .from(auditEvents)
      .where(
        inArray(
          auditEvents.seq,
          leaves.map((l) => l.seq),
        ),
      );
    const bySeq = new Map(events.map((e) => [e.seq, e]));
    for (const leaf of leaves) {
      if (leaf.leafIndex !== expected)
        findings.push({
          code: 'leaf-gap',
          message: `日志缺少第 ${expected}–${leaf.leafIndex - 1} 个叶：树中断`,
        });
      expected = leaf.leafIndex + 1;
      const event = bySeq.get(leaf.seq);
      if (!event)
        findings.push({
          code: 'event-deleted',
          message: `审计事件 #${leaf.seq}（第 ${leaf.leafIndex} 个叶）已被删除`,
        });
      else if (!same(leafHash(h, leafBytes(event)), leaf.hash))
        findings.push({
          code: 'event-edited',
          message: `审计事件 #${leaf.seq}（第 ${leaf.leafIndex} 个叶）的内容与其叶哈希不符：事件被改动`,
        });
      nodes.set(`0:${leaf.leafIndex}`, leaf.hash);
      findings.push(...checkClosed(h, leaf.leafIndex, nodes));
    }
  }
  if (expected < state.size)
    findings.push({ code: 'leaf-gap', message: `日志缺少第 ${expected} 个叶之后的叶` });
  return findings;
}

/** The stored subtrees leaf `index` closes against their stored children (a rewritten tree shows here). */
function checkClosed(h: HashFn, index: number, nodes: TreeNodes): LogFinding[] {
  const out: LogFinding[] = [];
  for (const [level, p] of nodesClosedBy(index)) {
    const left = nodes.get(`${level - 1}:${2 * p}`);
    const right = nodes.get(`${level - 1}:${2 * p + 1}`);
    if (!left || !right) continue;
    const made = nodeHash(h, left, right);
    if (!same(nodes.get(`${level}:${p}`), made))
      out.push({
        code: 'node-mismatch',
        message: `存储的子树哈希（第 ${level} 层第 ${p} 个）与其子节点不符`,
      });
  }
  return out;
}

/** Events that are no leaf: forged rows written past the service (older ones wait for adoption). */
export async function checkUnlogged(db: Executor, state: LogState): Promise<LogFinding[]> {
  const seqs = await auditLogRepository.unloggedSeqs(db, null, 100);
  return seqs
    .filter((seq) => state.adopted || seq > state.legacyThrough)
    .map((seq) => ({
      code: 'event-unlogged',
      message: `审计事件 #${seq} 不在日志树中：它是绕过系统直接写入的`,
    }));
}

/** Each checkpoint: signed by its key, and its root is the tree's root at its size. */
export async function checkCheckpoints(
  db: Executor,
  h: HashFn,
  nodes: TreeNodes,
  size: number,
  onlyLatest: boolean,
  trustedKeys: readonly Uint8Array[] | undefined,
) {
  const findings: LogFinding[] = [];
  const all = await auditLogReadRepository.allCheckpoints(db);
  for (const c of onlyLatest ? all.slice(-1) : all) {
    const where = `检查点（大小 ${c.size}，${c.at.toISOString()}）`;
    const parsed = parseCheckpoint(c.note);
    if (!parsed || !verifyEd25519(c.publicKey, new TextEncoder().encode(parsed.signed), parsed.signature))
      findings.push({ code: 'checkpoint-signature', message: `${where}的签名无效` });
    else if (trustedKeys && !trustedKeys.some((k) => same(k, c.publicKey)))
      findings.push({ code: 'checkpoint-key', message: `${where}不是由本平台配置的日志密钥签署的` });
    if (c.size > size) {
      findings.push({ code: 'checkpoint-ahead', message: `${where}比日志（大小 ${size}）还大：日志被截断` });
      continue;
    }
    const root = storedRoot(h, (l, i) => nodes.get(`${l}:${i}`) ?? new Uint8Array(0), c.size);
    if (!same(root, c.root) || (parsed && !same(parsed.root, c.root)))
      findings.push({ code: 'checkpoint-root', message: `${where}的根哈希与日志树不符：已签署的历史被改写` });
  }
  return { findings, latest: all.at(-1) ?? null };
}
