// Full verification of an RDRAW-1/RDRAW-2 bundle in the browser: recompute the draw from the
// bundle's inputs, compare every claim, and for RDRAW-2 rebuild the public view the portal serves.
import { computeDraw } from '../../../../src/domain/draw/compute.ts';
import type { ComputedDraw } from '../../../../src/domain/draw/compute.ts';
import { signatureStatement } from '../../../../src/domain/draw/digests.ts';
import { toHex, utf8 } from '../../../../src/domain/draw/encoding.ts';
import { browserHasher } from '../../../../src/domain/draw/hash-browser.ts';
import { canonicalJson } from '../../../../src/domain/draw/jcs.ts';
import { publicViewOfDraw } from '../../../../src/domain/draw/public-view.ts';
import { readBundle } from '../../../../src/domain/draw/read-bundle.ts';
import type { JsonValue } from '../../../../src/domain/draw/types.ts';
import { compareDraw, recomputable } from '../../../../src/domain/draw/verify.ts';
import type { Mismatch, MismatchKind } from '../../../../src/domain/draw/verify.ts';
import { checkSignatures, readShownSignatures } from '../../../../src/domain/draw/signature-check.ts';
import type { ReportCheck, VerifyContext, VerifyReport, VerifyStage } from './report.ts';
import { FORMAT_TITLE, holds, sameDrawCheck } from './report.ts';

/** One check per part of the recomputation; a mismatch of a kind fails its check. */
const BUNDLE_CHECKS: readonly { id: string; title: string; kinds: readonly MismatchKind[] }[] = [
  { id: 'commitments', title: '见证人揭示的随机数与其承诺相符', kinds: ['commitment'] },
  { id: 'recompute', title: '抽取可由数据包中的输入完整重算（未被拒绝）', kinds: ['draw'] },
  {
    id: 'digests',
    title: '方案、名录、检查人员、种子和结果的摘要（RDRAW-2 另含分层和公开部分摘要）与重算一致',
    kinds: ['digest'],
  },
  { id: 'strata', title: '每层的可抽数、抽中和递补名单与重算一致', kinds: ['stratum', 'result'] },
  { id: 'teams', title: '每个检查组与重算一致', kinds: ['team'] },
  { id: 'replacements', title: '递补记录符合规则', kinds: ['replacement'] },
];
const VIEW_TITLE = '由完整数据包重算的公开视图与本页公布的一致';
const SIGNATURES_TITLE = '每位签名人用本人公钥对由重算结果得出的声明所作的签名有效';

function short(value: JsonValue): string {
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

function describe(list: readonly Mismatch[]): string {
  const shown = list.slice(0, 3).map((m) => {
    const fields = m.fields?.length ? `（${m.fields.join('、')}）` : '';
    return `${m.key}${fields}：重算为 ${short(m.expected)}，数据包为 ${short(m.actual)}`;
  });
  return `${shown.join('；')}${list.length > 3 ? `；等共 ${list.length} 处` : ''}`;
}

function viewCheck(draw: ComputedDraw | undefined, served: unknown): ReportCheck[] {
  if (!draw?.prepared.private) return [];
  if (!served)
    return [{ id: 'view', title: VIEW_TITLE, passed: null, detail: '本页没有公布的公开视图可比较' }];
  const rebuilt = publicViewOfDraw(draw) as unknown as Record<string, JsonValue>;
  const shown = served as Record<string, JsonValue>;
  const differ = Object.keys(rebuilt).filter(
    (k) => canonicalJson(rebuilt[k]!) !== canonicalJson(shown[k] ?? null),
  );
  return [
    differ.length === 0
      ? { id: 'view', title: VIEW_TITLE, passed: true }
      : { id: 'view', title: VIEW_TITLE, passed: false, detail: `不一致的部分：${differ.join('、')}` },
  ];
}

/** The page's shown signatures, or else the bundle's own (issue 10.4), against the recomputed statement. */
function signatureCheck(draw: ComputedDraw | undefined, context: VerifyContext, json: JsonValue) {
  const signatures =
    context.signatures ?? nonEmpty(readShownSignatures((json as { signatures?: unknown }).signatures));
  if (!signatures) return { checks: [] };
  if (!draw)
    return { checks: [{ id: 'signatures', title: SIGNATURES_TITLE, passed: null, detail: '抽取未能重算' }] };
  const { drawId, suite } = draw.prepared.input.plan;
  const digest = toHex(browserHasher(suite).hash(utf8(signatureStatement(drawId, suite, draw.digests))));
  const checked = checkSignatures(digest, signatures);
  const check: ReportCheck = checked.passed
    ? { id: 'signatures', title: SIGNATURES_TITLE, passed: true }
    : { id: 'signatures', title: SIGNATURES_TITLE, passed: false, detail: checked.detail ?? '' };
  return { checks: [check], signers: checked.results };
}

const nonEmpty = <T>(list: T[] | undefined) => (list && list.length > 0 ? list : undefined);

export function verifyBundleJson(
  json: JsonValue,
  context: VerifyContext,
  onStage: (stage: VerifyStage) => void,
): VerifyReport {
  const read = readBundle(json);
  if (!read.ok)
    return {
      kind: 'bundle',
      ok: false,
      checks: [
        { id: 'format', title: FORMAT_TITLE, passed: false, detail: `完整数据包无效：${read.error.message}` },
      ],
    };
  const { input, claims } = read;
  const { drawId, suite } = input.plan;
  const same = sameDrawCheck(drawId, context);
  const h = browserHasher(suite);
  onStage('recompute');
  const computed = computeDraw(recomputable(input), h);
  onStage('compare');
  const verdict = compareDraw(h, input, claims, computed);
  const format: ReportCheck = { id: 'format', title: FORMAT_TITLE, passed: true };
  if (!verdict.ok)
    return {
      kind: 'bundle',
      ok: false,
      drawId,
      suite,
      checks: [{ ...format, passed: false, detail: `完整数据包无效：${verdict.error.message}` }, ...same],
    };
  const draw = computed.ok ? computed.draw : undefined;
  const parts = BUNDLE_CHECKS.map(({ id, title, kinds }): ReportCheck => {
    const found = verdict.mismatches.filter((m) => kinds.includes(m.kind));
    if (found.length > 0) return { id, title, passed: false, detail: describe(found) };
    return !draw && id !== 'commitments' && id !== 'recompute'
      ? { id, title, passed: null, detail: '抽取未能重算，无法比较' }
      : { id, title, passed: true };
  });
  const stranger = same[0]?.passed === false;
  const signed = stranger ? undefined : signatureCheck(draw, context, json);
  const checks = [
    format,
    ...parts,
    ...(stranger ? [] : viewCheck(draw, context.servedView)),
    ...(signed?.checks ?? []),
    ...same,
  ];
  const signers = signed?.signers;
  return { kind: 'bundle', ok: holds(checks), drawId, suite, checks, ...(signers && { signers }) };
}
