import { loadConfig } from '../config.ts';
import { migrate, openDatabase, targetOf } from '../db/database.ts';
import { buildApp } from '../server/app.ts';
import { settleProvisionalDeadlines } from '../services/calendar.service.ts';
import { seedDemoIfEmpty } from '../services/demo.service.ts';
import { syncPublicRows } from '../services/publication/public-row.ts';
import type { Command } from './command.ts';

export const command: Command = {
  summary: 'start — 启动平台 (start the server; migrates and loads demo data on first start)',
  async run() {
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
    return 0;
  },
};
