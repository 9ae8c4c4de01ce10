// Public verification of an RDRAW-2 public view (DRAW.md §9): every check anyone can run without
// the private salts and pool, each with its result, and what only the full bundle can show.
import { drawSeed, publicDigest, signatureStatement, strataDigest, witnessCommitment } from './digests.ts';
import { compareUtf8, fromHex, toHex, utf8 } from './encoding.ts';
import type { Hasher } from './hasher.ts';
import { planDigest } from './digests.ts';
import { quotas } from './quota.ts';
import { missingRates } from './quota.ts';
import { readPublicView } from './read-public-view.ts';
import type { ReadView } from './read-public-view.ts';
import { parseStrictJson } from './strict-json.ts';
import type { JsonValue, Plan, Suite } from './types.ts';
import { isPrivate } from './types.ts';
import { stratumProblem } from './validate-pool.ts';
import { MIN_NONCE_BYTES } from './validate-input.ts';
import { checkSignatures, type ShownSignature, type SignerResult } from './signature-check.ts';

export type PublicCheckId =
  | 'format'
  | 'plan'
  | 'plan-digest'
  | 'order'
  | 'public-digest'
  | 'pool-size'
  | 'witnesses'
  | 'commitments'
  | 'strata-digest'
  | 'seed'
  | 'quotas'
  | 'selected-count'
  | 'teams'
  | 'signatures';

/** `passed` null: the check could not run (an earlier check failed, or nothing to check it with). */
export interface PublicCheck {
  readonly id: PublicCheckId;
  readonly passed: boolean | null;
  /** For people, in Chinese: what failed, or why it did not run. */
  readonly detail?: string;
}

export type { ShownSignature } from './signature-check.ts';

export interface PublicVerification {
  readonly ok: boolean;
  readonly checks: readonly PublicCheck[];
  /** The statement rebuilt from the view (§6 with strata and public), when the view could be read. */
  readonly statement?: string;
  readonly statementDigest?: string;
  /** Each shown signature checked against the rebuilt statement (issue 10.4). */
  readonly signers?: readonly SignerResult[];
}

export type HasherFor = (suite: Suite) => Hasher;

export function verifyPublicViewText(
  text: string,
  hasherFor: HasherFor,
  signatures?: readonly ShownSignature[],
): PublicVerification {
  const parsed = parseStrictJson(text);
  if (!parsed.ok)
    return failed(
      'format',
      `不是有效的 JSON（第 ${parsed.error.position} 个字符处：${parsed.error.message}）`,
    );
  return verifyPublicView(parsed.value, hasherFor, signatures);
}

export function verifyPublicView(
  json: JsonValue,
  hasherFor: HasherFor,
  signatures?: readonly ShownSignature[],
): PublicVerification {
  const read = readPublicView(json);
  if (!read.ok) {
    const p = read.problems[0];
    return failed(
      'format',
      `不是 RDRAW-2 公开视图：${p ? `${p.at || '顶层'} ${p.problem}` : ''}（共 ${read.problems.length} 处）`,
    );
  }
  const { view, plan } = read.read;
  const suite = plan?.suite;
  if (!plan || !suite || !isPrivate(suite)) {
    const why = read.read.planProblems[0];
    return {
      ok: false,
      checks: [
        { id: 'format', passed: true },
        {
          id: 'plan',
          passed: false,
          detail: why ? `${why.at} ${why.problem}` : '抽取方案的套件须为 RDRAW-2',
        },
      ],
    };
  }
  const h = hasherFor(suite);
  const checks: PublicCheck[] = [
    { id: 'format', passed: true },
    { id: 'plan', passed: true },
  ];
  const add = (id: PublicCheckId, problem: string | undefined): void =>
    void checks.push(problem === undefined ? { id, passed: true } : { id, passed: false, detail: problem });
  add(
    'plan-digest',
    toHex(planDigest(h, view.plan)) === view.digests.plan ? undefined : '方案的摘要与公布的不符',
  );
  add('order', orderProblem(read.read));
  const part = { strata: view.strata, selected: view.selected, teams: view.teams };
  add(
    'public-digest',
    toHex(publicDigest(h, part)) === view.digests.public
      ? undefined
      : '分层表、抽中名单和检查组的摘要与公布的不符',
  );
  const eligible = view.strata.reduce((n, s) => n + s.eligible, 0);
  add(
    'pool-size',
    eligible <= view.poolSize ? undefined : `各层可抽数之和 ${eligible} 超过名录总数 ${view.poolSize}`,
  );
  add('witnesses', witnessProblem(view, plan));
  add('commitments', commitmentProblem(h, view, plan));
  const commits = view.strata.map((s) => ({
    stratum: s.stratum,
    commit: fromHex(s.saltCommit) ?? new Uint8Array(0),
  }));
  add(
    'strata-digest',
    toHex(strataDigest(h, commits)) === view.digests.strata ? undefined : '各层盐值承诺与分层摘要不符',
  );
  add('seed', seedProblem(h, view));
  add('quotas', quotaProblem(view, plan));
  const quotaSum = view.strata.reduce((n, s) => n + s.quota, 0);
  add(
    'selected-count',
    quotaSum === view.selected.length
      ? undefined
      : `各层抽取数之和 ${quotaSum}，抽中名单 ${view.selected.length} 个`,
  );
  add('teams', teamProblem(view, plan));
  const statement = signatureStatement(plan.drawId, suite, view.digests);
  const statementDigest = toHex(h.hash(utf8(statement)));
  const signed = signatures && checkSignatures(statementDigest, signatures);
  checks.push(
    !signed
      ? { id: 'signatures', passed: null, detail: '没有提供签名，无法核对' }
      : signed.passed
        ? { id: 'signatures', passed: true }
        : { id: 'signatures', passed: false, detail: signed.detail! },
  );
  const ok = checks.every((c) => c.passed === true);
  return { ok, checks, statement, statementDigest, ...(signed && { signers: signed.results }) };
}

function failed(id: PublicCheckId, detail: string): PublicVerification {
  return { ok: false, checks: [{ id, passed: false, detail }] };
}

function strictlyAscending(ids: readonly string[]): string | undefined {
  for (let k = 1; k < ids.length; k++) {
    const d = compareUtf8(ids[k - 1]!, ids[k]!);
    if (d === 0) return `重复：${ids[k]}`;
    if (d > 0) return `顺序有误：${ids[k - 1]} 排在 ${ids[k]} 之前`;
  }
  return undefined;
}

function orderProblem({ view }: ReadView): string | undefined {
  const lists: [string, readonly string[]][] = [
    ['分层表', view.strata.map((s) => s.stratum)],
    ['抽中名单', view.selected],
    ['检查组', view.teams.map((t) => t.entity)],
    ['承诺', view.commitments.map((c) => c.witness)],
    ['揭示', view.reveals.map((r) => r.witness)],
  ];
  for (const [name, ids] of lists) {
    const problem = strictlyAscending(ids);
    if (problem) return `${name}${problem}`;
  }
  const badStratum = view.strata.find((s) => stratumProblem(s.stratum) !== undefined);
  return badStratum ? `分层名称无效：${badStratum.stratum}` : undefined;
}

function witnessProblem(view: ReadView['view'], plan: Plan): string | undefined {
  const named = new Set(plan.witnesses);
  for (const [what, list] of [
    ['承诺', view.commitments],
    ['揭示', view.reveals],
  ] as const) {
    const stranger = list.find((e) => !named.has(e.witness));
    if (stranger) return `${stranger.witness} 不是方案中的见证人，却有${what}`;
    const have = new Set(list.map((e) => e.witness));
    const missing = plan.witnesses.find((w) => !have.has(w));
    if (missing) return `见证人 ${missing} 没有${what}`;
    if (list.length !== have.size) return `有见证人的${what}不止一个`;
  }
  const short = view.reveals.find((r) => r.nonce.length < 2 * MIN_NONCE_BYTES);
  return short ? `见证人 ${short.witness} 的随机数不足 ${MIN_NONCE_BYTES} 字节` : undefined;
}

function commitmentProblem(h: Hasher, view: ReadView['view'], plan: Plan): string | undefined {
  const commits = new Map(view.commitments.map((c) => [c.witness, c.commit]));
  const wrong = view.reveals.filter((r) => {
    const nonce = fromHex(r.nonce) ?? new Uint8Array(0);
    return toHex(witnessCommitment(h, plan.drawId, r.witness, nonce)) !== commits.get(r.witness);
  });
  return wrong.length > 0
    ? `见证人 ${wrong.map((r) => r.witness).join('、')} 揭示的随机数与其承诺不符`
    : undefined;
}

function seedProblem(h: Hasher, view: ReadView['view']): string | undefined {
  const d = view.digests;
  const bytes = (hex: string): Uint8Array => fromHex(hex) ?? new Uint8Array(0);
  const seed = drawSeed(h, {
    plan: bytes(d.plan),
    pool: bytes(d.pool),
    poolSize: view.poolSize,
    inspectors: bytes(d.inspectors),
    strata: bytes(d.strata),
    nonces: view.reveals.map((r) => ({ witness: r.witness, nonce: bytes(r.nonce) })),
  });
  return toHex(seed) === d.seed ? undefined : '由公布的摘要和揭示的随机数重算的种子与公布的不符';
}

function quotaProblem(view: ReadView['view'], plan: Plan): string | undefined {
  const missing = missingRates(plan.quota, view.strata);
  if (missing.groups.length > 0) return `方案没有分组 ${missing.groups.join('、')} 的抽查比例`;
  const expected = quotas(plan.quota, view.strata);
  const wrong = view.strata.findIndex((s, k) => s.quota !== expected[k]);
  if (wrong < 0) return undefined;
  const s = view.strata[wrong]!;
  return `${s.stratum}：可抽 ${s.eligible} 个，按规则应抽 ${expected[wrong]} 个，公布为 ${s.quota} 个`;
}

function teamProblem(view: ReadView['view'], plan: Plan): string | undefined {
  const selected = new Set(view.selected);
  if (view.teams.length !== selected.size || view.teams.some((t) => !selected.has(t.entity)))
    return '检查组与抽中名单不是一一对应';
  const load = new Map<string, number>();
  for (const team of view.teams) {
    const pools = team.pools.map((p) => p.pool);
    if (pools.join('\n') !== plan.teams.map((t) => t.pool).join('\n'))
      return `${team.entity} 的检查组人员库与方案不符`;
    const members = team.pools.flatMap((p) => p.inspectors);
    const short = team.pools.find((p, j) => p.inspectors.length !== plan.teams[j]!.size);
    if (short) return `${team.entity} 的检查组（${short.pool}）人数与方案不符`;
    if (new Set(members).size !== members.length) return `${team.entity} 的检查组有重复人员`;
    for (const m of members) load.set(m, (load.get(m) ?? 0) + 1);
  }
  const over = [...load].find(([, n]) => n > plan.maxLoad);
  return over ? `检查人员 ${over[0]} 被分到 ${over[1]} 个检查组，超过上限 ${plan.maxLoad}` : undefined;
}
