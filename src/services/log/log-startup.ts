// The audit log at start (issue 10.3): guards restored, the signing key loaded, older events adopted,
// a checkpoint at least daily, and the bounded check whose findings stop the server.
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../../db/database.ts';
import { restoreGuards, type RestoredGuards } from '../../db/guard-triggers.ts';
import type { LogFinding } from './log-finding.ts';
import { auditLogRepository, type LogHashName } from '../../db/repositories/audit-log.repository.ts';
import { unitRepository } from '../../db/repositories/unit.repository.ts';
import { systemActor } from '../actor.ts';
import { recordAudit } from '../audit.ts';
import { prepareLogTree } from './append.ts';
import { checkpointIfStale } from './checkpoint.service.ts';
import { currentDigests } from './logged-digests.ts';
import { configureLogSigner, loadSigningKey, logSigner, signerOf } from './signer.ts';
import { verifyLog, type VerifyLogReport } from './verify-log.service.ts';

/** At start the newest events are rehashed in full; older ones are covered by the stored tree and checkpoint. */
export const START_CHECK_RECENT = 5000;

export interface LogSettings {
  readonly logSigningKey: string | null;
  readonly logOrigin: string;
  readonly logHash: LogHashName;
  readonly dataDir: string;
}

/** Before anything writes: guards back, key loaded, hash chosen and older events adopted. */
export async function openLog(db: Database, settings: LogSettings) {
  const restored = await restoreGuards(db);
  configureLogSigner(signerOf(loadSigningKey(settings.logSigningKey, settings.dataDir), settings.logOrigin));
  const hash = await db.transaction((tx) => prepareLogTree(tx, settings.logHash));
  return { restored, hash };
}

/** Guards that were missing or disabled and could not be restored (the role does not own the tables). */
export const guardFindings = (restored: RestoredGuards): LogFinding[] =>
  restored.failed.map((name) => ({
    code: 'guard-not-restored',
    message: `防篡改触发器或函数 ${name} 缺失、被停用或被改动，且无法恢复（数据库角色不是表的所有者）`,
  }));

/**
 * A database that had events before the tree gets one baseline event logging its confirmed draws,
 * published results and follow-ups as they are (trusted on first use, docs/log.md).
 */
export async function baselineLog(db: Database): Promise<boolean> {
  const state = await auditLogRepository.state(db);
  if (!state || state.legacyThrough === 0) return false;
  const [done] = await queryRows(db, sql`SELECT 1 FROM audit_events WHERE action = 'log.baseline' LIMIT 1`);
  const unit = await unitRepository.root(db);
  if (done || !unit) return false;
  await db.transaction(async (tx) => {
    const logged = await currentDigests(tx);
    await recordAudit(
      tx,
      systemActor(unit, '系统（日志基线）'),
      'log.baseline',
      { type: 'log', id: 'baseline' },
      { logged },
    );
  });
  return true;
}

/** The start-up check: bounded, then a checkpoint if the latest is a day old. */
export async function checkLogAtStart(db: Database): Promise<VerifyLogReport> {
  const report = await verifyLog(db, { recent: START_CHECK_RECENT, trustedKeys: [logSigner().publicKey] });
  if (report.ok) await checkpointIfStale(db);
  return report;
}

/** At least daily (issue 10.3): checked every hour, written when the latest is a day old. */
export function dailyCheckpoints(db: Database, onError: (err: unknown) => void): () => void {
  const timer = setInterval(() => void checkpointIfStale(db).catch(onError), 3600_000);
  timer.unref();
  return () => clearInterval(timer);
}
