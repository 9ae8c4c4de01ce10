// Root and proofs from the stored subtrees: one query for the nodes a computation needs.
import type { Executor } from '../../db/database.ts';
import { auditLogRepository } from '../../db/repositories/audit-log.repository.ts';
import { nodesRead, type NodeReader } from '../../domain/audit/merkle-stored.ts';

export class MissingNodeError extends Error {
  override name = 'MissingNodeError';
}

export async function fromStoredTree<T>(db: Executor, compute: (node: NodeReader) => T): Promise<T> {
  const nodes = await auditLogRepository.nodes(db, nodesRead(compute));
  return compute((level, index) => {
    const hash = nodes.get(`${level}:${index}`);
    if (!hash) throw new MissingNodeError(`缺少树节点 (level ${level}, index ${index})`);
    return hash;
  });
}
