// `shuangsui verify-log`: the whole audit log checked against the database (issue 10.3, docs/log.md).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../config.ts';
import { KEY_FILE, loadSigningKey, rawPublicKey } from '../services/log/signer.ts';
import { verifyLog, type VerifyLogReport } from '../services/log/verify-log.service.ts';
import { EXIT, parse, reportFailure, usageFailure, UsageError, wantsJson } from './args.ts';
import type { Command } from './command.ts';
import { withDatabase } from './with-database.ts';

const HELP = `用法 usage: shuangsui verify-log [--checkpoint OLD.txt] [--json]

  核验审计日志（防篡改日志，RFC 9162 默克尔树）：由审计事件重算每个叶，核对存储的子树哈希和每个签名检查点
  （根哈希与签名，签名密钥须是配置的 LOG_SIGNING_KEY 或 DATA_DIR/log-signing-key.pem）；找出缺失、删除、
  篡改和绕过系统插入的事件；核对已确认抽取的结果、摘要与签署声明，以及已确认抽取、已公示结果和后续处置的
  当前内容与日志记录的摘要。
  (checks the audit log tree against the events, the checkpoints, and the draws, results and follow-ups
  against their logged digests)

选项 options:
  --checkpoint OLD.txt  以前保存的检查点（GET /api/public/log/latest 的 checkpoint）：证明当前日志是它的延续
                        (prove that the current log extends this old checkpoint)
  --json                报告以 JSON 输出到标准输出

配置 configuration: DATABASE_URL 或 DATA_DIR（PGlite 数据目录：服务器运行时被占用，请先停止服务器）

示例 examples:
  shuangsui verify-log
  curl -s http://localhost:3000/api/public/log/latest | jq -r .checkpoint > cp.txt; shuangsui verify-log --checkpoint cp.txt

退出码 exit: 0 一致 consistent, 1 发现不一致 findings (或无法读取), 2 用法错误 usage error
`;

function print(report: VerifyLogReport): void {
  const head = `审计日志：${report.size} 个事件，重算 ${report.leavesChecked} 个叶，核对 ${report.objectsChecked} 个对象、${report.signaturesChecked} 个本人签名`;
  const cp = report.latestCheckpoint;
  const latest = cp ? `最新检查点：大小 ${cp.size}，根 ${cp.rootHash}，${cp.time}` : '尚无检查点';
  if (report.ok) {
    process.stdout.write(`✓ 一致 consistent\n${head}\n${latest}\n`);
    return;
  }
  const list = report.findings.map((f) => `  ✗ ${f.message} [${f.code}]`).join('\n');
  process.stdout.write(
    `✗ 发现 ${report.findings.length} 处不一致 inconsistent\n${head}\n${latest}\n${list}\n`,
  );
}

function trustedKeys(config: ReturnType<typeof loadConfig>): Uint8Array[] | undefined {
  if (!config.logSigningKey && !existsSync(join(config.dataDir, KEY_FILE))) return undefined;
  return [rawPublicKey(loadSigningKey(config.logSigningKey, config.dataDir))];
}

export const command: Command = {
  summary: 'verify-log — 核验审计日志与数据库是否一致 (check the tamper-evident audit log)',
  help: HELP,
  async run(argv) {
    const json = wantsJson(argv);
    let oldCheckpoint: string | undefined;
    try {
      const { values, positionals } = parse(argv, {
        checkpoint: { type: 'string' },
        json: { type: 'boolean' },
      });
      if (positionals.length) throw new UsageError(`多余的参数 ${positionals[0]}`);
      if (values.checkpoint) oldCheckpoint = readFileSync(values.checkpoint, 'utf8');
    } catch (err) {
      if (err instanceof Error && 'code' in err && err.code === 'ENOENT') {
        reportFailure(
          json,
          'unreadable-file',
          `无法读取检查点文件：${(err as { path?: string }).path ?? ''}`,
        );
        return EXIT.failed;
      }
      return usageFailure(err, HELP, json);
    }
    // Read before the database opens: a data folder without its key must not pass with a new one.
    const trusted = trustedKeys(loadConfig());
    const report = await withDatabase((handle) =>
      verifyLog(handle.db, { oldCheckpoint, trustedKeys: trusted }),
    );
    if (json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    else print(report);
    return report.ok ? EXIT.ok : EXIT.failed;
  },
};
