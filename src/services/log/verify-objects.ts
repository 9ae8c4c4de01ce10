// verify-log, part 2 (issue 10.3): confirmed draws against their statements, and every confirmed draw,
// published result and follow-up against the digest its latest event logged.
import type { Executor } from '../../db/database.ts';
import { auditLogReadRepository } from '../../db/repositories/audit-log.repository.ts';
import { loggedObjectRepository } from '../../db/repositories/logged-object.repository.ts';
import { resultDigest } from '../../domain/draw/digests.ts';
import { toHex } from '../../domain/draw/encoding.ts';
import { nodeHasher } from '../../domain/draw/hash-node.ts';
import { statementOf } from '../draw/participants.ts';
import type { LogFinding } from './log-finding.ts';
import { drawDigest, followUpDigest, publishedResultDigest, type LoggedDigest } from './logged-digests.ts';

const WHAT: Readonly<Record<LoggedDigest['kind'], string>> = {
  draw: '已确认的抽取',
  result: '已公示的检查结果',
  'follow-up': '后续处置',
};

function loggedOf(lists: readonly { logged: unknown }[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const { logged } of lists) {
    const list = (typeof logged === 'string' ? JSON.parse(logged) : logged) as LoggedDigest[];
    for (const d of list) out.set(`${d.kind}:${d.id}`, d.digest);
  }
  return out;
}

/** Each confirmed draw: its result hashes to its result digest, its digests to its signed statement. */
function drawStatements(rows: Awaited<ReturnType<typeof loggedObjectRepository.confirmedDraws>>) {
  const findings: LogFinding[] = [];
  for (const d of rows) {
    const result = d.result ? toHex(resultDigest(nodeHasher(d.suite), d.result)) : null;
    if (result !== d.resultDigest)
      findings.push({
        code: 'draw-result',
        message: `已确认的抽取 ${d.drawId} 的抽取结果与其结果摘要不符：抽中的对象或人员被改动`,
      });
    if (statementOf(d)?.digest !== d.statementDigest)
      findings.push({
        code: 'draw-statement',
        message: `已确认的抽取 ${d.drawId} 的摘要与签署的声明摘要不符`,
      });
  }
  return findings;
}

export async function checkObjects(db: Executor): Promise<{ findings: LogFinding[]; objects: number }> {
  const logged = loggedOf(await auditLogReadRepository.loggedLists(db));
  const draws = await loggedObjectRepository.confirmedDraws(db);
  const results = await loggedObjectRepository.publishedResults(db);
  const names = new Map<string, string>([
    ...draws.map((d): [string, string] => [`draw:${d.id}`, d.drawId]),
    ...results.map((r): [string, string] => [
      `result:${r.row.recordId}`,
      `${r.row.entityName}（${r.row.publishedOn}）`,
    ]),
  ]);
  const current = [
    ...draws.map(drawDigest),
    ...results.map(publishedResultDigest),
    ...(await loggedObjectRepository.followUps(db)).map(followUpDigest),
  ];
  const findings = drawStatements(draws);
  const seen = new Set<string>();
  for (const c of current) {
    const key = `${c.kind}:${c.id}`;
    seen.add(key);
    const name = `${WHAT[c.kind]} ${names.get(key) ?? c.id}`;
    const digest = logged.get(key);
    if (!digest)
      findings.push({ code: 'object-unlogged', message: `${name} 没有日志记录：它是绕过系统写入的` });
    else if (digest !== c.digest)
      findings.push({
        code: 'object-changed',
        message: `${name} 的当前内容与日志记录的摘要不符：被直接改动`,
      });
  }
  for (const key of logged.keys())
    if (!seen.has(key)) {
      const [kind, id] = key.split(/:(.*)/) as [LoggedDigest['kind'], string];
      findings.push({
        code: 'object-missing',
        message: `日志记录的${WHAT[kind]} ${id} 已不存在或已不在该状态`,
      });
    }
  return { findings, objects: current.length };
}
