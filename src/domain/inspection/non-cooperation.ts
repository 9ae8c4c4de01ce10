// R-25.1 (Art. 25): the five circumstances of non-cooperation recorded in the report.
import type { AddProblem } from './checked.ts';

export const NON_COOPERATION_KINDS = [
  'blocked-entry',
  'blocked-questioning',
  'refused-documents',
  'false-information',
  'other-obstruction',
] as const;

export type NonCooperationKind = (typeof NON_COOPERATION_KINDS)[number];

export const NON_COOPERATION_LABELS: Readonly<Record<NonCooperationKind, string>> = {
  'blocked-entry': '阻碍检查人员或受委托的专业技术机构进入被检查场所',
  'blocked-questioning': '阻碍询问调查',
  'refused-documents': '无正当理由拒绝提供相关证明材料',
  'false-information': '不如实反映情况，弄虚作假',
  'other-obstruction': '其他不配合情形，致使检查不能正常进行',
};

export interface NonCooperation {
  readonly kind: NonCooperationKind;
  /** Required for `other-obstruction`; what happened, for the others. */
  readonly description: string;
}

export function checkNonCooperation(list: readonly NonCooperation[], add: AddProblem): void {
  const seen = new Set<string>();
  list.forEach((n, i) => {
    const at = `nonCooperation[${i}]`;
    if (!(NON_COOPERATION_KINDS as readonly string[]).includes(n.kind))
      add(at, 'non-cooperation-unknown', '不予配合情形须为第二十五条规定的五种之一');
    else if (seen.has(n.kind))
      add(at, 'non-cooperation-duplicate', `不予配合情形重复：${NON_COOPERATION_LABELS[n.kind]}`);
    else if (n.kind === 'other-obstruction' && !n.description.trim())
      add(`${at}.description`, 'non-cooperation-description-required', '“其他不配合情形”须写明具体情况');
    seen.add(n.kind);
  });
}
