import { seedDemoIfEmpty } from '../services/demo.service.ts';
import type { Command } from './command.ts';
import { withDatabase } from './with-database.ts';

export const command: Command = {
  summary: 'seed demo — 载入演示数据 (load the 临河区 demo data into an empty database)',
  async run(argv) {
    if (argv[0] !== 'demo') {
      process.stderr.write('用法: shuangsui seed demo\n');
      return 2;
    }
    const seeded = await withDatabase((handle) => seedDemoIfEmpty(handle));
    process.stdout.write(
      seeded
        ? `已载入演示数据：账号 ${seeded.users.join(', ')}，密码 ${seeded.password}\n`
        : '数据库中已有数据，未重复载入演示数据\n',
    );
    return 0;
  },
};
