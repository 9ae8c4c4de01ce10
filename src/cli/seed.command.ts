import { seedDemoIfEmpty } from '../services/demo.service.ts';
import { EXIT, parse, usageFailure, UsageError } from './args.ts';
import type { Command } from './command.ts';
import { withDatabase } from './with-database.ts';

const HELP = `用法 usage: shuangsui seed demo

  向空数据库载入临河区（150802）演示数据：组织机构、演示账号（密码 Demo@2026）、公安抽查事项清单、
  几千家市场主体、几十名执法检查人员和一个完整的 2026 年抽查周期。数据库中已有数据时什么也不做。
  (loads the demo data into an empty database; start does this on first start)

示例 example:
  DATA_DIR=/tmp/demo shuangsui seed demo

退出码 exit: 0 已载入或已有数据 loaded or already there, 1 失败 failed, 2 用法错误 usage error
`;

export const command: Command = {
  summary: 'seed demo — 载入演示数据 (load the 临河区 demo data into an empty database)',
  help: HELP,
  async run(argv) {
    try {
      const { positionals } = parse(argv, {});
      const [set] = positionals;
      if (set !== 'demo')
        throw new UsageError(set ? `未知数据集：${set}（只有 demo）` : '缺少数据集名称：demo');
      if (positionals.length > 1) throw new UsageError(`多余的参数 ${positionals[1]}`);
    } catch (err) {
      return usageFailure(err, HELP);
    }
    const seeded = await withDatabase((handle) => seedDemoIfEmpty(handle));
    process.stdout.write(
      seeded
        ? `已载入演示数据：账号 ${seeded.users.join(', ')}，密码 ${seeded.password}\n`
        : '数据库中已有数据，未重复载入演示数据\n',
    );
    return EXIT.ok;
  },
};
