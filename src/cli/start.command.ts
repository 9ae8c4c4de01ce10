import { loadConfig } from '../config.ts';
import { migrate, openDatabase, targetOf } from '../db/database.ts';
import { accountService } from '../services/account.service.ts';
import { buildApp } from '../server/app.ts';
import { settleProvisionalDeadlines } from '../services/calendar.service.ts';
import { seedDemoIfEmpty } from '../services/demo.service.ts';
import { syncPublicRows } from '../services/publication/public-row.ts';
import type { LogFinding } from '../services/log/log-finding.ts';
import {
  baselineLog,
  checkLogAtStart,
  dailyCheckpoints,
  guardFindings,
  openLog,
  START_CHECK_RECENT,
} from '../services/log/log-startup.ts';
import { GENERATED_KEY_WARNING, openPersonalData } from '../services/personal-data/personal-data-startup.ts';
import { EXIT, parse, usageFailure, UsageError } from './args.ts';
import type { Command } from './command.ts';

function refusal(findings: readonly LogFinding[]): string {
  const list = findings.map((f) => `  ✗ ${f.message} [${f.code}]`).join('\n');
  return (
    `拒绝启动：审计日志与数据库不一致 (the audit log is inconsistent; refusing to serve)\n${list}\n` +
    `数据可能被绕过系统直接改动。完整报告：shuangsui verify-log；调查时可用 shuangsui start --allow-inconsistent-log 启动。\n`
  );
}

const HELP = `用法 usage: shuangsui start

  启动平台：先迁移数据库，空数据库时载入演示数据，然后在 PORT（默认 3000）上提供管理端 /admin/、
  公示门户、接口和接口文档 /docs。Ctrl-C（SIGINT）或 SIGTERM 时关闭。
  (starts the server; migrates first, seeds the demo data into an empty database)

配置 configuration（环境变量，见 .env.example）:
  PORT            端口 (3000)；HOST 监听地址 (0.0.0.0)
  DATA_DIR        内嵌 PGlite 数据目录 (./data)；同一目录只允许一个进程
  DATABASE_URL    PostgreSQL 15 连接串；设置后不使用 PGlite
  SESSION_SECRET  会话签名密钥（使用 DATABASE_URL 时必须设置，至少 32 个字符）
  LOG_LEVEL       日志级别 (info)
  LOG_SIGNING_KEY 审计日志检查点的 Ed25519 私钥 (PKCS#8 PEM)；未设置时使用并在首次启动时生成
                  DATA_DIR/log-signing-key.pem
  LOG_HASH        审计日志树的哈希 sha256 (默认) 或 sm3，仅在日志建立时采用
  SS_DATA_KEY     身份证号、联系电话的加密密钥（base64，32 字节）；未设置时使用并在首次启动时生成
                  DATA_DIR/data-keys.json；SS_DATA_KEY_ID 密钥编号 (k1)；SS_DATA_CIPHER aes-256-gcm
                  (默认) 或 sm4-gcm；SS_DATA_KEYS_OLD 轮换期间仍可读的旧密钥（shuangsui keys rotate-data）
  SECURE_COOKIES  会话 Cookie 的 Secure 标记：不设置时 HTTPS 请求自动加上；true/false 强制
  TRUST_PROXY     在反向代理之后设为 true：采信 X-Forwarded-For / X-Forwarded-Proto
  DEMO_MODE       演示模式（内嵌数据库默认开启，使用 DATABASE_URL 时默认关闭）；关闭时用演示密码
                  登录后只能修改密码

选项 options:
  --allow-inconsistent-log  审计日志核验不一致时仍然启动（供调查使用）：每条不一致都记为错误日志，
                  /api/public/log/latest 照常公布最近的签名检查点。默认：不一致时拒绝启动，退出码 1
                  (serve although the audit log check failed; for an operator investigating)

启动时 at start: 恢复被删除或停用的防篡改触发器；核验审计日志（最近 ${START_CHECK_RECENT} 个事件全部重算、
  存储的树和最新检查点、已确认抽取、已公示结果和后续处置的摘要）；完整核验见 shuangsui verify-log

示例 examples:
  shuangsui start
  PORT=8080 DATABASE_URL=postgres://shuangsui@db/shuangsui SESSION_SECRET=… shuangsui start

退出码 exit: 0 正常关闭 stopped, 1 无法启动 failed (数据目录被占用、配置无效、审计日志不一致…), 2 用法错误 usage error
`;

export const command: Command = {
  summary: 'start — 启动平台 (start the server; migrates and loads demo data on first start)',
  help: HELP,
  async run(argv) {
    let allowInconsistent: boolean;
    try {
      const { values, positionals } = parse(argv, { 'allow-inconsistent-log': { type: 'boolean' } });
      if (positionals.length) throw new UsageError(`多余的参数 ${positionals[0]}`);
      allowInconsistent = values['allow-inconsistent-log'] === true;
    } catch (err) {
      return usageFailure(err, HELP);
    }
    const config = loadConfig();
    const handle = await openDatabase(targetOf(config));
    await migrate(handle);
    const opened = await openLog(handle.db, config);
    const personal = await openPersonalData(handle.db, config);
    const seeded = await seedDemoIfEmpty(handle);
    // A newer `chinese-days` package may bring a year that provisional deadlines were waiting for.
    await settleProvisionalDeadlines(handle.db);
    // Results published before the public view existed get their rows once.
    await syncPublicRows(handle.db);
    await baselineLog(handle.db);
    const check = await checkLogAtStart(handle.db);
    const findings = [...guardFindings(opened.restored), ...check.findings];
    if (findings.length && !allowInconsistent) {
      process.stderr.write(refusal(findings));
      await handle.close();
      return EXIT.failed;
    }
    const app = await buildApp({ database: handle, config });
    const restored = [...opened.restored.created, ...opened.restored.enabled];
    if (restored.length)
      app.log.warn({ restored }, `已恢复被删除或停用的防篡改触发器：${restored.join('、')}`);
    for (const f of findings)
      app.log.error({ code: f.code }, `审计日志不一致（仍按 --allow-inconsistent-log 启动）：${f.message}`);
    if (personal.generated) app.log.warn(GENERATED_KEY_WARNING);
    if (personal.converted)
      app.log.info(`已将 ${personal.converted} 个自然人的明文身份证号加密保存（数据密钥 ${personal.keyId}）`);
    const stopCheckpoints = dailyCheckpoints(handle.db, (err) => app.log.error(err));
    if (seeded) app.log.info({ users: seeded.users }, `已载入演示数据，演示账号密码：${seeded.password}`);
    // Accounts older than the separation rule keep working (the per-object checks still hold) but are named.
    for (const b of await accountService.breaches(handle.db))
      app.log.warn(
        { user: b.username, conflicts: b.conflicts },
        `账号 ${b.username} 的角色组合违反职责分离，请调整`,
      );
    let closing = false;
    const stop = async () => {
      if (closing) return;
      closing = true;
      stopCheckpoints();
      await app.close();
      await handle.close();
    };
    process.once('SIGINT', () => void stop());
    process.once('SIGTERM', () => void stop());
    await app.listen({ port: config.port, host: config.host });
    app.log.info(`双随平台已启动：http://localhost:${config.port}/admin/ （接口文档 /docs）`);
    await new Promise<void>((resolve) => app.server.once('close', () => resolve()));
    return EXIT.ok;
  },
};
