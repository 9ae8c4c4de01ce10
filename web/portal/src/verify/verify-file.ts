// What the portal's 核验 runs (in a Web Worker): a public view gets public verification, a full
// RDRAW-1/RDRAW-2 bundle is recomputed; anything else fails its first check, named in Chinese.
import { browserHasher } from '../../../../src/domain/draw/hash-browser.ts';
import { PUBLIC_CHECK_TITLES } from '../../../../src/domain/draw/public-check-labels.ts';
import { isObject, member } from '../../../../src/domain/draw/json-checks.ts';
import { looksLikePublicView } from '../../../../src/domain/draw/read-public-view.ts';
import { parseStrictJson } from '../../../../src/domain/draw/strict-json.ts';
import type { JsonValue } from '../../../../src/domain/draw/types.ts';
import { verifyPublicView } from '../../../../src/domain/draw/verify-public.ts';
import { verifyBundleJson } from './verify-bundle.ts';
import type { ReportCheck, VerifyContext, VerifyReport, VerifyStage } from './report.ts';
import { FORMAT_TITLE, holds, sameDrawCheck } from './report.ts';

export type { ReportCheck, VerifyContext, VerifyReport, VerifyStage };

function unreadable(detail: string): VerifyReport {
  return {
    kind: 'unknown',
    ok: false,
    checks: [{ id: 'format', title: FORMAT_TITLE, passed: false, detail }],
  };
}

function drawIdOf(json: JsonValue): string {
  const plan = isObject(json) ? member(json, 'plan') : undefined;
  const id = isObject(plan) ? member(plan, 'drawId') : undefined;
  return typeof id === 'string' ? id : '';
}

function verifyView(json: JsonValue, context: VerifyContext): VerifyReport {
  const drawId = drawIdOf(json);
  const same = sameDrawCheck(drawId, context);
  // Signatures of this draw say nothing about another draw's view: that is the same-draw check's failure.
  const signatures = same[0]?.passed === false ? undefined : context.signatures;
  const verdict = verifyPublicView(json, browserHasher, signatures);
  const checks = [...verdict.checks.map((c) => ({ ...c, title: PUBLIC_CHECK_TITLES[c.id] })), ...same];
  const plan = (json as { plan?: { suite?: unknown } }).plan;
  return {
    kind: 'public-view',
    ok: holds(checks),
    ...(drawId && { drawId }),
    ...(typeof plan?.suite === 'string' && { suite: plan.suite }),
    checks,
    ...(verdict.statementDigest !== undefined && { statementDigest: verdict.statementDigest }),
    ...(verdict.signers && { signers: verdict.signers }),
  };
}

export function verifyDrawText(
  text: string,
  context: VerifyContext = {},
  onStage: (stage: VerifyStage) => void = () => {},
): VerifyReport {
  onStage('parse');
  const parsed = parseStrictJson(text.replace(/^\uFEFF/, ''));
  if (!parsed.ok)
    return unreadable(
      `不是完整的 JSON 文件（第 ${parsed.error.position} 个字符处：${parsed.error.message}），文件可能被截断或不是抽取文件`,
    );
  const json = parsed.value;
  if (looksLikePublicView(json)) {
    onStage('public');
    return verifyView(json, context);
  }
  const version = isObject(json) ? member(json, 'version') : undefined;
  if (version === 'RDRAW-1' || version === 'RDRAW-2') return verifyBundleJson(json, context, onStage);
  return unreadable(
    `无法识别的文件：version 为 ${JSON.stringify(version ?? null)}，应为 "RDRAW-2/public"（公开视图）或 "RDRAW-1"、"RDRAW-2"（完整数据包）`,
  );
}
