import { loadConfig } from '../config.ts';
import { migrate, openDatabase, targetOf } from '../db/database.ts';
import { accountService } from '../services/account.service.ts';
import { buildApp } from '../server/app.ts';
import { settleProvisionalDeadlines } from '../services/calendar.service.ts';
import { seedDemoIfEmpty } from '../services/demo.service.ts';
import { syncPublicRows } from '../services/publication/public-row.ts';
import { EXIT, noArguments, usageFailure } from './args.ts';
import type { Command } from './command.ts';

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
  SECURE_COOKIES  会话 Cookie 的 Secure 标记：不设置时 HTTPS 请求自动加上；true/false 强制
  TRUST_PROXY     在反向代理之后设为 true：采信 X-Forwarded-For / X-Forwarded-Proto
  DEMO_MODE       演示模式（内嵌数据库默认开启，使用 DATABASE_URL 时默认关闭）；关闭时用演示密码
                  登录后只能修改密码

示例 examples:
  shuangsui start
  PORT=8080 DATABASE_URL=postgres://shuangsui@db/shuangsui SESSION_SECRET=… shuangsui start

退出码 exit: 0 正常关闭 stopped, 1 无法启动 failed (数据目录被占用、配置无效…), 2 用法错误 usage error
`;

export const command: Command = {
  summary: 'start — 启动平台 (start the server; migrates and loads demo data on first start)',
  help: HELP,
  async run(argv) {
    try {
      noArguments(argv);
    } catch (err) {
      return usageFailure(err, HELP);
    }
    const config = loadConfig();
    const handle = await openDatabase(targetOf(config));
    await migrate(handle);
    const seeded = await seedDemoIfEmpty(handle);
    // A newer `chinese-days` package may bring a year that provisional deadlines were waiting for.
    await settleProvisionalDeadlines(handle.db);
    // Results published before the public view existed get their rows once.
    await syncPublicRows(handle.db);
    const app = await buildApp({ database: handle, config });
    if (seeded) app.log.info({ users: seeded.users }, `已载入演示数据，演示账号密码：${seeded.password}`);
    // Accounts older than the separation rule keep working (the per-object checks still hold) but are named.
    for (const b of await accountService.breaches(handle.db))
      app.log.warn({ user: b.username, conflicts: b.conflicts }, `账号 ${b.username} 的角色组合违反职责分离，请调整`);
    let closing = false;
    const stop = async () => {
      if (closing) return;
      closing = true;
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
