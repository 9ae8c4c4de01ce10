import { loadConfig } from '../config.ts';
import { rotateDataKey } from '../services/personal-data/data-key-rotation.ts';
import { EXIT, parse, usageFailure, UsageError } from './args.ts';
import type { Command } from './command.ts';
import { withDatabase } from './with-database.ts';

const HELP = `用法 usage: shuangsui keys rotate-data [--json]

  轮换个人信息（身份证号、联系电话）的数据密钥：分批（每批一个事务，要么整批完成要么不变）用新密钥
  重新加密每个密文、重新计算每个检索哈希；中断后再次运行会从中断处继续。旧密钥在全部完成前一直可读。
  (re-encrypts every stored ID number and phone and recomputes their keyed hashes under a new key id)
  运行前请停止使用同一数据库的服务 (stop the servers first)。

  未设置 SS_DATA_KEY 时：在 DATA_DIR/data-keys.json 中生成新密钥，完成后删去旧密钥。
  设置了 SS_DATA_KEY 时：先把 SS_DATA_KEY / SS_DATA_KEY_ID 改为新密钥，旧密钥写入
  SS_DATA_KEYS_OLD=旧编号:aes-256-gcm:旧密钥base64，运行本命令，完成后删去 SS_DATA_KEYS_OLD。

选项 options:
  --json   结果以 JSON 写到标准输出

示例 examples:
  shuangsui keys rotate-data
  SS_DATA_KEY=… SS_DATA_KEY_ID=k2 SS_DATA_KEYS_OLD=k1:aes-256-gcm:… shuangsui keys rotate-data

退出码 exit: 0 完成 done, 1 失败 failed (密钥不符、数据目录被占用…), 2 用法错误 usage error
`;

export const command: Command = {
  summary: 'keys rotate-data — 轮换个人信息数据密钥 (rotate the personal-data key)',
  help: HELP,
  async run(argv) {
    let json: boolean;
    try {
      const { values, positionals } = parse(argv, { json: { type: 'boolean' } });
      if (positionals[0] !== 'rotate-data') throw new UsageError(`未知子命令：${positionals[0] ?? '（无）'}`);
      if (positionals.length > 1) throw new UsageError(`多余的参数 ${positionals[1]}`);
      json = values.json === true;
    } catch (err) {
      return usageFailure(err, HELP, argv.includes('--json'));
    }
    const config = loadConfig();
    const report = await withDatabase((handle) =>
      rotateDataKey(handle.db, config, (p) => {
        if (!json) process.stderr.write(`已处理 ${p.rows} 行（${p.batches} 批）\n`);
      }),
    );
    if (json) process.stdout.write(`${JSON.stringify(report)}\n`);
    else {
      process.stdout.write(
        `数据密钥已轮换为 ${report.keyId}：重新加密 ${report.rows} 行（${report.batches} 批）\n`,
      );
      if (report.source === 'environment' && report.retired.length)
        process.stdout.write(
          `旧密钥 ${report.retired.join('、')} 已不再使用，可从 SS_DATA_KEYS_OLD 中删去\n`,
        );
    }
    return EXIT.ok;
  },
};
