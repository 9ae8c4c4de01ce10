// Expected failures of a draw are values with the stable names of DRAW.md §7; the draw then
// produces no result.
import type { JsonObject } from './types.ts';

export type DrawErrorName =
  | 'invalid-input'
  | 'rate-missing'
  | 'too-few-inspectors'
  | 'capacity-too-low'
  | 'understaffed'
  | 'reveal-mismatch';

/** Not a draw refusal: a replacement event that does not follow DRAW.md §6. */
export type ReplacementErrorName = 'replacement-invalid';

export interface DomainError<N extends string = DrawErrorName> {
  readonly name: N;
  /** For people, in Chinese. */
  readonly message: string;
  /** For machines: the offending ids, pools, paths. */
  readonly detail: JsonObject;
}

export type DrawError = DomainError;

export type Outcome<T extends object, N extends string = DrawErrorName> =
  ({ readonly ok: true } & T) | { readonly ok: false; readonly error: DomainError<N> };

export interface InputProblem {
  /** Where: `pool[12].exclusion`, `plan.teams`, `conflicts` … */
  readonly at: string;
  readonly problem: string;
  readonly ids?: readonly string[];
}

const MAX_LISTED = 50;

export function invalidInput(problems: readonly InputProblem[]): DrawError {
  const first = problems[0];
  const where = first ? `${first.at}: ${first.problem}` : '';
  const listed = problems
    .slice(0, MAX_LISTED)
    .map((p): JsonObject =>
      p.ids ? { at: p.at, problem: p.problem, ids: [...p.ids] } : { at: p.at, problem: p.problem },
    );
  return {
    name: 'invalid-input',
    message: `输入无效（invalid input），共 ${problems.length} 处问题，首处 ${where}`,
    detail: { count: problems.length, problems: listed },
  };
}

export function rateMissing(groups: readonly string[], strata: readonly string[]): DrawError {
  return {
    name: 'rate-missing',
    message: `抽查比例缺失：分组 ${groups.join('、')} 没有比例（rate missing）`,
    detail: { groups: [...groups], strata: [...strata] },
  };
}

export function tooFewInspectors(pool: string, eligible: number): DrawError {
  return {
    name: 'too-few-inspectors',
    message: `执法检查人员库 ${pool} 只有 ${eligible} 名符合条件的人员，少于 4 名（too few inspectors）`,
    detail: { pool, eligible, minimum: 4 },
  };
}

export function capacityTooLow(
  pool: string,
  eligible: number,
  maxLoad: number,
  size: number,
  demand: string,
): DrawError {
  return {
    name: 'capacity-too-low',
    message: `执法检查人员库 ${pool} 容量不足：${eligible} × ${maxLoad} < ${size} × ${demand}（capacity too low）`,
    detail: { pool, eligible, maxLoad, size, selected: demand },
  };
}

export function understaffed(
  entity: string,
  pool: string,
  taken: readonly string[],
  size: number,
): DrawError {
  return {
    name: 'understaffed',
    message: `检查对象 ${entity} 在执法检查人员库 ${pool} 中凑不足 ${size} 名检查人员（understaffed）`,
    detail: { entity, pool, size, taken: [...taken] },
  };
}

export function revealMismatch(witnesses: readonly string[]): DrawError {
  return {
    name: 'reveal-mismatch',
    message: `见证方 ${witnesses.join('、')} 公开的随机数与其承诺不符（reveal mismatch）`,
    detail: { witnesses: [...witnesses] },
  };
}

export function replacementInvalid(
  index: number,
  reason: string,
  detail: JsonObject,
): DomainError<ReplacementErrorName> {
  return {
    name: 'replacement-invalid',
    message: `第 ${index + 1} 项递补不符合规则（replacement invalid）：${reason}`,
    detail: { index, reason, ...detail },
  };
}
