import type { FieldProblem } from '../field-problem.ts';

export interface ItemContent {
  readonly code: string;
  readonly name: string;
  readonly category: 'priority' | 'general';
  readonly legalBasis: { law: string; article: string }[];
  readonly objectType: string;
  readonly needsEntityDirectory: boolean;
  readonly ratioPercent: number;
  readonly roundsPerYear: number;
  readonly methods: ('on-site' | 'document' | 'online')[];
  readonly checklist: { code: string; text: string }[];
  readonly procedure: string;
  readonly higherRule: string | null;
}

/** without a higher rule, at least 2 % and 2 rounds a year. */
export const MIN_RATIO_PERCENT = 2;
export const MIN_ROUNDS = 2;

/** Percent with up to two decimals, stored exactly as basis points. */
export const percentToBp = (p: number): number => Math.round(p * 100);
export const bpToPercent = (bp: number): number => bp / 100;

export function checkItemContent(c: ItemContent): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add = (field: string, code: string, message: string) => problems.push({ field, code, message });
  if (!c.code.trim()) add('code', 'required', '事项编码不能为空');
  if (!c.name.trim()) add('name', 'required', '事项名称不能为空');
  if (!c.objectType.trim()) add('objectType', 'required', '检查对象不能为空');
  if (!(c.ratioPercent > 0 && c.ratioPercent <= 100))
    add('ratioPercent', 'ratio-range', '抽查比例须大于 0 且不超过 100%');
  else if (Math.abs(percentToBp(c.ratioPercent) - c.ratioPercent * 100) > 1e-6)
    add('ratioPercent', 'ratio-precision', '抽查比例最多保留两位小数');
  if (!Number.isInteger(c.roundsPerYear) || c.roundsPerYear < 1)
    add('roundsPerYear', 'rounds-range', '抽查频次须为正整数');
  const belowFloor = c.ratioPercent < MIN_RATIO_PERCENT || c.roundsPerYear < MIN_ROUNDS;
  if (belowFloor && !c.higherRule?.trim()) {
    add(
      'ratioPercent',
      'below-minimum',
      '上位法无规定时，抽查比例不得低于 2%、频次每年不少于 2 次（第十八条）；如上位法另有规定，请填写依据',
    );
  }
  if (c.methods.length === 0) add('methods', 'required', '至少选择一种检查方式');
  const codes = new Set<string>();
  c.checklist.forEach((row, i) => {
    if (!row.code.trim() || !row.text.trim())
      add(`checklist[${i}]`, 'required', `检查内容第 ${i + 1} 行不完整`);
    if (codes.has(row.code)) add(`checklist[${i}]`, 'duplicate', `检查内容编码重复：${row.code}`);
    codes.add(row.code);
  });
  c.legalBasis.forEach((b, i) => {
    if (!b.law.trim()) add(`legalBasis[${i}]`, 'required', `第 ${i + 1} 条检查依据缺少法律法规名称`);
  });
  return problems;
}

/** an item without a legal basis cannot be published; neither can one without check contents. */
export function publishProblems(c: ItemContent): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (c.legalBasis.filter((b) => b.law.trim()).length === 0) {
    problems.push({
      field: 'legalBasis',
      code: 'legal-basis-required',
      message: '没有检查依据的事项不得发布（第八条）',
    });
  }
  if (c.checklist.length === 0) {
    problems.push({
      field: 'checklist',
      code: 'checklist-required',
      message: '发布前须列明检查内容（第七条）',
    });
  }
  return problems;
}
