// R-N.7: the national set of inspection result codes (SAMR / NECIPS), extensible per department.
import { checked, problemList, type Checked } from './checked.ts';

/** `problem`: something was found; `none`: nothing found; `status`: the entity could not be assessed as such. */
export type ResultKind = 'none' | 'problem' | 'status';

export const NATIONAL_RESULT_CODES = [
  'no-problem',
  'problem-pending',
  'corrected-on-order',
  'not-disclosed',
  'false-disclosure',
  'unreachable',
  'serious-non-cooperation',
  'business-not-found',
  'closed-or-liquidating',
  'deregistered',
  'revoked',
] as const;

export type NationalResultCode = (typeof NATIONAL_RESULT_CODES)[number];

export interface ResultCode {
  readonly code: string;
  readonly label: string;
  readonly kind: ResultKind;
  /** The national code it is reported as (itself for a national code). */
  readonly national: NationalResultCode;
}

const NATIONAL: Readonly<Record<NationalResultCode, { readonly label: string; readonly kind: ResultKind }>> =
  {
    'no-problem': { label: '未发现问题', kind: 'none' },
    'problem-pending': { label: '发现问题待后续处理', kind: 'problem' },
    'corrected-on-order': { label: '发现问题经责令已改正', kind: 'problem' },
    'not-disclosed': { label: '未按规定公示应当公示的信息', kind: 'problem' },
    'false-disclosure': { label: '公示信息隐瞒真实情况弄虚作假', kind: 'problem' },
    unreachable: { label: '通过登记的住所（经营场所）无法联系', kind: 'problem' },
    'serious-non-cooperation': { label: '不配合检查情节严重', kind: 'problem' },
    'business-not-found': { label: '未发现开展本次抽查涉及的经营活动', kind: 'status' },
    'closed-or-liquidating': { label: '已关闭停业或正在组织清算', kind: 'status' },
    deregistered: { label: '注销', kind: 'status' },
    revoked: { label: '被吊销', kind: 'status' },
  };

export type ResultCodeSet = readonly ResultCode[];

export const NATIONAL_RESULT_CODE_SET: ResultCodeSet = NATIONAL_RESULT_CODES.map((code) => ({
  code,
  ...NATIONAL[code],
  national: code,
}));

export function isNationalResultCode(code: string): code is NationalResultCode {
  return (NATIONAL_RESULT_CODES as readonly string[]).includes(code);
}

export function findResultCode(set: ResultCodeSet, code: string): ResultCode | undefined {
  return set.find((r) => r.code === code);
}

/** Counts as "problem found" in statistics and on the portal. */
export function isProblemFound(r: ResultCode): boolean {
  return r.kind === 'problem';
}

/** A department's own code: a finer case of one national code, whose kind it takes. */
export interface DepartmentResultCode {
  readonly code: string;
  readonly label: string;
  readonly refines: string;
}

const CODE_FORMAT = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** The national set plus a department's codes; a code or label that clashes is refused. */
export function mergeResultCodes(
  extra: readonly DepartmentResultCode[],
  base: ResultCodeSet = NATIONAL_RESULT_CODE_SET,
): Checked<ResultCodeSet> {
  const { problems, add } = problemList();
  const codes = new Set(base.map((r) => r.code));
  const labels = new Set(base.map((r) => r.label));
  const merged: ResultCode[] = [...base];
  extra.forEach((e, i) => {
    const at = `resultCodes[${i}]`;
    const label = e.label.trim();
    if (!CODE_FORMAT.test(e.code))
      add(`${at}.code`, 'result-code-format', `结果编码“${e.code}”须为小写字母、数字和连字符`);
    else if (codes.has(e.code)) add(`${at}.code`, 'result-code-clash', `结果编码“${e.code}”已存在`);
    if (!label) add(`${at}.label`, 'required', '结果名称不能为空');
    else if (labels.has(label)) add(`${at}.label`, 'result-label-clash', `结果名称“${label}”已存在`);
    if (!isNationalResultCode(e.refines))
      add(`${at}.refines`, 'result-code-unknown', `“${e.refines}”不是国家规定的检查结果编码`);
    codes.add(e.code);
    labels.add(label);
    if (isNationalResultCode(e.refines))
      merged.push({ code: e.code, label, kind: NATIONAL[e.refines].kind, national: e.refines });
  });
  return checked(merged, problems);
}
