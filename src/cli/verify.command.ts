// `shuangsui verify BUNDLE.json`: re-runs a draw bundle and reports every mismatch. No database,
// no server: anyone holding the bundle can check a draw.
import { computeDrawInThreads } from '../domain/draw/parallel-node.ts';
import { nodeHasher } from '../domain/draw/hash-node.ts';
import { parseBundle } from '../domain/draw/read-bundle.ts';
import { compareDraw, recomputable } from '../domain/draw/verify.ts';
import type { Mismatch } from '../domain/draw/verify.ts';
import type { Command } from './command.ts';
import { EXIT_INVALID, parseOptions, readText, reportError, unreadable } from './draw.command.ts';
import type { CliOptions } from './draw.command.ts';

const EXIT_MISMATCH = 1;

const USAGE = `用法 usage: shuangsui verify BUNDLE.json [--json] [--threads N]
  重新计算结果包中的全部承诺、摘要和结果并逐项比较 (recomputes every commitment, digest and the result)
退出码 exit: 0 全部一致 all match, 1 有不一致 mismatch, 2 结果包无效 invalid bundle
`;

const KIND_LABEL: Readonly<Record<Mismatch['kind'], string>> = {
  commitment: '承诺 commitment',
  digest: '摘要 digest',
  stratum: '分层 stratum',
  team: '检查组 team',
  result: '结果 result',
  replacement: '递补 replacement',
  draw: '抽取被拒绝 draw refused',
};

function describe(m: Mismatch): string {
  const fields = m.fields && m.fields.length > 0 ? ` (${m.fields.join(', ')})` : '';
  const short = (v: unknown): string => {
    const text = JSON.stringify(v);
    return text.length > 120 ? `${text.slice(0, 117)}...` : text;
  };
  return `✗ ${KIND_LABEL[m.kind]} ${m.key}${fields}\n    重算 expected: ${short(m.expected)}\n    结果包 bundle: ${short(m.actual)}`;
}

async function verify(options: CliOptions): Promise<number> {
  const read = await readText(options.file);
  if (!read.ok) {
    reportError(unreadable(options.file, read.reason), options.json);
    return EXIT_INVALID;
  }
  const parsed = parseBundle(read.text);
  if (!parsed.ok) {
    reportError(parsed.error, options.json);
    return EXIT_INVALID;
  }
  const { input, claims } = parsed;
  const computed = await computeDrawInThreads(recomputable(input), options.threads);
  const verdict = compareDraw(nodeHasher(input.plan.suite), input, claims, computed);
  if (!verdict.ok) {
    reportError(verdict.error, options.json);
    return EXIT_INVALID;
  }
  const { mismatches } = verdict;
  const { drawId, suite } = input.plan;
  if (options.json) {
    process.stdout.write(
      `${JSON.stringify({ ok: mismatches.length === 0, drawId, suite, mismatches }, null, 2)}\n`,
    );
  } else {
    const lines = [`RDRAW-1 校验 verify: ${drawId} (${suite})`, ...mismatches.map(describe)];
    lines.push(
      mismatches.length === 0
        ? '✓ 全部一致 (all match): 承诺、摘要、结果、递补'
        : `共 ${mismatches.length} 处不一致 (mismatches)`,
    );
    process.stdout.write(`${lines.join('\n')}\n`);
  }
  return mismatches.length === 0 ? 0 : EXIT_MISMATCH;
}

export const command: Command = {
  summary: '校验 RDRAW-1 结果包 (verify an RDRAW-1 bundle)',
  async run(argv) {
    const options = parseOptions(argv);
    if (!options) {
      process.stderr.write(USAGE);
      return argv[0] === '--help' ? 0 : EXIT_INVALID;
    }
    return verify(options);
  },
};
