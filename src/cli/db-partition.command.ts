// `shuangsui db partition|add-year|partitions` (issue 12.7): the partitioned layout for PostgreSQL.
import { loadConfig } from '../config.ts';
import {
  addYears,
  DEFAULT_MODULUS,
  partitionDatabase,
  partitionStatus,
  PartitioningUnsupportedError,
  yearOf,
  type PartitionReport,
} from '../db/partition/partition-layout.ts';
import { EXIT, parse, reportFailure, usageFailure, UsageError, wantsJson } from './args.ts';
import type { Command } from './command.ts';
import { pgErrorOf } from '../db/pg-error.ts';
import { withDatabase } from './with-database.ts';

const HELP = `用法 usage: shuangsui db partition [--partitions N] [--lock-timeout 30s] [--json]
       shuangsui db add-year [YEAR ...] [--json]
       shuangsui db partitions [--json]

  只用于 PostgreSQL（DATABASE_URL）；内嵌数据库 PGlite 和小型部署保持普通表。说明见 docs/operations.md「Past one server」。
  partition   在一个事务中把增长的表改为分区表（全部成功或全部不变）：entities 按 unit_id 哈希分区，
              task_entities、task_inspectors 按 task_id 哈希分区，audit_events 按年份（北京时间）范围分区，
              另有 DEFAULT 分区；期间这些表被锁住（约每百万主体 10–20 秒，请在停机窗口执行）。再次执行不做任何改动。
  add-year    提前建立审计事件的年份分区（默认明年）；已落入 DEFAULT 分区的该年事件移入新分区（不删除任何事件）。
              建议每年 12 月由定时任务执行。
  partitions  列出各表是否已分区及其分区。
  (partition the growing tables on PostgreSQL in one transaction; make next year's audit partitions; list them)

选项 options:
  --partitions N        哈希分区个数（默认 ${DEFAULT_MODULUS}）(hash partitions per table)
  --lock-timeout 30s    等待表锁的最长时间，超时则放弃且不做改动 (give up if the tables stay busy)
  --json                结果以 JSON 输出到标准输出

示例 examples:
  DATABASE_URL=postgres://… SESSION_SECRET=… shuangsui db partition
  DATABASE_URL=postgres://… SESSION_SECRET=… shuangsui db add-year 2028

退出码 exit: 0 完成 done, 1 失败 failed (不是 PostgreSQL、锁等待超时…), 2 用法错误 usage error
`;

const OPTIONS = {
  partitions: { type: 'string' },
  'lock-timeout': { type: 'string' },
  json: { type: 'boolean' },
} as const;

function printPartition(r: PartitionReport) {
  for (const t of r.tables) {
    const keys = t.widenedKeys.length ? `；唯一键加入分区键：${t.widenedKeys.join('、')}` : '';
    const refs = t.droppedReferences.length
      ? `；外键改为逐语句检查：${t.droppedReferences.map((f) => f.table).join('、')}`
      : '';
    process.stdout.write(
      `✓ ${t.table}：${t.rows} 行，${t.partitions.length} 个分区，${t.ms} ms${keys}${refs}\n`,
    );
  }
  if (r.skipped.length) process.stdout.write(`已是分区表（未改动）：${r.skipped.join('、')}\n`);
  process.stdout.write(`分区上补建的防篡改触发器：${r.guards.created.length} 个；锁表 ${r.ms} ms\n`);
  process.stdout.write(`之后 VACUUM (ANALYZE) ${r.vacuumMs} ms（不锁读写）\n`);
}

function printYears(r: Awaited<ReturnType<typeof addYears>>) {
  if (r.added.length === 0) process.stdout.write('年份分区都已存在（或 audit_events 尚未分区），未做改动\n');
  for (const a of r.added)
    process.stdout.write(`✓ ${a.partition}：建立，从 DEFAULT 分区移入 ${a.moved} 个事件\n`);
}

function printStatus(tables: Awaited<ReturnType<typeof partitionStatus>>) {
  for (const t of tables) {
    if (!t.partitioned) {
      process.stdout.write(`${t.table}：普通表（未分区）\n`);
      continue;
    }
    process.stdout.write(`${t.table}：${t.partitions.length} 个分区\n`);
    for (const p of t.partitions)
      process.stdout.write(`  ${p.name}  ${p.bound}  约 ${Math.max(0, Number(p.rows))} 行\n`);
  }
}

async function act(sub: string, values: { partitions?: string; 'lock-timeout'?: string }, rest: string[]) {
  if (sub === 'partition') {
    const modulus = Number(values.partitions ?? DEFAULT_MODULUS);
    if (!Number.isInteger(modulus) || modulus < 2 || modulus > 256)
      throw new UsageError('--partitions 须为 2–256 的整数');
    return withDatabase((h) => partitionDatabase(h, { modulus, lockTimeout: values['lock-timeout'] }));
  }
  if (sub === 'add-year') {
    const years = rest.length ? rest.map(Number) : [yearOf(new Date()) + 1];
    if (years.some((y) => !Number.isInteger(y) || y < 2000 || y > 2200))
      throw new UsageError('年份须为 2000–2200 的整数');
    return withDatabase((h) => addYears(h, years));
  }
  if (sub === 'partitions') return withDatabase((h) => partitionStatus(h.db));
  throw new UsageError(sub ? `未知子命令 ${sub}` : '缺少子命令 partition、add-year 或 partitions');
}

export const command: Command = {
  summary: 'db — PostgreSQL 分区：转换、提前建立年份分区、列出分区 (partitioning on PostgreSQL)',
  help: HELP,
  async run(argv) {
    const json = wantsJson(argv);
    try {
      const { values, positionals } = parse(argv, OPTIONS);
      const [sub = '', ...rest] = positionals;
      if (sub && !loadConfig().databaseUrl) throw new PartitioningUnsupportedError();
      const result = await act(sub, values, rest);
      if (json) process.stdout.write(`${JSON.stringify(result)}\n`);
      else if (sub === 'partition') printPartition(result as PartitionReport);
      else if (sub === 'add-year') printYears(result as Awaited<ReturnType<typeof addYears>>);
      else printStatus(result as Awaited<ReturnType<typeof partitionStatus>>);
      return EXIT.ok;
    } catch (err) {
      if (err instanceof UsageError) return usageFailure(err, HELP, json);
      if (err instanceof PartitioningUnsupportedError) {
        reportFailure(json, 'partitioning-unsupported', err.message);
        return EXIT.failed;
      }
      if (pgErrorOf(err)?.code === '55P03') {
        reportFailure(
          json,
          'lock-timeout',
          '表正被使用，未能在限定时间内加锁：未做任何改动，请在停机窗口重试',
        );
        return EXIT.failed;
      }
      throw err;
    }
  },
};
