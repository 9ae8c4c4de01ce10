import { basename } from 'node:path';
import { existsSync } from 'node:fs';
import { SingleBar, Presets } from 'cli-progress';
import { unitRepository } from '../db/repositories/unit.repository.ts';
import { importDirectory } from '../services/import.service.ts';
import { DomainError } from '../services/errors.ts';
import { systemActor } from '../services/actor.ts';
import { seedDemoIfEmpty } from '../services/demo.service.ts';
import { parse, UsageError } from './args.ts';
import type { Command } from './command.ts';
import { withDatabase } from './with-database.ts';

const USAGE = '用法: shuangsui import entities|inspectors FILE [--unit 单位编码] [--json]\n';

function parseImportArgs(argv: readonly string[]) {
  try {
    const { values, positionals } = parse(argv, { json: { type: 'boolean' }, unit: { type: 'string' } });
    const [kind, file] = positionals;
    if ((kind !== 'entities' && kind !== 'inspectors') || !file) throw new UsageError('缺少参数');
    return { kind, file, json: values.json === true, unitCode: values.unit } as const;
  } catch (err) {
    return { error: (err as Error).message };
  }
}

export const command: Command = {
  summary: 'import entities|inspectors FILE — 导入名录库 (import a CSV/XLSX directory file)',
  async run(argv) {
    const args = parseImportArgs(argv);
    if ('error' in args) {
      process.stderr.write(`${args.error}\n${USAGE}`);
      return 2;
    }
    const { kind, file, json, unitCode } = args;
    if (!existsSync(file)) {
      process.stderr.write(`文件不存在：${file}\n`);
      return 2;
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
      const { imported, updated, unchanged, rejected } = report;
      if (json)
        process.stdout.write(`${JSON.stringify({ imported, updated, unchanged, rejected }, null, 2)}\n`);
      else {
        process.stdout.write(
          `新增 ${imported} 条，更新 ${updated} 条，未变 ${unchanged} 条，拒绝 ${rejected.length} 处\n`,
        );
        for (const r of rejected.slice(0, 50))
          process.stdout.write(`  第 ${r.row} 行 [${r.column}] ${r.code}: ${r.message}\n`);
        if (rejected.length > 50)
          process.stdout.write(`  …… 另有 ${rejected.length - 50} 处，使用 --json 查看全部\n`);
      }
      return 0;
    } catch (err) {
      bar?.stop();
      if (!(err instanceof DomainError)) throw err;
      const out = { error: err.code, message: err.message };
      process.stderr.write(json ? `${JSON.stringify(out)}\n` : `导入失败 [${err.code}]：${err.message}\n`);
      return 1;
    }
  },
};
