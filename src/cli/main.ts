import { EXIT, reportFailure, wantsHelp, wantsJson } from './args.ts';
import type { Command } from './command.ts';

interface Entry {
  /** As the top-level help lists it: the words to type, then what it does. */
  readonly usage: string;
  readonly summary: string;
  // Lazy, so `shuangsui verify` loads no database code and the top-level help loads nothing.
  readonly load: () => Promise<{ command: Command }>;
}

const commands: Readonly<Record<string, Entry>> = {
  start: {
    usage: 'start',
    summary: '启动平台：迁移数据库，空库时载入演示数据 (start the server)',
    load: () => import('./start.command.ts'),
  },
  migrate: {
    usage: 'migrate',
    summary: '创建或升级数据库结构 (apply the database migrations)',
    load: () => import('./migrate.command.ts'),
  },
  seed: {
    usage: 'seed demo',
    summary: '向空数据库载入临河区演示数据 (load the demo data)',
    load: () => import('./seed.command.ts'),
  },
  import: {
    usage: 'import entities|inspectors FILE',
    summary: '导入市场主体或执法检查人员名录文件 (import a CSV/XLSX directory file)',
    load: () => import('./import.command.ts'),
  },
  draw: {
    usage: 'draw compute|public FILE',
    summary: '由输入文件计算抽取结果包，或输出公开视图；无需数据库 (compute a draw, print a public view)',
    load: () => import('./draw.command.ts'),
  },
  verify: {
    usage: 'verify FILE',
    summary: '重新计算并核验抽取结果包或公开视图；无需数据库 (verify a bundle or a public view)',
    load: () => import('./verify.command.ts'),
  },
  account: {
    usage: 'account add|reset-password',
    summary: '新建账号或重置密码，如新装系统的第一个系统管理员 (create an account, reset a password)',
    load: () => import('./account.command.ts'),
  },
  'verify-log': {
    usage: 'verify-log [--checkpoint OLD.txt]',
    summary: '核验防篡改审计日志与数据库是否一致 (check the tamper-evident audit log)',
    load: () => import('./verify-log.command.ts'),
  },
  keys: {
    usage: 'keys rotate-data',
    summary: '轮换身份证号、联系电话的加密密钥 (rotate the personal-data key)',
    load: () => import('./keys.command.ts'),
  },
  db: {
    usage: 'db partition|add-year|partitions',
    summary: 'PostgreSQL 分区：转换增长的表、提前建立年份分区 (partition the growing tables)',
    load: () => import('./db-partition.command.ts'),
  },
};

export function topLevelHelp(): string {
  const width = Math.max(...Object.values(commands).map((c) => c.usage.length)) + 2;
  const lines = Object.values(commands).map((c) => `  ${c.usage.padEnd(width)}${c.summary}`);
  return `双随 ShuangSui 命令行 —“双随机、一公开”监管平台

用法 usage: shuangsui <命令 command> [选项 options]

命令 commands:
${lines.join('\n')}

shuangsui <命令> --help   该命令的用法、选项、示例和退出码 (usage, options, examples, exit codes)
--json                    结果和错误都以 JSON 写到标准输出 (every result and error as JSON on stdout)
退出码 exit codes: 0 成功 ok, 1 失败 failed (各命令另有说明), 2 用法错误 usage error
配置 configuration: DATABASE_URL, DATA_DIR, PORT … 见 .env.example；说明见 docs/cli.md
`;
}

export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    process.stderr.write(topLevelHelp());
    return EXIT.usage;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    // `shuangsui help import` is `shuangsui import --help`.
    if (rest[0] && commands[rest[0]]) return main([rest[0], '--help']);
    process.stdout.write(topLevelHelp());
    return EXIT.ok;
  }
  const entry = commands[name];
  if (!entry) {
    reportFailure(wantsJson(rest), 'unknown-command', `未知命令：${name}`, topLevelHelp());
    return EXIT.usage;
  }
  const { command } = await entry.load();
  if (command.help && wantsHelp(rest)) {
    process.stdout.write(command.help);
    return EXIT.ok;
  }
  return runCommand(command, rest);
}

async function runCommand(command: Command, argv: readonly string[]): Promise<number> {
  try {
    return await command.run(argv);
  } catch (err) {
    // Expected failures (a held data folder, bad configuration) get their message, not a stack trace.
    if (err instanceof Error && EXPECTED.has(err.name)) {
      reportFailure(wantsJson(argv), codeOf(err.name), err.message);
      return EXIT.failed;
    }
    if (!wantsJson(argv)) throw err;
    // A script asked for JSON: it still gets JSON; the stack goes to standard error for whoever debugs.
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    reportFailure(true, 'internal-error', `内部错误：${err instanceof Error ? err.message : String(err)}`);
    return EXIT.failed;
  }
}

const EXPECTED = new Set(['DataDirLockedError', 'ConfigError', 'DataKeyError', 'DataKeyFormatError']);

/** DataDirLockedError → data-dir-locked. */
const codeOf = (errorName: string) =>
  errorName.replace(/Error$/, '').replace(/[A-Z]/g, (c, i: number) => (i ? '-' : '') + c.toLowerCase());
