// R-24.2 (Art. 24): how a violation found in an inspection is handled.
import type { AddProblem } from './checked.ts';

export type Handling =
  | { readonly kind: 'none' }
  | { readonly kind: 'own-case'; readonly caseNumber: string }
  | { readonly kind: 'transferred'; readonly recipientDepartment: string }
  | { readonly kind: 'criminal-referral'; readonly recipientUnit: string | null };

export type HandlingKind = Handling['kind'];

export const HANDLING_LABELS: Readonly<Record<HandlingKind, string>> = {
  none: '无需处理',
  'own-case': '本部门立案查处',
  transferred: '移交主管部门处理',
  'criminal-referral': '涉嫌犯罪，依法移送追究刑事责任',
};

export function checkHandling(h: Handling, add: AddProblem): void {
  if (h.kind === 'own-case' && !h.caseNumber.trim())
    add('handling.caseNumber', 'case-number-required', '本部门立案查处的，须填写案件编号');
  if (h.kind === 'transferred' && !h.recipientDepartment.trim())
    add('handling.recipientDepartment', 'recipient-required', '移交其他部门处理的，须填写接收部门');
}
