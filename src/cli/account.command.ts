import { text } from 'node:stream/consumers';
import { unitRepository } from '../db/repositories/unit.repository.ts';
import { userRepository } from '../db/repositories/user.repository.ts';
import { ROLES, type Role } from '../db/schema/index.ts';
import type { Database } from '../db/database.ts';
import { accountCredentialsService } from '../services/account-credentials.service.ts';
import { accountService } from '../services/account.service.ts';
import { systemActor } from '../services/actor.ts';
import { DomainError } from '../services/errors.ts';
import { ROLE_LABELS } from '../services/permissions.ts';
import { EXIT, parse, reportFailure, usageFailure, UsageError, wantsJson } from './args.ts';
import type { Command } from './command.ts';
import { withDatabase } from './with-database.ts';

const HELP = `用法 usage:
  shuangsui account add --username U --name 姓名 --unit 单位编码 --roles a,b [--password-stdin] [--json]
  shuangsui account reset-password --username U [--password-stdin] [--json]

  新建账号或重置密码，供新装系统创建第一个系统管理员（此时还没有人能登录管理端）。
  (creates an account or resets its password: the first system administrator of a fresh install)
  新建或重置的账号首次登录时必须先修改密码；重置密码会结束该账号所有已登录的会话。

  --username U       用户名：3–32 位小写字母、数字、. _ -，以字母开头
  --name 姓名        显示的姓名
  --unit CODE        所属单位编码，如 LH（分局）、LH-ZA（治安大队）
  --roles a,b        角色，逗号分隔：${ROLES.map((r) => `${r}（${ROLE_LABELS[r]}）`).join('、')}
  --password-stdin   从标准输入读取初始密码（至少 10 个字符，含大写、小写、数字、符号中的三类）；
                     不给则由系统生成并只打印这一次
  --json             只在标准输出打印 JSON：成功时为账号（和生成的密码），失败时为 {"error", "message"}

示例 examples:
  shuangsui account add --username sysadmin --name 系统管理员 --unit LH --roles system-admin
  printf '%s' "$PASSWORD" | shuangsui account add --username zhang.w --name 张伟 --unit LH-ZA \\
      --roles drawer --password-stdin
  shuangsui account reset-password --username sysadmin --json

退出码 exit: 0 成功 ok, 1 失败 failed (用户名已存在、角色不相容、单位不存在、密码太弱…), 2 用法错误 usage error
`;

const OPTIONS = {
  json: { type: 'boolean' },
  'password-stdin': { type: 'boolean' },
  username: { type: 'string' },
  name: { type: 'string' },
  unit: { type: 'string' },
  roles: { type: 'string' },
} as const;

function parseAccountArgs(argv: readonly string[]) {
  const { values, positionals } = parse(argv, OPTIONS);
  const [action, extra] = positionals;
  if (action !== 'add' && action !== 'reset-password')
    throw new UsageError(
      action ? `未知操作：${action}（add 或 reset-password）` : '缺少操作：add 或 reset-password',
    );
  if (extra) throw new UsageError(`多余的参数 ${extra}`);
  const need = action === 'add' ? (['username', 'name', 'unit', 'roles'] as const) : (['username'] as const);
  for (const key of need) if (!values[key]) throw new UsageError(`缺少选项 --${key}`);
  const roles = (values.roles ?? '')
    .split(',')
    .map((r) => r.trim())
    .filter(Boolean);
  const unknown = roles.filter((r) => !(ROLES as readonly string[]).includes(r));
  if (unknown.length) throw new UsageError(`未知角色：${unknown.join('、')}`);
  return { action, values, roles: roles as Role[] };
}

/** The root unit: the command line acts for the whole installation. */
async function rootActor(db: Database) {
  const root = await unitRepository.root(db);
  if (!root) throw new DomainError('unit-not-found', '数据库中还没有单位：请先运行 shuangsui start');
  return systemActor(root);
}

export const command: Command = {
  summary: 'account add|reset-password — 新建账号、重置密码 (create an account, reset a password)',
  help: HELP,
  async run(argv) {
    let args;
    try {
      args = parseAccountArgs(argv);
    } catch (err) {
      return usageFailure(err, HELP, wantsJson(argv));
    }
    const { action, values, roles } = args;
    const json = values.json === true;
    const typed = values['password-stdin'] ? (await text(process.stdin)).replace(/\r?\n$/, '') : undefined;
    try {
      const result = await withDatabase(async ({ db }) => {
        const actor = await rootActor(db);
        if (action === 'reset-password') {
          const user = await userRepository.byUsername(db, values.username!);
          if (!user) throw new DomainError('not-found', `账号 ${values.username} 不存在`);
          return accountCredentialsService.resetPassword(db, actor, user.id, typed);
        }
        const unit = await unitRepository.byCode(db, values.unit!);
        if (!unit) throw new DomainError('unit-not-found', `单位编码 ${values.unit} 不存在`);
        const input = { username: values.username!, displayName: values.name!, unitId: unit.id, roles };
        return accountService.create(db, actor, { ...input, password: typed });
      });
      if (json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      else {
        const { account, generatedPassword } = result;
        const done = action === 'add' ? '已新建账号' : '已重置密码';
        const roleNames = account.roles.map((r) => ROLE_LABELS[r]).join('、');
        process.stdout.write(
          `${done}：${account.username}（${account.displayName}，${account.unit.name}，${roleNames}）\n`,
        );
        if (generatedPassword) process.stdout.write(`初始密码（只显示这一次）：${generatedPassword}\n`);
        process.stdout.write('首次登录时须修改密码。\n');
      }
      return EXIT.ok;
    } catch (err) {
      if (!(err instanceof DomainError)) throw err;
      reportFailure(json, err.code, json ? err.message : `失败 [${err.code}]：${err.message}`);
      return EXIT.failed;
    }
  },
};
