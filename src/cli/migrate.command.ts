import type { Command } from './command.ts';
import { withDatabase } from './with-database.ts';

export const command: Command = {
  summary: 'migrate — 创建或升级数据库结构 (apply database migrations)',
  async run() {
    await withDatabase(async (handle) => {
      process.stdout.write(`数据库已是最新结构 (${handle.kind})\n`);
    });
    return 0;
  },
};
