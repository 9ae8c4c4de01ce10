// `shuangsui verify VIEW.json`: public verification of an RDRAW-2 public view — each check with its
// result, and what only the full bundle can show.
import { nodeHasher } from '../domain/draw/hash-node.ts';
import {
  FULL_BUNDLE_READERS,
  PUBLIC_CANNOT_CHECK,
  PUBLIC_CHECK_TITLES,
} from '../domain/draw/public-check-labels.ts';
import { parseStrictJson } from '../domain/draw/strict-json.ts';
import type { JsonValue } from '../domain/draw/types.ts';
import { verifyPublicView } from '../domain/draw/verify-public.ts';
import type { ShownSignature } from '../domain/draw/verify-public.ts';
import { readShownSignatures } from '../domain/draw/signature-check.ts';
import type { CliOptions } from './draw.command.ts';
import { EXIT_INVALID, readText, reportError, unreadable } from './draw.command.ts';

async function readSignatures(file: string, json: boolean): Promise<ShownSignature[] | undefined> {
  const read = await readText(file);
  if (!read.ok) {
    reportError(unreadable(file, read.reason), json);
    return undefined;
  }
  const parsed = parseStrictJson(read.text);
  const list = parsed.ok ? readShownSignatures(parsed.value) : undefined;
  if (!list) {
    reportError(
      {
        name: 'invalid-input',
        message: `签名文件 ${file} 应为 [{ "signer", "role", "statementDigest", "scheme", "publicKey", "signature" }] 数组`,
        detail: { file },
      },
      json,
    );
    return undefined;
  }
  return list;
}

export async function verifyViewFile(
  json: JsonValue,
  options: CliOptions,
  signatureFile: string | undefined,
): Promise<number> {
  const signatures = signatureFile ? await readSignatures(signatureFile, options.json) : undefined;
  if (signatureFile && !signatures) return EXIT_INVALID;
  const verdict = verifyPublicView(json, nodeHasher, signatures);
  const ran = verdict.checks.filter((c) => c.passed !== null);
  const holds = ran.every((c) => c.passed === true) && ran.length > 2;
  if (options.json) {
    const out = { ...verdict, ok: holds, kind: 'public-view', cannotCheck: PUBLIC_CANNOT_CHECK };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    const mark = (p: boolean | null): string => (p === true ? '✓' : p === false ? '✗' : '—');
    const lines = ['RDRAW-2 公开视图核验 public verification'];
    for (const c of verdict.checks)
      lines.push(`${mark(c.passed)} ${PUBLIC_CHECK_TITLES[c.id]}${c.detail ? `：${c.detail}` : ''}`);
    for (const r of verdict.signers ?? [])
      lines.push(`    ${mark(r.ok)} ${r.role} ${r.signer}${r.problem ? `：${r.problem}` : ''}`);
    lines.push(
      '',
      '公开视图不能核验 (needs the full bundle):',
      ...PUBLIC_CANNOT_CHECK.map((x) => `  · ${x}`),
    );
    lines.push(`  ${FULL_BUNDLE_READERS}`, '');
    lines.push(holds ? '✓ 已运行的核验全部通过' : '✗ 核验未通过');
    process.stdout.write(`${lines.join('\n')}\n`);
  }
  return holds ? 0 : verdict.checks.some((c) => c.id === 'format' && c.passed === false) ? EXIT_INVALID : 1;
}
