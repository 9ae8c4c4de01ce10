import { EXIT, noArguments, usageFailure } from './args.ts';
import type { Command } from './command.ts';
import { withDatabase } from './with-database.ts';

const HELP = `用法 usage: shuangsui migrate

  创建或升级数据库结构：按顺序执行尚未执行的迁移（只增不改），已是最新时什么也不做。
  数据库：设置了 DATABASE_URL 时为该 PostgreSQL 15，否则为 DATA_DIR（默认 ./data）中的内嵌 PGlite。
  (applies the pending migrations to the configured database; start does this too)

示例 example:
  DATA_DIR=/srv/shuangsui/data shuangsui migrate

退出码 exit: 0 已是最新结构 up to date, 1 失败 failed (数据目录被另一进程占用、配置无效…), 2 用法错误 usage error
`;

export const command: Command = {
  summary: 'migrate — 创建或升级数据库结构 (apply database migrations)',
  help: HELP,
  async run(argv) {
    try {
      noArguments(argv);
    } catch (err) {
      return usageFailure(err, HELP);
    }
    await withDatabase(async (handle) => {
      process.stdout.write(`数据库已是最新结构 (${handle.kind})\n`);
    });
    return EXIT.ok;
  },
};
