import { basename } from 'node:path';
import { existsSync } from 'node:fs';
import { SingleBar, Presets } from 'cli-progress';
import { unitRepository } from '../db/repositories/unit.repository.ts';
import { importDirectory } from '../services/import.service.ts';
import { DomainError } from '../services/errors.ts';
import { systemActor } from '../services/actor.ts';
import { seedDemoIfEmpty } from '../services/demo.service.ts';
import { EXIT, parse, reportFailure, usageFailure, UsageError, wantsJson } from './args.ts';
import type { Command } from './command.ts';
import { withDatabase } from './with-database.ts';

const HELP = `用法 usage: shuangsui import entities|inspectors FILE [--unit 单位编码] [--json]

  把市场主体名录（entities）或执法检查人员名录（inspectors）文件导入数据库：新行新增，已有的行
  （按统一社会信用代码 / 警号）更新，与文件相同的行不动；不合格的行逐行拒绝并说明原因，其余照常导入。
  (imports a directory file; bad rows are rejected one by one with a reason, the rest is imported)

  FILE         CSV（UTF-8 或 GB18030）或 XLSX；表头与管理端“导入”中下载的模板相同
  --unit CODE  导入到该单位的名录，如 LH-ZA（默认：最上级单位；空数据目录先载入组织机构和事项清单）
  --json       只在标准输出打印 JSON：成功时为导入报告，失败时为 {"error", "message"}

示例 examples:
  shuangsui import entities 市场主体名录.xlsx
  shuangsui import inspectors inspectors.csv --unit LH-ZA --json > report.json

退出码 exit: 0 已导入（被拒绝的行见报告） imported, 1 导入失败 failed (文件无法读取、缺少列、单位不存在…),
             2 用法错误 usage error (含文件不存在 incl. missing file)
`;

function parseImportArgs(argv: readonly string[]) {
  try {
    const { values, positionals } = parse(argv, { json: { type: 'boolean' }, unit: { type: 'string' } });
    const [kind, file] = positionals;
    if (kind !== 'entities' && kind !== 'inspectors')
      throw new UsageError(
        kind ? `未知名录：${kind}（entities 或 inspectors）` : '缺少名录：entities 或 inspectors',
      );
    if (!file) throw new UsageError('缺少文件 FILE');
    if (positionals.length > 2) throw new UsageError(`多余的参数 ${positionals[2]}`);
    return { kind, file, json: values.json === true, unitCode: values.unit } as const;
  } catch (err) {
    return { error: err };
  }
}

export const command: Command = {
  summary: 'import entities|inspectors FILE — 导入名录库 (import a CSV/XLSX directory file)',
  help: HELP,
  async run(argv) {
    const args = parseImportArgs(argv);
    if ('error' in args) return usageFailure(args.error, HELP, wantsJson(argv));
    const { kind, file, json, unitCode } = args;
    if (!existsSync(file)) {
      reportFailure(json, 'file-not-found', `文件不存在：${file}`);
      return EXIT.usage;
    }
    const bar =
      json || !process.stderr.isTTY
        ? null
        : new SingleBar({ format: '导入中 {value} 行 | {duration}s' }, Presets.shades_classic);
    try {
      const report = await withDatabase(async (handle) => {
        // A fresh data folder gets the org tree, users and item list first (no demo directories).
        if (!unitCode) await seedDemoIfEmpty(handle, { directories: false });
        const unit = unitCode
          ? await unitRepository.byCode(handle.db, unitCode)
          : await unitRepository.root(handle.db);
        if (!unit)
          throw new DomainError(
            'unit-not-found',
            unitCode ? `单位编码 ${unitCode} 不存在` : '数据库中还没有单位：请先运行 shuangsui seed demo',
          );
        bar?.start(0, 0);
        return importDirectory(handle, systemActor(unit), {
          kind,
          unitId: unit.id,
          source: file,
          fileName: basename(file),
          onProgress: (n) => bar?.update(n),
        });
      });
      bar?.stop();
      const { imported, updated, unchanged, rejected, rejectedCount } = report;
      if (json)
        process.stdout.write(
          `${JSON.stringify({ imported, updated, unchanged, rejectedCount, rejected }, null, 2)}\n`,
        );
      else {
        process.stdout.write(
          `新增 ${imported} 条，更新 ${updated} 条，未变 ${unchanged} 条，拒绝 ${rejectedCount} 处\n`,
        );
        for (const r of rejected.slice(0, 50))
          process.stdout.write(`  第 ${r.row} 行 [${r.column}] ${r.code}: ${r.message}\n`);
        if (rejectedCount > 50)
          process.stdout.write(
            `  …… 另有 ${rejectedCount - 50} 处，使用 --json 查看前 ${rejected.length} 处\n`,
          );
      }
      return EXIT.ok;
    } catch (err) {
      bar?.stop();
      if (!(err instanceof DomainError)) throw err;
      reportFailure(json, err.code, json ? err.message : `导入失败 [${err.code}]：${err.message}`);
      return EXIT.failed;
    }
  },
};
