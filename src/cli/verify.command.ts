// `shuangsui verify FILE`: re-runs an RDRAW-1 or RDRAW-2 full bundle and reports every mismatch, or
// runs public verification on an RDRAW-2 public view and says which checks it ran and which need
// the full bundle. No database, no server: anyone holding the file can check a draw.
import type { ComputedDraw } from '../domain/draw/compute.ts';
import { nodeHasher } from '../domain/draw/hash-node.ts';
import { computeDrawInThreads } from '../domain/draw/parallel-node.ts';
import { readBundle } from '../domain/draw/read-bundle.ts';
import { looksLikePublicView } from '../domain/draw/read-public-view.ts';
import { invalidInput } from '../domain/draw/errors.ts';
import { parseStrictJson } from '../domain/draw/strict-json.ts';
import type { JsonValue } from '../domain/draw/types.ts';
import { versionOf } from '../domain/draw/types.ts';
import { compareDraw, recomputable } from '../domain/draw/verify.ts';
import type { Mismatch } from '../domain/draw/verify.ts';
import type { Command } from './command.ts';
import { EXIT_INVALID, parseOptions, readText, reportError, unreadable } from './draw.command.ts';
import type { CliOptions } from './draw.command.ts';
import { verifyViewFile } from './verify-public.ts';
import { signatureStatement } from '../domain/draw/digests.ts';
import { toHex, utf8 } from '../domain/draw/encoding.ts';
import { checkSignatures, readShownSignatures } from '../domain/draw/signature-check.ts';

export const EXIT_MISMATCH = 1;

const USAGE = `用法 usage: shuangsui verify FILE.json [--json] [--threads N] [--signatures SIGS.json]
  FILE 是 RDRAW-1 或 RDRAW-2 完整结果包：重新计算全部承诺、摘要（含盐值承诺和公开部分）、结果和递补并逐项比较；
  FILE 是 RDRAW-2 公开视图：运行公众可做的全部核验，并列出只有完整结果包才能核验的内容。
  (a full bundle is recomputed and compared; a public view gets public verification)
  --signatures SIGS.json  公开视图旁公布的签名 [{signer, role, statementDigest, scheme, publicKey, signature}]，
                          逐一核对签名人本人的签名（完整数据包自带签名，无需此项）
退出码 exit: 0 全部一致 all hold, 1 有不一致 mismatch, 2 文件无效 invalid file
`;

const KIND_LABEL: Readonly<Record<Mismatch['kind'], string>> = {
  commitment: '承诺 commitment',
  digest: '摘要 digest',
  stratum: '分层 stratum',
  team: '检查组 team',
  result: '结果 result',
  replacement: '递补 replacement',
  draw: '抽取被拒绝 draw refused',
  signature: '签名 signature',
};

function describe(m: Mismatch): string {
  const fields = m.fields && m.fields.length > 0 ? ` (${m.fields.join(', ')})` : '';
  const short = (v: unknown): string => {
    const text = JSON.stringify(v);
    return text.length > 120 ? `${text.slice(0, 117)}...` : text;
  };
  return `✗ ${KIND_LABEL[m.kind]} ${m.key}${fields}\n    重算 expected: ${short(m.expected)}\n    结果包 bundle: ${short(m.actual)}`;
}

type Recomputed =
  | {
      readonly ok: true;
      readonly json: JsonValue;
      readonly mismatches: readonly Mismatch[];
      readonly draw?: ComputedDraw;
      readonly drawId: string;
      readonly suite: string;
    }
  | { readonly ok: false; readonly exit: number };

async function readJson(options: CliOptions): Promise<{ ok: true; json: JsonValue } | { ok: false }> {
  const read = await readText(options.file);
  if (!read.ok) {
    reportError(unreadable(options.file, read.reason), options.json);
    return { ok: false };
  }
  const parsed = parseStrictJson(read.text);
  if (!parsed.ok) {
    const problem = { at: `JSON @${parsed.error.position}`, problem: parsed.error.message };
    reportError(invalidInput([problem]), options.json);
    return { ok: false };
  }
  return { ok: true, json: parsed.value };
}

/** Reads and recomputes a full bundle; reports an unreadable or invalid one itself. */
export async function recomputeBundle(options: CliOptions, given?: JsonValue): Promise<Recomputed> {
  const json = given ?? (await readJson(options));
  const value = given ?? (json as { ok: boolean; json?: JsonValue }).json;
  if (value === undefined) return { ok: false, exit: EXIT_INVALID };
  const parsed = readBundle(value);
  if (!parsed.ok) {
    reportError(parsed.error, options.json);
    return { ok: false, exit: EXIT_INVALID };
  }
  const { input, claims } = parsed;
  const computed = await computeDrawInThreads(recomputable(input), options.threads);
  const verdict = compareDraw(nodeHasher(input.plan.suite), input, claims, computed);
  if (!verdict.ok) {
    reportError(verdict.error, options.json);
    return { ok: false, exit: EXIT_INVALID };
  }
  const { drawId, suite } = input.plan;
  const draw = computed.ok ? computed.draw : undefined;
  const signed = draw ? bundleSignatureMismatches(value, draw) : [];
  const mismatches = [...verdict.mismatches, ...signed];
  return { ok: true, json: value, mismatches, drawId, suite, ...(draw && { draw }) };
}

const FULL_CHECKS = {
  'RDRAW-1': '见证人承诺；方案、名录、检查人员、种子、结果的摘要；每层的抽中和递补名单；检查组；递补记录',
  'RDRAW-2':
    '见证人承诺；方案、名录、检查人员、种子、结果的摘要；各层盐值承诺和分层摘要；公开部分摘要；每层的抽中和递补名单；检查组；递补记录；每位签名人对重算声明的签名',
} as const;

/** Issue 10.4: every signature in the bundle against the statement rebuilt from the recomputed draw. */
function bundleSignatureMismatches(json: JsonValue, draw: ComputedDraw): Mismatch[] {
  const shown = readShownSignatures((json as { signatures?: unknown }).signatures) ?? [];
  // The published vectors cover computation only: a bundle without signatures has nothing to check here.
  if (shown.length === 0) return [];
  const { drawId, suite } = draw.prepared.input.plan;
  const digest = toHex(nodeHasher(suite).hash(utf8(signatureStatement(drawId, suite, draw.digests))));
  return checkSignatures(digest, shown).results.flatMap((r, k) =>
    r.ok
      ? []
      : [
          {
            kind: 'signature' as const,
            key: `signatures[${k}] ${r.signer}`,
            expected: digest,
            actual: r.problem ?? '',
          },
        ],
  );
}

async function verify(options: CliOptions, signatures: string | undefined): Promise<number> {
  const read = await readJson(options);
  if (!read.ok) return EXIT_INVALID;
  if (looksLikePublicView(read.json)) return verifyViewFile(read.json, options, signatures);
  const checked = await recomputeBundle(options, read.json);
  if (!checked.ok) return checked.exit;
  const { mismatches, drawId, suite } = checked;
  const version = versionOf(suite as never);
  if (options.json) {
    const out = { ok: mismatches.length === 0, kind: 'bundle', version, drawId, suite, mismatches };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    const lines = [`${version} 完整结果包校验 verify: ${drawId} (${suite})`, ...mismatches.map(describe)];
    lines.push(`已核验 checked: ${FULL_CHECKS[version]}`);
    lines.push(
      mismatches.length === 0 ? '✓ 全部一致 (all match)' : `✗ 共 ${mismatches.length} 处不一致 (mismatches)`,
    );
    process.stdout.write(`${lines.join('\n')}\n`);
  }
  return mismatches.length === 0 ? 0 : EXIT_MISMATCH;
}

/** `--signatures FILE` is taken out before the shared options are parsed. */
function withoutSignatures(argv: readonly string[]): { rest: string[]; signatures?: string } {
  const at = argv.indexOf('--signatures');
  if (at < 0) return { rest: [...argv] };
  const signatures = argv[at + 1];
  return { rest: [...argv.slice(0, at), ...argv.slice(at + 2)], ...(signatures && { signatures }) };
}

export const command: Command = {
  summary: '校验抽取结果包或公开视图 (verify an RDRAW-1/RDRAW-2 bundle or an RDRAW-2 public view)',
  async run(argv) {
    const { rest, signatures } = withoutSignatures(argv);
    const options = parseOptions(rest);
    if (!options) {
      const help = argv.includes('--help') || argv.includes('-h');
      (help ? process.stdout : process.stderr).write(USAGE);
      return help ? 0 : EXIT_INVALID;
    }
    return verify(options, signatures);
  },
};
